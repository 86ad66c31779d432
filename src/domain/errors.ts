/**
 * The errors the service raises on purpose, each with the API contract's code. Modules below the GraphQL
 * layer throw these; one mapping at the edge (src/graphql/errors.ts) turns them into GraphQL errors with
 * `extensions.code`. Anything else that escapes is a bug or an outage and is masked there.
 */

/** The contract's error codes (`extensions.code`) that the service raises on purpose. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  /** A dependency (the database, the event broker) is unreachable: retry later. */
  | "UNAVAILABLE"
  /** A live subscriber fell too far behind and was ended: resume with `after`. */
  | "SLOW_CONSUMER"
  /** An operation over a static bound (size, tokens, depth, aliases, directives, complexity): refused unrun. */
  | "QUERY_TOO_COMPLEX"
  /** An operation that ran longer than its wall-clock bound was aborted. */
  | "QUERY_TIMEOUT"
  /** A token sent more mutations than its rate allows: retry after `extensions.retryAfterSeconds`. */
  | "RATE_LIMITED";

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  /** `extensions` beside the code, for clients that act on them. */
  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller's input is malformed or breaks a rule: BAD_USER_INPUT. */
export class InvalidInput extends DomainError {
  readonly code = "BAD_USER_INPUT";
}

export class NotFound extends DomainError {
  readonly code = "NOT_FOUND";
}

/** The request contradicts what is stored (an idempotency key reused with other input, a taken name). */
export class Conflict extends DomainError {
  readonly code = "CONFLICT";
}

export class Forbidden extends DomainError {
  readonly code = "FORBIDDEN";
}

export class Unauthenticated extends DomainError {
  readonly code = "UNAUTHENTICATED";
}

export class Unavailable extends DomainError {
  readonly code = "UNAVAILABLE";
}

export class SlowConsumer extends DomainError {
  readonly code = "SLOW_CONSUMER";
}

/** A problem at start-up that the operator fixes (configuration, unreachable service): one line, no stack. */
export class StartupError extends Error {}
