// Where the history page spends its time in Chromium: a V8 CPU profile (CDP Profiler) of one first visit
// to the history (up to the 50th row) and of "Load 50 more" (up to the 100th row), printed as JavaScript
// busy time per 100 ms and the functions with the most self time. The timings of bench/ui.ts say how long;
// this says what for. The project is generated once into a SQLite file (kept, --db) through the same write
// path as bench/ui.ts, then served by a real server in a process of its own.
//
// Function names are readable in a build without minification:
//   npx vite build --config src/ui/vite.config.ts --minify false && npx tsx bench/ui-profile.ts
// (then `npm run build:ui` again for the real build).
import { existsSync } from "node:fs";
import { type CDPSession, chromium, type Page } from "playwright-core";
import { openDatabase } from "../src/db/index";
import { TOKEN_KEY } from "../src/ui/app/token-store";
import { ensureUiBuilt } from "../src/ui/serve";
import { flag, integer, parseOptions, text } from "./args";
import { ADMIN_TOKEN, DEPLOYMENT, HISTORY_PROJECT } from "./config";
import { generate, HistoryPlan } from "./history-workload";
import { child, nextMessage, stopChild } from "./throughput";
import { Random, Snapshot } from "./workload";

const options = parseOptions(
  {
    usage: "tsx bench/ui-profile.ts",
    about: "CPU profile of the history page in Chromium: a first visit, then Load 50 more.",
  },
  {
    loads: integer("loads in the generated project", 1_000),
    db: text("SQLite file of the project (made when missing, kept)", "FILE"),
    all: flag("every load (?all=1) instead of the collapsed history"),
    top: integer("functions listed per profile", 25),
  },
);
const file = options.db ?? `/tmp/project-history-ui-profile-${options.loads}.db`;
const databaseUrl = `file:${file}`;
const TIMEOUT_MS = 60_000;

const stopProfiler = async (cdp: CDPSession) => (await cdp.send("Profiler.stop")).profile;
type Profile = Awaited<ReturnType<typeof stopProfiler>>;

/** Self time per function and busy time per 100 ms slice, in milliseconds. */
function summarize(profile: Profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const slices: number[] = [];
  let at = 0;
  let busy = 0;
  profile.samples?.forEach((id, index) => {
    const delta = (profile.timeDeltas?.[index] ?? 0) / 1000;
    at += delta;
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") return;
    busy += delta;
    const slice = Math.floor(at / 100);
    slices[slice] = (slices[slice] ?? 0) + delta;
    const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop() ?? ""}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  return { busy, slices: Array.from(slices, (value) => value ?? 0), self };
}

function print(name: string, wallMs: number, profile: Profile): void {
  const { busy, slices, self } = summarize(profile);
  console.log(`\n${name}: ${wallMs} ms, JavaScript busy ${busy.toFixed(0)} ms`);
  console.log(`busy ms per 100 ms: ${slices.map((value) => value.toFixed(0)).join(" ")}`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, options.top))
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}

/** Where the page's time went before its first rows: the script, then each /graphql request. */
async function resources(page: Page): Promise<string> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const entries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map(
      (entry) =>
        `${new URL(entry.name).pathname} ${entry.startTime.toFixed(0)}-${entry.responseEnd.toFixed(0)}`,
    );
    return `DOMContentLoaded ${navigation.domContentLoadedEventEnd.toFixed(0)} ms; ${entries.join(", ")}`;
  });
}

await ensureUiBuilt();
if (!existsSync(file)) {
  const db = await openDatabase(databaseUrl);
  const plan = new HistoryPlan(new Random(0x1f0ad5), new Snapshot(new Random(0xa55e7), 200, 5));
  await generate(db, HISTORY_PROJECT, options.loads, 500, () => plan.next(), "generation");
  await db.close();
}
const server = child("./throughput-server.ts", {
  ...process.env,
  BENCH_DATABASE_URL: databaseUrl,
  BENCH_ADMIN_TOKEN: ADMIN_TOKEN,
});
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  timeout: TIMEOUT_MS,
});
try {
  const { port } = await nextMessage<{ port: number }>(server, "listening", TIMEOUT_MS);
  const url = `http://127.0.0.1:${port}/deployments/${DEPLOYMENT}/projects/${HISTORY_PROJECT}/history${options.all ? "?all=1" : ""}`;
  // The first round warms the server and the browser up; the second is printed.
  for (const round of [0, 1]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    await context.addInitScript({
      content: `sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(ADMIN_TOKEN)});`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    const rows = page.locator("tr[data-sequence]");

    await cdp.send("Profiler.start");
    let started = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await rows.nth(49).waitFor();
    const firstMs = Date.now() - started;
    const first = await stopProfiler(cdp);
    const timeline = await resources(page);

    await cdp.send("Profiler.start");
    started = Date.now();
    await page.getByRole("button", { name: "Load 50 more" }).click();
    await rows.nth(99).waitFor();
    const nextMs = Date.now() - started;
    const next = await stopProfiler(cdp);
    await context.close();
    if (round === 0) continue;
    console.log(`first visit: ${timeline}`);
    print("navigation to 50 rows", firstMs, first);
    print("Load 50 more to 100 rows", nextMs, next);
  }
} finally {
  await browser.close();
  await stopChild(server);
}
