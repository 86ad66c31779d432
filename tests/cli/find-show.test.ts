// The CLI end to end for what helps a new user find things: projects, show, rollback's default target and
// --dry-run (the server's exact preview), token list, near-name suggestions, --url forms, watch on an
// unknown name, and the replay notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record } from "../helpers";
import { type CliServer, runCli, runJson, spawnCli, startCliServer, writeAssets } from "./cli-helpers";

let server: CliServer;

beforeAll(async () => {
  server = await startCliServer();
  const { live } = server;
  // billing: #1 a, b; #2 changes a only; #3 changes a back and adds c; #4 fails with a stack.
  await record(live, {
    project: "billing",
    image: "reg/billing:1",
    assets: [{ key: "mart/a" }, { key: "raw/b" }],
  });
  await record(live, {
    project: "billing",
    image: "reg/billing:2",
    metadata: [
      { key: "a-very-long-label", value: "x" },
      { key: "owner", value: "data" },
    ],
    assets: [{ key: "mart/a", codeVersion: "2" }, { key: "raw/b" }],
  });
  await record(live, {
    project: "billing",
    image: "reg/billing:3",
    assets: [{ key: "mart/a" }, { key: "raw/b" }, { key: "raw/c" }],
  });
  await record(live, {
    project: "billing",
    status: "FAILURE",
    error: "KeyError: 'STRIPE_API_KEY'",
    errorStack:
      "Traceback (most recent call last):\n  File \"defs.py\", line 3\nKeyError: 'STRIPE_API_KEY'\n",
  });
  await record(live, {
    project: "ingest",
    deployment: "staging",
    image: "reg/ingest:1",
    assets: [{ key: "x" }],
  });
});

afterAll(() => server?.close());

describe("projects and show", () => {
  it("lists projects with deployment, current image, commit and the latest status", async () => {
    const result = await runCli(["projects"], server.admin);
    expect(result.code, result.stderr).toBe(0);
    const [header, ...rows] = result.stdout.trim().split("\n");
    expect(header?.split(/\s{2,}/)).toEqual(["NAME", "DEPLOYMENT", "UPDATED", "IMAGE", "COMMIT", "STATUS"]);
    const billing = rows.find((row) => row.startsWith("billing"))?.split(/\s{2,}/);
    expect(billing?.[1]).toBe("prod");
    expect(billing?.[3]).toBe("reg/billing:3");
    expect(billing?.[5]).toBe("FAILURE (current #3)");
    const staging = await runCli(["projects", "--deployment", "staging"], server.admin);
    expect(staging.stdout).toContain("ingest");
    expect(staging.stdout).not.toContain("billing");
  });

  it("shows one load whole: the error's stack, aligned metadata labels, every change old → new", async () => {
    const failed = await runCli(["show", "billing"], server.admin);
    expect(failed.code, failed.stderr).toBe(0);
    expect(failed.stdout).toContain("Load #4 of billing in prod: FAILURE, DEPLOY");
    expect(failed.stdout).toMatch(/ {2}error\s+KeyError: 'STRIPE_API_KEY'/);
    expect(failed.stdout).toMatch(
      / {2}stack\s+Traceback \(most recent call last\):\n\s+File "defs.py", line 3\n\s+KeyError/,
    );

    const second = await runCli(["show", "billing", "2"], server.admin);
    const lines = second.stdout.split("\n");
    // Every value starts in one column, the longest label's.
    const column = (label: string) => {
      const line = lines.find((candidate) => candidate.startsWith(`  ${label} `));
      return line ? line.length - line.slice(2 + label.length).trimStart().length : -1;
    };
    expect(column("a-very-long-label")).toBeGreaterThan(0);
    expect(column("owner")).toBe(column("a-very-long-label"));
    expect(column("image")).toBe(column("a-very-long-label"));
    expect(second.stdout).toContain("Asset changes (1):");
    expect(second.stdout).toMatch(/mart\/a {2}CODE_VERSION\n\s+codeVersion ∅ → 2/);

    const current = await runCli(["show", "billing", "current"], server.admin);
    expect(current.stdout).toContain("Load #3 of billing in prod: SUCCESS");
    const bad = await runCli(["show", "billing", "nope"], server.admin);
    expect(bad.code).toBe(2);
  });
});

describe("rollback preview", () => {
  it("defaults to the successful load before the current one and --dry-run prints the server's exact diff", async () => {
    const result = await runCli(["rollback", "billing", "--dry-run"], server.admin);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Roll back billing in prod from load #3 to load #2");
    // #3 → #2: raw/c goes, mart/a's code version changes; raw/b is the same and is not listed.
    expect(result.stdout).toMatch(/assets\s+0 restored, 1 removed, 1 changed/);
    expect(result.stdout).toMatch(/remove\s+raw\/c/);
    expect(result.stdout).toMatch(/change\s+mart\/a\n/);
    expect(result.stdout).toMatch(/codeVersion ∅ → 2/);
    expect(result.stdout).not.toContain("raw/b");
    expect(result.stdout).toContain("Dry run: nothing was changed.");
    const history = await runJson<{ totalCount: number }>(["history", "billing", "--all"], server.admin);
    expect(history.totalCount).toBe(4);

    // Positional target: #1 differs from #3 by raw/c only (mart/a was changed and changed back).
    const toFirst = await runCli(["rollback", "billing", "1", "--dry-run"], server.admin);
    expect(toFirst.stdout).toMatch(/assets\s+0 restored, 1 removed, 0 changed/);
  });

  it("answers FORBIDDEN to a VIEWER before any plan", async () => {
    const viewer = await server.live.token("billing-viewer", "VIEWER", "prod");
    const result = await runCli(["rollback", "billing", "--dry-run"], { ...server.admin, token: viewer });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toContain("Roll back");
    expect(result.stderr).toMatch(/^error: .+ \(FORBIDDEN, server http:\/\/\S+\)\n$/);
  });
});

