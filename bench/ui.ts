// The web UI benchmark: how soon a history of 10,000 loads shows in a browser, and how much JavaScript the
// app sends. The project is generated into a SQLite file through the project's own write path
// (bench/history-workload.ts: recordLoad, then writeLoad in batched transactions), then served by a real
// server in a process of its own (bench/throughput-server.ts: openDatabase + startServer on 127.0.0.1) and
// opened in Debian's Chromium through playwright-core.
//
// How a visit is timed: a script injected before the page's own (PAGE_PROBE) puts the token where the app
// keeps it (so the visit is a signed-in user opening a link), watches the DOM for the 50th and the 100th
// history row, and notes the time after the frame that shows them has been painted (requestAnimationFrame,
// then a task: the first moment after that frame's paint), on the page's clock, which starts at
// navigation. "Load 50 more" is timed from the button's pointerdown to the 100th row painted. Each round
// visits, in turn: the collapsed history (the default) in a fresh browser context (empty cache: a first
// visit), every load (?all=1) the same way, and the collapsed history again in a context that has visited
// before (scripts from the browser's cache). Warm-up rounds come first and are not counted.
//
// Next to each time, the CPU time the visit used in Chromium's processes (CDP SystemInfo.getProcessInfo)
// and in the server (its process.cpuUsage), read outside the timed intervals: on a shared machine, a
// time far above its CPU is time spent waiting for a core.
//
// The JavaScript sent is what the first visit downloaded (resource type "script"), each file fetched again
// with `Accept-Encoding: gzip` (the goal's unit) and without compression; Chromium itself asks for brotli,
// and what it received is shown too.
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { openDatabase } from "../src/db/index";
import { TOKEN_KEY } from "../src/ui/app/token-store";
import { ensureUiBuilt } from "../src/ui/serve";
import { flag, integer, parseOptions } from "./args";
import { ADMIN_TOKEN, DEPLOYMENT, HISTORY_PROJECT } from "./config";
import { generate, HistoryPlan } from "./history-workload";
import { count, kb, loadAverageLine, ms, seconds, summarize, table } from "./stats";
import { child, nextMessage, stopChild } from "./throughput";
import { Random, Snapshot } from "./workload";

const options = parseOptions(
  {
    usage: "tsx bench/ui.ts",
    about:
      "The web UI in Chromium: navigation to the first 50 history rows painted, the next 50, and the JavaScript sent.",
  },
  {
    quick: flag("smoke version: 1,000 loads, 3 timed visits of each kind after 1 warm-up round"),
    loads: integer("loads in the project", 10_000),
    runs: integer("timed visits of each kind (the median is reported)", 10),
    warmup: integer("warm-up rounds, not counted", 3, 0),
  },
);
const LOADS = options.quick ? 1_000 : options.loads;
const RUNS = options.quick ? 3 : options.runs;
const WARMUP = options.quick ? 1 : options.warmup;
const ASSETS = 200;
const BATCH = 500;
const PAGE_ROWS = 50;
const GOALS = { firstRowsMs: 1_000, scriptGzipBytes: 250 * 1024 };
const CHROMIUM = "/usr/bin/chromium";
const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT_MS = 30_000;

/**
 * Runs in the page before its scripts (a string, so that nothing the TypeScript loader adds to functions
 * reaches the browser). Marks are performance.now() readings: milliseconds since navigation started.
 */
