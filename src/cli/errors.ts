import { GraphQLRequestError } from "../client";

/** Exit codes, documented in the main help; scripts branch on them. */
export const EXIT = {
  ok: 0,
  /** The server answered with an error (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT...). */
  apiError: 1,
  /** Wrong flags or input files: nothing was sent. */
  usage: 2,
  /** The server could not be reached (or answered without GraphQL): worth retrying. */
  unavailable: 3,
  /** A rollback was not confirmed at the prompt. */
  cancelled: 4,
  /** A rollback carried out by an executor ended FAILED. */
  rollbackFailed: 5,
  /** Following a rollback stopped at --timeout before it ended (it goes on). */
  followTimeout: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports as `error: <message> (<code>)` before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: ExitCode,
    /** The endpoint whose answer this is, named in the output (a token may be for another server). */
    readonly server?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A mistake in the command line or its input files. */
export function usageError(message: string): CliError {
  return new CliError(message, "USAGE", EXIT.usage);
}

/** Errors made by apiError: about what the server holds, so the message names that server. */
const SERVER_ANSWERS = new WeakSet<CliError>();

/** Marks an error as the server's answer (e.g. one a subscription delivered), so that it names the server. */
export function fromServer(error: CliError): CliError {
  SERVER_ANSWERS.add(error);
  return error;
}

/** What the server would say, found on the client side (e.g. a project that the query answered null for). */
export function apiError(message: string, code: string): CliError {
  const error = new CliError(message, code, EXIT.apiError);
  SERVER_ANSWERS.add(error);
  return error;
}

export function exitCodeOf(code: string): ExitCode {
  return code === "UNAVAILABLE" ? EXIT.unavailable : EXIT.apiError;
}

/** Any thrown value as a CliError: server errors keep their message and code, and name the server. */
export function toCliError(error: unknown, server?: string): CliError {
  if (error instanceof CliError) {
    // Only answers of (or about) the project-history server name it; the agent's Dagster errors do not.
    return !SERVER_ANSWERS.has(error) || error.server || !server
      ? error
      : new CliError(error.message, error.code, error.exitCode, server);
  }
  if (error instanceof GraphQLRequestError) {
    // "Cannot reach <url>" names it already.
    const named = error.code === "UNAVAILABLE" && error.message.includes(server ?? "\u0000");
    return new CliError(error.message, error.code, exitCodeOf(error.code), named ? undefined : server);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(message, "INTERNAL_ERROR", EXIT.apiError);
}

/** The one line every failure prints; `secrets` (the token) are blanked should a message ever echo one. */
export function formatError(error: CliError, secrets: readonly string[] = []): string {
  let message = error.message;
  for (const secret of secrets) if (secret) message = message.split(secret).join("***");
  return `error: ${message} (${error.code}${error.server ? `, server ${error.server}` : ""})`;
}
