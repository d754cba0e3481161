import { describe, expect, it } from 'vitest';
import { canSeeChallenge, draftsVisibleTo } from './challenge-visibility';

const draft = { status: 'draft' as const, organisationId: 'org-1' };
const open = { status: 'open' as const, organisationId: 'org-1' };

describe('challenge visibility', () => {
  it('shows open challenges to anyone signed in', () => {
    expect(canSeeChallenge(open, { subject: 'i', role: 'innovator', innovatorId: 'inn-1' })).toBe(true);
  });

  it('shows a draft only to its own need owner, admins and services', () => {
    expect(canSeeChallenge(draft, { subject: 'n', role: 'need_owner', organisationId: 'org-1' })).toBe(true);
    expect(canSeeChallenge(draft, { subject: 'n', role: 'need_owner', organisationId: 'org-2' })).toBe(false);
    expect(canSeeChallenge(draft, { subject: 'i', role: 'innovator', innovatorId: 'inn-1' })).toBe(false);
    expect(canSeeChallenge(draft, { subject: 'a', role: 'admin' })).toBe(true);
    expect(canSeeChallenge(draft, undefined)).toBe(false);
  });

  it('filters lists the same way', () => {
    expect(draftsVisibleTo({ subject: 's', role: 'service' })).toBe('all');
    expect(draftsVisibleTo({ subject: 'n', role: 'need_owner', organisationId: 'org-1' })).toEqual({
      organisationId: 'org-1',
    });
    expect(draftsVisibleTo({ subject: 'i', role: 'innovator', innovatorId: 'inn-1' })).toBe('none');
  });
});
