// The transport settings read from the environment (README Configuration).
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/app/config";

describe("transport settings", () => {
  it("defaults to 100 operations per socket, 20 tokenless sockets per address, and no CORS origins", () => {
    const config = loadConfig({});
    expect(config.webSockets).toEqual({ maxSubscriptionsPerSocket: 100, maxAnonymousSocketsPerIp: 20 });
    expect(config.corsOrigins).toEqual([]);
  });

  it("reads WS_MAX_SUBSCRIPTIONS_PER_SOCKET, WS_MAX_ANONYMOUS_SOCKETS_PER_IP and CORS_ORIGINS", () => {
    const config = loadConfig({
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: "10",
      WS_MAX_ANONYMOUS_SOCKETS_PER_IP: "500",
      CORS_ORIGINS: "https://dash.example.com, http://localhost:5173",
    });
    expect(config.webSockets).toEqual({ maxSubscriptionsPerSocket: 10, maxAnonymousSocketsPerIp: 500 });
    expect(config.corsOrigins).toEqual(["https://dash.example.com", "http://localhost:5173"]);
  });

  it.each([
    ["WS_MAX_SUBSCRIPTIONS_PER_SOCKET", "0"],
    ["WS_MAX_ANONYMOUS_SOCKETS_PER_IP", "many"],
    ["CORS_ORIGINS", "*"],
    ["CORS_ORIGINS", "https://dash.example.com/path"],
    ["CORS_ORIGINS", "javascript:alert(1)"],
  ])("refuses %s=%s with a line naming it", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
