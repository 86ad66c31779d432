import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const SECRET_PREFIX = "whsec_";

/** A new signing secret: 32 random bytes, prefixed so that secret scanners can recognise it. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64url");
}

/** The value of X-Signature-256: `sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret>`. */
export function signatureHeader(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** What a receiver does: recompute the signature over the raw body and compare in constant time. */
export function verifySignature(body: string | Uint8Array, secret: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signatureHeader(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
