/**
 * The database: a Prisma client over a driver adapter, SQLite (embedded, the default) or PostgreSQL,
 * chosen by DATABASE_URL. Opening it applies the committed migrations (migrate.ts). Every other part gets
 * its Prisma client from here; outage.ts tells an unreachable database from other failures.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import { StartupError } from "../domain/errors";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";
import { MigrationError, migratePostgres, migrateSqlite } from "./migrate";

export type { PrismaClient } from "../generated/prisma/client";
export { isDatabaseUnavailable } from "./outage";
/** The client handed to code running inside `prisma.$transaction(async (tx) => ...)`. */
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  provider: "sqlite" | "postgresql";
  /** Where the data lives, with no credentials: safe to log. */
  description: string;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called once per SQL statement sent to the database (tests count queries with it). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** PostgreSQL: a statement running longer is cancelled (default 30 s). */
  statementTimeoutMs?: number;
}

export const DEFAULT_DATABASE_URL = "file:./data/history.db";

/** A start-up problem the operator fixes in the configuration: reported as one line, not a stack. */
export class DatabaseConfigError extends StartupError {}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Resolves `file:` URLs relative to the working directory, as `npm start` expects. */
export function sqlitePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new DatabaseConfigError(
      "DATABASE_URL must be file:<path> (embedded SQLite) or postgresql://user@host:port/database",
    );
  }
  const path = url.slice("file:".length);
  if (path === "" || path === ":memory:") {
    throw new DatabaseConfigError(
      "DATABASE_URL must name a file: an in-memory database would lose every load",
    );
  }
  return resolve(path);
}

/** The URL with its password hidden: what logs and errors may show. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** Opens the database named by `url` (SQLite file or PostgreSQL), applying pending migrations first. */
export async function openDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: DatabaseOptions = {},
): Promise<Database> {
  return isPostgresUrl(url) ? openPostgres(url, options) : openSqlite(url, options);
}

/**
 * Prisma's other formats quote the failed call with its arguments: a webhook URL or a token hash would reach
 * the logs with an unexpected database error.
 */
const ERROR_FORMAT = "minimal";

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`). Prisma's adapter begins
 * them deferred: with a second process writing to the same file (`npm run demo` next to a running server),
 * a transaction that read first and writes later cannot get the lock (its snapshot is stale, or the other
 * writer waits on it) and fails, where an immediate one waits its turn (busy timeout). Within one process
 * the adapter already runs transactions one at a time, so this costs nothing there.
 */
class ImmediateTransactions extends PrismaBetterSQLite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    const { client } = adapter as unknown as { client: { prepare(sql: string): unknown } };
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

async function openSqlite(url: string, options: DatabaseOptions): Promise<Database> {
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  migrateSqlite(path);
  const factory = new ImmediateTransactions({ url: path, timeout: 10_000 });
  const adapter = options.onQuery ? countingAdapter(factory, options.onQuery) : factory;
  const prisma = new PrismaClient({ adapter, errorFormat: ERROR_FORMAT });
  await prisma.$connect();
  return withPing(prisma, "sqlite", `sqlite:${path}`);
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  try {
    new URL(url);
  } catch {
    throw new DatabaseConfigError("DATABASE_URL is not a valid postgresql:// URL");
  }
  const description = redactUrl(url);
  try {
    await migratePostgres(url);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    const reason = error instanceof Error ? error.message.replaceAll(url, description) : String(error);
    throw new DatabaseConfigError(`cannot reach the PostgreSQL database at ${description}: ${reason}`);
  }
  const factory = new PrismaPg({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
  });
  const adapter = options.onQuery ? countingAdapter(factory, options.onQuery) : factory;
  // The PostgreSQL client is generated from the same models; only its query compiler differs.
  const prisma = new PostgresPrismaClient({ adapter, errorFormat: ERROR_FORMAT }) as unknown as PrismaClient;
  await prisma.$connect();
  return withPing(prisma, "postgresql", description);
}

function withPing(prisma: PrismaClient, provider: Database["provider"], description: string): Database {
  return {
    prisma,
    provider,
    description,
    async ping() {
      try {
        await prisma.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => prisma.$disconnect(),
  };
}

function countQueries<T extends SqlQueryable>(queryable: T, onQuery: (sql: string) => void): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: { sql: string }) => {
          onQuery(query.sql);
          return value.call(target, query);
        };
      }
      return value.bind(target);
    },
  });
}

/** Wraps a driver adapter factory so that every statement, in or out of a transaction, is reported. */
function countingAdapter(
  factory: SqlDriverAdapterFactory,
  onQuery: (sql: string) => void,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      const counted = countQueries(adapter, onQuery);
      return new Proxy(counted, {
        get(target, property, receiver) {
          if (property === "startTransaction") {
            return async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) =>
              countQueries(await adapter.startTransaction(isolationLevel), onQuery);
          }
          return Reflect.get(target, property, receiver);
        },
      });
    },
  };
}
