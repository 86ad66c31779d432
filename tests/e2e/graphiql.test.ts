import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { graphql } from "../generated";
import type { GraphiqlRecordLoadMutation } from "../generated/graphql";
import { createTestDatabase, type TestDatabase } from "../test-database";

/**
 * GraphiQL in a real headless Chromium, against the real HTTP server: the page must render from this
 * server alone (its ~9 MB of assets under /graphiql/assets/, no CDN), run a query with a token from the Headers tab,
 * and show loads arriving on a subscription over graphql-ws.
 */

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ADMIN_TOKEN = "graphiql-e2e-admin-token-0123456789";
const SCREENSHOT = "/tmp/graphiql.png";
const SUBSCRIPTION_SCREENSHOT = "/tmp/graphiql-subscription.png";
const FAILURE_SCREENSHOT = "/tmp/graphiql-failure.png";
const TIMEOUT = 60_000;
const HEADERS = `{ "Authorization": "Bearer ${ADMIN_TOKEN}" }`;

/** How the test records a load over HTTP, as another client would (not through GraphiQL). */
const RECORD_LOAD = graphql(`
  mutation GraphiqlRecordLoad($project: String!) {
    recordProjectLoad(input: { project: $project, assets: [] }) { load { sequence } }
  }
`);

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

/** One browser context (its own storage, so GraphiQL starts from its default tab) and what its page did. */
interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests and WebSockets the page tried to open anywhere but this server. */
  outside: string[];
  pageErrors: string[];
  /** Authorization headers of the page's POSTs to /graphql, with the operation they carried. */
  posts: { authorization: string | undefined; body: string }[];
  /** URLs of every WebSocket the page opened. */
  sockets: string[];
  /** Text frames the page sent over its WebSockets. */
  framesSent: string[];
}

/** The operation editor. */
function queryEditor(page: Page) {
  return page.locator(".graphiql-query-editor .monaco-editor");
}

/** The text of GraphiQL's result pane, as shown. */
async function shownResult(page: Page): Promise<string> {
  return plain(
    await page.evaluate(
      () =>
        document.querySelector<HTMLElement>(".graphiql-response .monaco-editor .view-lines")?.textContent ??
        "",
    ),
  );
}

/** Types one line into the Headers tab. */
async function setHeaders(page: Page, headers: string): Promise<void> {
  await page.locator(".graphiql-editor-tools").getByRole("button", { name: "Headers" }).click();
  const headersEditor = page.locator(".graphiql-editor-tool .graphiql-editor:visible .monaco-editor");
  await headersEditor.click();
  await page.keyboard.press("ControlOrMeta+A");
  // One line, inserted at once: typing key by key would let Monaco auto-close brackets and quotes.
  await page.keyboard.insertText(headers);
  await expect
    .poll(async () => plain(await headersEditor.locator(".view-lines").textContent()))
    .toBe(headers);
}

/**
 * Replaces the operation with one line, and waits until GraphiQL has taken the edit in: it renames the tab
 * after the operation (`tabTitle`) a moment later, and a click on the execute button before that is
 * silently ignored.
 */
async function setOperation(page: Page, operation: string, tabTitle: string): Promise<void> {
  const editor = queryEditor(page);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(operation);
  await expect.poll(async () => plain(await editor.locator(".view-lines").textContent())).toBe(operation);
  const escaped = tabTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page
    // The tab's own button: with several tabs the active one also holds a close button.
    .locator(".graphiql-tab-active .graphiql-tab-button")
    .filter({ hasText: new RegExp(`^${escaped}$`) })
    .waitFor({ state: "visible" });
}

/** Waits up to `ms` for `condition`, polling every 100 ms; true if it held. */
async function waitFor(
  page: Page,
  condition: () => boolean | Promise<boolean>,
  ms: number,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await page.waitForTimeout(100);
  }
  return condition();
}

