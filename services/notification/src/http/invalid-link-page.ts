import { localeSchema } from '@suite/contracts';
import { AppError, type Route } from '@suite/platform';
import { invalidLinkPage } from '../domain/notice-page';

type Handle = Route['handle'];
type Request = Parameters<Handle>[0];

/**
 * Whether an error means "the link from the email does not work": a bad or missing token, or (on
 * the preferences page) neither a token nor a bearer token. Form values and bearer tokens sent by
 * API clients keep their problem+json.
 */
const isBrokenLink = (err: unknown, req: Request): err is AppError => {
  if (!(err instanceof AppError)) return false;
  if (err.code === 'INVALID_TOKEN') return true;
  if (err.code === 'UNAUTHENTICATED') return req.headers.authorization === undefined;
  if (err.code !== 'VALIDATION_FAILED') return false;
  const issues = err.extras.errors;
  return Array.isArray(issues) && issues.length > 0 && issues.every((i) => i?.path === 'query.token');
};

/**
 * A person who follows a broken link in a browser gets a short page saying what to do instead of
 * the problem+json API clients get; the status stays the same.
 */
export function withInvalidLinkPage(route: Route): Route {
  const handle: Handle = (req, res, next) =>
    route.handle(req, res, (err?: unknown) => {
      res.vary('Accept');
      if (!isBrokenLink(err, req) || req.accepts(['json', 'html']) !== 'html') return next(err);
      // `?lang=` may name the reader's language; without a good token it is not known otherwise.
      const lang = localeSchema.safeParse(req.query.lang).data;
      res.status(err.status).set('cache-control', 'no-store').type('html').send(invalidLinkPage(lang));
    });
  return { ...route, handle };
}
