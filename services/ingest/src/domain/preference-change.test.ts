import type { StoredInnovator } from '@suite/contracts';
import { describe, expect, it } from 'vitest';
import { type PreferenceTimes, withPreferenceChange } from './preference-change';

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
  consentsChangedBy: { matching: 'person', emailRecommendations: 'programme' },
};
const times: PreferenceTimes = {
  emailRecommendations: '2026-11-01T10:00:00.000Z',
  digest: '2026-11-01T10:00:00.000Z',
  locale: '2026-11-01T10:00:00.000Z',
  reported: null,
};
const later = '2026-11-30T12:00:00.000Z';

describe('a preference change from notification', () => {
  it('withdraws the email consent and keeps everything else', () => {
    const outcome = withPreferenceChange(stored, times, {
      innovatorId: 'inn-1',
      changedAt: later,
      preferences: { emailRecommendations: false },
    });
    expect(outcome).toEqual({
      innovator: {
        id: 'inn-1',
        name: 'Ada',
        email: 'ada@example.org',
        gender: 'woman',
        locale: 'sv',
        sdgs: [],
        digest: 'weekly',
        consents: { matching: true, emailRecommendations: false },
      },
      changed: ['emailRecommendations'],
    });
    expect(stored.consents.emailRecommendations).toBe(true);
  });

  it('takes digest and locale', () => {
    const outcome = withPreferenceChange(stored, times, {
      innovatorId: 'inn-1',
      changedAt: later,
      preferences: { digest: 'immediate', locale: 'en' },
    });
    expect(outcome?.innovator).toMatchObject({ digest: 'immediate', locale: 'en' });
    expect(outcome?.changed).toEqual(['digest', 'locale']);
  });

  it('changes nothing when the record already says the same', () => {
    expect(
      withPreferenceChange(stored, times, {
        innovatorId: 'inn-1',
        changedAt: later,
        preferences: { emailRecommendations: true, digest: 'weekly', locale: 'sv' },
      }),
    ).toEqual({ changed: [] });
  });

  it('loses to a consent given at ingest after the change was made', () => {
    const regiven = { ...times, emailRecommendations: '2026-11-30T13:00:00.000Z' };
    expect(
      withPreferenceChange(stored, regiven, {
        innovatorId: 'inn-1',
        changedAt: later,
        preferences: { emailRecommendations: false },
      }),
    ).toEqual({ changed: [] });
  });

  it('loses digest to a later change of the digest at ingest, not to a later change of something else', () => {
    const change = {
      innovatorId: 'inn-1',
      changedAt: '2026-11-30T09:00:00.000Z',
      preferences: { digest: 'never' as const },
    };
    expect(withPreferenceChange(stored, { ...times, digest: '2026-11-30T10:00:00.000Z' }, change)).toEqual({
      changed: [],
    });
    const localeLater = { ...times, locale: '2026-11-30T10:00:00.000Z' };
    expect(withPreferenceChange(stored, localeLater, change)?.innovator?.digest).toBe('never');
  });

  it('lets a second quick change win over the first, although the first was applied after both were made', () => {
    // daily at 12:00:00.000 was applied at 12:00:01 (the record's updatedAt); never came at .500.
    const afterFirst = {
      ...stored,
      digest: 'daily' as const,
      updatedAt: '2026-11-30T12:00:01.000Z',
    };
    const outcome = withPreferenceChange(
      afterFirst,
      { ...times, digest: later, reported: later },
      { innovatorId: 'inn-1', changedAt: '2026-11-30T12:00:00.500Z', preferences: { digest: 'never' } },
    );
    expect(outcome?.innovator?.digest).toBe('never');
  });

  it('ignores a report made before one already applied, even where that one changed nothing', () => {
    expect(
      withPreferenceChange(
        stored,
        { ...times, reported: later },
        { innovatorId: 'inn-1', changedAt: '2026-11-30T11:00:00.000Z', preferences: { digest: 'daily' } },
      ),
    ).toBeUndefined();
  });
});
