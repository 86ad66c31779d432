import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { print } from "../../src/ui/app/graphql-text";
import { classifyEnding, createLiveConnection, type LiveState } from "../../src/ui/app/live";
import { PROJECT_LOADED } from "../../src/ui/app/operations";
import type { UiProjectLoadedSubscription } from "../../src/ui/generated/graphql";
import { ADMIN_TOKEN, record } from "../helpers";
import { type LiveServer, startLiveServer } from "../live/live-helpers";

/**
 * The UI's live loads (src/ui/app/live.ts) against the real server over graphql-ws: a dropped connection
 * is resumed with `after:` the last load received, so loads recorded meanwhile arrive once each.
 */

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server?.close());

/** Node's WebSocket, noting each subscribe message the client sends. */
function recordingWebSocket(subscribes: { after?: unknown }[]) {
  return class extends WebSocket {
    override send(data: unknown, ...rest: unknown[]): void {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: { variables?: { after?: unknown } };
      };
      if (message.type === "subscribe") subscribes.push({ after: message.payload?.variables?.after });
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  };
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("live loads in the UI", () => {
  it("resumes after a lost connection with the last load it received: none missed, none twice", async () => {
    const subscribes: { after?: unknown }[] = [];
    const live = createLiveConnection({
      url: server.wsUrl,
      token: ADMIN_TOKEN,
      webSocketImpl: recordingWebSocket(subscribes),
      reconnectDelay: () => 300,
    });
    const states: LiveState[] = [];
    live.onState((state) => states.push(state));
    const received: number[] = [];
    const first = await record(server, { project: "live-ui", assets: [] });
    const stop = live.watch<UiProjectLoadedSubscription>({
      query: print(PROJECT_LOADED),
      variables: { deployment: "prod", project: "live-ui" },
      after: first.id,
      idOf: (data) => data.projectLoaded.id,
      onData: (data) => received.push(data.projectLoaded.sequence),
    });
    try {
      await until(() => live.state() === "live" && server.running.live.events.size > 0, "the subscription");
      const second = await record(server, { project: "live-ui", assets: [] });
      await until(() => received.length === 1, "load 2");

      // The connection dies (as a sleeping laptop's would); loads are recorded before it comes back.
      live.client.terminate();
      await until(() => live.state() === "reconnecting", "reconnecting");
      await record(server, { project: "live-ui", assets: [] });
      await record(server, { project: "live-ui", assets: [] });
      await until(() => received.length >= 3, "loads 3 and 4");
      await record(server, { project: "live-ui", assets: [] });
      await until(() => received.length >= 4, "load 5");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(received).toEqual([2, 3, 4, 5]);
      expect(live.state()).toBe("live");
      expect(states).toEqual(["connecting", "live", "reconnecting", "live"]);
      // The second subscription started after the last load received, not where the first one did.
      expect(subscribes).toEqual([{ after: first.id }, { after: second.id }]);
    } finally {
      stop();
      await live.dispose();
    }
    expect(live.state()).toBe("idle");
  });

  it("gives up, with the server's word, when the token is refused", async () => {
    const live = createLiveConnection({
      url: server.wsUrl,
      token: "not-a-token-0123456789",
      webSocketImpl: WebSocket,
    });
    let refused: string | null = null;
    const stop = live.watch<UiProjectLoadedSubscription>({
      query: print(PROJECT_LOADED),
      variables: { deployment: "prod" },
      after: null,
      idOf: (data) => data.projectLoaded.id,
      onData: () => {},
      onRefused: (message) => {
        refused = message;
      },
    });
    try {
      await until(() => refused !== null, "the refusal");
      expect(refused).toBe("The server refused the connection: the token is unknown or revoked");
      expect(live.state()).toBe("refused");
    } finally {
      stop();
      await live.dispose();
    }
  });

  it("tells a failure worth retrying from one that is final", () => {
    expect(classifyEnding({ code: 1013, reason: "slow" })).toEqual({ retry: true });
    expect(classifyEnding({ code: 1001, reason: "" })).toEqual({ retry: true });
    expect(classifyEnding(new Error("socket hang up"))).toEqual({ retry: true });
    expect(
      classifyEnding([{ message: "Live updates are unavailable", extensions: { code: "UNAVAILABLE" } }]),
    ).toEqual({
      retry: true,
    });
    expect(
      classifyEnding([{ message: "Your role does not allow this", extensions: { code: "FORBIDDEN" } }]),
    ).toEqual({
      retry: false,
      message: "Your role does not allow this",
    });
    expect(classifyEnding({ code: 4400, reason: "bad" })).toEqual({
      retry: false,
      message: "The server closed live updates (4400)",
    });
  });
});