describe("finding things and mistakes", () => {
  it("lists tokens without their secrets", async () => {
    await runCli(
      ["token", "create", "--name", "ci-editor", "--role", "EDITOR", "--deployment", "prod"],
      server.admin,
    );
    const result = await runCli(["token", "list"], server.admin);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]?.split(/\s{2,}/)).toEqual([
      "NAME",
      "ROLE",
      "DEPLOYMENT",
      "CREATED BY",
      "CREATED",
      "REVOKED",
    ]);
    expect(result.stdout).toMatch(/ci-editor\s+EDITOR\s+prod\s+admin\s/);
    expect(result.stdout).not.toContain("phist_");
    // A deployment's ADMIN lists that deployment's tokens; anything less is FORBIDDEN.
    const editor = await server.live.token("prod-editor-lister", "EDITOR", "prod");
    const refused = await runCli(["token", "list", "--deployment", "prod"], {
      ...server.admin,
      token: editor,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\(FORBIDDEN, server http:\/\/\S+\)\n$/);
    const prodAdmin = await server.live.token("prod-admin-lister", "ADMIN", "prod");
    const own = await runCli(["token", "list", "--deployment", "prod"], {
      ...server.admin,
      token: prodAdmin,
    });
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toContain("ci-editor");
    expect(own.stdout).not.toContain("(all)");
  });

  it("suggests near names for a misspelled project or deployment", async () => {
    const [project, deployment, elsewhere] = await Promise.all([
      runCli(["history", "biling"], server.admin),
      runCli(["history", "billing", "--deployment", "prd"], server.admin),
      runCli(["history", "ingest"], server.admin),
    ]);
    expect(project.stderr).toMatch(
      /No project "biling" in deployment "prod"; did you mean "billing"\? \(NOT_FOUND/,
    );
    expect(deployment.stderr).toMatch(/No deployment "prd"; did you mean "prod"\? \(NOT_FOUND/);
    expect(elsewhere.stderr).toContain('it is in "staging" (--deployment staging)');
  });

  it("takes the server's base address, refuses a URL without a scheme (exit 2) and names a TLS mismatch", async () => {
    const base = server.admin.url.replace(/\/graphql$/, "");
    const viaBase = await runCli(["projects"], { ...server.admin, url: base });
    expect(viaBase.code, viaBase.stderr).toBe(0);
    expect(viaBase.stdout).toContain("billing");

    const noScheme = base.replace(/^http:\/\//, "");
    const usage = await runCli(["projects"], { ...server.admin, url: `${noScheme}/graphql` });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      `error: --url "${noScheme}/graphql" has no scheme; use --url http://${noScheme}/graphql (USAGE)\n`,
    );

    const tls = await runCli(["projects"], {
      ...server.admin,
      url: server.admin.url.replace(/^http:/, "https:"),
    });
    expect(tls.code).toBe(3);
    expect(tls.stderr).toContain("the server does not speak https");
    expect(tls.stderr).not.toMatch(/SSL|ssl3|OPENSSL/);
  });

  it("says that a watched project does not exist, and waits for it only with --wait-for-new", async () => {
    const unknown = await runCli(["watch", "--project", "biling"], server.admin);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('did you mean "billing"?');

    const waiting = spawnCli(["watch", "--project", "brand-new", "--wait-for-new"], server.admin);
    try {
      await waiting.waitForStderr(/No project "brand-new" in "prod" yet; waiting for its first load/);
      await waiting.waitForStderr(/watching loads of prod\/brand-new/);
      await record(server.live, { project: "brand-new", image: "reg/new:1", assets: [{ key: "n" }] });
      const [line] = await waiting.waitForLines(1);
      expect(line).toMatch(/prod\/brand-new {2}#1 {2}SUCCESS/);
    } finally {
      waiting.signal("SIGINT");
      await waiting.exited;
    }
  });

  it("says a replay was recorded before", async () => {
    const assets = writeAssets(server.dir, "replay.json", [{ key: "r" }]);
    const args = ["record-load", "--project", "replayed", "--assets", assets, "--idempotency-key", "k-1"];
    const first = await runCli(args, server.admin);
    expect(first.stdout).toContain("Recorded load #1");
    const again = await runCli(args, server.admin);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe("Already recorded as load #1 (same idempotency key)\n");
  });
});