describe.skipIf(!HAS_CHROMIUM)("GraphiQL in headless Chromium", () => {
  let dir: string;
  let database: TestDatabase;
  let db: Database;
  let server: RunningServer;
  let browser: Browser;
  let allowedHosts: Set<string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "project-history-graphiql-"));
    database = await createTestDatabase(dir);
    db = await openDatabase(database.url);
    server = await startServer({ db, adminToken: ADMIN_TOKEN, port: 0, logError: () => {} });
    allowedHosts = new Set([`127.0.0.1:${server.port}`, `localhost:${server.port}`]);

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
  }, 2 * TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh context and page that may reach only this server, with what it does recorded. */
  async function newSession(): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(TIMEOUT);
    const session: Omit<Session, "page"> = {
      context,
      outside: [],
      pageErrors: [],
      posts: [],
      sockets: [],
      framesSent: [],
    };
    // Every request of every page and worker in the context: only this server may be reached.
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const local = (url.protocol === "http:" || url.protocol === "https:") && allowedHosts.has(url.host);
      if (local || url.protocol === "data:" || url.protocol === "blob:") {
        await route.continue();
      } else {
        session.outside.push(`${route.request().method()} ${url.href}`);
        await route.abort("blockedbyclient");
      }
    });
    const page = await context.newPage();
    // WebSockets do not go through context.route: they are checked as they open.
    page.on("websocket", (socket) => {
      session.sockets.push(socket.url());
      if (!allowedHosts.has(new URL(socket.url()).host)) session.outside.push(`WebSocket ${socket.url()}`);
      socket.on("framesent", ({ payload }) => {
        if (typeof payload === "string") session.framesSent.push(payload);
      });
    });
    page.on("pageerror", (error) => session.pageErrors.push(error.message));
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/graphql") {
        session.posts.push({
          authorization: request.headers().authorization,
          body: request.postData() ?? "",
        });
      }
    });
    return { ...session, page };
  }

  /** On failure: a screenshot and what the page did, on the console. */
  function reportFailure(session: Session, name: string): void {
    onTestFailed(async () => {
      await session.page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => {});
      console.error(
        `GraphiQL test "${name}" failed; screenshot in ${FAILURE_SCREENSHOT}`,
        JSON.stringify(
          {
            outside: session.outside,
            pageErrors: session.pageErrors,
            posts: session.posts.map((post) => post.body.slice(0, 200)),
            sockets: session.sockets,
            framesSent: session.framesSent.map((frame) => frame.slice(0, 300)),
            result: await shownResult(session.page).catch(() => ""),
            liveSubscriptions: server.live.events.size,
          },
          null,
          2,
        ),
      );
    });
  }

  /** Opens GraphiQL and waits for its operation editor to show the default operations. */
  async function openGraphiQL(page: Page) {
    const response = await page.goto(`http://127.0.0.1:${server.port}/graphql`, {
      waitUntil: "load",
      timeout: TIMEOUT,
    });
    // GraphiQL 5 renders Monaco editors: the operation editor, the variables/headers editors, the response.
    await page.locator(".graphiql-container").first().waitFor({ state: "visible" });
    const editor = queryEditor(page);
    await editor.locator(".view-lines").waitFor({ state: "visible" });
    await expect
      .poll(async () => plain(await editor.locator(".view-lines").textContent()), { timeout: TIMEOUT })
      .toMatch(/1\. RecordLoad[\s\S]*2\. ProjectHistory[\s\S]*mutation RecordLoad/);
    return response;
  }

  /** Records a load over HTTP as the admin, as another client would; returns its sequence. */
  async function recordLoad(project: string): Promise<number> {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: RECORD_LOAD.toString(), variables: { project } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: GraphiqlRecordLoadMutation; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const sequence = body.data?.recordProjectLoad.load.sequence;
    if (sequence === undefined) throw new Error(`no load recorded: ${JSON.stringify(body)}`);
    return sequence;
  }

  it(
    "renders from this server alone and runs a query with the token from the Headers tab",
    async () => {
      const session = await newSession();
      const { page } = session;
      reportFailure(session, "query");
      const response = await openGraphiQL(page);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/text\/html/);
      // page.goto sends a browser's Accept header (text/html first), which is what makes Yoga serve GraphiQL.
      expect(await response?.request().headerValue("accept")).toMatch(/text\/html/);
      expect(await page.title()).toBe("Project history");

      await setHeaders(page, HEADERS);
      await setOperation(page, "query Me { viewer { name roles { role deployment } } }", "Me");

      // Should a click on the execute button still go unheeded, click again.
      let clicks = 0;
      for (let attempt = 1; attempt <= 5; attempt++) {
        clicks = attempt;
        await page.locator(".graphiql-execute-button").click();
        if (await waitFor(page, async () => /"name": "admin"/.test(await shownResult(page)), 10_000)) break;
      }
      expect(await shownResult(page)).toMatch(/"viewer"[\s\S]*"name": "admin"/);
      if (clicks > 1) console.warn(`GraphiQL needed ${clicks} clicks on the execute button`);
      const shown = JSON.parse(await shownResult(page)) as unknown;
      expect(shown).toEqual({
        data: { viewer: { name: "admin", roles: [{ role: "ORGANIZATION_ADMIN", deployment: null }] } },
      });

      // The request really carried the token from the Headers tab.
      const me = session.posts.filter((post) => post.body.includes("query Me")).at(-1);
      expect(me?.authorization).toBe(`Bearer ${ADMIN_TOKEN}`);

      await page.screenshot({ path: SCREENSHOT });

      // The page is self-contained: it never tried to reach any other host, and raised no error.
      expect(session.outside).toEqual([]);
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    },
    3 * TIMEOUT,
  );

  it(
    "subscribes to projectLoaded over graphql-ws and shows loads recorded meanwhile as they arrive",
    async () => {
      const session = await newSession();
      const { page } = session;
      reportFailure(session, "subscription");
      const response = await openGraphiQL(page);
      expect(response?.status()).toBe(200);

      // The Headers tab as a user would write it (GraphiQL parses it as JSON).
      await setHeaders(page, `{"Authorization":"Bearer ${ADMIN_TOKEN}"}`);
      const subscription =
        'subscription { projectLoaded(deployment: "prod") { sequence project { name } trigger } }';
      await setOperation(page, subscription, "<untitled>");

      // Run it. The server acknowledges no subscription, so wait until it holds one live: a load recorded
      // before that would not be sent. The button turns into "Stop" while subscribed: click again only
      // while it still offers to execute (a click on "Stop" would end the subscription).
      const executeButton = page.locator(".graphiql-execute-button");
      expect(server.live.events.size).toBe(0);
      let clicks = 0;
      for (let attempt = 1; attempt <= 5 && server.live.events.size === 0; attempt++) {
        if (/^Execute/.test((await executeButton.getAttribute("aria-label")) ?? "")) {
          clicks = attempt;
          await executeButton.click();
        }
        // An error (a missing or refused token) ends the subscription at once: no point clicking again.
        await waitFor(
          page,
          async () => server.live.events.size > 0 || (await shownResult(page)).includes('"errors"'),
          10_000,
        );
        if ((await shownResult(page)).includes('"errors"')) break;
      }
      expect(server.live.events.size, `GraphiQL shows: ${await shownResult(page)}`).toBe(1);
      if (clicks > 1) console.warn(`GraphiQL needed ${clicks} clicks on the execute button`);
      await expect.poll(() => executeButton.getAttribute("aria-label")).toMatch(/^Stop/);

      // It went over the one WebSocket to this server, carrying the token from the Headers tab.
      expect(session.sockets).toEqual([`ws://127.0.0.1:${server.port}/graphql`]);
      const subscribe = session.framesSent
        .map((frame) => JSON.parse(frame) as { type: string; payload?: Record<string, unknown> })
        .filter((message) => message.type === "subscribe");
      expect(subscribe).toHaveLength(1);
      expect(subscribe[0]?.payload?.query).toContain("projectLoaded");
      expect(subscribe[0]?.payload?.extensions).toMatchObject({
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      // Nothing went over HTTP for it.
      expect(session.posts.filter((post) => post.body.includes("projectLoaded"))).toEqual([]);

      // A load recorded by another client arrives in the result pane.
      const started = Date.now();
      expect(await recordLoad("from-test")).toBe(1);
      await expect
        .poll(() => shownResult(page), { timeout: 15_000 })
        .toMatch(/"sequence": 1[\s\S]*"from-test"/);
      const firstMs = Date.now() - started;
      expect(JSON.parse(await shownResult(page))).toEqual({
        data: { projectLoaded: { sequence: 1, project: { name: "from-test" }, trigger: "DEPLOY" } },
      });

      // And the next one replaces it: GraphiQL shows the latest payload.
      const second = Date.now();
      expect(await recordLoad("from-test")).toBe(2);
      await expect.poll(() => shownResult(page), { timeout: 15_000 }).toContain('"sequence": 2');
      const secondMs = Date.now() - second;
      expect(JSON.parse(await shownResult(page))).toEqual({
        data: { projectLoaded: { sequence: 2, project: { name: "from-test" }, trigger: "DEPLOY" } },
      });
      console.info(`GraphiQL showed the loads ${firstMs} ms and ${secondMs} ms after they were recorded`);

      await page.screenshot({ path: SUBSCRIPTION_SCREENSHOT });

      // Still the one subscription on the one socket, and nothing reached any other host.
      expect(server.live.events.size).toBe(1);
      expect(session.sockets).toEqual([`ws://127.0.0.1:${server.port}/graphql`]);
      expect(session.outside).toEqual([]);
      expect(session.pageErrors).toEqual([]);

      // Stopping it in GraphiQL ends it on the server.
      await executeButton.click();
      await expect.poll(() => server.live.events.size, { timeout: 10_000 }).toBe(0);
      await session.context.close();
    },
    3 * TIMEOUT,
  );
});
