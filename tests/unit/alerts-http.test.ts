import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import {
  createServer,
  Agent as HttpAgent,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer, Agent as HttpsAgent } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { postWebhook } from "../../src/alerts/http";
import { createWebhookGuard } from "../../src/alerts/network-guard";
import { RECEIVER_NETWORKS } from "../alerts/receiver";

// postWebhook against real local HTTP servers: each safety property of the contract.

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// The servers listen on loopback: the guard allows it, as ALERT_ALLOWED_NETWORKS=127.0.0.0/8 would.
const OPTIONS = {
  guard: createWebhookGuard({ rules: RECEIVER_NETWORKS }),
  timeoutMs: 1_000,
  maxResponseBytes: 64 * 1024,
};

describe("postWebhook", () => {
  it("POSTs the body with the given headers and returns the answer", async () => {
    let seen: { method?: string; headers?: IncomingMessage["headers"]; body?: string } = {};
    const base = await serve((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        seen = { method: request.method, headers: request.headers, body };
        response.writeHead(202).end("accepted");
      });
    });
    const outcome = await postWebhook(`${base}/hook`, '{"a":1}', { "x-signature-256": "sha256=ab" }, OPTIONS);
    expect(outcome).toEqual({ kind: "response", status: 202, body: "accepted" });
    expect(seen).toMatchObject({
      method: "POST",
      body: '{"a":1}',
      headers: { "x-signature-256": "sha256=ab" },
    });
  });

  it("does not follow a redirect", async () => {
    const hits: string[] = [];
    const base = await serve((request, response) => {
      hits.push(request.url ?? "");
      if (request.url === "/hook") response.writeHead(307, { location: "/elsewhere" }).end();
      else response.writeHead(200).end("ok");
    });
    const outcome = await postWebhook(`${base}/hook`, "{}", {}, OPTIONS);
    expect(outcome).toMatchObject({ kind: "response", status: 307 });
    expect(hits).toEqual(["/hook"]);
  });

  it("times out a receiver that never answers", async () => {
    const base = await serve(() => {});
    const started = performance.now();
    const outcome = await postWebhook(`${base}/hook`, "{}", {}, { ...OPTIONS, timeoutMs: 300 });
    const took = performance.now() - started;
    expect(outcome).toEqual({
      kind: "error",
      errorClass: "TIMEOUT",
      message: "timed out after 300 ms",
      timedOut: true,
    });
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(1_500);
  });

  it("times out a receiver that answers too slowly", async () => {
    const base = await serve((_request, response) => {
      setTimeout(() => response.writeHead(200).end(), 2_000);
    });
    const outcome = await postWebhook(`${base}/hook`, "{}", {}, { ...OPTIONS, timeoutMs: 200 });
    expect(outcome).toMatchObject({ kind: "error", timedOut: true });
  });

  it("reads at most 64 KB of an endless answer, then drops the connection", async () => {
    let written = 0;
    let closed = false;
    const base = await serve((request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(16 * 1024, "e");
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
      };
      response.on("drain", pump);
      request.socket.on("close", () => {
        closed = true;
      });
      pump();
    });
    const started = performance.now();
    const outcome = await postWebhook(`${base}/hook`, "{}", {}, { ...OPTIONS, timeoutMs: 5_000 });
    // Done long before the timeout: it stopped reading, it did not wait for the end.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(outcome).toMatchObject({ kind: "response", status: 500 });
    expect(outcome.kind === "response" && Buffer.byteLength(outcome.body)).toBe(64 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed).toBe(true);
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it("reports a refused connection without the URL's path", async () => {
    const base = await serve(() => {});
    const port = new URL(base).port;
    for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
    const outcome = await postWebhook(`http://127.0.0.1:${port}/hooks/s3cr3t-path`, "{}", {}, OPTIONS);
    expect(outcome).toMatchObject({ kind: "error", errorClass: "CONNECTION_REFUSED", timedOut: false });
    expect(outcome.kind === "error" && outcome.message).toMatch(/ECONNREFUSED/);
    expect(outcome.kind === "error" && outcome.message).not.toContain("s3cr3t");
  });

  it("stops at once when the server shuts down", async () => {
    const base = await serve(() => {});
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const outcome = await postWebhook(
      `${base}/hook`,
      "{}",
      {},
      { ...OPTIONS, timeoutMs: 5_000, signal: abort.signal },
    );
    expect(outcome).toEqual({
      kind: "error",
      errorClass: "INTERRUPTED",
      message: "interrupted: the server shut down during the attempt",
      timedOut: false,
    });
  });

  it("turns node:http refusing its options into an outcome, not a crash", async () => {
    const base = await serve((_request, response) => response.writeHead(200).end("ok"));
    const outcome = await postWebhook(`${base}/hook`, "{}", { "x-bad": "line\nbreak" }, OPTIONS);
    expect(outcome).toMatchObject({ kind: "error", errorClass: "NETWORK_ERROR", timedOut: false });
    expect(outcome.kind === "error" && outcome.message).toMatch(/ERR_INVALID_CHAR/);
  });

  it("never connects to a refused address, whatever the port", async () => {
    let connections = 0;
    const base = await serve((_request, response) => response.writeHead(200).end("ok"));
    servers[0]?.on("connection", () => {
      connections++;
    });
    const strict = { ...OPTIONS, guard: createWebhookGuard() };
    const outcome = await postWebhook(`${base}/hook`, "{}", {}, strict);
    expect(outcome).toEqual({
      kind: "error",
      errorClass: "BLOCKED_ADDRESS",
      message:
        "the webhook's host is 127.0.0.1, a loopback address; list it in ALERT_ALLOWED_NETWORKS to allow it",
      timedOut: false,
    });
    expect(connections).toBe(0);
  });

  it("pins an https connection to the checked address and keeps the host name for SNI, the certificate and Host", async () => {
    const dir = mkdtempSync(join(tmpdir(), "project-history-tls-"));
    try {
      try {
        execFileSync(
          "openssl",
          [
            ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
            ...["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1"],
            ...["-subj", "/CN=hooks.test", "-addext", "subjectAltName=DNS:hooks.test"],
          ],
          { stdio: "ignore" },
        );
      } catch {
        console.warn("!!! SKIPPED the TLS pinning test: no openssl to make a certificate with");
        return;
      }
      const cert = readFileSync(join(dir, "cert.pem"));
      let servername: string | false | null = null;
      let host: string | undefined;
      const tls = createHttpsServer(
        { key: readFileSync(join(dir, "key.pem")), cert },
        (request, response) => {
          host = request.headers.host;
          servername = (request.socket as TLSSocket).servername;
          response.writeHead(200).end("ok");
        },
      );
      await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
      const port = (tls.address() as AddressInfo).port;
      const agents = {
        http: new HttpAgent(),
        // Trusts the test certificate: verification still checks it against hooks.test.
        https: new HttpsAgent({ ca: cert }),
        destroy() {
          this.http.destroy();
          this.https.destroy();
        },
      };
      const lookups: string[] = [];
      const guard = createWebhookGuard({
        rules: RECEIVER_NETWORKS,
        resolve: async (hostname) => {
          lookups.push(hostname);
          return [{ address: "127.0.0.1", family: 4 }];
        },
      });
      try {
        const outcome = await postWebhook(
          `https://hooks.test:${port}/hook`,
          "{}",
          {},
          { ...OPTIONS, guard, agents },
        );
        expect(outcome).toEqual({ kind: "response", status: 200, body: "ok" });
        expect(servername).toBe("hooks.test");
        expect(host).toBe(`hooks.test:${port}`);
        expect(lookups).toEqual(["hooks.test"]);
      } finally {
        agents.destroy();
        tls.closeAllConnections();
        await new Promise((resolve) => tls.close(resolve));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
