import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptedEncodings,
  buildUiAtStartup,
  createStaticFiles,
  ensureUiBuilt,
  IMMUTABLE_CACHE,
  matchesEtag,
  UI_DIST,
  webUiPlugin,
} from "../../src/ui/serve";
import { createTestServer, type TestServer } from "../helpers";

/**
 * The web UI as the server sends it: the real build (dist/ui) through the real app, then the static file
 * serving, a server without the build, and the build at start-up on folders of their own.
 */

let server: TestServer;
let script: string;
beforeAll(async () => {
  await ensureUiBuilt();
  server = await createTestServer();
  const name = readdirSync(join(UI_DIST, "assets")).find((file) => file.endsWith(".js"));
  if (!name) throw new Error("dist/ui has no script");
  script = `/assets/${name}`;
}, 120_000);
afterAll(() => server?.close());

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  server.app.fetch(`http://history.example.com:4000${path}`, {
    method,
    headers: { host: "history.example.com:4000", ...headers },
  });

describe("the app's page", () => {
  it("is index.html with a fresh nonce in the page and in its Content-Security-Policy", async () => {
    const first = await get("/", { accept: "text/html" });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const html = await first.text();
    expect(html).toContain('<div id="root">');
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    // Every tag carries this page's nonce; the placeholder is gone.
    expect(html).not.toContain("__PROJECT_HISTORY_CSP_NONCE__");
    expect(html.match(/nonce="[^"]+"/g)?.every((attribute) => attribute === `nonce="${nonce}"`)).toBe(true);
    const csp = first.headers.get("content-security-policy") ?? "";
    expect(csp.split("; ")).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'self' 'nonce-${nonce}'`,
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self' ws://history.example.com:4000 wss://history.example.com:4000",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("referrer-policy")).toBe("no-referrer");

    const second = await get("/");
    const secondNonce = /nonce="([^"]+)"/.exec(await second.text())?.[1];
    expect(secondNonce).not.toBe(nonce);
  });

  it("answers every client route with the same page, so reloads and shared links work", async () => {
    for (const path of [
      "/deployments/prod/projects/billing-pipeline/history?all=1",
      "/deployments/prod/projects/analytics/assets/mart/revenue_daily",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it("keeps a Host header that is not a plain host out of the policy", async () => {
    const response = await get("/", { host: "evil.example; script-src *" });
    expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'; ");
  });
});

describe("hashed assets", () => {
  it("are cached for a year, compressed as the client accepts, and equal once decompressed", async () => {
    const plain = await get(script, { "accept-encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const original = Buffer.from(await plain.arrayBuffer());

    const br = await get(script, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get("content-length"))).toBe(brBody.length);
    expect(brBody.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(brBody).equals(original)).toBe(true);

    const gz = await get(script, { "accept-encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(original)).toBe(true);

    const refused = await get(script, { "accept-encoding": "br;q=0, gzip" });
    expect(refused.headers.get("content-encoding")).toBe("gzip");
  });

  it("answer 304 to a matching If-None-Match, per encoding", async () => {
    const first = await get(script, { "accept-encoding": "br" });
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]{27}\.br"$/);
    const again = await get(script, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    const weak = await get(script, { "accept-encoding": "br", "if-none-match": `W/${etag}` });
    expect(weak.status).toBe(304);
    const other = await get(script, { "accept-encoding": "br", "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
  });

  it("answer HEAD with the headers alone, and 404 for what is not there or outside the folder", async () => {
    const head = await get(script, { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(1000);
    expect(await head.text()).toBe("");
    expect((await get("/assets/nope-123.js")).status).toBe(404);
    for (const path of ["/assets/..%2f..%2fpackage.json", "/assets/%2e%2e/%2e%2e/package.json"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('"name": "project-history"');
    }
  });
});

describe("what stays as it was", () => {
  it("GET /graphql is still GraphiQL, and the API, /health and /metrics answer as before", async () => {
    const graphiql = await get("/graphql", { accept: "text/html" });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const api = await server.request("{ viewer { name } }");
    expect(api.data).toEqual({ viewer: { name: "admin" } });
    expect((await get("/health")).status).toBe(200);
    expect((await get("/metrics")).headers.get("content-type")).toMatch(/text\/plain/);
    expect((await get("/nothing-here")).status).toBe(404);
  });
});

describe("static files on a folder of their own", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "project-history-static-"));
    mkdirSync(join(root, "assets"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("compresses on first request when the build left no .br or .gz, and sees a page rebuilt in place", async () => {
    const text = `${"const answer = 42;\n".repeat(400)}`;
    writeFileSync(join(root, "assets", "app-abc123.js"), text);
    writeFileSync(join(root, "index.html"), "<p>one</p>");
    const files = createStaticFiles({ root, isImmutable: (path) => path.startsWith("assets/") });
    const request = (accept: string) => new Request("http://x/", { headers: { "accept-encoding": accept } });
    const br = await files.respond(request("br"), "assets/app-abc123.js");
    expect(br?.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await (br as Response).arrayBuffer())).toString()).toBe(text);

    expect(await (await files.respond(request(""), "index.html"))?.text()).toBe("<p>one</p>");
    writeFileSync(join(root, "index.html"), "<p>two</p>");
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, "index.html"), later, later);
    expect(await (await files.respond(request(""), "index.html"))?.text()).toBe("<p>two</p>");
    expect(await files.respond(request(""), "../package.json")).toBeNull();
  });

  it("reads Accept-Encoding and If-None-Match as the RFC says", () => {
    expect(acceptedEncodings("gzip, deflate, br")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("br;q=0, gzip;q=0.5")).toEqual(["gzip"]);
    expect(acceptedEncodings("*")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("identity")).toEqual([]);
    expect(acceptedEncodings(null)).toEqual([]);
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
  });
});

describe("a server started without the UI built", () => {
  it("does not build it on a request, and says how to build it", async () => {
    const root = mkdtempSync(join(tmpdir(), "project-history-unbuilt-"));
    const yoga = createYoga({ plugins: [webUiPlugin({ root })] });
    try {
      for (const path of ["/", "/deployments/prod/projects/p/history"]) {
        const answer = await yoga.fetch(`http://x${path}`);
        expect(answer.status, path).toBe(503);
        expect(await answer.text()).toContain("npm run build:ui");
      }
      expect((await yoga.fetch("http://x/assets/app-123.js")).status).toBe(404);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the build at start-up (npm start)", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "project-history-startup-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("builds a missing UI once, with one log line, and then serves it", async () => {
    const lines: string[] = [];
    let builds = 0;
    const options = {
      root,
      build: async () => {
        builds++;
        writeFileSync(join(root, "index.html"), "<title>built</title>");
      },
      info: (message: string) => lines.push(message),
      error: (message: string) => lines.push(`error: ${message}`),
    };
    expect(await buildUiAtStartup(options)).toBe("built");
    expect(builds).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("The web UI is not built");
    const yoga = createYoga({ plugins: [webUiPlugin({ root })] });
    expect(await (await yoga.fetch("http://x/")).text()).toBe("<title>built</title>");

    // Started again with the build there: nothing to do, nothing logged.
    expect(await buildUiAtStartup(options)).toBe("present");
    expect(builds).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it("logs a failed build and lets the server start without the UI", async () => {
    const empty = mkdtempSync(join(tmpdir(), "project-history-startup-"));
    const errors: { message: string; error: unknown }[] = [];
    try {
      const outcome = await buildUiAtStartup({
        root: empty,
        build: async () => {
          throw new Error("Cannot find package 'vite'");
        },
        info: () => {},
        error: (message, error) => errors.push({ message, error }),
      });
      expect(outcome).toBe("failed");
      expect(errors.map((entry) => entry.message)).toEqual([
        "cannot build the web UI; the API starts without it (run `npm run build:ui`)",
      ]);
      expect(errors[0]?.error).toEqual(new Error("Cannot find package 'vite'"));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

it("the build keeps to its budget: at most 250 KB of JavaScript gzipped", () => {
  const scripts = readdirSync(join(UI_DIST, "assets")).filter((file) => file.endsWith(".js.gz"));
  const total = scripts.reduce((sum, file) => sum + readFileSync(join(UI_DIST, "assets", file)).length, 0);
  console.info(`web UI JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s)`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(250 * 1024);
});
