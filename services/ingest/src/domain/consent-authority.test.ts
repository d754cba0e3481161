import { describe, expect, it } from 'vitest';
import { type ConsentRecord, consentsToStore, keptWithdrawalMessage } from './consent-authority';

const at = '2026-11-30T10:00:00.000Z';
const record = (
  consents: ConsentRecord['consents'],
  changedBy: ConsentRecord['changedBy'],
): ConsentRecord => ({ consents, changedBy, changedAt: { matching: at, emailRecommendations: at } });
const both = { matching: true, emailRecommendations: true };

describe('who may give a consent', () => {
  it('keeps a consent the person withdrew when the programme gives it again, and says which', () => {
    const stored = record(
      { matching: true, emailRecommendations: false },
      { matching: 'programme', emailRecommendations: 'person' },
    );
    expect(consentsToStore('programme', stored, both)).toEqual({
      consents: { matching: true, emailRecommendations: false },
      kept: [{ field: 'emailRecommendations', withdrawnAt: at }],
    });
  });

  it('lets the person give again what they withdrew', () => {
    const stored = record(
      { matching: false, emailRecommendations: false },
      { matching: 'person', emailRecommendations: 'person' },
    );
    expect(consentsToStore('person', stored, both)).toEqual({ consents: both, kept: [] });
  });

  it('lets the programme give a consent the person never withdrew, or one it withdrew itself', () => {
    const never = record(
      { matching: false, emailRecommendations: false },
      { matching: null, emailRecommendations: null },
    );
    expect(consentsToStore('programme', never, both).kept).toEqual([]);
    // The person gave it, the programme took it back: the person never withdrew it.
    const byProgramme = record(
      { matching: false, emailRecommendations: true },
      { matching: 'programme', emailRecommendations: 'person' },
    );
    expect(consentsToStore('programme', byProgramme, both)).toEqual({ consents: both, kept: [] });
  });

  it('lets the programme withdraw any consent, and set those of a new innovator', () => {
    const given = record(both, { matching: 'person', emailRecommendations: 'person' });
    const none = { matching: false, emailRecommendations: false };
    expect(consentsToStore('programme', given, none)).toEqual({ consents: none, kept: [] });
    expect(consentsToStore('programme', undefined, both)).toEqual({ consents: both, kept: [] });
  });

  it('explains a kept withdrawal with its time when known', () => {
    expect(keptWithdrawalMessage({ field: 'matching', withdrawnAt: at })).toBe(
      `the person withdrew this consent on ${at}; only they can give it again`,
    );
    expect(keptWithdrawalMessage({ field: 'matching', withdrawnAt: null })).toBe(
      'the person withdrew this consent; only they can give it again',
    );
  });
});
