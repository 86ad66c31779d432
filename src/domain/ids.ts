import { InvalidInput } from "./errors";

// The API's opaque identifiers. Clients get them and send them back; a malformed one is the caller's
// mistake (BAD_USER_INPUT), never a server error.

/**
 * The largest key an ID or cursor may carry: the columns are 32-bit integers on PostgreSQL. A larger one
 * names nothing that can exist, and is malformed on every database alike (PostgreSQL would fail the query).
 */
export const MAX_KEY = 2_147_483_647;

// A key in its one canonical form: no sign, no leading zero, at most 10 digits (then checked <= MAX_KEY).
const KEY = /^(?:0|[1-9]\d{0,9})$/;

function isKey(text: string): boolean {
  return KEY.test(text) && Number(text) <= MAX_KEY;
}

/** Global IDs are base64url("Type:id"). */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

export function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const text = Buffer.from(globalID, "base64url").toString("utf8");
  const match = /^([A-Za-z]+):(\d+)$/.exec(text);
  if (
    !match ||
    !isKey(match[2] as string) ||
    encodeGlobalId(match[1] as string, match[2] as string) !== globalID.replace(/=+$/, "")
  ) {
    throw new InvalidInput(`Malformed ID "${globalID.slice(0, 100)}"`);
  }
  return { typename: match[1] as string, id: match[2] as string };
}

/** Cursors are base64url of "<kind>:<integer>", the kind naming the list they page through. */
export function encodeCursor(kind: string, value: number): string {
  return Buffer.from(`${kind}:${value}`, "utf8").toString("base64url");
}

/** Decodes a cursor of the given kind; a malformed cursor or one from another list is refused. */
export function decodeCursor(kind: string, cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const prefix = `${kind}:`;
  const value = text.startsWith(prefix) ? text.slice(prefix.length) : "";
  if (!isKey(value) || encodeCursor(kind, Number(value)) !== cursor.replace(/=+$/, "")) {
    throw new InvalidInput(`Malformed cursor "${cursor.slice(0, 100)}" for this list`);
  }
  return Number(value);
}
