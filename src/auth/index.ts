/**
 * Auth: API tokens. A request's `Authorization: Bearer <token>` is hashed (secrets.ts) and looked up; the
 * caller it names carries role grants, which src/domain/roles checks. Tokens are stored only as hashes.
 * ADMIN_TOKEN is an organization admin that is never stored; a fresh database gets a bootstrap admin token.
 */
import type { PrismaClient } from "../db/index";
import { type Caller, isRole } from "../domain/roles";
import { Prisma } from "../generated/prisma/client";
import { bearerToken, generateToken, hashToken, sameDigest } from "./secrets";

export interface Authentication {
  caller: Caller | null;
  authFailure: "missing" | "invalid" | null;
}

/** Names the caller behind an Authorization header value: ADMIN_TOKEN, or a stored, unrevoked token. */
export async function authenticate(
  prisma: PrismaClient,
  authorization: string | null | undefined,
  adminTokenHash: string | null,
): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (!token) return { caller: null, authFailure: authorization ? "invalid" : "missing" };
  const digest = hashToken(token);
  if (adminTokenHash && sameDigest(digest, adminTokenHash)) {
    return {
      caller: { name: "admin", grants: [{ role: "ORGANIZATION_ADMIN", deployment: null }] },
      authFailure: null,
    };
  }
  // The lookup is by digest, so the secret itself is never compared byte by byte; the final comparison
  // is constant-time all the same.
  const stored = await prisma.apiToken.findUnique({ where: { tokenHash: digest } });
  if (!stored || stored.revokedAt !== null || !sameDigest(stored.tokenHash, digest) || !isRole(stored.role)) {
    return { caller: null, authFailure: "invalid" };
  }
  return {
    caller: {
      name: stored.name,
      grants: [{ role: stored.role, deployment: stored.deployment }],
      tokenId: stored.id,
    },
    authFailure: null,
  };
}

/**
 * On a database with no token at all and no ADMIN_TOKEN configured, creates an organization admin token
 * and returns it (to be printed once); returns null otherwise.
 */
export async function bootstrapAdminToken(prisma: PrismaClient): Promise<string | null> {
  if ((await prisma.apiToken.count()) > 0) return null;
  const token = generateToken();
  try {
    await prisma.apiToken.create({
      data: {
        name: "admin",
        role: "ORGANIZATION_ADMIN",
        deployment: null,
        tokenHash: hashToken(token),
        createdBy: null,
      },
    });
  } catch (error) {
    // Another instance starting at the same moment made it first: that one prints it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
  return token;
}
