import { describe, expect, it } from 'vitest';
import { canReadOrganisation } from './organisation-access';

describe('canReadOrganisation', () => {
  it('lets an admin read any organisation', () => {
    expect(canReadOrganisation({ subject: 'a', role: 'admin' }, 'org-1')).toBe(true);
  });
  it('lets a need owner read only their own organisation', () => {
    const owner = { subject: 'n', role: 'need_owner' as const, organisationId: 'org-1' };
    expect(canReadOrganisation(owner, 'org-1')).toBe(true);
    expect(canReadOrganisation(owner, 'org-2')).toBe(false);
  });
  it('refuses innovators and anonymous callers', () => {
    expect(canReadOrganisation({ subject: 'i', role: 'innovator', innovatorId: 'x' }, 'org-1')).toBe(false);
    expect(canReadOrganisation(undefined, 'org-1')).toBe(false);
  });
});
