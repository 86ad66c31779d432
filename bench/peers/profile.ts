// Where the project's CPU goes on the dashboard page of bench/peers.ts: sends the page (project-query.graphql)
// --requests times, one at a time, straight into the app (yoga's fetch, no HTTP: the GraphQL layer and
// what is under it), under the V8 CPU profiler (node:inspector, as `node --cpu-prof` does), then prints the
// self time by package and the top functions. The database is one kept by `bench/peers.ts --keep`.
//
// Usage: npx tsx bench/peers/profile.ts --database postgresql://... [--requests 300] [--warmup 50]
//        [--out file.cpuprofile]
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createLocalApp } from "../../src/app/server";
import { openDatabase } from "../../src/db/index";
import { integer, parseOptions, text } from "../args";
import { type CpuProfile, summarizeProfile } from "./profile-summary";
import { DEPLOYMENT, PROJECT } from "./workload";

const OPTIONS = parseOptions(
  {
    usage: "tsx bench/peers/profile.ts",
    about: "CPU profile of the project's dashboard page (bench/peers.ts), self time by package.",
  },
  {
    database: text("a database kept by `bench/peers.ts --keep` (required)", "URL"),
    requests: integer("profiled requests", 300),
    warmup: integer("requests before profiling", 50, 0),
    out: text("also write the .cpuprofile here (open it in Chrome DevTools)", "FILE"),
  },
);
if (!OPTIONS.database) {
  console.error("--database is required: run bench/peers.ts --keep first");
  process.exit(2);
}

const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";
const query = readFileSync(new URL("./project-query.graphql", import.meta.url), "utf8");
const db = await openDatabase(OPTIONS.database);
const app = await createLocalApp({
  db,
  adminToken: ADMIN_TOKEN,
  logError: (message) => console.error(message),
});
const body = JSON.stringify({ query, variables: { deployment: DEPLOYMENT, name: PROJECT } });

async function page(): Promise<void> {
  const response = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body,
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"'))
    throw new Error(`bad answer: ${text.slice(0, 300)}`);
}

for (let i = 0; i < OPTIONS.warmup; i++) await page();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const started = process.cpuUsage();
for (let i = 0; i < OPTIONS.requests; i++) await page();
const cpu = process.cpuUsage(started);
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();
if (OPTIONS.out) writeFileSync(OPTIONS.out, JSON.stringify(profile));

console.log(
  `${OPTIONS.requests} requests, process CPU ${((cpu.user + cpu.system) / 1000 / OPTIONS.requests).toFixed(1)} ms/request (profiler overhead included)`,
);
console.log(summarizeProfile(profile, OPTIONS.requests));
await db.close();
process.exit(0);
