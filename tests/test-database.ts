import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";

/**
 * The database a test runs on. `npm test` uses a SQLite file in the test's temporary folder;
 * `npm run test:postgres` (TEST_DATABASE=postgres) creates a fresh database on the PostgreSQL server of
 * TEST_POSTGRES_URL (default: the local one) for each test server, and drops it afterwards.
 */
export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

export const onPostgres = process.env.TEST_DATABASE === "postgres";
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(dir: string): Promise<TestDatabase> {
  if (!onPostgres) return { url: `file:${join(dir, "history.db")}`, dispose: async () => {} };
  const name = `project_history_test_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
