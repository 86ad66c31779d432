import { DEFAULT_DATABASE_URL } from "./db";
import { StartupError } from "./errors";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  adminToken: string | null;
  /** PostgreSQL connections per instance. */
  databasePoolSize: number;
  /** PostgreSQL statements running longer are cancelled. */
  statementTimeoutMs: number;
  redisUrl: string | null;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive integer; got "${raw}"`);
  return value;
}

export class ConfigError extends StartupError {}

/** Reads the server's settings from the environment (see the README's configuration table). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError(`PORT must be a port number; got "${env.PORT}"`);
  const adminToken = env.ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 16) {
    throw new ConfigError("ADMIN_TOKEN must be at least 16 characters long: it grants every permission");
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    adminToken,
    databasePoolSize: positiveInteger(env, "DATABASE_POOL_SIZE", 10),
    statementTimeoutMs: positiveInteger(env, "DATABASE_STATEMENT_TIMEOUT_MS", 30_000),
    redisUrl: env.REDIS_URL?.trim() || null,
  };
}
