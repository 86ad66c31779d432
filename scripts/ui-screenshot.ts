// `npm run screenshot:ui`: the README's picture of the web UI. Records the demo data (scripts/demo) into a
// SQLite file in a temporary folder, starts the real server on it (127.0.0.1, a free port), signs in to
// the web UI in Debian's Chromium with the admin token as a user would (the sign-in form), opens
// billing-pipeline's history at 1280 px in the light theme, and saves what the window shows as a PNG
// (default docs/web-ui-history.png). The folder is deleted at the end.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { startServer } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { ensureUiBuilt } from "../src/ui/serve";
import { seedDemo } from "./demo/stories";

const CHROMIUM = "/usr/bin/chromium";
const ADMIN_TOKEN = "screenshot-admin-token-0123456789abcdef";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "docs/web-ui-history.png" },
    width: { type: "string", default: "1280" },
    height: { type: "string", default: "860" },
  },
});
const out = resolve(values.out);
const viewport = { width: Number(values.width), height: Number(values.height) };
if (!existsSync(CHROMIUM)) {
  console.error(`Needs Chromium at ${CHROMIUM} (Debian: apt-get install chromium).`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "project-history-screenshot-"));
const db = await openDatabase(`file:${join(dir, "demo.db")}`);
let server: Awaited<ReturnType<typeof startServer>> | null = null;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  await ensureUiBuilt();
  await seedDemo(db);
  server = await startServer({ db, adminToken: ADMIN_TOKEN, port: 0, host: "127.0.0.1", logError: () => {} });
  const base = `http://127.0.0.1:${server.port}`;
  const context = await browser.newContext({ viewport, colorScheme: "light", deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/deployments/prod/projects/billing-pipeline/history`);
  await page.getByLabel("API token").fill(ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("table", { name: "History of billing-pipeline in prod" }).waitFor();
  await page.locator("tr[data-sequence]").nth(10).waitFor();
  // The live indicator settles once the subscription is up; the picture shows it connected.
  await page.locator('.live[data-state="live"]').waitFor();
  await page.screenshot({ path: out, animations: "disabled" });
  console.log(
    `${relative(process.cwd(), out)}: ${viewport.width}x${viewport.height}, ${(statSync(out).size / 1024).toFixed(0)} KB`,
  );
} finally {
  await browser.close();
  await server?.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
