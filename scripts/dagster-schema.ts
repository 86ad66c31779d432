// Writes src/agent/dagster-schema.graphql from a running Dagster webserver (the pinned version of
// tests/dagster/requirements.txt), or with --check fails when the committed file differs from it.
//   npx tsx scripts/dagster-schema.ts http://127.0.0.1:3000 [--check]
// The Dagster tests start a webserver and run the same check (tests/dagster/schema.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { DagsterClient } from "../src/agent/dagster-client";

const url = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!url) {
  console.error("usage: npx tsx scripts/dagster-schema.ts <dagster webserver url> [--check]");
  process.exit(2);
}
const path = new URL("../src/agent/dagster-schema.graphql", import.meta.url);
const client = new DagsterClient({ url });
const [sdl, info] = await Promise.all([client.schemaSdl(), client.serverInfo()]);
if (process.argv.includes("--check")) {
  if (readFileSync(path, "utf8") !== sdl) {
    console.error(
      `src/agent/dagster-schema.graphql differs from dagster-webserver ${info.dagster_webserver_version}'s schema`,
    );
    process.exit(1);
  }
  console.log(
    `src/agent/dagster-schema.graphql matches dagster-webserver ${info.dagster_webserver_version}.`,
  );
} else {
  writeFileSync(path, sdl);
  console.log(
    `wrote src/agent/dagster-schema.graphql from dagster-webserver ${info.dagster_webserver_version}`,
  );
}
