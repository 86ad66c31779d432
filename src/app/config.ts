import { type AlertNetworkRules, alertNetworksFromEnv } from "../alerts/network-guard";
import { DEFAULT_DATABASE_URL } from "../db/index";
import { StartupError } from "../domain/errors";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, queryLimitEnvName } from "../graphql/index";
import type { LogFormat } from "../observability/logger";

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
  /** pino level (LOG_LEVEL). */
  logLevel: string;
  /** LOG_FORMAT: json or pretty; null lets the logger pick (pretty on a terminal). */
  logFormat: LogFormat | null;
  /** METRICS_TOKEN: when set, /metrics needs it as a bearer token. */
  metricsToken: string | null;
  /** Where a bootstrap admin token is written when no terminal is attached (BOOTSTRAP_TOKEN_FILE). */
  bootstrapTokenFile: string;
  /** ALERT_ALLOWED_NETWORKS and ALERT_ALLOW_PRIVATE_NETWORKS: where webhooks may go besides the internet. */
  alertNetworks: AlertNetworkRules;
  /** WS_MAX_SUBSCRIPTIONS_PER_SOCKET and WS_MAX_ANONYMOUS_SOCKETS_PER_IP. */
  webSockets: WebSocketLimits;
  /** CORS_ORIGINS: the origins (scheme://host[:port]) whose browser pages may call the API with credentials. */
  corsOrigins: string[];
  /** QUERY_MAX_*, QUERY_TIMEOUT_MS, SUBSCRIPTION_EVENT_TIMEOUT_MS: each operation's bounds. */
  queryLimits: QueryLimits;
  /** RATE_LIMIT_MUTATIONS_PER_MINUTE: calls of each mutation per token and minute. */
  mutationsPerMinute: number;
}

export interface WebSocketLimits {
  /** Operations one graphql-ws connection may run at once. */
  maxSubscriptionsPerSocket: number;
  /** graphql-ws connections without a token one client address may hold. */
  maxAnonymousSocketsPerIp: number;
}

export const DEFAULT_WEBSOCKET_LIMITS: WebSocketLimits = {
  maxSubscriptionsPerSocket: 100,
  maxAnonymousSocketsPerIp: 20,
};

/** CORS_ORIGINS: a comma-separated list of origins; each must be a plain scheme://host[:port]. */
export function corsOriginsFrom(raw: string | undefined): string[] {
  const origins = (raw ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, ""))
      throw new ConfigError(
        `CORS_ORIGINS must list origins like https://dashboard.example.com (scheme, host and port only); got "${origin}"`,
      );
  }
  return origins.map((origin) => new URL(origin).origin);
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

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
  const logLevel = env.LOG_LEVEL?.trim().toLowerCase() || "info";
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; got "${env.LOG_LEVEL}"`);
  const logFormat = env.LOG_FORMAT?.trim().toLowerCase() || null;
  if (logFormat !== null && logFormat !== "json" && logFormat !== "pretty")
    throw new ConfigError(`LOG_FORMAT must be json or pretty; got "${env.LOG_FORMAT}"`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    adminToken,
    databasePoolSize: positiveInteger(env, "DATABASE_POOL_SIZE", 10),
    statementTimeoutMs: positiveInteger(env, "DATABASE_STATEMENT_TIMEOUT_MS", 30_000),
    redisUrl: env.REDIS_URL?.trim() || null,
    logLevel,
    logFormat,
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    bootstrapTokenFile: env.BOOTSTRAP_TOKEN_FILE?.trim() || "data/bootstrap-admin-token",
    alertNetworks: alertNetworksFromEnv(env),
    webSockets: {
      maxSubscriptionsPerSocket: positiveInteger(
        env,
        "WS_MAX_SUBSCRIPTIONS_PER_SOCKET",
        DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerSocket,
      ),
      maxAnonymousSocketsPerIp: positiveInteger(
        env,
        "WS_MAX_ANONYMOUS_SOCKETS_PER_IP",
        DEFAULT_WEBSOCKET_LIMITS.maxAnonymousSocketsPerIp,
      ),
    },
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
    queryLimits: queryLimitsFromEnv(env),
    mutationsPerMinute: positiveInteger(env, "RATE_LIMIT_MUTATIONS_PER_MINUTE", 600),
  };
}

/** Each bound of DEFAULT_QUERY_LIMITS from its variable when set. */
function queryLimitsFromEnv(env: NodeJS.ProcessEnv): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(limits) as (keyof QueryLimits)[])
    limits[key] = positiveInteger(env, queryLimitEnvName(key), limits[key]);
  return limits;
}
