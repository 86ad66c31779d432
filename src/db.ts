import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { migrateSqlite } from "./migrate";

export type { PrismaClient } from "./generated/prisma/client";
/** The client handed to code running inside `prisma.$transaction(async (tx) => ...)`. */
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  provider: "sqlite";
  /** Where the data lives, with no credentials: safe to log. */
  description: string;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called once per SQL statement sent to the database (tests count queries with it). */
  onQuery?: (sql: string) => void;
}

export const DEFAULT_DATABASE_URL = "file:./data/history.db";

export class DatabaseConfigError extends Error {}

/** Resolves `file:` URLs relative to the working directory, as `npm start` expects. */
export function sqlitePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new DatabaseConfigError(
      `DATABASE_URL must be a file: URL for the embedded SQLite database (got a URL with another scheme)`,
    );
  }
  const path = url.slice("file:".length);
  if (path === "" || path === ":memory:") return ":memory:";
  return resolve(path);
}

/** Opens the database named by `url`, applying pending migrations first. */
export async function openDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: DatabaseOptions = {},
): Promise<Database> {
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  migrateSqlite(path);
  const factory = new PrismaBetterSQLite3({ url: path, timeout: 10_000 });
  const adapter = options.onQuery ? countingAdapter(factory, options.onQuery) : factory;
  const prisma = new PrismaClient({ adapter });
  await prisma.$connect();
  return {
    prisma,
    provider: "sqlite",
    description: `sqlite:${path}`,
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
