// Every operation the agent sends to Dagster validates against the committed schema of the pinned
// dagster-webserver, and a webserver whose schema lacks a field stops the agent with one error naming it.
import { readFileSync } from "node:fs";
import { buildSchema, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { DagsterClient, DagsterSchemaError, validateOperations } from "../../src/agent/dagster-client";
import { DAGSTER_OPERATIONS } from "../../src/agent/dagster-operations";

const SDL = readFileSync(new URL("../../src/agent/dagster-schema.graphql", import.meta.url), "utf8");

/** A webserver answering introspection from a schema and /server_info with a version (graphql-js executes). */
function webserver(sdl: string, version: string): typeof fetch {
  const schema = buildSchema(sdl);
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith("/server_info")) {
      return new Response(JSON.stringify({ dagster_webserver_version: version, dagster_version: version }));
    }
    const { query, variables } = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    return new Response(JSON.stringify(await graphql({ schema, source: query, variableValues: variables })));
  }) as typeof fetch;
}

describe("the agent's Dagster operations", () => {
  it("all validate against the committed schema of dagster-webserver 1.13.28", () => {
    expect(Object.keys(DAGSTER_OPERATIONS)).toEqual(["AgentLocationStatuses", "AgentLocationEntry"]);
    expect(validateOperations(buildSchema(SDL))).toEqual([]);
  });

  it("pass the start-up check against a webserver serving that schema", async () => {
    const client = new DagsterClient({ url: "http://dagster.test/", fetch: webserver(SDL, "1.13.28") });
    await expect(client.checkOperations()).resolves.toMatchObject({ dagster_webserver_version: "1.13.28" });
  });

  it("stop the agent with one error naming each missing field and the version", async () => {
    // A webserver from before versionKey and opVersion existed.
    const older = SDL.replace(/\n {2}versionKey: String!/g, "").replace("\n  opVersion: String", "");
    expect(older).not.toContain("versionKey");
    const client = new DagsterClient({ url: "http://dagster.test", fetch: webserver(older, "1.5.0") });
    const error = await client.checkOperations().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DagsterSchemaError);
    expect((error as DagsterSchemaError).message).toMatch(
      /^The Dagster webserver at http:\/\/dagster\.test \(dagster-webserver 1\.5\.0\) lacks what the agent needs: /,
    );
    expect((error as DagsterSchemaError).problems).toEqual([
      'AgentLocationStatuses: Cannot query field "versionKey" on type "WorkspaceLocationStatusEntry".',
      'AgentLocationEntry: Cannot query field "versionKey" on type "WorkspaceLocationEntry".',
      'AgentLocationEntry: Cannot query field "opVersion" on type "AssetNode". Did you mean "dataVersion"?',
    ]);
  });

  it("send the operator's headers with every request", async () => {
    const seen: (string | null)[] = [];
    const serve = webserver(SDL, "1.13.28");
    const client = new DagsterClient({
      url: "http://dagster.test",
      headers: { "X-Proxy-Token": "secret-1" },
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        seen.push(new Headers(init?.headers).get("x-proxy-token"));
        return serve(input, init);
      }) as typeof fetch,
    });
    await client.checkOperations();
    await client.locationStatuses().catch(() => {});
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen)).toEqual(new Set(["secret-1"]));
  });
});
