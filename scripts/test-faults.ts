// `npm run test:faults`: the fault scenarios of tests/faults (kill -9 of an instance, of a SQLite server and
// of a sender with deliveries in flight; PostgreSQL and Redis cut through TCP proxies), on PostgreSQL with
// Redis, one file at a time: each runs servers of its own and the machine may be small.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
  await client.end();
} catch (error) {
  console.error(
    `The fault scenarios need PostgreSQL at ${url} (and Redis on 127.0.0.1:6379): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "tests/faults", "--no-file-parallelism", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, TEST_DATABASE: "postgres", FAULT_SCENARIOS: "1" } },
);
process.exit(result.status ?? 1);