const PAGE_PROBE = `
  sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(ADMIN_TOKEN)});
  const bench = { rows: {}, pointerdown: null };
  window.__bench = bench;
  const wanted = [${PAGE_ROWS}, ${2 * PAGE_ROWS}];
  const pending = new Set();
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  addEventListener("pointerdown", () => { bench.pointerdown = performance.now(); }, true);
  new MutationObserver(() => {
    const rows = document.querySelectorAll("tr[data-sequence]").length;
    for (const n of wanted) {
      if (rows >= n && !pending.has(n)) {
        pending.add(n);
        afterPaint((at) => { bench.rows[n] = at; });
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Probe {
  rows: Record<string, number>;
  pointerdown: number | null;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/**
 * Waits for the probe's mark of `rows` rows. A function, not a string: the page's CSP forbids evaluating
 * strings, and Playwright runs a string predicate through eval.
 */
async function rowsPainted(page: Page, rows: number): Promise<void> {
  await page.waitForFunction((n) => window.__bench?.rows[n] !== undefined, rows, { timeout: TIMEOUT_MS });
}

interface Visit {
  firstRowsMs: number;
  nextRowsMs: number;
  /** When the document's scripts had run (DOMContentLoaded ended). */
  domContentLoadedMs: number;
  /** Time spent in /graphql requests before the first rows (sign-in check, then the history page). */
  apiMs: number;
  /** CPU time used up to the first rows, and for the next ones: Chromium's processes, the server's. */
  cpu: { first: Cpu; next: Cpu };
}

/** CPU milliseconds, cumulative (a reading) or used in an interval (a difference). */
interface Cpu {
  chromium: number;
  server: number;
}

/** Reads the CPU time used so far by every Chromium process and by the server. */
type CpuReader = () => Promise<Cpu>;

const cpuUsed = (from: Cpu, to: Cpu): Cpu => ({
  chromium: to.chromium - from.chromium,
  server: to.server - from.server,
});

interface Download {
  url: string;
  type: string;
  /** The body as Chromium received it, and how it was encoded. */
  received: number;
  encoding: string;
}

const historyPath = (all: boolean) =>
  `/deployments/${encodeURIComponent(DEPLOYMENT)}/projects/${encodeURIComponent(HISTORY_PROJECT)}/history${all ? "?all=1" : ""}`;

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: "light" });
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript({ content: PAGE_PROBE });
  return context;
}

/** Opens the history, waits for the first 50 rows, presses "Load 50 more", waits for the next 50. */
async function visit(
  page: Page,
  base: string,
  all: boolean,
  latest: number,
  readCpu: CpuReader,
): Promise<Visit> {
  // CPU readings are taken outside the timed intervals (before navigating, and before the pointerdown).
  const start = await readCpu();
  await page.goto(`${base}${historyPath(all)}`, { waitUntil: "commit" });
  await rowsPainted(page, PAGE_ROWS);
  const rows = page.locator("tr[data-sequence]");
  const first = await rows.evaluateAll((elements) =>
    elements.map((row) => row.getAttribute("data-sequence")),
  );
  // The benchmark is broken, not slow, when the page shows something else than the newest 50 rows.
  if (first.length !== PAGE_ROWS || first[0] !== String(latest))
    throw new Error(
      `expected ${PAGE_ROWS} rows starting at #${latest}, got ${first.length} from #${first[0]}`,
    );
  const timing = await page.evaluate((n) => {
    const painted = window.__bench?.rows[n] ?? Number.POSITIVE_INFINITY;
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const api = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname === "/graphql" && entry.responseEnd <= painted)
      .reduce((sum, entry) => sum + (entry.responseEnd - entry.startTime), 0);
    return { domContentLoaded: navigation.domContentLoadedEventEnd, api };
  }, PAGE_ROWS);
  const afterFirst = await readCpu();

  await page.getByRole("button", { name: `Load ${PAGE_ROWS} more` }).click();
  await rowsPainted(page, 2 * PAGE_ROWS);
  const afterNext = await readCpu();
  const probe = await page.evaluate(() => window.__bench);
  if (!probe) throw new Error("the page probe did not run");
  const both = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute("data-sequence")));
  if (new Set(both).size !== 2 * PAGE_ROWS)
    throw new Error(`expected ${2 * PAGE_ROWS} distinct rows after "Load more", got ${new Set(both).size}`);
  const firstRows = probe.rows[PAGE_ROWS];
  const nextRows = probe.rows[2 * PAGE_ROWS];
  if (firstRows === undefined || nextRows === undefined || probe.pointerdown === null)
    throw new Error("the page probe missed a mark");
  return {
    firstRowsMs: firstRows,
    nextRowsMs: nextRows - probe.pointerdown,
    domContentLoadedMs: timing.domContentLoaded,
    apiMs: timing.api,
    cpu: { first: cpuUsed(start, afterFirst), next: cpuUsed(afterFirst, afterNext) },
  };
}

