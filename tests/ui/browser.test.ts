import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { seedDemo } from "../../scripts/demo/stories";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { ensureUiBuilt } from "../../src/ui/serve";
import { graphql } from "../generated";
import { ADMIN_TOKEN, createToken, graphqlRequest, record, type TestServer } from "../helpers";
import { createTestDatabase, type TestDatabase } from "../test-database";

/**
 * The web UI in a real headless Chromium, against the real server holding the demo data: sign-in, the
 * projects table, the history (collapsed and not, a run opened), an asset page, a failed load's stack in
 * the drawer, a rollback by an editor (by mouse and by keyboard alone) and its absence for a viewer, a load
 * appearing live, axe on every screen (no serious or critical violation), at 1280 and 390 px, light and
 * dark. Screenshots go to a temporary folder, printed at the end.
 */

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const TIMEOUT = 60_000;

if (!HAS_CHROMIUM) {
  console.warn(
    [
      "",
      "!!! tests/ui/browser.test.ts DID NOT RUN: the web UI browser test needs Chromium at /usr/bin/chromium.",
      "!!! Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium",
      "!!! .ci/run installs it in CI. Until then the web UI is NOT tested in a browser.",
      "",
    ].join("\n"),
  );
}

const FAILED_WITH_STACK = graphql(`
  query UiTestFailures {
    project(deployment: "prod", name: "billing-pipeline") {
      history(first: 100, collapseSimilar: false, status: FAILURE) {
        edges {
          node {
            load {
              id
              sequence
              error {
                message
                stack
              }
            }
          }
        }
      }
    }
  }
`);

const ROLLBACKS = graphql(`
  query UiTestLatest {
    project(deployment: "prod", name: "billing-pipeline") {
      currentLoad {
        sequence
        trigger
        image
        rollback {
          reason
          requestedBy
          toLoad {
            sequence
          }
        }
      }
    }
  }
`);

const ASSET_NOW = graphql(`
  query UiTestAssetNow {
    project(deployment: "prod", name: "billing-pipeline") {
      asset(key: "mart/mrr_monthly") {
        codeVersion
        dependencies
        partitionsDefinition
        tags
      }
    }
  }
`);

const SET_EXECUTION = graphql(`
  mutation UiTestSetExecution($input: SetRollbackExecutionInput!) {
    setRollbackExecution(input: $input) { rollbackExecution }
  }
`);

const CLAIM = graphql(`
  mutation UiTestClaim($input: ClaimRollbackInput!) {
    claimRollback(input: $input) { claimToken rollback { id status } }
  }
`);

const LOAD_58 = graphql(`
  query UiTestLoad58 {
    project(deployment: "prod", name: "billing-pipeline") {
      load(sequence: 58) {
        id
      }
    }
  }
`);

const PREVIEW = graphql(`
  query UiTestPreview($loadId: ID!) {
    project(deployment: "prod", name: "billing-pipeline") {
      rollbackPreview(loadId: $loadId) {
        assetsAdded
        assetsRemoved
        assetsChanged
      }
    }
  }
`);

interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests and WebSockets the page tried to open anywhere but this server. */
  outside: string[];
  /** Uncaught errors, console errors and CSP violations. */
  problems: string[];
}

