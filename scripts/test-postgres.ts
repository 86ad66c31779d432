// `npm run test:postgres`: the whole suite again, on PostgreSQL (each test server gets its own database).
// Where no PostgreSQL server answers, says so loudly and skips; CI starts one first and fails if it cannot.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
  await client.end();
} catch (error) {
  const line = "!".repeat(100);
  console.warn(`${line}\nSKIPPED: the PostgreSQL test run did not run: no server answers at ${url}`);
  console.warn(
    `(${error instanceof Error ? error.message : String(error)}). Start one, or set TEST_POSTGRES_URL.\n${line}`,
  );
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgres" },
});
process.exit(result.status ?? 1);
