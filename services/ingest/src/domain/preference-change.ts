import type { Innovator, PreferencesChanged, StoredInnovator } from '@suite/contracts';

/**
 * The innovator as it should be stored after a preference change the person made at notification,
 * or undefined when nothing changes. A change made at ingest after it wins: the consent is compared
 * with when it last changed here, digest and locale with the record's last write.
 */
export function withPreferenceChange(
  stored: StoredInnovator,
  change: PreferencesChanged,
): Innovator | undefined {
  const at = Date.parse(change.changedAt);
  const { version: _version, updatedAt, consentsChangedAt, ...innovator } = stored;
  const consentTime = consentsChangedAt.emailRecommendations;
  const { emailRecommendations, digest, locale } = change.preferences;
  const next: Innovator = { ...innovator, consents: { ...innovator.consents } };
  if (emailRecommendations !== undefined && (consentTime === null || Date.parse(consentTime) <= at))
    next.consents.emailRecommendations = emailRecommendations;
  if (Date.parse(updatedAt) <= at) {
    if (digest !== undefined) next.digest = digest;
    if (locale !== undefined) next.locale = locale;
  }
  const same =
    next.consents.emailRecommendations === innovator.consents.emailRecommendations &&
    next.digest === innovator.digest &&
    next.locale === innovator.locale;
  return same ? undefined : next;
}