/** A file's body length as this server sends it for `Accept-Encoding: <encoding>` (no decompression). */
function bodyLength(url: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { "accept-encoding": encoding } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url}: HTTP ${response.statusCode}`));
        else resolve({ bytes, encoding: String(response.headers["content-encoding"] ?? "identity") });
      });
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), "project-history-ui-bench-"));
let server: ReturnType<typeof child> | null = null;
let browser: Browser | null = null;
try {
  console.log(`Web UI benchmark, load average ${loadAverageLine()}`);
  await ensureUiBuilt();

  const databaseUrl = `file:${join(dir, "history.db")}`;
  const db = await openDatabase(databaseUrl);
  console.log(
    `Generating project "${HISTORY_PROJECT}": ${count(LOADS)} loads with ${ASSETS}-asset snapshots (writeLoad, ${BATCH} per transaction)`,
  );
  // The history benchmark's seeds: the same kinds of runs, failures and edits.
  const plan = new HistoryPlan(new Random(0x1f0ad5), new Snapshot(new Random(0xa55e7), ASSETS, 5));
  const generationMs = await generate(db, HISTORY_PROJECT, LOADS, BATCH, () => plan.next(), "generation");
  const project = await db.prisma.project.findFirstOrThrow({ where: { name: HISTORY_PROJECT } });
  await db.close();
  console.log(
    `  ${count(project.loadCount)} loads in ${count(project.entryCount)} collapsed entries, ${seconds(generationMs)}`,
  );

  server = child("./throughput-server.ts", {
    ...process.env,
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_ADMIN_TOKEN: ADMIN_TOKEN,
  });
  const { port } = await nextMessage<{ port: number }>(server, "listening", 60_000);
  const base = `http://127.0.0.1:${port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    timeout: 60_000,
  });
  const chrome = browser;
  const chromeProcesses = await chrome.newBrowserCDPSession();
  const serverProcess = server;
  const readCpu: CpuReader = async () => {
    const stats = nextMessage<{ cpuMicros: number }>(serverProcess, "stats", 5_000);
    serverProcess.send("stats");
    // Every process of the browser (browser, renderers, GPU, network), in seconds to 10 ms.
    const { processInfo } = await chromeProcesses.send("SystemInfo.getProcessInfo");
    return {
      chromium: processInfo.reduce((sum, info) => sum + info.cpuTime * 1000, 0),
      server: (await stats).cpuMicros / 1000,
    };
  };

  const kinds = [
    { name: "collapsed (default), first visit", all: false, cached: false },
    { name: "every load (?all=1), first visit", all: true, cached: false },
    { name: "collapsed, scripts cached", all: false, cached: true },
  ] as const;
  const samples = new Map<string, Visit[]>(kinds.map((kind) => [kind.name, []]));
  const downloads: Download[] = [];
  const returning = await newContext(chrome);
  const returningPage = await returning.newPage();
  await visit(returningPage, base, false, project.loadCount, readCpu);

  console.log(`Visits: ${WARMUP} warm-up round(s), then ${RUNS} timed round(s) of ${kinds.length} visits`);
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const kind of kinds) {
      let result: Visit;
      if (kind.cached) result = await visit(returningPage, base, kind.all, project.loadCount, readCpu);
      else {
        const context = await newContext(chrome);
        const page = await context.newPage();
        const seen: Promise<Download | null>[] = [];
        // The files of one first visit: what the JavaScript figure is made of.
        if (round === 0 && !kind.all)
          page.on("response", (response) =>
            seen.push(
              (async () => {
                const type = response.request().resourceType();
                if (!["document", "script", "stylesheet"].includes(type)) return null;
                await response.finished();
                const sizes = await response.request().sizes();
                const encoding = (await response.allHeaders())["content-encoding"] ?? "identity";
                return { url: response.url(), type, received: sizes.responseBodySize, encoding };
              })(),
            ),
          );
        result = await visit(page, base, kind.all, project.loadCount, readCpu);
        for (const download of await Promise.all(seen)) if (download) downloads.push(download);
        await context.close();
      }
      if (round >= WARMUP) samples.get(kind.name)?.push(result);
    }
  }
  await returning.close();

  const files = await Promise.all(
    downloads.map(async (download) => ({
      ...download,
      plain: (await bodyLength(download.url, "identity")).bytes,
      gzip: await bodyLength(download.url, "gzip"),
    })),
  );
  const scripts = files.filter((file) => file.type === "script");
  if (scripts.length === 0) throw new Error("the first visit downloaded no script");
  const scriptGzip = scripts.reduce(
    (sum, file) => sum + (file.gzip.encoding === "gzip" ? file.gzip.bytes : file.plain),
    0,
  );

  console.log(
    `\nHistory of ${count(project.loadCount)} loads at ${VIEWPORT.width}x${VIEWPORT.height}, signed in; milliseconds, ${RUNS} visits each (median, p95, min, max)\n`,
  );
  const cell = (values: number[]) => {
    const summary = summarize(values);
    return [ms(summary.median), ms(summary.p95), ms(summary.min), ms(summary.max)].join(" / ");
  };
  console.log(
    table(
      ["visit", "first 50 rows painted", "next 50 (Load more)", "DOMContentLoaded", "in /graphql"],
      kinds.map((kind) => {
        const visits = samples.get(kind.name) ?? [];
        return [
          kind.name,
          cell(visits.map((v) => v.firstRowsMs)),
          cell(visits.map((v) => v.nextRowsMs)),
          ms(summarize(visits.map((v) => v.domContentLoadedMs)).median),
          ms(summarize(visits.map((v) => v.apiMs)).median),
        ];
      }),
    ),
  );
  const median = (values: number[]) => ms(summarize(values).median);
  console.log(
    "\nCPU used (median ms): what the visits cost, apart from waiting for a shared machine's cores\n",
  );
  console.log(
    table(
      ["visit", "Chromium, to first rows", "server, to first rows", "Chromium, next 50", "server, next 50"],
      kinds.map((kind) => {
        const visits = samples.get(kind.name) ?? [];
        return [
          kind.name,
          median(visits.map((v) => v.cpu.first.chromium)),
          median(visits.map((v) => v.cpu.first.server)),
          median(visits.map((v) => v.cpu.next.chromium)),
          median(visits.map((v) => v.cpu.next.server)),
        ];
      }),
    ),
  );
  console.log("\nFiles of a first visit\n");
  console.log(
    table(
      ["file", "type", "uncompressed", "gzip", "as Chromium got it"],
      files.map((file) => [
        new URL(file.url).pathname,
        file.type,
        kb(file.plain),
        file.gzip.encoding === "gzip" ? kb(file.gzip.bytes) : "(not compressed)",
        `${kb(file.received)} ${file.encoding}`,
      ]),
      [0, 1],
    ),
  );

  const firstVisit = summarize(samples.get(kinds[0].name)?.map((v) => v.firstRowsMs) ?? []);
  const nextRows = summarize(samples.get(kinds[0].name)?.map((v) => v.nextRowsMs) ?? []);
  console.log("\nGoals\n");
  console.log(
    table(
      ["", "result", "goal", ""],
      [
        [
          "first 50 rows, first visit (median)",
          `${ms(firstVisit.median)} ms`,
          `<= ${GOALS.firstRowsMs} ms`,
          firstVisit.median <= GOALS.firstRowsMs ? "met" : "MISSED",
        ],
        ["next 50 rows (median)", `${ms(nextRows.median)} ms`, "", ""],
        [
          `JavaScript, gzipped (${scripts.length} file${scripts.length === 1 ? "" : "s"})`,
          kb(scriptGzip),
          `<= ${kb(GOALS.scriptGzipBytes)}`,
          scriptGzip <= GOALS.scriptGzipBytes ? "met" : "MISSED",
        ],
      ],
    ),
  );
  console.log(`\nLoad average at the end: ${loadAverageLine()}`);
} finally {
  await browser?.close();
  if (server) await stopChild(server);
  rmSync(dir, { recursive: true, force: true });
}
