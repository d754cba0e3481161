import type { StoredInnovator } from '@suite/contracts';
import { describe, expect, it } from 'vitest';
import { withPreferenceChange } from './preference-change';

const stored: StoredInnovator = {
  id: 'inn-1',
  name: 'Ada',
  email: 'ada@example.org',
  gender: 'woman',
  locale: 'sv',
  sdgs: [],
  digest: 'weekly',
  consents: { matching: true, emailRecommendations: true },
  version: 3,
  updatedAt: '2026-11-30T10:00:00.000Z',
  consentsChangedAt: {
    matching: '2026-11-01T10:00:00.000Z',
    emailRecommendations: '2026-11-01T10:00:00.000Z',
  },
};
const later = '2026-11-30T12:00:00.000Z';

describe('a preference change from notification', () => {
  it('withdraws the email consent and keeps everything else', () => {
    const next = withPreferenceChange(stored, {
      innovatorId: 'inn-1',
      changedAt: later,
      preferences: { emailRecommendations: false },
    });
    expect(next).toEqual({
      id: 'inn-1',
      name: 'Ada',
      email: 'ada@example.org',
      gender: 'woman',
      locale: 'sv',
      sdgs: [],
      digest: 'weekly',
      consents: { matching: true, emailRecommendations: false },
    });
    expect(stored.consents.emailRecommendations).toBe(true);
  });

  it('takes digest and locale', () => {
    const next = withPreferenceChange(stored, {
      innovatorId: 'inn-1',
      changedAt: later,
      preferences: { digest: 'immediate', locale: 'en' },
    });
    expect(next).toMatchObject({ digest: 'immediate', locale: 'en' });
  });

  it('changes nothing when the record already says the same', () => {
    expect(
      withPreferenceChange(stored, {
        innovatorId: 'inn-1',
        changedAt: later,
        preferences: { emailRecommendations: true, digest: 'weekly', locale: 'sv' },
      }),
    ).toBeUndefined();
  });

  it('loses to a consent given at ingest after the change was made', () => {
    const regiven = {
      ...stored,
      consentsChangedAt: { ...stored.consentsChangedAt, emailRecommendations: '2026-11-30T13:00:00.000Z' },
    };
    expect(
      withPreferenceChange(regiven, {
        innovatorId: 'inn-1',
        changedAt: later,
        preferences: { emailRecommendations: false },
      }),
    ).toBeUndefined();
  });

  it('loses digest and locale to a later write of the record', () => {
    expect(
      withPreferenceChange(stored, {
        innovatorId: 'inn-1',
        changedAt: '2026-11-30T09:00:00.000Z',
        preferences: { digest: 'never' },
      }),
    ).toBeUndefined();
  });
});
