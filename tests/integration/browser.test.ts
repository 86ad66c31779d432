// Browser-facing defaults (issue 11, findings 12 and 13): GraphiQL's page and assets, CORS, form bodies.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, createTestServer, type TestServer } from "../helpers";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ corsOrigins: ["https://dashboard.example.com"] });
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  server.app.fetch(`http://test${path}`, { headers });

describe("GraphiQL (finding 12)", () => {
  it("answers GET /graphql in a browser with a small page whose assets are separate files", async () => {
    const page = await get("/graphql", { accept: "text/html" });
    expect(page.status).toBe(200);
    const html = await page.text();
    // It was 9.1 MB with everything inline.
    expect(html.length).toBeLessThan(10_000);
    expect(html).not.toMatch(/<style>/);
    const assets = [...html.matchAll(/"(\/graphiql\/assets\/[^"]+)"/g)].map((match) => match[1] as string);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    let total = 0;
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      total += (await response.arrayBuffer()).byteLength;
    }
    // Everything the page needs is here (no CDN): the script, styles, editor workers and icon.
    expect(total).toBeGreaterThan(5_000_000);
  });

  it("serves the assets cached for a year, with ETags and gzip or brotli", async () => {
    const html = await (await get("/graphql", { accept: "text/html" })).text();
    const script = /<script src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    expect(script).toBeDefined();
    const gzipped = await get(script, { "accept-encoding": "gzip" });
    expect(gzipped.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const etag = gzipped.headers.get("etag") as string;
    expect(etag).toMatch(/^".+"$/);
    const body = Buffer.from(await gzipped.arrayBuffer());
    const plain = Buffer.from(await (await get(script)).arrayBuffer());
    expect(body.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(body).equals(plain)).toBe(true);
    const again = await get(script, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    const brotli = await get(script, { "accept-encoding": "br, gzip" });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect((await get("/graphiql/assets/missing.js")).status).toBe(404);
    expect((await get("/graphiql/assets/..%2F..%2Fpackage.json")).status).toBe(404);
  });
});

describe("CORS (finding 13)", () => {
  const post = (origin: string) =>
    server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });

  it("gives an origin that CORS_ORIGINS does not list no credentials", async () => {
    const response = await post("https://attacker.example");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = await server.app.fetch("http://test/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://attacker.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives a listed origin credentials", async () => {
    const response = await post("https://dashboard.example.com");
    expect(response.headers.get("access-control-allow-origin")).toBe("https://dashboard.example.com");
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
  });
});

describe("form and multipart bodies (finding 13)", () => {
  const mutation = 'mutation { createApiToken(input: { name: "from-a-form", role: VIEWER }) { token } }';

  it.each([
    ["application/x-www-form-urlencoded", `query=${encodeURIComponent(mutation)}`],
    ["text/plain", JSON.stringify({ query: mutation })],
  ])("refuses a %s body with 415 BAD_USER_INPUT and runs nothing", async (type, body) => {
    const response = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": type, authorization: `Bearer ${ADMIN_TOKEN}` },
      body,
    });
    expect(response.status).toBe(415);
    const payload = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(payload.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(await server.db.prisma.apiToken.count({ where: { name: "from-a-form" } })).toBe(0);
  });

  it("refuses a multipart body", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: mutation }));
    form.set("map", "{}");
    const response = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: form,
    });
    expect(response.status).toBe(415);
    expect(await server.db.prisma.apiToken.count({ where: { name: "from-a-form" } })).toBe(0);
  });

  it("still runs a JSON mutation", async () => {
    const response = await server.request(mutation);
    expect(response.errors).toBeUndefined();
    expect(await server.db.prisma.apiToken.count({ where: { name: "from-a-form" } })).toBe(1);
  });
});
