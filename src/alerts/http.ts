import {
  type ClientRequest,
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { AttemptOutcome, NetworkErrorClass } from "./backoff";
import { classifyNetworkError } from "./delivery-error";
import {
  BlockedWebhookError,
  type CheckedTarget,
  InvalidWebhookUrlError,
  pinnedLookup,
  type WebhookGuard,
} from "./network-guard";

export interface PostOptions {
  /** Decides whether the URL may be sent to and pins the connection to the addresses it checked. */
  guard: WebhookGuard;
  /** The whole exchange (connect, headers, the body read) must finish within this. */
  timeoutMs: number;
  /** At most this much of the response body is read; the rest is dropped with the connection. */
  maxResponseBytes: number;
  /** Aborts the attempt early (the server shutting down). */
  signal?: AbortSignal;
  /** Keep-alive connection pools; a sender keeps its own and destroys them when it stops. */
  agents?: WebhookAgents;
}

export interface WebhookAgents {
  http: HttpAgent;
  https: HttpsAgent;
  destroy(): void;
}

/** Connection pools that keep sockets to receivers open between deliveries. */
export function createAgents(): WebhookAgents {
  // An idle socket is dropped after 4 s, before a receiver's usual 5-second keep-alive timeout closes it
  // under a request we are writing.
  const http = new HttpAgent({ keepAlive: true, timeout: 4_000 });
  const https = new HttpsAgent({ keepAlive: true, timeout: 4_000 });
  return {
    http,
    https,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}

class AttemptTimeout extends Error {}
class AttemptInterrupted extends Error {}

/**
 * POSTs one webhook with node:http(s) (a fraction of fetch's CPU per request, which matters when the
 * sender shares the process with the API). Never throws: every way it can go is an outcome.
 *
 * The guard checks the URL first, resolving its host: a refused address gets no connection attempt at all,
 * so the answer is the same whatever the port (no port scanning through testAlertPolicy). The connection
 * then goes to the checked addresses only (pinnedLookup), with the Host header and TLS SNI of the URL's
 * host name. Redirects are not followed (node:http never does; a 3xx is returned as it is), and nothing in
 * an error message names the URL, which may hold a secret.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let request: ClientRequest | null = null;
    let response: IncomingMessage | null = null;
    const chunks: Buffer[] = [];
    let size = 0;

    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve(outcome);
    };
    const answered = () =>
      finish({
        kind: "response",
        status: response?.statusCode ?? 0,
        body: Buffer.concat(chunks).toString("utf8"),
      });
    const failWith = (errorClass: NetworkErrorClass, message: string) =>
      finish({ kind: "error", errorClass, message, timedOut: errorClass === "TIMEOUT" });
    const fail = (error: unknown) => {
      // Once the status is in, it decides the outcome: a body that stalls or breaks afterwards only loses
      // the explanation.
      if (response) return answered();
      if (error instanceof AttemptTimeout)
        return failWith("TIMEOUT", `timed out after ${options.timeoutMs} ms`);
      if (error instanceof AttemptInterrupted) {
        return failWith("INTERRUPTED", "interrupted: the server shut down during the attempt");
      }
      if (error instanceof BlockedWebhookError) return failWith("BLOCKED_ADDRESS", error.message);
      if (error instanceof InvalidWebhookUrlError) return failWith("INVALID_URL", error.message);
      failWith(classifyNetworkError(error), scrub(describe(error), url));
    };
    const stop = (reason: Error) => {
      fail(reason);
      request?.destroy(reason);
    };
    const timer = setTimeout(() => stop(new AttemptTimeout()), options.timeoutMs);
    const onAbort = () => stop(new AttemptInterrupted());
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const connect = (checked: CheckedTarget) => {
      // Timed out or interrupted while resolving: nothing is sent.
      if (settled) return;
      const target = checked.url;
      const https = target.protocol === "https:";
      const send = https ? httpsRequest : httpRequest;
      request = send(target, {
        method: "POST",
        agent: https ? options.agents?.https : options.agents?.http,
        lookup: pinnedLookup(checked.addresses),
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      });
      request.on("error", fail);
      request.on("response", (incoming) => {
        response = incoming;
        incoming.on("data", (chunk: Buffer) => {
          const room = options.maxResponseBytes - size;
          const kept = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
          chunks.push(kept);
          size += kept.byteLength;
          if (size >= options.maxResponseBytes) {
            // Enough read: the rest is dropped with the connection.
            answered();
            incoming.destroy();
          }
        });
        incoming.on("end", answered);
        incoming.on("error", fail);
        incoming.on("close", answered);
      });
      request.end(body);
    };
    // A refusal, a resolver error, or node:http throwing on its options: each is an outcome, never a crash.
    options.guard.check(url).then(connect).catch(fail);
  });
}

/** Node reports the reason in the error's code and message (ECONNREFUSED, ENOTFOUND, ...). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}

function scrub(message: string, url: string): string {
  return message.replaceAll(url, "<webhook URL>").slice(0, 500);
}
