// Transport limits (issue 11, findings 6, 7, 8, 10's WebSocket part and 11), against the real server.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../generated";
import { ADMIN_TOKEN, record } from "../helpers";
import { collect, type LiveServer, PROJECT_LOADED, startLiveServer, waitUntil } from "./live-helpers";

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer({
    maxBufferedBytes: 256 * 1024,
    webSockets: { maxSubscriptionsPerSocket: 5, maxAnonymousSocketsPerIp: 3 },
  });
});
afterAll(() => live.close());

const subscriptions = (count: number) =>
  waitUntil(
    () => live.running.live.events.size === count,
    15_000,
    () => `${live.running.live.events.size} subscriptions, not ${count}`,
  );

/** Sends `chunks` as a chunked POST (no Content-Length) and answers status and body. */
function chunkedPost(chunks: () => Generator<string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: live.running.port,
        path: "/graphql",
        method: "POST",
        // A connection of its own: one whose body the server stopped reading is not reused.
        agent: false,
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may answer (and stop reading) before the whole body is sent.
    req.on("error", (error) => (error.message.includes("EPIPE") ? undefined : reject(error)));
    const write = async () => {
      for (const chunk of chunks()) {
        if (req.destroyed) return;
        if (!req.write(chunk)) await new Promise((done) => req.once("drain", done));
      }
      req.end();
    };
    void write().catch(() => {});
  });
}

/** A raw graphql-transport-ws socket, past connection_init. */
async function rawSocket(token: string | null = ADMIN_TOKEN) {
  const socket = new WebSocket(live.wsUrl, "graphql-transport-ws");
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  socket.send(
    JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} }),
  );
  const acknowledged = await Promise.race([
    waitUntil(
      () => messages.some((message) => message.type === "connection_ack"),
      10_000,
      () => "no ack",
    ).then(() => true),
    closed.then(() => false),
  ]);
  return { socket, messages, closed, acknowledged };
}

describe("request bodies (finding 11)", () => {
  it("refuses a chunked body over 10 MB with 413 BAD_USER_INPUT while it streams", async () => {
    const { status, body } = await chunkedPost(function* () {
      yield '{"query":"{ __typename }","variables":{"pad":"';
      // 12 MB in 64 KiB chunks, with no Content-Length.
      for (let i = 0; i < 192; i++) yield "x".repeat(64 * 1024);
      yield '"}}';
    });
    expect(status).toBe(413);
    const payload = JSON.parse(body) as { errors: { message: string; extensions: { code: string } }[] };
    expect(payload.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(payload.errors[0]?.message).toMatch(/limit is 10485760/);
  });

  it("still answers a chunked body under the limit", async () => {
    const { status, body } = await chunkedPost(function* () {
      yield '{"query":"{ __typename }",';
      yield '"variables":{"pad":"';
      yield "x".repeat(1024 * 1024);
      yield '"}}';
    });
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({ data: { __typename: "Query" } });
  });
});

describe("graphql-ws bounds (finding 8)", () => {
  it("closes a socket that sends a message over the HTTP body limit (1009), writing nothing to stderr", async () => {
    const written = await stderrDuring(async () => {
      const { socket, closed } = await rawSocket();
      socket.send(
        JSON.stringify({
          id: "big",
          type: "subscribe",
          payload: { query: "{ __typename }", variables: { pad: "x".repeat(11 * 1024 * 1024) } },
        }),
      );
      expect((await closed).code).toBe(1009);
    });
    expect(written).toEqual([]);
  });

  it("answers the operation over the per-socket limit with an error and keeps the others", async () => {
    const { socket, messages } = await rawSocket();
    for (let i = 1; i <= 6; i++)
      socket.send(
        JSON.stringify({ id: String(i), type: "subscribe", payload: { query: PROJECT_LOADED.toString() } }),
      );
    await waitUntil(
      () => messages.some((message) => message.type === "error"),
      10_000,
      () => JSON.stringify(messages),
    );
    const error = messages.find((message) => message.type === "error") as {
      id: string;
      payload: { message: string; extensions: { code: string } }[];
    };
    expect(error.id).toBe("6");
    expect(error.payload[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.payload[0]?.message).toMatch(/limit is 5 per connection/);
    await subscriptions(5);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
    await subscriptions(0);
  });

  it("holds at most the configured number of sockets without a token per address", async () => {
    const held = [await rawSocket(null), await rawSocket(null), await rawSocket(null)];
    expect(held.map((entry) => entry.acknowledged)).toEqual([true, true, true]);
    const fourth = await rawSocket(null);
    expect(fourth.acknowledged).toBe(false);
    expect((await fourth.closed).code).toBe(1008);
    // A token is not counted against the address.
    const withToken = await rawSocket();
    expect(withToken.acknowledged).toBe(true);
    // A closed socket frees its place.
    held[0]?.socket.close();
    await held[0]?.closed;
    const again = await rawSocket(null);
    expect(again.acknowledged).toBe(true);
    for (const entry of [...held, again, withToken]) entry.socket.close();
  });
});

/** Runs `body` and answers what it (or the server in this process) wrote to stderr meanwhile. */
async function stderrDuring(body: () => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  const originalError = console.error;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    written.push(String(chunk));
    return original(chunk, ...(rest as []));
  }) as typeof process.stderr.write;
  console.error = (...args: unknown[]) => written.push(args.map(String).join(" "));
  try {
    await body();
  } finally {
    process.stderr.write = original;
    console.error = originalError;
  }
  return written;
}

