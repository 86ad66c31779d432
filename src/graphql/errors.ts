import { GraphQLError } from "graphql";
import { isDatabaseUnavailable } from "../db/index";
import { DomainError } from "../domain/errors";

/** What a client is told to wait before retrying while the database is unreachable (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The one mapping from what the service throws to what a client reads. Domain errors keep their message
 * and become GraphQL errors with the contract's code; GraphQL's own errors (syntax, validation, variables)
 * pass as they are; a database that cannot be reached is UNAVAILABLE with HTTP 503 and Retry-After (worth
 * retrying; reported too, and the reporter counts it as part of the outage rather than logging a stack);
 * anything else is a bug: reported with its stack, and masked as INTERNAL_SERVER_ERROR so that no stack or
 * SQL reaches the client.
 */
export function toClientError(
  error: unknown,
  maskedMessage: string,
  reportUnexpected: (error: unknown) => void,
): GraphQLError {
  const located = error instanceof GraphQLError ? error : null;
  const cause = located ? (located.originalError ?? null) : error;
  if (cause instanceof DomainError) {
    return new GraphQLError(cause.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      // No originalError: Yoga counts an error wrapping a non-GraphQL error as unexpected, and answers a
      // subscription refused this way over SSE with HTTP 500. The message and code say all there is.
      extensions: { ...cause.extensions, code: cause.code },
    });
  }
  if (located && (cause === null || cause instanceof GraphQLError)) return located;
  reportUnexpected(cause);
  if (isDatabaseUnavailable(cause)) {
    return new GraphQLError("The database is unreachable for now; retry shortly", {
      nodes: located?.nodes,
      path: located?.path,
      // Yoga answers with the highest `http.status` of the errors and strips `http` from the body.
      extensions: {
        code: "UNAVAILABLE",
        http: { status: 503, headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } },
      },
    });
  }
  return new GraphQLError(maskedMessage, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  });
}
