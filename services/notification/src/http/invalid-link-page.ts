import type { AppError, Route } from '@suite/platform';
import { invalidLinkPage } from '../domain/notice-page';
import { isBadAddress, langOf, type PageRequest, withBrowserErrorPage } from './browser-error-page';

/**
 * Whether an error means "the link from the email does not work": a bad or missing token, any
 * other unreadable query (the link was cut off or mangled), or (on the preferences page) neither a
 * token nor a bearer token. Form values and bearer tokens sent by API clients keep their problem+json.
 */
const isBrokenLink = (err: AppError, req: PageRequest) => {
  if (err.code === 'INVALID_TOKEN') return true;
  if (err.code === 'UNAUTHENTICATED') return req.headers.authorization === undefined;
  return isBadAddress(err);
};

/**
 * A person who follows a broken link in a browser gets a short page saying what to do instead of
 * the problem+json API clients get; the status stays the same.
 */
export const withInvalidLinkPage = (route: Route): Route =>
  withBrowserErrorPage(
    route,
    // `?lang=` may name the reader's language; without a good token it is not known otherwise.
    (err, req) => (isBrokenLink(err, req) ? invalidLinkPage(langOf(req)) : undefined),
    { 'cache-control': 'no-store' },
  );
