// The demo's closing hint, which depends on whether a server already serves the port `npm start` would
// use: telling someone to `npm start` while it runs (or while another program holds the port) misleads.

/** What answers on the port: this project's server, another program, or nothing. */
export type PortState = "running" | "other" | "none";

// Introspection needs no token, and only this project's schema has this type.
const PROBE = '{ __type(name: "ProjectHistoryEntry") { name } }';

export async function probePort(port: number, timeoutMs = 2_000): Promise<PortState> {
  let response: Response;
  try {
    response = await fetch(`http://localhost:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: PROBE }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // Refused: nothing listens. A timeout means something holds the port without answering.
    return error instanceof Error && error.name === "TimeoutError" ? "other" : "none";
  }
  try {
    const body = (await response.json()) as { data?: { __type?: { name?: string } | null } };
    return body.data?.__type?.name === "ProjectHistoryEntry" ? "running" : "other";
  } catch {
    return "other";
  }
}

export function closingHint(port: number, state: PortState): string {
  const base = `http://localhost:${port}`;
  const look = `open ${base}/ (the web UI) and sign in with the admin token (shown by the first npm start, or
ADMIN_TOKEN), or ${base}/graphql (GraphiQL): put the token in the Headers tab and run ProjectHistory.
From a terminal: PROJECT_HISTORY_TOKEN=<token> npx project-history history --project billing-pipeline`;
  switch (state) {
    case "running":
      return `The server is running on ${base}: ${look}`;
    case "none":
      return `Next: npm start, then ${look}`;
    case "other":
      return `Port ${port} is held by another program: start the server on a free one (PORT=4100 npm start), then
${look.replaceAll(base, "http://localhost:4100")}`;
  }
}
