import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AlertSenderOptions, createAlertSender } from "../src/alerts/sender";
import { type App, createLocalApp } from "../src/app/server";
import { hashToken } from "../src/auth/secrets";
import type { TypedDocument } from "../src/client";
import { type Database, openDatabase } from "../src/db/index";
import type { Role } from "../src/domain/roles";
import { graphql } from "./generated";
import type { RecordMutation, RecordProjectLoadInput } from "./generated/graphql";
import { createTestDatabase } from "./test-database";

export const ADMIN_TOKEN = "test-admin-token-0123456789";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * Variables, then an optional token (default: the admin's; null: none). A document with required variables
 * cannot be sent without them.
 */
type OperationArguments<V> =
  Record<string, never> extends V
    ? [variables?: V, token?: string | null]
    : [variables: V, token?: string | null];

export interface SendOperation {
  <T, V>(query: TypedDocument<T, V>, ...rest: OperationArguments<V>): Promise<GraphQLResponse<T>>;
  /** Plain text: operations (or variables) that are invalid on purpose, and the browser's editor text. */
  <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
}

export interface TestServer {
  app: App;
  db: Database;
  dir: string;
  /** SQL statements sent since the last reset. */
  queries: string[];
  /**
   * Sends an operation: a typed document from `graphql()` (tests/generated), or plain text for operations
   * that are invalid on purpose. Resolves with the whole response, errors included.
   */
  request: SendOperation;
  /** Creates a token directly in the database and returns it. */
  token(name: string, role: Role, deployment?: string | null): Promise<string>;
  close(): Promise<void>;
}

/**
 * An app on a fresh SQLite database in a temporary folder, called through `yoga.fetch`. `alerts`: options
 * of its alert sender (never started; testAlertPolicy sends), e.g. the networks it may send to besides the
 * internet, as ALERT_ALLOWED_NETWORKS says.
 */
export async function createTestServer(
  options: { alerts?: Omit<AlertSenderOptions, "db">; corsOrigins?: string[] } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "project-history-test-"));
  const queries: string[] = [];
  const database = await createTestDatabase(dir);
  const db = await openDatabase(database.url, { onQuery: (sql) => queries.push(sql) });
  const errors: unknown[] = [];
  const logError = (_message: string, error: unknown) => errors.push(error);
  const app = await createLocalApp({
    db,
    adminToken: ADMIN_TOKEN,
    logError,
    corsOrigins: options.corsOrigins,
    ...(options.alerts
      ? { alerts: createAlertSender({ logError, log: () => {}, ...options.alerts, db }) }
      : {}),
  });
  return {
    app,
    db,
    dir,
    queries,
    request: graphqlRequest((init) => app.fetch("http://test/graphql", init)),
    token: (name, role, deployment = null) => createToken(db, name, role, deployment),
    async close() {
      await db.close();
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A `request` function: POSTs a GraphQL operation with an optional token through `send`. */
export function graphqlRequest(
  send: (init: RequestInit) => Response | Promise<Response>,
): TestServer["request"] {
  return (async (
    query: string | TypedDocument<unknown, unknown>,
    variables?: unknown,
    token?: string | null,
  ) => {
    const authorization = token === undefined ? ADMIN_TOKEN : token;
    const response = await send({
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(authorization ? { authorization: `Bearer ${authorization}` } : {}),
      },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    return { ...((await response.json()) as GraphQLResponse), status: response.status };
  }) as SendOperation;
}

/** Creates a token directly in the database and returns it. */
export async function createToken(db: Database, name: string, role: Role, deployment: string | null = null) {
  const token = `token-${name}-${Math.random().toString(36).slice(2)}`;
  await db.prisma.apiToken.create({ data: { name, role, deployment, tokenHash: hashToken(token) } });
  return token;
}

/** The error codes of a response, in order. */
export function codes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

export const RECORD = graphql(`
  mutation Record($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        id
        sequence
        status
        trigger
        assetsAdded
        assetsRemoved
        assetsChanged
      }
    }
  }
`);

export type RecordedLoad = RecordMutation["recordProjectLoad"]["load"];

/** Records a load and returns it; fails the test on any error. */
export async function record(
  server: Pick<TestServer, "request">,
  input: RecordProjectLoadInput,
  token?: string,
): Promise<RecordedLoad> {
  const response = await server.request(RECORD, { input }, token);
  if (response.errors?.length || !response.data)
    throw new Error(`recordProjectLoad failed: ${JSON.stringify(response.errors)}`);
  return response.data.recordProjectLoad.load;
}
