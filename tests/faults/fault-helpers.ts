import { request } from "node:http";
import { ADMIN_TOKEN } from "../helpers";

/** How one HTTP request ended, as its client saw it. */
export type Outcome =
  | { kind: "answered"; status: number; connection: string | null; retryAfter: string | null; body: string }
  | { kind: "reset"; error: string };

const RECORD_BIG = `mutation FaultsRecord($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) { load { sequence } }
}`;

/**
 * A recordProjectLoad body of about 44 KB, as in the report behind the shutdown fix: 44 assets with long
 * keys, few rows to write, so that recording is quick and the time goes to the body's arrival.
 */
export function bigRecordBody(project: string): Buffer {
  const assets = Array.from({ length: 44 }, (_, k) => ({
    key: `asset/${k}/${"k".repeat(960)}`,
    codeVersion: "1",
  }));
  return Buffer.from(JSON.stringify({ query: RECORD_BIG, variables: { input: { project, assets } } }));
}

/**
 * POSTs `body` on its own connection, in 4 KB pieces `everyMs` apart (a slow client), and resolves with how
 * it ended: an answer, or a reset (ECONNRESET, EPIPE, socket hang up).
 */
export function slowPost(port: number, body: Buffer, everyMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": body.length,
          authorization: `Bearer ${ADMIN_TOKEN}`,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () =>
          settle({
            kind: "answered",
            status: res.statusCode ?? 0,
            connection: res.headers.connection ?? null,
            retryAfter: res.headers["retry-after"] ?? null,
            body: text,
          }),
        );
        res.on("error", (error) => settle({ kind: "reset", error: error.message }));
      },
    );
    req.on("error", (error) => settle({ kind: "reset", error: error.message }));
    let offset = 0;
    const next = () => {
      if (settled || req.destroyed) return;
      const piece = body.subarray(offset, offset + 4096);
      offset += piece.length;
      if (offset >= body.length) req.end(piece);
      else {
        req.write(piece);
        setTimeout(next, everyMs);
      }
    };
    next();
  });
}

/** An SSE subscription; resolves "ended" when the server ends the stream, "reset" when it breaks. */
export async function sseSubscription(
  port: number,
  query: string,
  opened: () => void,
): Promise<"ended" | "reset"> {
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  url.searchParams.set("query", query);
  try {
    const response = await fetch(url, {
      headers: { accept: "text/event-stream", authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    opened();
    const reader = response.body?.getReader();
    if (!reader) return "reset";
    while (!(await reader.read()).done) {}
    return "ended";
  } catch {
    return "reset";
  }
}

/** Subscriptions open on a server, summed over transports, as its /metrics says. */
export async function openSubscriptions(baseUrl: string): Promise<number> {
  try {
    const text = await (await fetch(`${baseUrl}/metrics`)).text();
    let open = 0;
    for (const match of text.matchAll(/^project_history_active_subscriptions\{[^}]*\} (\d+)$/gm))
      open += Number(match[1]);
    return open;
  } catch {
    return 0;
  }
}

/** Waits until the servers at `baseUrls` hold `count` subscriptions between them. */
export async function waitForSubscriptions(
  baseUrls: string[],
  count: number,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let open = 0;
  while (Date.now() < deadline) {
    open = 0;
    for (const url of baseUrls) open += await openSubscriptions(url);
    if (open === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${open} subscriptions open, not ${count}`);
}