describe("graphql-ws operations that do not parse or validate (finding 10)", () => {
  it("answers a syntax error with an error message and keeps the socket open, writing nothing to stderr", async () => {
    const written = await stderrDuring(async () => {
      const { socket, messages } = await rawSocket();
      socket.send(JSON.stringify({ id: "syntax", type: "subscribe", payload: { query: "subscription {" } }));
      socket.send(
        JSON.stringify({ id: "invalid", type: "subscribe", payload: { query: "subscription { nope }" } }),
      );
      socket.send(JSON.stringify({ id: "fine", type: "subscribe", payload: { query: "{ __typename }" } }));
      await waitUntil(
        () => messages.some((message) => message.id === "fine" && message.type === "complete"),
        10_000,
        () => JSON.stringify(messages),
      );
      const errorOf = (id: string) =>
        (
          messages.find((message) => message.id === id && message.type === "error") as
            | { payload: { extensions?: { code?: string } }[] }
            | undefined
        )?.payload[0]?.extensions?.code;
      expect(errorOf("syntax")).toBe("GRAPHQL_PARSE_FAILED");
      expect(errorOf("invalid")).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(socket.readyState).toBe(WebSocket.OPEN);
      socket.close();
    });
    expect(written).toEqual([]);
  });
});

const SSE_FLOOD = graphql(`
  subscription SseFlood { projectLoaded(project: "sse-flood") { id metadata { key value } } }
`);

describe("slow SSE readers (finding 7)", () => {
  it("ends an SSE stream whose reader stopped reading, while a WebSocket reader keeps receiving", async () => {
    const fast = collect(live.client(), PROJECT_LOADED, { project: "sse-flood" });
    await subscriptions(1);
    const response = await fetch(`http://127.0.0.1:${live.running.port}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${ADMIN_TOKEN}`,
      },
      body: JSON.stringify({ query: SSE_FLOOD.toString() }),
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The stream opens with a comment (a ping); the subscription starts once the client took it.
    await reader.read();
    await waitUntil(
      () => live.running.live.events.size === 2,
      15_000,
      () => `${live.running.live.events.size} subscriptions; WebSocket errors ${JSON.stringify(fast.errors)}`,
    );
    // The SSE client reads nothing from here on.
    const big = ["a", "b", "c"].map((key) => ({ key, value: "x".repeat(90_000) }));
    // 54 MB: more than both ends' kernel buffers hold, and more than SSE_MAX_PENDING_EVENTS behind them.
    for (let i = 0; i < 200; i++) await record(live, { project: "sse-flood", metadata: big, assets: [] });
    expect((await fast.waitFor(200, 60_000)).length).toBe(200);
    // Its subscription is gone from the server, and so is its connection: reading ends (or fails).
    await subscriptions(1);
    const drained = (async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return "ended";
      }
    })().catch(() => "failed");
    expect(["ended", "failed"]).toContain(await drained);
    fast.stop();
    await subscriptions(0);
  }, 180_000);
});

const REVOKE_LIVE_VIEWER = graphql(`
  mutation RevokeLiveViewer { revokeApiToken(name: "live-viewer") }
`);

const SSE_REVOKED = graphql(`
  subscription SseRevoked { projectLoaded(project: "revoked") { sequence } }
`);

describe("revocation (finding 6)", () => {
  it("ends the revoked token's open subscriptions over graphql-ws and SSE, and no one else's", async () => {
    const token = await live.token("live-viewer", "VIEWER", null);
    const other = collect(live.client(), PROJECT_LOADED, { project: "revoked" });
    const overWs = collect(live.client(token), PROJECT_LOADED, { project: "revoked" });
    const response = await fetch(`http://127.0.0.1:${live.running.port}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: SSE_REVOKED.toString() }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let sse = "";
    const sseDone = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        sse += new TextDecoder().decode(value);
      }
    })();
    await subscriptions(3);
    await record(live, { project: "revoked", assets: [] });
    await overWs.waitFor(1);
    await waitUntil(
      () => sse.includes('"sequence":1'),
      10_000,
      () => sse,
    );

    expect((await live.request(REVOKE_LIVE_VIEWER)).data).toEqual({ revokeApiToken: true });
    const errors = (await overWs.waitForError(10_000)) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code, JSON.stringify(errors)).toBe("UNAUTHENTICATED");
    await sseDone;
    expect(sse).toContain("UNAUTHENTICATED");
    await subscriptions(1);
    await record(live, { project: "revoked", assets: [] });
    expect((await other.waitFor(2)).length).toBe(2);
    expect(overWs.events.length).toBe(1);
    other.stop();
    await subscriptions(0);
  });
});
