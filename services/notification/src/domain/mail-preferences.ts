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

/**
 * The one question the preferences page asks: how often, or off. Consent (`emailRecommendations`)
 * and `digest: never` both mean "no recommendation email", and two switches for one wish confused
 * people; the API keeps both.
 */
export const mailChoices = ['immediate', 'daily', 'weekly', 'off'] as const;
export type MailChoice = (typeof mailChoices)[number];

/** The answer that describes the preferences in force: off whenever no recommendation email goes. */
export const mailChoiceOf = (p: MailPreferences): MailChoice =>
  p.emailRecommendations && p.digest !== 'never' ? p.digest : 'off';

/**
 * What an answer changes. A pace turns recommendation email on at that pace. "Off" withdraws the
 * consent, as the unsubscribe link does, unless no such email goes already (consent withdrawn, or
 * `never` set elsewhere): saving the page for, say, a new language then changes nothing the person
 * did not touch.
 */
export function preferencesOfChoice(choice: MailChoice, current: MailPreferences): Partial<MailPreferences> {
  if (choice !== 'off') return { emailRecommendations: true, digest: choice };
  return wantsRecommendationEmail(current) ? { emailRecommendations: false } : {};
}