describe.skipIf(!HAS_CHROMIUM)("the web UI in headless Chromium", () => {
  let dir: string;
  let shots: string;
  let database: TestDatabase;
  let db: Database;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let api: TestServer["request"];
  let editorToken: string;
  let viewerToken: string;
  const axeResults: string[] = [];

  beforeAll(async () => {
    await ensureUiBuilt();
    dir = mkdtempSync(join(tmpdir(), "project-history-ui-"));
    shots = mkdtempSync(join(tmpdir(), "project-history-ui-screenshots-"));
    database = await createTestDatabase(dir);
    db = await openDatabase(database.url);
    await seedDemo(db);
    editorToken = await createToken(db, "editor", "EDITOR", "prod");
    viewerToken = await createToken(db, "viewer", "VIEWER", "prod");
    server = await startServer({
      db,
      adminToken: ADMIN_TOKEN,
      port: 0,
      host: "127.0.0.1",
      logError: () => {},
    });
    base = `http://127.0.0.1:${server.port}`;
    api = graphqlRequest((init) => fetch(`${base}/graphql`, init));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: TIMEOUT,
    });
  }, 4 * TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (shots) console.info(`web UI screenshots in ${shots}\naxe:\n  ${axeResults.join("\n  ")}`);
  });

  async function newSession(
    options: { width?: number; dark?: boolean; clipboard?: boolean } = {},
  ): Promise<Session> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.dark ? "dark" : "light",
    });
    if (options.clipboard)
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    context.setDefaultTimeout(TIMEOUT / 2);
    const session: Omit<Session, "page"> = { context, outside: [], problems: [] };
    const host = new URL(base).host;
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.host === host || url.protocol === "data:") await route.continue();
      else {
        session.outside.push(url.href);
        await route.abort("blockedbyclient");
      }
    });
    const page = await context.newPage();
    page.on("websocket", (socket) => {
      if (new URL(socket.url()).host !== host) session.outside.push(socket.url());
    });
    page.on("pageerror", (error) => session.problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") session.problems.push(`console: ${message.text()}`);
    });
    onTestFailed(async () => {
      await page.screenshot({ path: join(shots, "failure.png"), fullPage: true }).catch(() => {});
      console.error(`failure screenshot in ${join(shots, "failure.png")}`, session);
    });
    return { ...session, page };
  }

  /** No serious or critical axe violation on what the page shows now. */
  async function checkAxe(page: Page, screen: string): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );
    const others = result.violations.map((violation) => `${violation.id} (${violation.impact})`);
    axeResults.push(
      `${screen}: ${serious.length} serious or critical, ${result.passes.length} rules passed${others.length ? `; other: ${others.join(", ")}` : ""}`,
    );
    expect(
      serious.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
      })),
      screen,
    ).toEqual([]);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }

  /** Nothing reached another host, nothing failed in the page, no CSP violation. */
  function expectClean(session: Session, allowed: readonly string[] = []): void {
    expect(session.outside).toEqual([]);
    expect(session.problems.filter((problem) => !allowed.includes(problem))).toEqual([]);
  }

  async function signIn(page: Page, token: string, path = "/", remember = false): Promise<void> {
    await page.goto(`${base}${path}`);
    await page.getByLabel("API token").fill(token);
    if (remember) await page.getByText("Remember me on this browser").click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  }

  function historyRow(page: Page, sequence: number): Locator {
    return page.locator(`tr[data-sequence="${sequence}"]`);
  }

  async function openHistory(page: Page, project = "billing-pipeline", query = ""): Promise<void> {
    await page.goto(`${base}/deployments/prod/projects/${project}/history${query}`);
    await page.getByRole("table", { name: `History of ${project} in prod` }).waitFor();
    await page.locator("tr[data-sequence]").first().waitFor();
  }

  it(
    "signs in with a good token and refuses a bad one with the API's message",
    async () => {
      const session = await newSession();
      const { page } = session;
      await page.goto(`${base}/`);
      await checkAxe(page, "sign-in");
      await shot(page, "sign-in");

      await page.getByLabel("API token").fill("phist_not-a-real-token-000");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect.poll(() => page.getByRole("alert").textContent()).toBe("The token is unknown or revoked");
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
      await checkAxe(page, "sign-in with an error");

      await page.getByLabel("API token").fill(`Bearer ${ADMIN_TOKEN}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      await expect.poll(() => page.locator(".viewer").textContent()).toBe("admin Organization admin");
      // In this tab only, and never in the URL.
      expect(await page.evaluate(() => sessionStorage.getItem("project-history.token"))).toBe(ADMIN_TOKEN);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(page.url()).not.toContain(ADMIN_TOKEN);

      // A reload keeps the session; signing out forgets the token.
      await page.reload();
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByLabel("API token").waitFor();
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);

      // "Remember me" keeps it in localStorage, for the next tab too.
      await signIn(page, editorToken, "/", true);
      expect(await page.evaluate(() => localStorage.getItem("project-history.token"))).toBe(editorToken);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      const other = await session.context.newPage();
      await other.goto(`${base}/`);
      await expect.poll(() => other.locator(".viewer").textContent()).toBe("editor Editor in prod");
      await other.close();
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "lists the projects of a deployment with status, image, commit and update time, filtered by name",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, ADMIN_TOKEN);
      const table = page.getByRole("grid", { name: "Projects in prod" });
      await table.locator("tbody tr").first().waitFor();
      const names = await table.locator("tbody tr td:first-child a").allTextContents();
      expect(names).toEqual(["analytics", "billing-pipeline", "ml-features"]);

      const billing = table.locator('tr[data-project="billing-pipeline"]');
      expect(await billing.locator(".badge").first().textContent()).toMatch(/Success|Failure/);
      expect(await billing.locator(".image").textContent()).toMatch(/^ghcr\.io\/acme\/billing-pipeline:/);
      const commit = billing.locator("a.mono");
      expect(await commit.getAttribute("href")).toMatch(
        /^https:\/\/github\.com\/acme\/billing-pipeline\/commit\/[0-9a-f]{40}$/,
      );
      const updated = billing.locator("time");
      expect(await updated.textContent()).toMatch(/ago|just now|yesterday/);
      expect(await updated.getAttribute("title")).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} /);
      await checkAxe(page, "projects");
      await shot(page, "projects");

      await page.getByRole("searchbox", { name: "Filter by name" }).fill("BILL");
      await expect
        .poll(() => table.locator("tbody tr td:first-child a").allTextContents())
        .toEqual(["billing-pipeline"]);
      await page.getByRole("searchbox", { name: "Filter by name" }).fill("");

      // The deployment switcher.
      await page.getByRole("button", { name: /Deployment/ }).click();
      await page.getByRole("option", { name: "staging" }).click();
      const staging = page.getByRole("grid", { name: "Projects in staging" });
      // Oldest first, as the API lists them.
      await expect
        .poll(() => staging.locator("tbody tr td:first-child a").allTextContents())
        .toEqual(["analytics", "search-indexing", "billing-pipeline"]);
      expect(page.url()).toBe(`${base}/?deployment=staging`);

      await billingHistoryFromTable(page);
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  async function billingHistoryFromTable(page: Page): Promise<void> {
    await page.getByRole("link", { name: "View history of billing-pipeline" }).click();
    await page.getByRole("heading", { name: "History of billing-pipeline" }).waitFor();
    expect(page.url()).toBe(`${base}/deployments/staging/projects/billing-pipeline/history`);
  }

  it(
    "shows the history collapsed by default, opens a run to its loads, and shows every load with the switch off",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, ADMIN_TOKEN, "/deployments/prod/projects/billing-pipeline/history");
      await page.locator("tr[data-sequence]").first().waitFor();
      const toggle = page.getByRole("switch", { name: "Collapse similar entries" });
      expect(await toggle.isChecked()).toBe(true);
      const collapsedRows = await page.locator("tr[data-sequence]").count();
      expect(collapsedRows).toBeLessThan(59);

      // A collapsed run: its count, then its loads when opened.
      const run = page.getByRole("button", { name: "#56–58 ×3 loads" });
      expect(await run.getAttribute("aria-expanded")).toBe("false");
      // The run's row shows its changes (those of its first load, #56), each key a link.
      expect(
        await historyRow(page, 58).getByRole("link", { name: "mart/mrr_monthly" }).getAttribute("href"),
      ).toBe("/deployments/prod/projects/billing-pipeline/assets/mart/mrr_monthly");
      await checkAxe(page, "history (collapsed)");
      await shot(page, "history");
      await run.click();
      await historyRow(page, 56).waitFor();
      expect(
        await page
          .locator("tr.row-child[data-sequence]")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-sequence"))),
      ).toEqual(["58", "57", "56"]);
      // Opened, the run's first load carries the same changes.
      expect(await historyRow(page, 56).getByRole("link", { name: "mart/mrr_monthly" }).count()).toBe(1);
      expect(await run.getAttribute("aria-expanded")).toBe("true");
      await checkAxe(page, "history (a run opened)");
      await shot(page, "history-run-opened");

      // The switch off: one row per load, 50 at a time. (Its input is visually hidden: the label is clicked.)
      await page.locator("label.switch").click();
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await expect.poll(() => page.url()).toContain("all=1");
      await expect.poll(() => page.locator("tr[data-sequence]").count()).toBe(50);
      expect(await page.getByText("50 of 59 rows").count()).toBe(1);
      await page.getByRole("button", { name: "Load 50 more" }).click();
      await expect.poll(() => page.locator("tr[data-sequence]").count()).toBe(59);
      const sequences = await page
        .locator("tr[data-sequence]")
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-sequence"))));
      expect(sequences).toEqual(Array.from({ length: 59 }, (_, index) => 59 - index));
      await checkAxe(page, "history (every load)");

      // The status filter.
      await page.getByRole("button", { name: /Status/ }).click();
      await page.getByRole("option", { name: "Failure" }).click();
      await expect.poll(() => page.url()).toContain("status=FAILURE");
      // Filtered rows shown (an empty table while the page loads also has no success badge).
      await expect
        .poll(
          async () =>
            (await page.locator("tr[data-sequence]").count()) > 0 &&
            (await page.locator("tr[data-sequence] .badge-success").count()) === 0,
        )
        .toBe(true);
      const failures = await page.locator("tr[data-sequence]").count();
      expect(failures).toBeGreaterThan(3);
      // A failed load shows its error summary in the row.
      expect(await page.locator("tr[data-sequence] .error-summary").count()).toBe(failures);
      expectClean(session);
      await session.context.close();
    },
    // axe over 59 rows is slow on a busy machine.
    6 * TIMEOUT,
  );

  it(
    "opens a history link with a saved token in one round trip: the token's check and the first page go together",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, ADMIN_TOKEN);
      // In the order the browser reports them: each /graphql request and response, by operation.
      const events: string[] = [];
      const operation = (body: string | null) => /"operationName":"(\w+)"/.exec(body ?? "")?.[1] ?? "?";
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/graphql")
          events.push(`request ${operation(request.postData())}`);
      });
      page.on("response", (response) => {
        if (new URL(response.url()).pathname === "/graphql")
          events.push(`response ${operation(response.request().postData())}`);
      });
      await openHistory(page);
      expect(events.filter((event) => event === "request UiHistory")).toHaveLength(1);
      // The page is asked for before the sign-in check answers, and the page used that answer.
      expect(events.indexOf("request UiHistory")).toBeGreaterThanOrEqual(0);
      expect(events.indexOf("request UiHistory")).toBeLessThan(events.indexOf("response UiSignIn"));
      expectClean(session);
      await session.context.close();
    },
    2 * TIMEOUT,
  );

  it(
    "leads from an asset key to its page and its change history, and from a change to its load",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, ADMIN_TOKEN, "/deployments/prod/projects/billing-pipeline/history?all=1");
      await historyRow(page, 56).waitFor();
      await historyRow(page, 56).getByRole("link", { name: "mart/mrr_monthly" }).click();
      await page.getByRole("heading", { name: "mart/mrr_monthly" }).waitFor();
      expect(page.url()).toBe(`${base}/deployments/prod/projects/billing-pipeline/assets/mart/mrr_monthly`);
      // First the current definition, as the API has it: code version, partitions, dependencies as links.
      expect(await page.getByRole("tab", { name: "Definition" }).getAttribute("aria-selected")).toBe("true");
      const now = (await api(ASSET_NOW, {}, ADMIN_TOKEN)).data?.project?.asset;
      if (!now?.codeVersion || !now.partitionsDefinition)
        throw new Error("mart/mrr_monthly has no definition");
      const definition = page.locator(".definition");
      await definition.waitFor();
      expect(await definition.locator("dd").first().textContent()).toBe(now.codeVersion);
      expect(await definition.getByText(now.partitionsDefinition).count()).toBe(1);
      const dependencies = page.getByRole("list", { name: "Dependencies" }).getByRole("link");
      expect(await dependencies.allTextContents()).toEqual(now.dependencies);
      const tags = page.locator(".key-values", { has: page.getByRole("heading", { name: "Tags" }) });
      expect(await tags.locator("tbody tr").count()).toBe(Object.keys(now.tags as object).length);
      await checkAxe(page, "asset (definition)");
      await shot(page, "asset-definition");
      // A dependency leads to its own page; back, then the change history.
      await dependencies.first().click();
      await page.getByRole("heading", { name: now.dependencies[0] }).waitFor();
      await page.goBack();
      await page.getByRole("heading", { name: "mart/mrr_monthly" }).waitFor();
      await page.getByRole("tab", { name: "Change history" }).click();
      expect(await page.getByRole("tab", { name: "Change history" }).getAttribute("aria-selected")).toBe(
        "true",
      );
      const changes = page.locator(".timeline-item");
      await changes.first().waitFor();
      const loads = await changes.getByRole("link", { name: /^Load #\d+$/ }).allTextContents();
      expect(loads).toContain("Load #56");
      // Old → new values are shown for a change of a value.
      const change56 = changes.filter({ has: page.getByRole("link", { name: "Load #56" }) });
      expect(await change56.locator(".change-line").count()).toBeGreaterThan(0);
      expect(await change56.locator(".change-values").first().textContent()).toMatch(/→/);
      await checkAxe(page, "asset");
      await shot(page, "asset");

      await change56.getByRole("link", { name: "Load #56" }).click();
      await page.getByRole("dialog", { name: "Load #56" }).waitFor();
      expect(page.url()).toContain("/deployments/prod/projects/billing-pipeline/history?all=1&load=");
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "shows a failed load's full stack in the drawer, monospaced, with a copy button",
    async () => {
      const failures = await api(FAILED_WITH_STACK, {}, ADMIN_TOKEN);
      const failed = failures.data?.project?.history.edges
        .map((edge) => edge.node.load)
        .find((load) => load.error?.stack);
      if (!failed?.error?.stack) throw new Error("the demo has no failed load with a stack");
      const session = await newSession({ clipboard: true });
      const { page } = session;
      await signIn(
        page,
        ADMIN_TOKEN,
        "/deployments/prod/projects/billing-pipeline/history?all=1&status=FAILURE",
      );
      const row = historyRow(page, failed.sequence);
      await row.waitFor();
      expect(await row.locator(".error-summary").textContent()).toBe(
        failed.error.message.length > 160 ? `${failed.error.message.slice(0, 159)}…` : failed.error.message,
      );
      const menuButton = row.getByRole("button", { name: `Actions for load #${failed.sequence}` });
      await menuButton.click();
      await page.getByRole("menuitem", { name: "View metadata" }).click();
      const drawer = page.getByRole("dialog", { name: `Load #${failed.sequence}` });
      await drawer.waitFor();
      const stack = drawer.getByTestId("stack");
      expect(await stack.textContent()).toBe(failed.error.stack);
      expect(await stack.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/mono/i);
      await drawer.getByRole("button", { name: "Copy stack" }).click();
      await expect.poll(() => drawer.getByRole("status").first().textContent()).toBe("Copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(failed.error.stack);
      await checkAxe(page, "load drawer (failed load)");
      await shot(page, "drawer-failure");

      // Escape closes it and puts focus back on the row's menu button.
      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "detached" });
      expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(page.url()).not.toContain("load=");
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "offers no rollback to a viewer, and says who can",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, viewerToken);
      await openHistory(page);
      expect(await page.locator(".note").textContent()).toBe(
        "Rolling back needs the Editor, Admin or Organization admin role in prod; this token has Viewer in prod.",
      );
      await historyRow(page, 55).getByRole("button", { name: "Actions for load #55" }).click();
      const items = await page.getByRole("menuitem").allTextContents();
      expect(items).toEqual(["View metadata"]);
      await checkAxe(page, "history (viewer, menu open)");
      await page.keyboard.press("Escape");
      expectClean(session);
      await session.context.close();
    },
    2 * TIMEOUT,
  );

  it(
    "rolls back as an editor: the dialog shows image and commit before and after, asks why, and the new load arrives",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, editorToken);
      await openHistory(page);
      const before = await api(ROLLBACKS, {}, ADMIN_TOKEN);
      const current = before.data?.project?.currentLoad;
      if (!current) throw new Error("no current load");
      // The collapsed run #56–58 (2.4.0): its menu acts on its newest load.
      await historyRow(page, 58).getByRole("button", { name: "Actions for load #58" }).click();
      await page.getByRole("menuitem", { name: "Rollback to this version" }).click();
      const dialog = page.getByRole("dialog", { name: "Roll back billing-pipeline to #58?" });
      await dialog.waitFor();
      const preview = dialog.locator("table.preview");
      expect(await preview.locator("th[scope=col]").allTextContents()).toEqual([
        "What",
        `Now (#${current.sequence})`,
        "After the rollback (#58)",
      ]);
      const imageCells = await preview.locator("tr", { hasText: "Image" }).locator("td").allTextContents();
      expect(imageCells).toEqual([current.image, "ghcr.io/acme/billing-pipeline:2.4.0"]);
      // The assets it restores, removes and changes: the server's preview, exactly.
      const load58 = (await api(LOAD_58, {}, ADMIN_TOKEN)).data?.project?.load?.id;
      if (!load58) throw new Error("no load #58");
      const expected = (await api(PREVIEW, { loadId: load58 }, ADMIN_TOKEN)).data?.project?.rollbackPreview;
      if (!expected) throw new Error("no preview");
      const group = (title: string) =>
        dialog.locator(".asset-group", { has: page.getByRole("heading", { name: new RegExp(`^${title}`) }) });
      await group("To change").waitFor();
      for (const [title, keys] of [
        ["To restore", expected.assetsAdded],
        ["To remove", expected.assetsRemoved],
        ["To change", expected.assetsChanged],
      ] as const) {
        expect(await group(title).getByRole("heading").textContent()).toBe(`${title} (${keys.length})`);
        expect(await group(title).getByRole("link").allTextContents()).toEqual(keys.slice(0, 20));
      }
      expect(expected.assetsChanged).toContain("mart/mrr_monthly");
      await checkAxe(page, "rollback dialog");
      await shot(page, "rollback-dialog");

      // A reason is required.
      await dialog.getByRole("button", { name: "Roll back to #58" }).click();
      await expect.poll(() => dialog.locator(".error-text").first().textContent()).toMatch(/Say why/);
      await dialog.getByLabel(/Reason/).fill("2.4.0 again: the credit-note fix is in");
      await dialog.getByRole("button", { name: "Roll back to #58" }).click();
      // The dialog is now named after its outcome.
      const done = page.getByRole("dialog", { name: "Rolled back to #58" });
      await done.waitFor();
      expect(await done.getByRole("status").textContent()).toContain(`New load #${current.sequence + 1}`);
      expect(await done.getByRole("link", { name: "mart/mrr_monthly" }).count()).toBe(1);
      await checkAxe(page, "rollback done");
      await shot(page, "rollback-done");
      await done.getByRole("button", { name: "Close" }).click();

      const after = await api(ROLLBACKS, {}, ADMIN_TOKEN);
      expect(after.data?.project?.currentLoad).toMatchObject({
        sequence: current.sequence + 1,
        trigger: "ROLLBACK",
        image: "ghcr.io/acme/billing-pipeline:2.4.0",
        rollback: {
          reason: "2.4.0 again: the credit-note fix is in",
          requestedBy: "editor",
          toLoad: { sequence: 58 },
        },
      });
      // The new load is in the history at once, marked current.
      const newRow = historyRow(page, current.sequence + 1);
      await newRow.waitFor();
      expect(await newRow.locator(".badge-rollback").count()).toBe(1);
      expect(await newRow.locator(".badge-current").count()).toBe(1);
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "goes through the rollback dialog by keyboard alone, with focus kept in it and given back",
    async () => {
      const session = await newSession();
      const { page } = session;
      await signIn(page, editorToken);
      await openHistory(page);
      const active = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return {
            tag: element?.tagName ?? "",
            label: element?.getAttribute("aria-label") ?? "",
            text: element?.textContent ?? "",
          };
        });
      // The history is a plain table: from the toolbar, Tab goes through each row's controls in order
      // (expand button, commit and asset links, the menu button), newest row first.
      await page.getByRole("switch", { name: "Collapse similar entries" }).focus();
      const passed: string[] = [];
      for (let i = 0; i < 200 && (await active()).label !== "Actions for load #55"; i++) {
        await page.keyboard.press("Tab");
        const { tag, label } = await active();
        if (label.startsWith("Actions for load #")) passed.push(label);
        // Never past the table: #55's menu comes before the pager.
        expect(tag === "BODY" || label === "Load 50 more").toBe(false);
      }
      expect((await active()).label).toBe("Actions for load #55");
      // Row by row, newest first (earlier tests added rollback loads at the head).
      const order = passed.map((label) => Number(label.slice("Actions for load #".length)));
      expect(order.length).toBeGreaterThan(2);
      expect(order).toEqual([...order].sort((a, b) => b - a));
      expect(order.at(-1)).toBe(55);
      const trigger = historyRow(page, 55).getByRole("button", { name: "Actions for load #55" });
      await page.keyboard.press("Enter");
      await page.getByRole("menu").waitFor();
      await page.keyboard.press("ArrowDown");
      expect((await active()).text).toBe("Rollback to this version");
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: "Roll back billing-pipeline to #55?" });
      await dialog.waitFor();
      const focusedInDialog = () => dialog.evaluate((element) => element.contains(document.activeElement));
      const focusedLabel = () =>
        page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          return active?.tagName === "TEXTAREA" ? "textarea" : (active?.textContent ?? "");
        });
      // Focus starts in the reason field; Tab goes round the dialog and never leaves it.
      expect(await focusedLabel()).toBe("textarea");
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("Tab");
        expect(await focusedInDialog()).toBe(true);
        seen.push(await focusedLabel());
      }
      expect(seen).toContain("Cancel");
      expect(seen).toContain("Roll back to #55");
      // Escape closes it; focus goes back to the row's menu button.
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);

      // Again, this time to the end: type a reason, Tab to the button, Enter.
      await page.keyboard.press("Enter");
      await page.getByRole("menu").waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await dialog.waitFor();
      await page.keyboard.type("back to 2.3.1, by keyboard");
      while ((await focusedLabel()) !== "Roll back to #55") await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Rolled back to #55" }).waitFor();
      expect((await active()).text).toBe("Close");
      await page.keyboard.press("Enter");
      await page.getByRole("dialog").waitFor({ state: "detached" });
      const after = await api(ROLLBACKS, {}, ADMIN_TOKEN);
      expect(after.data?.project?.currentLoad?.rollback).toMatchObject({
        reason: "back to 2.3.1, by keyboard",
        toLoad: { sequence: 55 },
      });
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "shows a load recorded through the API without a reload, highlighted, with the live indicator on",
    async () => {
      await record({ request: api }, { project: "live-check", assets: [{ key: "raw/a" }] });
      const session = await newSession();
      const { page } = session;
      await signIn(page, ADMIN_TOKEN);
      await openHistory(page, "live-check");
      await expect.poll(() => page.locator(".live").getAttribute("data-state")).toBe("live");
      await expect.poll(() => server.live.events.size).toBeGreaterThan(0);
      const recorded = await record(
        { request: api },
        { project: "live-check", assets: [{ key: "raw/a" }, { key: "raw/b" }], image: "live:2" },
      );
      const row = historyRow(page, recorded.sequence);
      await row.waitFor({ timeout: 15_000 });
      expect(await row.getAttribute("class")).toContain("row-fresh");
      expect(await row.getByRole("link", { name: "raw/b" }).count()).toBe(1);
      await checkAxe(page, "history (live load arrived)");
      await shot(page, "live");
      // The highlight is brief.
      await expect.poll(() => row.getAttribute("class"), { timeout: 10_000 }).not.toContain("row-fresh");
      expectClean(session);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it("follows a rollback an executor carries out, from requested to succeeded, without a reload", async () => {
    await record({ request: api }, { project: "exec-check", image: "ex:1", assets: [{ key: "raw/a" }] });
    await record({ request: api }, { project: "exec-check", image: "ex:2", assets: [{ key: "raw/b" }] });
    const setExecution = async (execution: "DIRECT" | "EXECUTOR") => {
      const answer = await api(SET_EXECUTION, { input: { deployment: "prod", execution } }, ADMIN_TOKEN);
      expect(answer.errors).toBeUndefined();
    };
    await setExecution("EXECUTOR");
    try {
      const session = await newSession();
      const { page } = session;
      await signIn(page, editorToken);
      await openHistory(page, "exec-check");
      await historyRow(page, 1).getByRole("button", { name: "Actions for load #1" }).click();
      await page.getByRole("menuitem", { name: "Rollback to this version" }).click();
      const dialog = page.getByRole("dialog", { name: "Roll back exec-check to #1?" });
      await dialog.getByLabel(/Reason/).fill("ex:2 is broken");
      await dialog.getByRole("button", { name: "Roll back to #1" }).click();
      const progress = page.getByRole("dialog", { name: "Rollback to #1" });
      await expect.poll(() => progress.getByRole("status").textContent()).toMatch(/^requested/i);
      // The executor's side, through the API: it claims the rollback, then records the redeployed load.
      const claimed = await api(CLAIM, { input: { deployment: "prod", executor: "test" } }, ADMIN_TOKEN);
      const claim = claimed.data?.claimRollback;
      if (!claim?.claimToken || !claim.rollback) throw new Error(`no claim: ${JSON.stringify(claimed)}`);
      await expect.poll(() => progress.getByRole("status").textContent()).toMatch(/^in progress/i);
      await record(
        { request: api },
        {
          project: "exec-check",
          image: "ex:1",
          assets: [{ key: "raw/a" }],
          rollback: { rollbackId: claim.rollback.id, claimToken: claim.claimToken },
        },
        ADMIN_TOKEN,
      );
      await expect
        .poll(() => progress.getByRole("status").textContent(), { timeout: 15_000 })
        .toMatch(/^succeeded.*New load #3 \(rollback\)/i);
      await checkAxe(page, "rollback followed to its end");
      await shot(page, "rollback-executor");
      await progress.getByRole("button", { name: "Close" }).click();
      await historyRow(page, 3).waitFor();
      expectClean(session);
      await session.context.close();
    } finally {
      await setExecution("DIRECT");
    }
  }, 120_000);

  it.each([
    { width: 390, dark: false },
    { width: 390, dark: true },
    { width: 1280, dark: true },
  ])(
    "is readable at $width px (dark: $dark)",
    async (options) => {
      const session = await newSession(options);
      const { page } = session;
      const name = `${options.width}px${options.dark ? "-dark" : ""}`;
      await signIn(page, ADMIN_TOKEN);
      await page.getByRole("grid", { name: "Projects in prod" }).locator("tbody tr").first().waitFor();
      // Nothing wider than the screen (the tables turn into cards on narrow screens).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        options.width,
      );
      await checkAxe(page, `projects ${name}`);
      await shot(page, `projects-${name}`);
      await openHistory(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        options.width,
      );
      await checkAxe(page, `history ${name}`);
      await shot(page, `history-${name}`);
      await historyRow(page, 55).getByRole("button", { name: "Actions for load #55" }).click();
      await page.getByRole("menuitem", { name: "View metadata" }).click();
      await page.getByRole("dialog", { name: "Load #55" }).waitFor();
      await checkAxe(page, `load drawer ${name}`);
      await shot(page, `drawer-${name}`);
      expectClean(session);
      await session.context.close();
    },
    4 * TIMEOUT,
  );

  it(
    "sends at most 250 KB of JavaScript gzipped, all from this server",
    async () => {
      const session = await newSession();
      const { page } = session;
      const scripts: string[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.url());
      });
      await page.goto(`${base}/`);
      await page.getByLabel("API token").waitFor();
      let gzipped = 0;
      for (const url of scripts) {
        const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
        expect(response.headers.get("content-encoding")).toBe("gzip");
        gzipped += Number(response.headers.get("content-length"));
      }
      console.info(`web UI page: ${scripts.length} script(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(gzipped).toBeLessThanOrEqual(250 * 1024);
      expectClean(session);
      await session.context.close();
    },
    2 * TIMEOUT,
  );
});
