import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { type Database, openDatabase } from "../../src/db";
import { type RunningServer, startServer } from "../../src/server";

/**
 * GraphiQL in a real headless Chromium, against the real HTTP server: the page must render from this
 * server alone (its ~9 MB of scripts are inlined, no CDN) and run a query with a token from the Headers tab.
 */

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ADMIN_TOKEN = "graphiql-e2e-admin-token-0123456789";
const SCREENSHOT = "/tmp/graphiql.png";
const FAILURE_SCREENSHOT = "/tmp/graphiql-failure.png";
const TIMEOUT = 60_000;

if (!HAS_CHROMIUM) {
  console.warn(
    [
      "",
      "!!! tests/e2e/graphiql.test.ts DID NOT RUN: the GraphiQL browser test needs Chromium at /usr/bin/chromium.",
      "!!! Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium",
      "!!! .ci/run installs it in CI. Until then GraphiQL rendering is NOT tested.",
      "",
    ].join("\n"),
  );
}

/**
 * An editor's text as a reader sees it: Monaco renders spaces as no-break spaces. (Monaco draws each line
 * as its own element, so `textContent` runs lines together; the checks below allow for that.)
 */
function plain(text: string | null): string {
  return (text ?? "").replace(/\u00a0/g, " ");
}

describe.skipIf(!HAS_CHROMIUM)("GraphiQL in headless Chromium", () => {
  let dir: string;
  let db: Database;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests the page tried to send anywhere but this server. */
  const outside: string[] = [];
  const pageErrors: string[] = [];
  /** Authorization headers of the page's POSTs to /graphql, with the operation they carried. */
  const posts: { authorization: string | undefined; body: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "project-history-graphiql-"));
    db = await openDatabase(`file:${join(dir, "history.db")}`);
    server = await startServer({ db, adminToken: ADMIN_TOKEN, port: 0, logError: () => {} });
    const allowedHosts = new Set([`127.0.0.1:${server.port}`, `localhost:${server.port}`]);

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
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(TIMEOUT);
    // Every request of every page and worker in the context: only this server may be reached.
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const local = (url.protocol === "http:" || url.protocol === "https:") && allowedHosts.has(url.host);
      if (local || url.protocol === "data:" || url.protocol === "blob:") {
        await route.continue();
      } else {
        outside.push(`${route.request().method()} ${url.href}`);
        await route.abort("blockedbyclient");
      }
    });
    page = await context.newPage();
    page.on("websocket", (socket) => {
      if (!allowedHosts.has(new URL(socket.url()).host)) outside.push(`WebSocket ${socket.url()}`);
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/graphql") {
        posts.push({ authorization: request.headers().authorization, body: request.postData() ?? "" });
      }
    });
  }, 2 * TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    "renders from this server alone and runs a query with the token from the Headers tab",
    async () => {
      onTestFailed(async () => {
        await page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => {});
        console.error(
          `GraphiQL test failed; screenshot in ${FAILURE_SCREENSHOT}`,
          JSON.stringify(
            { outside, pageErrors, posts: posts.map((post) => post.body.slice(0, 200)) },
            null,
            2,
          ),
        );
      });
      const response = await page.goto(`http://127.0.0.1:${server.port}/graphql`, {
        waitUntil: "load",
        timeout: TIMEOUT,
      });
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/text\/html/);
      // page.goto sends a browser's Accept header (text/html first), which is what makes Yoga serve GraphiQL.
      expect(await response?.request().headerValue("accept")).toMatch(/text\/html/);
      expect(await page.title()).toBe("Project history");

      // GraphiQL 5 renders Monaco editors: the operation editor, the variables/headers editors, the response.
      await page.locator(".graphiql-container").first().waitFor({ state: "visible" });
      const queryEditor = page.locator(".graphiql-query-editor .monaco-editor");
      await queryEditor.locator(".view-lines").waitFor({ state: "visible" });
      await expect
        .poll(async () => plain(await queryEditor.locator(".view-lines").textContent()), { timeout: TIMEOUT })
        .toMatch(/query ProjectHistory[\s\S]*history\(first: 20/);

      // Headers tab: type the token into the headers editor.
      await page.locator(".graphiql-editor-tools").getByRole("button", { name: "Headers" }).click();
      const headersEditor = page.locator(".graphiql-editor-tool .graphiql-editor:visible .monaco-editor");
      await headersEditor.click();
      await page.keyboard.press("ControlOrMeta+A");
      // One line, inserted at once: typing key by key would let Monaco auto-close brackets and quotes.
      await page.keyboard.insertText(`{ "Authorization": "Bearer ${ADMIN_TOKEN}" }`);
      await expect
        .poll(async () => plain(await headersEditor.locator(".view-lines").textContent()))
        .toBe(`{ "Authorization": "Bearer ${ADMIN_TOKEN}" }`);

      // Replace the operation and run it with the execute button.
      await queryEditor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText("query Me { viewer { name roles { role deployment } } }");
      await expect
        .poll(async () => plain(await queryEditor.locator(".view-lines").textContent()))
        .toBe("query Me { viewer { name roles { role deployment } } }");
      // GraphiQL takes in an edit a moment later (the tab is renamed after the operation then); a click
      // before that is silently ignored. Wait for it, and click again should a click still go unheeded.
      await page.locator(".graphiql-tab-active").filter({ hasText: /^Me$/ }).waitFor({ state: "visible" });
      const shownResult = async () =>
        plain(
          await page.evaluate(
            () =>
              document.querySelector<HTMLElement>(".graphiql-response .monaco-editor .view-lines")
                ?.textContent ?? "",
          ),
        );
      let clicks = 0;
      for (let attempt = 1; attempt <= 5; attempt++) {
        clicks = attempt;
        await page.locator(".graphiql-execute-button").click();
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline && !/"name": "admin"/.test(await shownResult())) {
          await page.waitForTimeout(100);
        }
        if (/"name": "admin"/.test(await shownResult())) break;
      }
      expect(await shownResult()).toMatch(/"viewer"[\s\S]*"name": "admin"/);
      if (clicks > 1) console.warn(`GraphiQL needed ${clicks} clicks on the execute button`);
      const shown = JSON.parse(await shownResult()) as unknown;
      expect(shown).toEqual({
        data: { viewer: { name: "admin", roles: [{ role: "ORGANIZATION_ADMIN", deployment: null }] } },
      });

      // The request really carried the token from the Headers tab.
      const me = posts.filter((post) => post.body.includes("query Me")).at(-1);
      expect(me?.authorization).toBe(`Bearer ${ADMIN_TOKEN}`);

      await page.screenshot({ path: SCREENSHOT });

      // The page is self-contained: it never tried to reach any other host, and raised no error.
      expect(outside).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    3 * TIMEOUT,
  );
});
