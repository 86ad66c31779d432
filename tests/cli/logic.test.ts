// The CLI's pure parts: how watch reacts to a subscription's end.
import { describe, expect, it } from "vitest";
import { endingOf, reconnectDelay } from "../../src/cli/commands/watch";
import { parseAssets, parseLoadedAt, parseMetadataEntries } from "../../src/cli/input-files";

describe("watch: what ends a subscription", () => {
  it("reconnects after a server shutdown, a slow-consumer close, a lost connection or live updates being down", () => {
    expect(endingOf({ code: 1001, reason: "Server shutting down; reconnect" })).toEqual({
      retry: true,
      reason: 'closed with 1001 "Server shutting down; reconnect"',
    });
    expect(endingOf({ code: 1013, reason: "Live updates interrupted" })).toMatchObject({ retry: true });
    expect(endingOf({ code: 1006, reason: "" })).toEqual({ retry: true, reason: "closed with 1006" });
    expect(endingOf({ code: 4499, reason: "Terminated" })).toMatchObject({ retry: true });
    expect(endingOf(new Error("connect ECONNREFUSED 127.0.0.1:4000"))).toEqual({
      retry: true,
      reason: "connect ECONNREFUSED 127.0.0.1:4000",
    });
    expect(
      endingOf([{ message: "Live updates are interrupted", extensions: { code: "UNAVAILABLE" } }]),
    ).toMatchObject({ retry: true });
  });

  it("stops on a refused token, a missing role or a bad argument", () => {
    const refused = endingOf({ code: 4403, reason: "Forbidden" });
    expect(refused.retry).toBe(false);
    expect(!refused.retry && [refused.error.code, refused.error.exitCode]).toEqual(["UNAUTHENTICATED", 1]);
    for (const code of ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"]) {
      const ending = endingOf([{ message: "no", extensions: { code } }]);
      expect(!ending.retry && ending.error.code).toBe(code);
    }
    expect(endingOf({ code: 4400, reason: "Bad request" }).retry).toBe(false);
  });

  it("waits longer after each failed attempt, up to 15 s, with jitter", () => {
    expect([0, 1, 2, 3, 10].map((attempt) => reconnectDelay(attempt, () => 1))).toEqual([
      500, 1_000, 2_000, 4_000, 15_000,
    ]);
    expect(reconnectDelay(0, () => 0)).toBe(250);
  });
});

describe("input files and flags", () => {
  it("reads an array of asset definitions or { assets }, and refuses other shapes", () => {
    const assets = [{ key: "raw/orders", codeVersion: "1", tags: { team: "data" } }];
    expect(parseAssets(JSON.stringify(assets), "a.json")).toEqual(assets);
    expect(parseAssets(JSON.stringify({ assets }), "a.json")).toEqual(assets);
    expect(() => parseAssets('{"key": "a"}', "a.json")).toThrow(/must hold a JSON array/);
    expect(() => parseAssets('[{"name": "a"}]', "a.json")).toThrow(
      /asset 0 must be an object with a string "key"/,
    );
    expect(() => parseAssets('[{"key": "a", "version": "1"}]', "a.json")).toThrow(/unknown field "version"/);
  });

  it("splits metadata at the first '=', and wants a time zone in --loaded-at", () => {
    expect(parseMetadataEntries(["url=https://x/?a=b", "empty="])).toEqual([
      { key: "url", value: "https://x/?a=b" },
      { key: "empty", value: "" },
    ]);
    expect(() => parseMetadataEntries(["=value"])).toThrow(/must be key=value/);
    expect(parseLoadedAt("2026-11-26T13:48:00+01:00")).toBe("2026-11-26T12:48:00.000Z");
    expect(() => parseLoadedAt("2026-11-26T13:48:00")).toThrow(/with a zone/);
    expect(() => parseLoadedAt("yesterday")).toThrow(/with a zone/);
  });
});
