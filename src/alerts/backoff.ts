// When a failed attempt is tried again, per the contract: network errors, timeouts, 408, 429 and 5xx are
// retried with exponential backoff (about 1 s, doubling, with jitter) up to 6 attempts; any other 4xx (and
// a redirect, which is never followed) fails at once, and so does a webhook this server does not send to
// (a blocked address, an invalid URL): nothing was sent, and trying again would change nothing.

import { backoffDelay } from "../domain/backoff";

export const DEFAULT_MAX_ATTEMPTS = 6;
export const DEFAULT_BACKOFF_BASE_MS = 1_000;

/** Network-level failures; an answered attempt's class is HTTP_<status>. */
export type NetworkErrorClass =
  | "TIMEOUT"
  | "CONNECTION_REFUSED"
  | "CONNECTION_RESET"
  | "HOST_NOT_FOUND"
  | "UNREACHABLE"
  | "TLS_ERROR"
  | "BLOCKED_ADDRESS"
  | "INVALID_URL"
  | "INTERRUPTED"
  | "NETWORK_ERROR";

export type AttemptOutcome =
  | { kind: "response"; status: number; body: string }
  | { kind: "error"; errorClass: NetworkErrorClass; message: string; timedOut: boolean };

export type Verdict = "delivered" | "retry" | "fail";

export function verdictOf(outcome: AttemptOutcome): Verdict {
  if (outcome.kind === "error") {
    return outcome.errorClass === "BLOCKED_ADDRESS" || outcome.errorClass === "INVALID_URL"
      ? "fail"
      : "retry";
  }
  const { status } = outcome;
  if (status >= 200 && status < 300) return "delivered";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "fail";
}

/** What happens after attempt number `attempt`: done, failed for good, or tried again after `delayMs`. */
export function nextStep(
  outcome: AttemptOutcome,
  attempt: number,
  options: { maxAttempts: number; backoffBaseMs: number; random?: () => number },
): { status: "DELIVERED" } | { status: "FAILED" } | { status: "PENDING"; delayMs: number } {
  const verdict = verdictOf(outcome);
  if (verdict === "delivered") return { status: "DELIVERED" };
  if (verdict === "fail" || attempt >= options.maxAttempts) return { status: "FAILED" };
  return { status: "PENDING", delayMs: backoffDelay(attempt, options.backoffBaseMs, options.random) };
}
