import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { StartupError } from "../domain/errors";

/** Committed SQL migrations per database, produced by `prisma migrate diff` between schema versions. */
export const MIGRATIONS_DIRS = {
  sqlite: fileURLToPath(new URL("../../prisma/migrations/sqlite", import.meta.url)),
  postgresql: fileURLToPath(new URL("../../prisma/migrations/postgresql", import.meta.url)),
} as const;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends StartupError {}

/**
 * Applies pending migrations to an SQLite file, each in its own transaction, and records them, so that
 * running it again does nothing. `BEGIN IMMEDIATE` takes the write lock first: two processes starting
 * at once apply each migration once.
 */
export function migrateSqlite(
  path: string,
  migrations: Migration[] = readMigrations(MIGRATIONS_DIRS.sqlite),
): string[] {
  const db = new BetterSqlite3(path, { timeout: 10_000 });
  try {
    // WAL lets readers go on while a load is being recorded; it is a property of the file and persists.
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const row = db.prepare(`SELECT "checksum" FROM "_migrations" WHERE "name" = ?`).get(migration.name) as
          | { checksum: string }
          | undefined;
        if (row) {
          if (row.checksum !== migration.checksum) {
            throw new MigrationError(
              `migration ${migration.name} was changed after it was applied; add a new migration instead`,
            );
          }
          db.exec("COMMIT");
          continue;
        }
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "_migrations" ("name", "checksum", "appliedAt") VALUES (?, ?, ?)`).run(
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        );
        db.exec("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    }
    return applied;
  } finally {
    db.close();
  }
}

/** Any constant will do: it names the lock that serialises migrations across server instances. */
const MIGRATION_LOCK = 4_242_001;

/**
 * Applies pending migrations to a PostgreSQL database. Instances starting at once queue on an advisory
 * lock: the first applies, the others then find everything applied. Each migration runs in a transaction
 * with its record in `_migrations`.
 */
export async function migratePostgres(
  connectionString: string,
  migrations: Migration[] = readMigrations(MIGRATIONS_DIRS.postgresql),
): Promise<string[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL)`,
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      const { rows } = await client.query<{ checksum: string }>(
        `SELECT "checksum" FROM "_migrations" WHERE "name" = $1`,
        [migration.name],
      );
      if (rows[0]) {
        if (rows[0].checksum !== migration.checksum) {
          throw new MigrationError(
            `migration ${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_migrations" ("name", "checksum", "appliedAt") VALUES ($1, $2, now())`,
          [migration.name, migration.checksum],
        );
        await client.query("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
