import type { Innovator, PreferencesChanged, StoredInnovator } from '@suite/contracts';

export type PreferenceField = keyof PreferencesChanged['preferences'];

/** When each mail preference of a record last changed, and the newest report applied (ISO, or null). */
export interface PreferenceTimes {
  emailRecommendations: string | null;
  digest: string | null;
  locale: string | null;
  /** `changedAt` of the newest report from notification applied to the record. */
  reported: string | null;
}

export interface PreferenceOutcome {
  /** The innovator as it should be stored, when a value changes. */
  innovator?: Innovator;
  /** The fields the report changed: they now changed at the report's `changedAt`. */
  changed: PreferenceField[];
}

/**
 * What a preference change the person made at notification does to the innovator record. The last
 * change wins, by when it was made: a report older than one already applied is stale (undefined),
 * and a field changed here (at ingest) after the report was made keeps its value. Comparing with
 * when a report was applied instead let a quick second change lose to the first.
 */
export function withPreferenceChange(
  stored: StoredInnovator,
  times: PreferenceTimes,
  change: PreferencesChanged,
): PreferenceOutcome | undefined {
  const at = Date.parse(change.changedAt);
  if (times.reported !== null && at < Date.parse(times.reported)) return undefined;
  const {
    version: _version,
    updatedAt: _updatedAt,
    consentsChangedAt: _times,
    consentsChangedBy: _actors,
    ...innovator
  } = stored;
  const next: Innovator = { ...innovator, consents: { ...innovator.consents } };
  const changed: PreferenceField[] = [];
  const takes = (field: PreferenceField, differs: boolean) => {
    const since = times[field];
    const wins = differs && (since === null || Date.parse(since) <= at);
    if (wins) changed.push(field);
    return wins;
  };
  const { emailRecommendations, digest, locale } = change.preferences;
  if (
    emailRecommendations !== undefined &&
    takes('emailRecommendations', emailRecommendations !== innovator.consents.emailRecommendations)
  )
    next.consents.emailRecommendations = emailRecommendations;
  if (digest !== undefined && takes('digest', digest !== innovator.digest)) next.digest = digest;
  if (locale !== undefined && takes('locale', locale !== innovator.locale)) next.locale = locale;
  return changed.length > 0 ? { innovator: next, changed } : { changed };
}
