import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

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

const TOKEN_PREFIX = "phist_";

/** A new random token: 32 bytes of entropy, prefixed so that secret scanners can recognise it. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** Tokens are stored only as this hash. High-entropy tokens need no slow password hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads `Bearer <token>` from an Authorization header value; null when absent or of another scheme. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
