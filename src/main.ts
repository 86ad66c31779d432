import { loadConfig } from "./config";
import { openDatabase } from "./db";
import { StartupError } from "./errors";
import { startServer } from "./server";
import { bootstrapAdminToken } from "./services/tokens";

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  if (!config.adminToken) {
    const token = await bootstrapAdminToken(db.prisma);
    if (token) {
      console.log("\nCreated an organization admin token. It is shown only this once; store it now:\n");
      console.log(`    ${token}\n`);
      console.log(`In GraphiQL, open the Headers tab and paste: { "Authorization": "Bearer ${token}" }\n`);
    }
  }
  const server = await startServer({
    db,
    adminToken: config.adminToken,
    port: config.port,
    host: config.host,
    redisUrl: config.redisUrl,
  });
  console.log(
    `Project history API on ${server.url} (GraphiQL in a browser), database ${db.description}, live delivery ${config.redisUrl ? "through Redis" : "in-process"}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Whatever happens, the process is gone within 10 seconds.
    setTimeout(() => process.exit(0), 9_500).unref();
    await server.close(8_000);
    await db.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  // Configuration and start-up problems are the operator's to fix: a clear line, not a stack.
  if (error instanceof StartupError) console.error(`Cannot start: ${error.message}`);
  else console.error("Cannot start:", error);
  process.exit(1);
});
