// GraphQL requests to the app in process (app.fetch, no socket), as the benchmarks that time them send
// them: the body is built before the clock starts (`body`), and `post` covers the fetch and reading the
// JSON answer, and throws on any error, since a failed request means the benchmark itself is broken.
import type { App } from "../src/app/server";

export function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** POSTs a prepared body with `Authorization: Bearer <token>` and returns the data; throws on any error. */
export async function post<T>(app: App, requestBody: string, token: string): Promise<T> {
  const response = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: requestBody,
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || result.errors?.length || !result.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
