import { type Command, InvalidArgumentError } from "commander";
import { createGraphQLClient, type GraphQLClient, type GraphQLClientOptions } from "../client";
import { usageError } from "./errors";

export const DEFAULT_URL = "http://localhost:4000/graphql";

/** The options every command inherits from the program. */
export interface GlobalOptions {
  url: string;
  token?: string;
}

/** What a command runs with: a client for the chosen server, and the token to keep out of any output. */
export interface CommandContext {
  client: GraphQLClient;
  url: string;
  token: string | undefined;
}

/**
 * The GraphQL endpoint from --url: the server's base address (`http://host:4000`) gets `/graphql`; an
 * address without a scheme is a usage error that shows the fix.
 */
export function endpointUrl(raw: string): string {
  const value = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw usageError(`--url "${raw}" has no scheme; use --url http://${value.replace(/^\/+/, "")}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`--url "${raw}" is not a URL; e.g. --url ${DEFAULT_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw usageError(`--url "${raw}" must start with http:// or https://`);
  }
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/graphql";
  return url.href;
}

export function createContext(
  globals: GlobalOptions,
  wsOptions?: GraphQLClientOptions["ws"],
): CommandContext {
  const url = endpointUrl(globals.url);
  return {
    client: createGraphQLClient({ url, token: globals.token ?? null, ws: wsOptions }),
    url,
    token: globals.token,
  };
}

/** Runs a command's work with a client for the program's --url and --token, closed afterwards. */
export async function withContext(
  command: Command,
  action: (ctx: CommandContext) => Promise<void>,
  wsOptions?: GraphQLClientOptions["ws"],
): Promise<void> {
  const ctx = createContext(command.optsWithGlobals<GlobalOptions>(), wsOptions);
  try {
    await action(ctx);
  } finally {
    await ctx.client.close();
  }
}

/** Commander parser for `--first`-style counts. */
export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError("expected a whole number of at least 1");
  }
  return Number(value);
}

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 100;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: unknown[];
}

/** Every edge read, the total, and the last page's pageInfo (to continue from): the connection's own shape. */
export interface ReadPages<Page extends Connection> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Page["edges"];
}

/** Reads up to `limit` items of a connection, following pages of at most 100 (the API's cap). */
export async function readPages<Page extends Connection>(
  limit: number,
  fetchPage: (first: number, after: string | null) => Promise<Page>,
): Promise<ReadPages<Page>> {
  let page = await fetchPage(Math.min(limit, MAX_PAGE_SIZE), null);
  const edges: Page["edges"] = [...page.edges];
  while (page.pageInfo.hasNextPage && edges.length < limit && page.pageInfo.endCursor) {
    page = await fetchPage(Math.min(limit - edges.length, MAX_PAGE_SIZE), page.pageInfo.endCursor);
    edges.push(...page.edges);
  }
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor ?? null },
    edges,
  };
}
