// A throwaway PostgreSQL database for the benchmark: created with CREATE DATABASE on the local server (or
// BENCH_POSTGRES_URL), dropped WITH (FORCE) at the end, the way tests/test-database.ts does it for tests.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface ThrowawayDatabase {
  /** URL of the new database (same server and credentials as the admin URL). */
  url: string;
  name: string;
  /** PostgreSQL's version string, for the report. */
  version: string;
  /** Drops the database (closing any connection still open to it); safe to call more than once. */
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new database named `<prefix>_<random>`, on the server of POSTGRES_ADMIN_URL. */
export async function createThrowawayDatabase(prefix = "project_history_bench"): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const version = await admin(async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return result.rows[0]?.server_version ?? "unknown";
  });
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | null = null;
  return {
    url: url.toString(),
    name,
    version,
    drop() {
      dropped ??= admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      );
      return dropped;
    },
  };
}

export interface PostgresSizes {
  /** pg_database_size, bytes. */
  database: number;
  /** The largest tables and indexes, largest first. */
  relations: { name: string; bytes: number }[];
}

/** Size of the database and of its largest tables and indexes (pg_relation_size). */
export async function postgresSizes(url: string): Promise<PostgresSizes> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const database = await client.query<{ bytes: string }>(
      "SELECT pg_database_size(current_database()) AS bytes",
    );
    const relations = await client.query<{ name: string; bytes: string }>(
      `SELECT c.relname AS name, pg_relation_size(c.oid) AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i', 't')
        ORDER BY pg_relation_size(c.oid) DESC LIMIT 10`,
    );
    return {
      database: Number(database.rows[0]?.bytes ?? 0),
      relations: relations.rows.map((row) => ({ name: row.name, bytes: Number(row.bytes) })),
    };
  } finally {
    await client.end();
  }
}
