import type { Principal } from '@suite/platform';

/** Admins and services see every organisation; a need owner sees only the one their token is bound to. */
export function canReadOrganisation(principal: Principal | undefined, organisationId: string): boolean {
  if (!principal) return false;
  if (principal.role === 'admin' || principal.role === 'service') return true;
  return principal.role === 'need_owner' && principal.organisationId === organisationId;
}
