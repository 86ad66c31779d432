// A test app for the input-hardening tests (inputs.test.ts, inputs-properties.test.ts): the real app on the
// test database (SQLite, or PostgreSQL under `npm run test:postgres`), with every unexpected error it reports
// kept, so that a test can assert there was none, and a webhook resolver that never asks DNS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { createAlertSender } from "../../src/alerts/sender";
import { type App, createLocalApp } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import type { Role } from "../../src/domain/roles";
import {
  ADMIN_TOKEN,
  codes,
  createToken,
  type GraphQLResponse,
  graphqlRequest,
  type TestServer,
} from "../helpers";
import { createTestDatabase } from "../test-database";

export interface InputServer {
  app: App;
  db: Database;
  request: TestServer["request"];
  token(name: string, role: Role, deployment?: string | null): Promise<string>;
  /** Unexpected errors the app reported (what the client saw as INTERNAL_SERVER_ERROR). */
  unexpected: unknown[];
  close(): Promise<void>;
}

export async function startInputServer(): Promise<InputServer> {
  const dir = mkdtempSync(join(tmpdir(), "project-history-inputs-"));
  const database = await createTestDatabase(dir);
  const db = await openDatabase(database.url);
  const unexpected: unknown[] = [];
  const logError = (_message: string, error: unknown) => unexpected.push(error);
  // Webhook hosts never resolve: policies are accepted (a host that does not resolve yet passes) and a
  // test delivery fails fast with HOST_NOT_FOUND, without any DNS query leaving the machine.
  const resolve = async () => {
    throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
  };
  const app = await createLocalApp({
    db,
    adminToken: ADMIN_TOKEN,
    logError,
    alerts: createAlertSender({ db, logError, log: () => {}, resolve }),
  });
  return {
    app,
    db,
    request: graphqlRequest((init) => app.fetch("http://test/graphql", init)),
    token: (name, role, deployment = null) => createToken(db, name, role, deployment),
    unexpected,
    async close() {
      await db.close();
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows of every table: what "a refused write wrote nothing" is checked against. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const prisma = db.prisma;
  const [deployments, projects, loads, entries, versions, changes, rollbacks, tokens, policies, deliveries] =
    await Promise.all([
      prisma.deployment.count(),
      prisma.project.count(),
      prisma.projectLoad.count(),
      prisma.historyEntry.count(),
      prisma.assetVersion.count(),
      prisma.assetChange.count(),
      prisma.rollback.count(),
      prisma.apiToken.count({ where: { revokedAt: null } }),
      prisma.alertPolicy.count(),
      prisma.alertDelivery.count(),
    ]);
  return {
    deployments,
    projects,
    loads,
    entries,
    versions,
    changes,
    rollbacks,
    tokens,
    policies,
    deliveries,
  };
}

/** The codes of the contract (docs/api.md, Errors) that a bad input may answer. */
export const INPUT_CODES = new Set(["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "FORBIDDEN"]);

// What leaks when an error escapes unmasked: driver messages, SQL, Prisma's names, stack frames.
const LEAK =
  /prisma|invalid byte sequence|out of range for type|violates|SQLITE_|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|node_modules|\bat \S+ \(|\.ts:\d+:\d+/i;

/**
 * Each answer is data, or errors that all carry one of the contract's input codes with a message that
 * holds no stack or SQL; the server reported nothing unexpected. Returns whether it was refused.
 */
export function expectCodedAnswer(server: InputServer, response: GraphQLResponse<unknown>): boolean {
  // Taken, so that one unexpected error fails the answer it belongs to and not every later one.
  const unexpected = server.unexpected.splice(0).map((error) => String((error as Error)?.stack ?? error));
  expect(unexpected, "the server reported an unexpected error").toEqual([]);
  const errors = response.errors ?? [];
  for (const error of errors) {
    expect(INPUT_CODES.has(error.extensions?.code ?? ""), JSON.stringify(error).slice(0, 500)).toBe(true);
    expect(error.message).not.toMatch(LEAK);
  }
  expect(codes(response)).not.toContain("INTERNAL_SERVER_ERROR");
  if (errors.length === 0) expect(response.data).toBeTruthy();
  return errors.length > 0;
}

/**
 * A subscription's first answer over SSE: the refusal it ends with, or, when it is accepted and streams with
 * nothing to send yet, `{ data: {} }` once `waitMs` passed. The stream is closed either way.
 */
export async function firstSubscriptionAnswer(
  server: InputServer,
  query: string,
  variables: unknown,
  token: string,
  waitMs = 150,
): Promise<GraphQLResponse> {
  const controller = new AbortController();
  const response: Response = await server.app.fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let received = "";
  const deadline = Date.now() + waitMs;
  while (!/event: next\ndata: .*\n/.test(received) && !received.includes("event: complete")) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), left)),
    ]);
    if (chunk === null || chunk.done) break;
    received += new TextDecoder().decode(chunk.value);
  }
  controller.abort();
  await reader.cancel().catch(() => {});
  const data = /event: next\ndata: (.*)\n/.exec(received)?.[1];
  return { ...(data ? (JSON.parse(data) as GraphQLResponse) : { data: {} }), status: response.status };
}
