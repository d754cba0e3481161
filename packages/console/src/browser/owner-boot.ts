/// <reference lib="dom" />
// The need-owner page's first script: a few KiB, run as soon as it arrives, while the page's bundle
// (owner.js, mostly zod and the contracts' schemas) is still downloading and being parsed. It sends
// the page's two GETs, so their answers wait for the page rather than the page for them, and then
// loads the locale data Intl needs (the first formatter of a language costs 100 ms or more), which
// would otherwise come on top of the first render.

import { requestEarly } from './early-responses';
import { initialLanguage, localeOf } from './language-choice';
import { challengeIdFromPath, ownerPaths, ownerRoles } from './owner/owner-paths';
import { inspectToken, isExpired, storedToken, takeTokenFromUrl } from './session';

takeTokenFromUrl();
const challengeId = challengeIdFromPath(location.pathname);
const token = storedToken();
const inspected = token ? inspectToken(token) : undefined;
// Only when the shell will show the page: a need owner's GET of the shortlist counts as "shown".
if (
  challengeId &&
  token &&
  inspected &&
  'claims' in inspected &&
  !isExpired(inspected.claims) &&
  (ownerRoles as readonly string[]).includes(inspected.claims.role)
) {
  const paths = ownerPaths(challengeId);
  requestEarly(token, [paths.shortlist, paths.outcomes]);
}

// After the requests have gone out (a task of its own, so it does not hold them up).
setTimeout(() => {
  const locale = localeOf(initialLanguage());
  new Intl.NumberFormat(locale, { style: 'percent' }).format(0);
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  new Intl.PluralRules(locale).select(1);
}, 0);
