import type { DigestFrequency, Locale } from '@suite/contracts';

export interface MailPreferences {
  digest: DigestFrequency;
  emailRecommendations: boolean;
  locale: Locale;
}

/**
 * The preferences in force after an innovator event. Ingest owns the record, but a person who
 * unsubscribed here must stay unsubscribed when ingest replays an unrelated profile change that
 * still carries the old consent. So a field changed here keeps its local value until ingest
 * reports a value for it that differs from what ingest said before (a real change at the source).
 */
export function mergeIngestPreferences(
  current: MailPreferences | undefined,
  previousFromIngest: MailPreferences | undefined,
  fromIngest: MailPreferences,
  changedLocally: boolean,
): MailPreferences {
  if (!current || !changedLocally || !previousFromIngest) return { ...fromIngest };
  const pick = <K extends keyof MailPreferences>(field: K): MailPreferences[K] =>
    fromIngest[field] !== previousFromIngest[field] ? fromIngest[field] : current[field];
  return {
    digest: pick('digest'),
    emailRecommendations: pick('emailRecommendations'),
    locale: pick('locale'),
  };
}

/** Whether recommendation email may go to this person at all. */
export const wantsRecommendationEmail = (p: { digest: string; emailRecommendations: boolean }) =>
  p.emailRecommendations && p.digest !== 'never';
