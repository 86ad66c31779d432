// What a delivery's failure looks like to whom. Each attempt's outcome is recorded twice over:
//   errorClass  a short code (HTTP_500, TIMEOUT, CONNECTION_REFUSED, BLOCKED_ADDRESS, ...) that every
//               VIEWER of the deployment sees, with the response status, and from which their lastError
//               is worded (viewerError): never the receiver's words, never an address;
//   lastError   the detail for EDITORs (and the log): the network error, or the status with the start of
//               the receiver's answer, with every form of the webhook URL's secrets masked (hideUrl).
import type { AttemptOutcome, NetworkErrorClass } from "./backoff";

/** Recorded when a delivery is not attempted because its policy was disabled. */
export const POLICY_DISABLED = {
  errorClass: "POLICY_DISABLED",
  lastError: "Not sent: the policy was disabled",
};

const NETWORK_TEXT: Record<NetworkErrorClass | "POLICY_DISABLED", string> = {
  TIMEOUT: "timed out",
  CONNECTION_REFUSED: "connection refused",
  CONNECTION_RESET: "connection reset by the receiver",
  HOST_NOT_FOUND: "the webhook's host name does not resolve",
  UNREACHABLE: "the receiver's network is unreachable",
  TLS_ERROR: "the TLS handshake failed (certificate or protocol)",
  BLOCKED_ADDRESS: "not sent: the webhook's address is one this server does not send to",
  INVALID_URL: "not sent: the webhook URL is not valid",
  INTERRUPTED: "interrupted: the server shut down during the attempt",
  NETWORK_ERROR: "network error",
  POLICY_DISABLED: POLICY_DISABLED.lastError,
};

/** The class of a Node network error (its `code`). */
export function classifyNetworkError(error: unknown): NetworkErrorClass {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  switch (code) {
    case "ECONNREFUSED":
      return "CONNECTION_REFUSED";
    case "ECONNRESET":
    case "EPIPE":
    case "ECONNABORTED":
      return "CONNECTION_RESET";
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
    case "EAI_NODATA":
    case "EAI_NONAME":
    case "ENODATA":
      return "HOST_NOT_FOUND";
    case "ETIMEOUT":
    case "ETIMEDOUT":
      return "TIMEOUT";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EHOSTDOWN":
    case "ENETDOWN":
      return "UNREACHABLE";
  }
  if (
    /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/.test(code) ||
    code.endsWith("_CERT") ||
    code === "EPROTO"
  ) {
    return "TLS_ERROR";
  }
  return "NETWORK_ERROR";
}

/** The class of an attempt's outcome; null when it was delivered. */
export function errorClassOf(outcome: AttemptOutcome): string | null {
  if (outcome.kind === "error") return outcome.errorClass;
  return outcome.status >= 200 && outcome.status < 300 ? null : `HTTP_${outcome.status}`;
}

/** The EDITORs' lastError: the failure, or the refusal with the start of the receiver's answer. */
export function errorText(outcome: AttemptOutcome, webhookUrl: string): string | null {
  if (outcome.kind === "error") return hideUrl(outcome.message, webhookUrl).slice(0, 500);
  const { status, body } = outcome;
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `HTTP ${status}: redirects are not followed`;
  const excerpt = hideUrl(body.slice(0, 2_000), webhookUrl).trim().replace(/\s+/g, " ").slice(0, 300);
  return excerpt ? `HTTP ${status}: ${excerpt}` : `HTTP ${status}`;
}

/**
 * The lastError a caller below EDITOR sees: worded from the class and the status alone. Rows recorded
 * before classes existed (errorClass null) say only that the attempt failed, and with what status.
 */
export function viewerError(delivery: {
  errorClass: string | null;
  responseStatus: number | null;
  lastError: string | null;
}): string | null {
  const { errorClass, responseStatus } = delivery;
  if (errorClass === null) {
    if (delivery.lastError === null) return null;
    return responseStatus === null ? "the last attempt failed" : `HTTP ${responseStatus}`;
  }
  const http = /^HTTP_(\d{3})$/.exec(errorClass);
  if (http) {
    const status = Number(http[1]);
    return status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
  }
  return NETWORK_TEXT[errorClass as NetworkErrorClass] ?? "the last attempt failed";
}

/** Path segments and query values shorter than this are left alone: words such as "hooks" or "v1". */
const MIN_SEGMENT = 12;
const MIN_VALUE = 4;

/**
 * Receivers often echo the request path in an error page ("Cannot POST /hooks/<secret>"), and the log
 * and lastError carry it: the URL, its path and query, every long path segment, every query value and
 * the fragment are masked, as written in the URL, percent-decoded (once and fully, with + as a space),
 * escaped again, in either hex case and with JSON's escaped slashes. Matching ignores case.
 */
export function hideUrl(text: string, webhookUrl: string): string {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    return text;
  }
  const rawQuery = url.search.replace(/^\?/, "");
  const rawPairs = rawQuery === "" ? [] : rawQuery.split("&");
  const secrets = new Set<string>();
  const add = (part: string, min: number) => {
    for (const form of spellings(part)) if (form.length >= min) secrets.add(form);
  };
  for (const whole of [webhookUrl, url.href, url.pathname + url.search, url.pathname, url.search, url.hash]) {
    add(whole, whole.includes("/") || whole.startsWith("?") || whole.startsWith("#") ? 2 : MIN_SEGMENT);
  }
  for (const segment of url.pathname.split("/")) add(segment, MIN_SEGMENT);
  for (const pair of rawPairs) {
    add(pair, MIN_VALUE);
    add(pair.slice(pair.indexOf("=") + 1), MIN_VALUE);
  }
  for (const value of url.searchParams.values()) add(value, MIN_VALUE);
  add(url.hash.replace(/^#/, ""), MIN_VALUE);
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return text;
  const pattern = new RegExp(ordered.map(escapeRegExp).join("|"), "gi");
  return text.replace(pattern, "…");
}

/** The ways a receiver may write back a piece of the URL. */
function spellings(part: string): string[] {
  const forms = new Set([part]);
  const decodeOnce = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  let decoded = part;
  // Fully: a receiver that decodes twice writes %2541 back as A.
  for (let i = 0; i < 3; i++) {
    const next = decodeOnce(decoded);
    forms.add(next);
    forms.add(decodeOnce(decoded.replaceAll("+", " ")));
    if (next === decoded) break;
    decoded = next;
  }
  // Written back escaped: the decoded form, and the form as sent escaped once more (% as %25).
  forms.add(encodeURIComponent(decoded));
  forms.add(encodeURIComponent(part));
  for (const form of [...forms]) if (form.includes("/")) forms.add(form.replaceAll("/", "\\/"));
  return [...forms].filter((form) => form.length > 0);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
