import type { Challenge } from '@suite/contracts';
import { owns, type Principal } from '@suite/platform';

/** A draft is seen only by its organisation's need owners, admins and services; the rest by anyone signed in. */
export const canSeeChallenge = (
  challenge: Pick<Challenge, 'status' | 'organisationId'>,
  principal?: Principal,
) =>
  challenge.status !== 'draft' ||
  (principal !== undefined && owns(principal, { organisationId: challenge.organisationId }));

/** Which drafts a list shows this caller. */
export function draftsVisibleTo(principal?: Principal): 'all' | 'none' | { organisationId: string } {
  if (principal?.role === 'admin' || principal?.role === 'service') return 'all';
  if (principal?.role === 'need_owner' && principal.organisationId) {
    return { organisationId: principal.organisationId };
  }
  return 'none';
}
