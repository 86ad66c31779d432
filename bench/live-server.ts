// The server side of the live benchmark, in its own process so that its memory and CPU time are its own.
// Reports { port } once listening, and answers "stats" messages with its RSS and CPU time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../src/app/server";
import { openDatabase } from "../src/db/index";

const adminToken = process.env.BENCH_ADMIN_TOKEN ?? "bench-admin-token-0123456789";
const dir = mkdtempSync(join(tmpdir(), "project-history-live-bench-"));
const db = await openDatabase(`file:${join(dir, "history.db")}`);
const server = await startServer({ db, adminToken, port: 0, host: "127.0.0.1", logError: () => {} });

process.on("message", async (message: string) => {
  if (message === "gc") {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ type: "gc-done" });
  }
  if (message === "stats") {
    const cpu = process.cpuUsage();
    process.send?.({
      type: "stats",
      rss: process.memoryUsage().rss,
      cpuMicros: cpu.user + cpu.system,
      subscriptions: server.live.events.size,
    });
  }
  if (message === "stop") {
    await server.close(2_000);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
process.send?.({ type: "listening", port: server.port });
