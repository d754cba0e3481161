import type { Principal, Role } from './auth';

/** Who a resource belongs to: a need owner's organisation and/or an innovator. */
export interface Scope {
  organisationId?: string;
  innovatorId?: string;
}

/**
 * Whether `principal` may act on something in `scope`. Admins and services act on everything; a
 * need owner only within its organisation, an innovator only on itself. An empty scope belongs to
 * nobody, so only admins and services pass.
 */
export function owns(principal: Principal, scope: Scope): boolean {
  switch (principal.role) {
    case 'admin':
    case 'service':
      return true;
    case 'need_owner':
      return scope.organisationId !== undefined && scope.organisationId === principal.organisationId;
    case 'innovator':
      return scope.innovatorId !== undefined && scope.innovatorId === principal.innovatorId;
  }
}

/** The roles that, by default, may only act on what they own. */
export const defaultOwnedRoles: readonly Role[] = ['need_owner', 'innovator'];

/** Resource authorisation declared with a route; `defineRoute` applies it before the handler runs. */
export interface AccessSpec<Ctx, R> {
  /** Loads the resource the route acts on; undefined means it does not exist (404). */
  load(ctx: Ctx): Promise<R | undefined>;
  /** Who owns an existing resource; checked for the roles in `ownedBy`. */
  owner?(resource: R): Scope;
  /** Roles restricted to their own resources (default: need owners and innovators). */
  ownedBy?: readonly Role[];
  /**
   * Create-or-replace: a missing resource is not a 404, and the would-be owner comes from the
   * request. When the resource exists, both its owner and this scope are checked, so a need owner
   * can neither create for another organisation nor take over another organisation's resource.
   */
  creates?(ctx: Ctx): Scope;
  /** Extra visibility rule (drafts, say): false answers 404, so hidden things are not revealed. */
  visible?(resource: R, principal: Principal | undefined): boolean;
}
