import { GraphQLError } from "graphql";

/** The contract's error codes (`extensions.code`). */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  coded("BAD_USER_INPUT", message, extensions);
export const notFound = (message: string) => coded("NOT_FOUND", message);
export const conflict = (message: string) => coded("CONFLICT", message);
export const forbidden = (message: string) => coded("FORBIDDEN", message);
export const unauthenticated = (message: string) => coded("UNAUTHENTICATED", message);
