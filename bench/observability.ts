// `npx tsx bench/observability.ts [--quick]`: what request logs and metrics cost per request. The same history query
// runs through `app.fetch` on two apps over one SQLite database: one logging every request as a JSON line (to
// a stream that drops it, so the disk is not measured) and one whose logger is silent. Both keep their
// Prometheus metrics, which cannot be turned off; their cost shows in the scrape time reported at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { type App, createLocalApp } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { createLogger } from "../src/observability/logger";
import { flag, parseOptions } from "./args";
import { ms, msSince, now, summarize } from "./stats";

const { quick } = parseOptions(
  {
    usage: "tsx bench/observability.ts",
    about: "What a JSON request log line and a /metrics scrape cost, through app.fetch on SQLite.",
  },
  { quick: flag("smoke version: 500 requests per round instead of 3,000") },
);
const ADMIN = "bench-admin-token-0123456789";
const REQUESTS = quick ? 500 : 3_000;
const QUERY = `query BenchHistory {
  project(name: "bench") { history(first: 20) { totalCount edges { node { collapsedCount load { sequence status image } } } } }
}`;

const dir = mkdtempSync(join(tmpdir(), "project-history-bench-observability-"));
const db = await openDatabase(`file:${join(dir, "history.db")}`);
let lines = 0;
const discard = new Writable({
  write(_chunk, _encoding, done) {
    lines++;
    done();
  },
});
const logged = await createLocalApp({
  db,
  adminToken: ADMIN,
  logger: createLogger({ level: "info", format: "json", destination: discard }),
});
const silent = await createLocalApp({ db, adminToken: ADMIN, logger: createLogger({ level: "silent" }) });

const post = (app: App, query: string, variables: Record<string, unknown> = {}) =>
  app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });

for (let sequence = 1; sequence <= 50; sequence++) {
  const response = await post(
    silent,
    `mutation ($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }`,
    { input: { project: "bench", image: `img:${sequence % 7}`, assets: [{ key: `a/${sequence % 5}` }] } },
  );
  if (!response.ok) throw new Error(await response.text());
}

async function measure(app: App): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = now();
    const response = await post(app, QUERY);
    await response.text();
    samples.push(msSince(started));
  }
  return samples;
}

// Warm both, then alternate rounds so that drift on a shared machine hits both alike.
await measure(logged);
await measure(silent);
const withLogs: number[] = [];
const withoutLogs: number[] = [];
for (let round = 0; round < 4; round++) {
  withLogs.push(...(await measure(logged)));
  withoutLogs.push(...(await measure(silent)));
}
const a = summarize(withLogs);
const b = summarize(withoutLogs);
console.log(`history query through app.fetch, ${withLogs.length} requests each (SQLite)`);
console.log(`  with a JSON log line per request   median ${ms(a.median)} ms  p95 ${ms(a.p95)} ms`);
console.log(`  with a silent logger               median ${ms(b.median)} ms  p95 ${ms(b.p95)} ms`);
console.log(
  `  logging adds                       median ${ms(a.median - b.median)} ms  p95 ${ms(a.p95 - b.p95)} ms (${lines} lines written)`,
);

const scrapes: number[] = [];
for (let i = 0; i < 50; i++) {
  const started = now();
  await (await logged.fetch("http://bench/metrics")).text();
  scrapes.push(msSince(started));
}
const scrape = summarize(scrapes);
console.log(`  GET /metrics after the run         median ${ms(scrape.median)} ms  p95 ${ms(scrape.p95)} ms`);

await db.close();
rmSync(dir, { recursive: true, force: true });
