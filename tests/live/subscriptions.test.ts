import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../generated";
import type { RecordProjectLoadInput } from "../generated/graphql";
import { ADMIN_TOKEN, type RecordedLoad, record as recordLoad } from "../helpers";
import {
  collect,
  type LiveServer,
  type LoadedEvent,
  PROJECT_LOADED,
  startLiveServer,
  waitUntil,
} from "./live-helpers";

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer({ maxBufferedBytes: 256 * 1024 });
});
afterAll(() => live.close());

const record = (input: RecordProjectLoadInput): Promise<RecordedLoad> => recordLoad(live, input);

const REVOKE_SOON_REVOKED = graphql(`
  mutation RevokeSoonRevoked { revokeApiToken(name: "soon-revoked") }
`);

const RESUME_CURSORS = graphql(`
  query ResumeCursors {
    project(name: "resume") {
      history(collapseSimilar: false, first: 4) { edges { node { loads { edges { cursor } } } } }
    }
  }
`);

const FLOOD = graphql(`
  subscription Flood { projectLoaded(project: "flood") { id metadata { key value } } }
`);

const SSE_LOADS = graphql(`
  subscription SseLoads { projectLoaded(project: "sse") { sequence project { name } } }
`);

const sequencesOf = (events: LoadedEvent[]) => events.map((event) => event.projectLoaded.sequence);

/** Waits until the server holds `count` live subscriptions. */
const subscriptions = (count: number) =>
  waitUntil(
    () => live.running.live.events.size === count,
    10_000,
    () => `${live.running.live.events.size} subscriptions, not ${count}`,
  );

