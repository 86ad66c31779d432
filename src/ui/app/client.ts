// The app's connection to the API, made once per signed-in token: urql over fetch for queries and
// mutations (POST /graphql with `Authorization: Bearer <token>`), and graphql-ws for live loads
// (live.ts). The token goes in headers and connection parameters only, never in a URL.
import { Client, type CombinedError, cacheExchange, fetchExchange } from "urql";
import { createLiveConnection, type LiveConnection } from "./live";

export const GRAPHQL_PATH = "/graphql";

export function createApiClient(token: string): Client {
  return new Client({
    url: GRAPHQL_PATH,
    exchanges: [cacheExchange, fetchExchange],
    // POST only: the operation's text stays out of URLs, logs and the browser's history.
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` }, credentials: "omit" }),
  });
}

/** graphql-ws on the same host as the page: ws:// next to http://, wss:// next to https://. */
export function liveUrl(location: Pick<Location, "protocol" | "host"> = window.location): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${GRAPHQL_PATH}`;
}

export function createLive(token: string): LiveConnection {
  return createLiveConnection({ url: liveUrl(), token });
}

/** The API's own message for a failed operation (the first GraphQL error), or what kept it from answering. */
export function errorMessage(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) return first.message;
  if (error.networkError) return `The server cannot be reached: ${error.networkError.message}`;
  return error.message;
}

/** The API's error code (`extensions.code`) of a failed operation. */
export function errorCode(error: CombinedError | undefined | null): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}
