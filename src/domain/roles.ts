/** Most to least permissive: each role includes every permission of the roles after it. */
export const ROLES = ["ORGANIZATION_ADMIN", "ADMIN", "EDITOR", "LAUNCHER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** null: organization-wide */
  deployment: string | null;
}

export interface Caller {
  /** The token's name: recorded as who recorded a load or asked for a rollback. */
  name: string;
  grants: RoleGrant[];
  /** The stored token's id (absent for ADMIN_TOKEN, which is never stored): its live feeds end when it is revoked. */
  tokenId?: number;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `held` is `required` or more permissive. */
export function roleIncludes(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) <= ROLES.indexOf(required);
}

/**
 * Whether the caller holds `required` in `deployment` (null: organization-wide). An organization-wide
 * grant covers every deployment; ORGANIZATION_ADMIN covers everything.
 */
export function callerHasRole(caller: Caller | null, required: Role, deployment: string | null): boolean {
  if (!caller) return false;
  return caller.grants.some(
    (grant) =>
      roleIncludes(grant.role, required) &&
      (grant.deployment === null || grant.role === "ORGANIZATION_ADMIN" || grant.deployment === deployment),
  );
}

/** Deployments the caller may read; null means all of them. */
export function readableDeployments(caller: Caller | null): string[] | null {
  if (!caller) return [];
  if (caller.grants.some((grant) => grant.deployment === null || grant.role === "ORGANIZATION_ADMIN"))
    return null;
  return [
    ...new Set(
      caller.grants.map((grant) => grant.deployment).filter((name): name is string => name !== null),
    ),
  ];
}