describe("projectLoaded over graphql-ws", () => {
  it("delivers each load to every subscriber whose filter matches, in order", async () => {
    const client = live.client();
    const all = collect(client, PROJECT_LOADED);
    const prod = collect(client, PROJECT_LOADED, { deployment: "prod" });
    const etl = collect(client, PROJECT_LOADED, { deployment: "prod", project: "etl" });
    const staging = collect(live.client(), PROJECT_LOADED, { deployment: "staging" });
    await subscriptions(4);

    await record({ deployment: "prod", project: "etl", assets: [{ key: "a" }] });
    await record({ deployment: "prod", project: "web", assets: [{ key: "w" }] });
    await record({ deployment: "staging", project: "etl", status: "FAILURE", error: "boom" });
    await record({ deployment: "prod", project: "etl", assets: [{ key: "a", codeVersion: "2" }] });

    const allEvents = await all.waitFor(4);
    expect(
      allEvents.map((e) => `${e.projectLoaded.project.deployment.name}/${e.projectLoaded.project.name}`),
    ).toEqual(["prod/etl", "prod/web", "staging/etl", "prod/etl"]);
    expect((await prod.waitFor(3)).map((e) => e.projectLoaded.project.name)).toEqual(["etl", "web", "etl"]);
    const etlEvents = await etl.waitFor(2);
    expect(sequencesOf(etlEvents)).toEqual([1, 2]);
    expect(etlEvents[1]?.projectLoaded.assetsChanged).toEqual(["a"]);
    const stagingEvents = await staging.waitFor(1);
    expect(stagingEvents[0]?.projectLoaded).toMatchObject({ status: "FAILURE", trigger: "DEPLOY" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([all, prod, etl, staging].map((r) => r.events.length)).toEqual([4, 3, 2, 1]);
    for (const received of [all, prod, etl, staging]) received.stop();
    await subscriptions(0);
  });

  it("frees a subscription as soon as its socket closes", async () => {
    const client = live.client();
    collect(client, PROJECT_LOADED);
    await subscriptions(1);
    await client.dispose();
    await subscriptions(0);
  });
});

describe("authentication of subscriptions", () => {
  it("refuses a connection with an unknown token", async () => {
    const received = collect(live.client("not-a-token"), PROJECT_LOADED);
    const error = (await received.waitForError()) as { code?: number };
    expect(error.code).toBe(4403);
  });

  it("answers UNAUTHENTICATED to a subscription on a connection without a token", async () => {
    const received = collect(live.client(null), PROJECT_LOADED);
    const errors = (await received.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("accepts the token in the operation's extensions.headers, as GraphiQL sends it", async () => {
    const client = live.client(null);
    const received: LoadedEvent[] = [];
    const stop = client.subscribe<LoadedEvent>(
      {
        query: PROJECT_LOADED.toString(),
        variables: { project: "graphiql" },
        extensions: { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } },
      },
      {
        next: (result) => received.push(result.data as LoadedEvent),
        error: () => {},
        complete: () => {},
      },
    );
    await subscriptions(1);
    await record({ project: "graphiql", assets: [] });
    await waitUntil(
      () => received.length === 1,
      5_000,
      () => "no event",
    );
    stop();
    await subscriptions(0);
  });

  it("tells a VIEWER of staging that prod is FORBIDDEN, and sends it nothing from prod", async () => {
    const viewer = await live.token("viewer-staging", "VIEWER", "staging");
    const client = live.client(viewer);
    const denied = collect(client, PROJECT_LOADED, { deployment: "prod" });
    const errors = (await denied.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe("FORBIDDEN");
    const everything = collect(client, PROJECT_LOADED);
    await subscriptions(1);
    await record({ deployment: "prod", project: "secret", assets: [] });
    await record({ deployment: "staging", project: "visible", assets: [] });
    const events = await everything.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events.map((e) => e.projectLoaded.project.name)).toEqual(["visible"]);
    everything.stop();
    await subscriptions(0);
  });

  it("ends the subscriptions of a token revoked meanwhile, and refuses it afterwards", async () => {
    const token = await live.token("soon-revoked", "VIEWER", null);
    const client = live.client(token);
    const first = collect(client, PROJECT_LOADED);
    await subscriptions(1);
    // The connection is up and the subscription live once an event arrives through it.
    await record({ project: "before-revocation", assets: [] });
    await first.waitFor(1);
    await live.request(REVOKE_SOON_REVOKED);
    // Its open subscription ends (issue 11, finding 6) ...
    const ended = (await first.waitForError()) as { extensions?: { code?: string } }[];
    expect(ended[0]?.extensions?.code, JSON.stringify(ended)).toBe("UNAUTHENTICATED");
    // ... and it can subscribe no more: a connection with it is refused (4403).
    const again = live.client(token);
    const second = collect(again, PROJECT_LOADED);
    const refused = (await second.waitForError()) as { code?: number };
    expect(refused.code).toBe(4403);
    await subscriptions(0);
  });
});

describe("resume with after", () => {
  it("sends the loads recorded after the given one, then live ones, with no gap and no duplicate", async () => {
    const loads: RecordedLoad[] = [];
    for (let i = 0; i < 3; i++)
      loads.push(await record({ project: "resume", image: `img:${i}`, assets: [] }));
    const received = collect(live.client(), PROJECT_LOADED, {
      project: "resume",
      after: loads[0]?.id,
    });
    expect(sequencesOf(await received.waitFor(2))).toEqual([2, 3]);
    await record({ project: "resume", image: "img:live", assets: [] });
    expect(sequencesOf(await received.waitFor(3))).toEqual([2, 3, 4]);
    received.stop();
    await subscriptions(0);
  });

  it("accepts a load cursor of the filtered project", async () => {
    const page = await live.request(RESUME_CURSORS);
    const cursorOfThird = page.data?.project?.history.edges[1]?.node.loads.edges[0]?.cursor;
    const received = collect(live.client(), PROJECT_LOADED, {
      deployment: "prod",
      project: "resume",
      after: cursorOfThird,
    });
    expect(sequencesOf(await received.waitFor(1))).toEqual([4]);
    received.stop();
    const withoutProject = collect(live.client(), PROJECT_LOADED, { after: cursorOfThird });
    const errors = (await withoutProject.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await subscriptions(0);
  });

  it("loses nothing and repeats nothing when loads are recorded while the catch-up runs", async () => {
    // 250 loads to catch up on (three batches), and 30 more recorded concurrently as the catch-up starts.
    const first = await record({ project: "race", image: "img:0", assets: [] });
    for (let i = 1; i < 250; i++) await record({ project: "race", image: `img:${i}`, assets: [] });
    const received = collect(live.client(), PROJECT_LOADED, {
      project: "race",
      after: first.id,
    });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => record({ project: "race", image: `late:${i}`, assets: [] })),
    );
    const events = await received.waitFor(279, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sequencesOf(received.events)).toEqual(Array.from({ length: 279 }, (_, i) => i + 2));
    expect(events.length).toBe(279);
    received.stop();
    await subscriptions(0);
  });

  it("resumes after a dropped connection without losing what was recorded meanwhile", async () => {
    const client = live.client();
    const before = collect(client, PROJECT_LOADED, { project: "dropped" });
    await subscriptions(1);
    await record({ project: "dropped", assets: [] });
    const [last] = await before.waitFor(1);
    await client.dispose();
    await record({ project: "dropped", image: "while-away", assets: [] });
    await record({ project: "dropped", image: "while-away-2", assets: [] });
    const after = collect(live.client(), PROJECT_LOADED, {
      project: "dropped",
      after: last?.projectLoaded.id,
    });
    expect(sequencesOf(await after.waitFor(2))).toEqual([2, 3]);
    after.stop();
    await subscriptions(0);
  });
});

describe("slow clients", () => {
  it("disconnects a client that stops reading (1013) while others keep receiving", async () => {
    const fast = collect(live.client(), PROJECT_LOADED, { project: "flood" });
    // A raw graphql-ws client that subscribes and then stops reading from its socket.
    const slow = new WebSocket(live.wsUrl, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => slow.on("close", (code) => resolve(code)));
    await new Promise((resolve) => slow.once("open", resolve));
    slow.send(
      JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
    );
    await new Promise((resolve) => slow.once("message", resolve));
    slow.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: { query: FLOOD.toString() },
      }),
    );
    await subscriptions(2);
    (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

    const big = ["a", "b", "c"].map((key) => ({ key, value: "x".repeat(90_000) }));
    // 25 MB: more than the kernel buffers of both ends of a loopback connection can absorb.
    for (let i = 0; i < 100; i++) {
      await record({ project: "flood", metadata: big, assets: [] });
    }
    expect((await fast.waitFor(100, 30_000)).length).toBe(100);
    // The slow client's subscription is gone from the server: nothing more is buffered for it.
    await subscriptions(1);
    (slow as unknown as { _socket: { resume(): void } })._socket.resume();
    expect([1013, 1006]).toContain(await closed);
    fast.stop();
    await subscriptions(0);
  });
});

describe("projectLoaded over SSE", () => {
  it("streams loads as server-sent events", async () => {
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${live.running.port}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${ADMIN_TOKEN}`,
      },
      body: JSON.stringify({
        query: SSE_LOADS.toString(),
      }),
      signal: controller.signal,
    });
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await subscriptions(1);
    await record({ project: "sse", assets: [] });
    let text = "";
    while (!text.includes('"sequence":1')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('"projectLoaded":{"sequence":1,"project":{"name":"sse"}}');
    controller.abort();
    await subscriptions(0);
  });
});
