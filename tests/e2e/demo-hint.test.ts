import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { TsxProcess } from "./process";

// `npm run demo`'s closing hint fits the situation (issue 13, item 10): "Next: npm start" only when
// nothing serves the port; the server's address when it runs; a free port when another program holds it.

let dir: string;
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-demo-hint-"));
  database = await createTestDatabase(dir);
  db = await openDatabase(database.url);
});
afterAll(async () => {
  await db?.close();
  await database?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `tsx scripts/demo/index.ts` as `npm run demo` does, with PORT set; returns its output. */
async function demo(port: number): Promise<string> {
  const child = new TsxProcess("scripts/demo/index.ts", { DATABASE_URL: database.url, PORT: String(port) });
  const exit = await child.exited;
  expect(exit, `demo stdout:\n${child.stdout}\ndemo stderr:\n${child.stderr}`).toEqual({
    code: 0,
    signal: null,
  });
  return child.stdout;
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, () => resolve((server.address() as AddressInfo).port)));
}

describe("the demo's closing hint", () => {
  it("names the running server, and says nothing of npm start, while it serves the port", async () => {
    let server: RunningServer | undefined;
    try {
      server = await startServer({
        db,
        adminToken: "demo-hint-admin-token-0123456789",
        port: 0,
        logError: () => {},
      });
      const output = await demo(server.port);
      expect(output).toMatch(/^Created 6 projects, /m);
      expect(output).toContain(`The server is running on http://localhost:${server.port}: open`);
      expect(output).not.toContain("Next: npm start");
    } finally {
      await server?.close();
    }
  }, 180_000);

  it("says Next: npm start when nothing serves the port", async () => {
    const free = createServer();
    const port = await listening(free);
    await new Promise((resolve) => free.close(resolve));
    const output = await demo(port);
    expect(output).toMatch(/^Next: npm start, then open http:\/\/localhost:\d+\//m);
    expect(output).not.toContain("The server is running");
  }, 120_000);

  it("suggests another port when another program holds it", async () => {
    const other = createServer((_request, response) => response.writeHead(404).end("not here"));
    const port = await listening(other);
    try {
      const output = await demo(port);
      expect(output).toContain(`Port ${port} is held by another program`);
      expect(output).not.toContain("Next: npm start");
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  }, 120_000);
});
