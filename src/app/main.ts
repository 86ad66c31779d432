import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { collectDefaultMetrics } from "prom-client";
import { bootstrapAdminToken } from "../auth";
import { openDatabase, redactUrl } from "../db/index";
import { StartupError } from "../domain/errors";
import { createLogger, type Logger } from "../observability/logger";
import { createMetrics } from "../observability/metrics";
import { buildUiAtStartup } from "../ui/serve";
import { loadConfig } from "./config";
import { startServer } from "./server";

/**
 * A token is never written to the logs. On a terminal, the bootstrap admin token is shown to the person who
 * started the server; otherwise (a container, a service manager) it goes to a file only its owner can read,
 * and the log says where.
 */
function handOver(token: string, file: string, logger: Logger): void {
  if (process.stdout.isTTY) {
    process.stdout.write(
      `\nCreated an organization admin token. It is shown only this once; store it now:\n\n    ${token}\n\nSign in to the web UI (/) with it; in GraphiQL (/graphql), open the Headers tab and paste: { "Authorization": "Bearer <the token>" }\n\n`,
    );
    return;
  }
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  logger.warn(
    { file: path },
    `Created an organization admin token and wrote it to ${path} (readable by this user only); store it elsewhere and delete the file`,
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat ?? undefined,
    secrets: [config.adminToken, config.metricsToken].filter((secret) => secret !== null),
  });
  const db = await openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  if (!config.adminToken) {
    const token = await bootstrapAdminToken(db.prisma);
    if (token) handOver(token, config.bootstrapTokenFile, logger);
  }
  // Before the server listens, so that no visitor waits for it; a no-op when `npm install` built it.
  await buildUiAtStartup({
    info: (message) => logger.info(message),
    error: (message, error) => logger.error({ err: error }, message),
  });
  const metrics = createMetrics();
  collectDefaultMetrics({ register: metrics.registry });
  const server = await startServer({
    db,
    logger,
    metrics,
    metricsToken: config.metricsToken,
    adminToken: config.adminToken,
    port: config.port,
    host: config.host,
    redisUrl: config.redisUrl,
    alerts: { network: config.alertNetworks },
    webSockets: config.webSockets,
    corsOrigins: config.corsOrigins,
    queryLimits: config.queryLimits,
    mutationsPerMinute: config.mutationsPerMinute,
  });
  // Handlers first: whoever reads the line below may signal at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: shutting down`);
    // Whatever happens, the process is gone within 10 seconds.
    setTimeout(() => process.exit(0), 9_500).unref();
    await server.close(8_000);
    await db.close();
    logger.flush();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  logger.info(
    {
      endpoint: server.url,
      webUi: new URL("/", server.url).href,
      database: db.description,
      liveDelivery: config.redisUrl ? `Redis ${redactUrl(config.redisUrl)}` : "in-process",
    },
    // tests/e2e/process.ts finds the port in "Project history API on <url>".
    `Project history API on ${server.url} (GraphiQL in a browser), web UI on ${new URL("/", server.url).href}, database ${db.description}, live delivery ${config.redisUrl ? "through Redis" : "in-process"}`,
  );
}

main().catch((error: unknown) => {
  // Configuration and start-up problems are the operator's to fix: a clear line, not a stack.
  if (error instanceof StartupError) console.error(`Cannot start: ${error.message}`);
  else console.error("Cannot start:", error);
  process.exit(1);
});
