// What the signed-in token may do, from `viewer.roles`, by the server's own rule (src/domain/roles.ts): a role
// includes every role after it in ROLES; an organization-wide grant covers every deployment. The UI only
// hides what the server would refuse anyway; the server still decides.

export const ROLES = ["ORGANIZATION_ADMIN", "ADMIN", "EDITOR", "LAUNCHER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  role: Role;
  /** null: organization-wide */
  deployment?: string | null;
}

export function roleIncludes(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) <= ROLES.indexOf(required);
}

export function hasRole(grants: readonly Grant[], required: Role, deployment: string): boolean {
  return grants.some(
    (grant) =>
      roleIncludes(grant.role, required) &&
      (grant.deployment == null || grant.role === "ORGANIZATION_ADMIN" || grant.deployment === deployment),
  );
}

const ROLE_NAMES: Record<Role, string> = {
  ORGANIZATION_ADMIN: "Organization admin",
  ADMIN: "Admin",
  EDITOR: "Editor",
  LAUNCHER: "Launcher",
  VIEWER: "Viewer",
};

export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}

/** "Editor in prod", "Organization admin" (organization-wide). */
export function grantLabel(grant: Grant): string {
  return grant.deployment ? `${roleName(grant.role)} in ${grant.deployment}` : roleName(grant.role);
}

/** Rolling back needs EDITOR in the project's deployment (rollbackProject's @requiresRole). */
export function canRollback(grants: readonly Grant[], deployment: string): boolean {
  return hasRole(grants, "EDITOR", deployment);
}

/** Said where the rollback action is hidden: who may roll back, and what this token holds. */
export function rollbackNote(grants: readonly Grant[], deployment: string): string {
  const held = grants.map(grantLabel).join(", ") || "no role";
  return `Rolling back needs the Editor, Admin or Organization admin role in ${deployment}; this token has ${held}.`;
}
