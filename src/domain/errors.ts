import { GraphQLError } from "graphql";

/** The contract's error codes (`extensions.code`). */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  /** Not in the contract's table: live delivery is interrupted (Redis unreachable); retry later. */
  | "UNAVAILABLE";

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A problem at start-up that the operator fixes (configuration, unreachable service): one line, no stack. */
export class StartupError extends Error {}

export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  coded("BAD_USER_INPUT", message, extensions);
export const notFound = (message: string) => coded("NOT_FOUND", message);
export const conflict = (message: string) => coded("CONFLICT", message);
export const forbidden = (message: string) => coded("FORBIDDEN", message);
export const unauthenticated = (message: string) => coded("UNAUTHENTICATED", message);
export const liveUnavailable = () =>
  coded(
    "UNAVAILABLE",
    "Live updates are interrupted (the event broker is unreachable); subscribe again shortly with after: <last load id>",
  );
