// One server instance of the throughput benchmark (bench/throughput.ts), in a process of its own:
// openDatabase(BENCH_DATABASE_URL) + startServer on 127.0.0.1, port 0. Reports { type: "listening", port },
// answers "stats" with its CPU time and RSS, and stops on "stop" (or when its parent goes away).

import { startServer } from "../src/app/server";
import { openDatabase } from "../src/db/index";

const url = process.env.BENCH_DATABASE_URL;
const adminToken = process.env.BENCH_ADMIN_TOKEN;
if (!url || !adminToken) throw new Error("BENCH_DATABASE_URL and BENCH_ADMIN_TOKEN must be set");
const poolSize = process.env.BENCH_POOL_SIZE ? Number(process.env.BENCH_POOL_SIZE) : undefined;

let unexpected = 0;
const db = await openDatabase(url, { poolSize });
const server = await startServer({
  db,
  adminToken,
  port: 0,
  host: "127.0.0.1",
  logError: (message, error) => {
    // Reported (a few) on stderr, and counted: the client sees them as errors too.
    if (unexpected++ < 3) console.error(`throughput server ${process.pid}: ${message}`, error);
  },
});

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Bounded: whatever happens, the process is gone within 10 s.
  setTimeout(() => process.exit(code), 10_000).unref();
  await server.close(2_000);
  await db.close();
  process.exit(code);
}

process.on("message", (message: string) => {
  if (message === "stats") {
    const cpu = process.cpuUsage();
    process.send?.({
      type: "stats",
      cpuMicros: cpu.user + cpu.system,
      rss: process.memoryUsage().rss,
      unexpected,
    });
  }
  if (message === "stop") void stop(0);
});
// The benchmark process died or dropped us: do not linger.
process.on("disconnect", () => void stop(1));
process.send?.({ type: "listening", port: server.port, pid: process.pid });
