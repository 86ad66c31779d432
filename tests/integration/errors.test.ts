import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalApp } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { graphql } from "../generated";
import { ADMIN_TOKEN } from "../helpers";
import { createTestDatabase, type TestDatabase } from "../test-database";

const PROJECT_NAME = graphql(`
  query ErrorsProjectName { project(name: "etl") { name } }
`);

let dir: string;
let db: Database;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-errors-"));
  database = await createTestDatabase(dir);
  db = await openDatabase(database.url);
});
afterAll(async () => {
  await db.close();
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("unexpected errors", () => {
  it("are logged with their stack and reach the client masked, without SQL", async () => {
    const logged: unknown[] = [];
    const app = await createLocalApp({
      db,
      adminToken: ADMIN_TOKEN,
      logError: (_message, error) => logged.push(error),
    });
    // Break the database under the running app: a dropped table is an outage, not the caller's fault.
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Project" RENAME TO "ProjectGone"`);
    try {
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query: PROJECT_NAME.toString() }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]?.message).toBe("Unexpected error.");
      expect(body.errors[0]?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      expect(JSON.stringify(body)).not.toMatch(/no such table|SELECT|prisma|sqlite/i);
      expect(logged).toHaveLength(1);
      expect(String((logged[0] as Error).stack)).toMatch(/project\.findFirst/);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "ProjectGone" RENAME TO "Project"`);
    }
    const health = await app.fetch("http://test/ready");
    expect(health.status).toBe(200);
  });
});
