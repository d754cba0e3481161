import { describe, expect, it } from 'vitest';
import { projectionChange } from './projection-change';

const envelope = {
  eventId: '3f1c2a4e-8b7d-4c6e-9f10-1a2b3c4d5e6f',
  version: 3,
  occurredAt: '2026-01-01T00:00:00Z',
};

describe('projectionChange', () => {
  it('keeps no contact data from an innovator event', () => {
    const change = projectionChange['innovator.upserted']({
      ...envelope,
      innovator: {
        id: 'inn-1',
        name: 'Alva',
        email: 'alva@example.org',
        gender: 'woman',
        locale: 'sv',
        sdgs: [5],
        digest: 'weekly',
        consents: { matching: true, emailRecommendations: false },
      },
    });
    expect(change).toMatchObject({ entityType: 'innovator', entityId: 'inn-1', version: 3, deleted: false });
    expect(JSON.stringify(change.payload)).not.toContain('alva@example.org');
    expect(JSON.stringify(change.payload)).not.toContain('Alva');
  });

  it('turns an erasure into a deletion of the same version', () => {
    expect(projectionChange['innovator.erased']({ ...envelope, innovatorId: 'inn-1' })).toEqual({
      entityType: 'innovator',
      entityId: 'inn-1',
      version: 3,
      deleted: true,
      payload: null,
    });
  });
});
