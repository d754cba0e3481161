import { describe, expect, it } from 'vitest';
import {
  type MailPreferences,
  mailChoiceOf,
  mergeIngestPreferences,
  preferencesOfChoice,
  wantsRecommendationEmail,
} from './mail-preferences';

const ingest: MailPreferences = { digest: 'daily', emailRecommendations: true, locale: 'sv' };
const unsubscribed: MailPreferences = { ...ingest, emailRecommendations: false };

describe('mergeIngestPreferences', () => {
  it('takes ingest values when nothing was changed here', () => {
    expect(mergeIngestPreferences(ingest, ingest, { ...ingest, digest: 'weekly' }, false).digest).toBe(
      'weekly',
    );
    expect(mergeIngestPreferences(undefined, undefined, ingest, false)).toEqual(ingest);
  });

  it('keeps an unsubscribe when ingest replays the old consent with another change', () => {
    const merged = mergeIngestPreferences(unsubscribed, ingest, { ...ingest, locale: 'en' }, true);
    expect(merged).toEqual({ digest: 'daily', emailRecommendations: false, locale: 'en' });
  });

  it('lets a real consent change at the source win over the local one', () => {
    const withdrawn = { ...ingest, emailRecommendations: false };
    const regiven = mergeIngestPreferences(unsubscribed, withdrawn, ingest, true);
    expect(regiven.emailRecommendations).toBe(true);
  });
});

describe('wantsRecommendationEmail', () => {
  it('needs consent and a digest other than never', () => {
    expect(wantsRecommendationEmail({ digest: 'immediate', emailRecommendations: true })).toBe(true);
    expect(wantsRecommendationEmail({ digest: 'never', emailRecommendations: true })).toBe(false);
    expect(wantsRecommendationEmail({ digest: 'weekly', emailRecommendations: false })).toBe(false);
  });
});

describe('the one mail choice of the preferences page', () => {
  const paused: MailPreferences = { ...ingest, digest: 'never' };

  it('reads off whenever no recommendation email goes, else the pace', () => {
    expect(mailChoiceOf(ingest)).toBe('daily');
    expect(mailChoiceOf(unsubscribed)).toBe('off');
    expect(mailChoiceOf(paused)).toBe('off');
  });

  it('turns email on at a pace, and off by withdrawing the consent like the unsubscribe link', () => {
    expect(preferencesOfChoice('weekly', unsubscribed)).toEqual({
      emailRecommendations: true,
      digest: 'weekly',
    });
    expect(preferencesOfChoice('immediate', paused)).toEqual({
      emailRecommendations: true,
      digest: 'immediate',
    });
    expect(preferencesOfChoice('off', ingest)).toEqual({ emailRecommendations: false });
  });

  it('changes nothing when off is kept, so saving another field withdraws no consent', () => {
    expect(preferencesOfChoice('off', paused)).toEqual({});
    expect(preferencesOfChoice('off', unsubscribed)).toEqual({});
  });
});
