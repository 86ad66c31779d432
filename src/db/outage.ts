/**
 * Tells a database that cannot be reached apart from every other failure: connection refused or reset,
 * a pool that found no connection in time, a statement cancelled because the server shut down or
 * restarted, SQLite's busy timeout. Such a failure is worth retrying; the edge answers it UNAVAILABLE
 * (src/graphql/errors.ts) and the outage is logged once (src/observability/dependency.ts), not per query.
 */

/** Prisma's codes for "cannot reach / lost the server / timed out / no connection free". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** What the driver adapters call the same (DriverAdapterError's cause.kind). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Socket errors of Node. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (terminated by an administrator, a
 * crash, or the server is starting/stopping), 53300 (too many connections).
 */
const POSTGRES_STATE = /^(08...|57P0[123]|53300)$/;
/** node-postgres and pg-pool say these in plain errors, without a code. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed and is not queryable|database is locked|SQLITE_BUSY/i;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** True when `error` (or what it wraps) says the database is unreachable or unavailable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || current === undefined || seen.has(current)) continue;
    seen.add(current);
    const code = fieldOf(current, "code");
    const kind = fieldOf(current, "kind");
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof code === "string" && /^SQLITE_BUSY/.test(code)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (kind === "postgres" && POSTGRES_STATE.test(String(fieldOf(current, "code")))) return true;
    if (kind === "postgres" && POSTGRES_STATE.test(String(fieldOf(current, "originalCode")))) return true;
    if (typeof code === "string" && POSTGRES_STATE.test(code) && fieldOf(current, "severity")) return true;
    const message = fieldOf(current, "message");
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    pending.push(fieldOf(current, "cause"), fieldOf(fieldOf(current, "meta"), "driverAdapterError"));
    pending.push(fieldOf(current, "originalError"));
    const errors = fieldOf(current, "errors");
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}
