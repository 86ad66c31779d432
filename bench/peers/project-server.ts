// The project's own server for bench/peers.ts, in a process of its own: openDatabase(BENCH_DATABASE_URL)
// with its onQuery hook counting SQL statements, then startServer on 127.0.0.1 with the admin token
// BENCH_ADMIN_TOKEN (requests carry it as a Bearer token). The logger is startServer's default (level warn),
// so no log line is written per request, as for the other two servers.

import { startServer } from "../../src/app/server";
import { openDatabase } from "../../src/db/index";
import { requiredEnv, type ServerCounters, serveBenchmark } from "./child";

const counters: ServerCounters = { statements: 0, errors: 0 };
const db = await openDatabase(requiredEnv("BENCH_DATABASE_URL"), {
  onQuery: () => {
    counters.statements++;
  },
});
const running = await startServer({
  db,
  adminToken: requiredEnv("BENCH_ADMIN_TOKEN"),
  port: 0,
  host: "127.0.0.1",
  logError: (message, error) => {
    // Counted for the benchmark's report; the first few are shown.
    if (counters.errors++ < 3) console.error(`project server ${process.pid}: ${message}`, error);
  },
});
serveBenchmark(running.server, counters, async () => {
  await running.close(2_000);
  await db.close();
});
