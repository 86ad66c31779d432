import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the server and its libraries; Vite would pick the ES build
    // for our own imports, and two copies of graphql break its instanceof checks.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The fault scenarios (kill -9, outages of 10 s, an expiring lease) take minutes: `npm run test:faults`.
    exclude: process.env.FAULT_SCENARIOS
      ? configDefaults.exclude
      : [...configDefaults.exclude, "tests/faults/*.scenario.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each integration test file uses its own temporary database; files run in parallel processes.
    pool: "forks",
  },
});
