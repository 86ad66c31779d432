// The agent's client of the Dagster webserver: GraphQL over fetch (with the operator's extra headers, for an
// auth proxy in front of the webserver), GET /server_info for the versions, and the start-up check that every
// operation of dagster-operations.ts validates against the live schema.
//
//   new DagsterClient({ url }) ─ checkOperations() ─ introspection ─ graphql-js validate ─ DagsterSchemaError
//                              ─ locationStatuses() / locationEntry(name) ─ POST <url>/graphql
import {
  buildClientSchema,
  type GraphQLError,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  parse,
  printSchema,
  validate,
} from "graphql";
import {
  DAGSTER_OPERATIONS,
  LOCATION_ENTRY,
  LOCATION_STATUSES,
  type LocationEntryResult,
  type LocationStatusesResult,
  type ServerInfo,
} from "./dagster-operations";

export interface DagsterClientOptions {
  /** The webserver's base URL, e.g. http://dagster-webserver:80 (a trailing /graphql is accepted too). */
  url: string;
  /** Sent with every request, e.g. for an auth proxy: { "Authorization": "Bearer ..." }. */
  headers?: Record<string, string>;
  /** Per request; the default is 30 s (a 2,000-asset location answers in a few seconds). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Dagster could not be reached or answered with something other than GraphQL data: worth retrying. */
export class DagsterUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DagsterUnavailableError";
  }
}

/** The webserver's schema lacks what an operation needs: a Dagster version the agent cannot work with. */
export class DagsterSchemaError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = "DagsterSchemaError";
  }
}

/** Problems of each operation against a schema, as "<operation>: <graphql-js message>". */
export function validateOperations(
  schema: GraphQLSchema,
  operations: Readonly<Record<string, string>> = DAGSTER_OPERATIONS,
): string[] {
  const problems: string[] = [];
  for (const [name, text] of Object.entries(operations)) {
    const errors: readonly GraphQLError[] = validate(schema, parse(text));
    for (const error of errors) problems.push(`${name}: ${error.message}`);
  }
  return problems;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch's TypeError("fetch failed") keeps the reason (ECONNREFUSED...) in its cause.
  return error.cause instanceof Error ? error.cause.message : error.message;
}

export class DagsterClient {
  readonly baseUrl: string;
  readonly graphqlUrl: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly send: typeof fetch;

  constructor(options: DagsterClientOptions) {
    this.baseUrl = options.url.replace(/\/+$/, "").replace(/\/graphql$/, "");
    this.graphqlUrl = `${this.baseUrl}/graphql`;
    this.headers = options.headers ?? {};
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.send = options.fetch ?? fetch;
  }

  private async fetchText(url: string, init: RequestInit): Promise<{ status: number; text: string }> {
    let response: Response;
    try {
      response = await this.send(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      throw new DagsterUnavailableError(
        `Cannot reach the Dagster webserver at ${url}: ${describeError(error)}`,
      );
    }
  }

  /** Runs one operation; GraphQL errors and non-GraphQL answers are DagsterUnavailableError. */
  async request<Result>(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
    const { status, text } = await this.fetchText(this.graphqlUrl, {
      method: "POST",
      headers: { ...this.headers, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    let body: { data?: Result | null; errors?: { message: string }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new DagsterUnavailableError(
        `${this.graphqlUrl} answered HTTP ${status} without GraphQL: ${text.slice(0, 200)}`,
      );
    }
    if (body.errors?.length) {
      throw new DagsterUnavailableError(
        `${this.graphqlUrl} answered with errors: ${body.errors.map((error) => error.message).join("; ")}`,
      );
    }
    if (!body.data)
      throw new DagsterUnavailableError(`${this.graphqlUrl} answered HTTP ${status} without data`);
    return body.data;
  }

  /** GET /server_info: the webserver's, dagster's and dagster-graphql's versions. */
  async serverInfo(): Promise<ServerInfo> {
    const { status, text } = await this.fetchText(`${this.baseUrl}/server_info`, {
      headers: { ...this.headers, accept: "application/json" },
    });
    try {
      return JSON.parse(text) as ServerInfo;
    } catch {
      throw new DagsterUnavailableError(
        `${this.baseUrl}/server_info answered HTTP ${status}, not JSON: is this a Dagster webserver?`,
      );
    }
  }

  /** The live schema, from the standard introspection query. */
  async schema(): Promise<GraphQLSchema> {
    const data = await this.request<IntrospectionQuery>(getIntrospectionQuery());
    return buildClientSchema(data);
  }

  /** The live schema as SDL (what src/agent/dagster-schema.graphql holds for the pinned version). */
  async schemaSdl(): Promise<string> {
    return `${printSchema(await this.schema())}\n`;
  }

  /**
   * Validates every operation against the live schema. Resolves with the server info; rejects with one
   * DagsterSchemaError naming each missing field and the Dagster version.
   */
  async checkOperations(): Promise<ServerInfo> {
    const [info, schema] = await Promise.all([this.serverInfo(), this.schema()]);
    const problems = validateOperations(schema);
    if (problems.length > 0) {
      const version = info.dagster_webserver_version ?? info.dagster_version ?? "an unknown version";
      // Not a Dagster webserver at all gives one problem per type: the first ten say enough.
      const shown = problems.slice(0, 10).join("; ");
      const more = problems.length > 10 ? `; and ${problems.length - 10} more` : "";
      throw new DagsterSchemaError(
        `The Dagster webserver at ${this.baseUrl} (dagster-webserver ${version}) lacks what the agent needs: ${shown}${more}`,
        problems,
      );
    }
    return info;
  }

  locationStatuses(): Promise<LocationStatusesResult> {
    return this.request<LocationStatusesResult>(LOCATION_STATUSES);
  }

  locationEntry(name: string): Promise<LocationEntryResult> {
    return this.request<LocationEntryResult>(LOCATION_ENTRY, { name });
  }
}
