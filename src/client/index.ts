import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { type Client, type ClientOptions, createClient } from "graphql-ws/client";
import WebSocket from "ws";

/** A typed operation from `graphql()` (src/client/generated): its text plus its result and variable types. */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & {
  toString(): string;
};

export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The server answered with errors (or not with GraphQL at all): the first error's message and code. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  constructor(
    readonly errors: readonly GraphQLErrorBody[],
    readonly status?: number,
  ) {
    const first = errors[0];
    super(first?.message ?? "The server answered with an error");
    this.name = "GraphQLRequestError";
    this.code = first?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
  }
}

export interface GraphQLClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Replaces the global fetch (in-process apps: `app.fetch`). */
  fetch?: (url: string, init: RequestInit) => Response | Promise<Response>;
  /** Settings for the graphql-ws client (keep-alive, listeners...); url, WebSocket and token are set here. */
  ws?: Omit<ClientOptions, "url" | "webSocketImpl" | "connectionParams">;
}

export interface GraphQLClient {
  /** Runs a query or mutation; throws GraphQLRequestError when the answer has errors. */
  request<Result, Variables>(
    document: TypedDocument<Result, Variables>,
    ...variables: Variables extends Record<string, never> ? [] | [Variables] : [Variables]
  ): Promise<Result>;
  /** graphql-ws over the same URL (http→ws), made on first use. */
  readonly ws: Client;
  close(): Promise<void>;
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const send = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  const authorization = options.token ? `Bearer ${options.token}` : null;
  let ws: Client | null = null;
  return {
    async request(document, ...[variables]) {
      let response: Response;
      try {
        response = await send(options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        });
      } catch (error) {
        throw new GraphQLRequestError([
          {
            message: `Cannot reach ${options.url}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
            extensions: { code: "UNAVAILABLE" },
          },
        ]);
      }
      const text = await response.text();
      let body: { data?: unknown; errors?: GraphQLErrorBody[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new GraphQLRequestError(
          [
            {
              message: `${options.url} answered HTTP ${response.status} without GraphQL: ${text.slice(0, 200)}`,
              extensions: { code: response.status >= 500 ? "UNAVAILABLE" : "BAD_REQUEST" },
            },
          ],
          response.status,
        );
      }
      if (body.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
      return body.data as never;
    },
    get ws() {
      ws ??= createClient({
        url: options.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: authorization ? { authorization } : {},
        lazy: true,
        retryAttempts: 0,
        ...options.ws,
      });
      return ws;
    },
    async close() {
      await ws?.dispose();
    },
  };
}
