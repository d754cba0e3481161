import { localeSchema } from '@suite/contracts';
import { AppError, type Route } from '@suite/platform';

type Handle = Route['handle'];
export type PageRequest = Parameters<Handle>[0];

/**
 * People open these routes from links in emails, in a browser; API clients call the same routes.
 * For the errors `pageFor` recognises, a browser (Accept: text/html) gets that page with the status
 * the API answers; everyone else, and every other error, gets the problem+json of every route.
 */
export function withBrowserErrorPage(
  route: Route,
  pageFor: (err: AppError, req: PageRequest) => string | undefined,
  headers: Record<string, string> = {},
): Route {
  const handle: Handle = (req, res, next) =>
    route.handle(req, res, (err?: unknown) => {
      res.vary('Accept');
      const browser = req.accepts(['json', 'html']) === 'html';
      const html = browser && err instanceof AppError ? pageFor(err, req) : undefined;
      if (html === undefined || !(err instanceof AppError)) return next(err);
      res.status(err.status).set(headers).type('html').send(html);
    });
  return { ...route, handle };
}

/** The reader's language as `?lang=` names it; anything else (absent, `de`, repeated) is no hint. */
export const langOf = (req: PageRequest) => localeSchema.safeParse(req.query.lang).data;

/** A validation error only in the address (path or query), never in a body a client sent. */
export const isBadAddress = (err: AppError): boolean => {
  if (err.code !== 'VALIDATION_FAILED') return false;
  const issues = err.extras.errors;
  return (
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every((i) => typeof i?.path === 'string' && /^(query|params)(\.|$)/.test(i.path))
  );
};
