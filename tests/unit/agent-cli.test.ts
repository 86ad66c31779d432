// The `project-history agent` command line: its parsers, and what it says before sending anything.
import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseHeader, parseSeconds } from "../../src/cli/commands/agent";
import { runCli } from "../cli/cli-helpers";

describe("project-history agent", () => {
  it("reads headers as repeated flags or one per line from the environment", () => {
    expect(parseHeader("Authorization: Bearer abc", { "X-A": "1" })).toEqual({
      "X-A": "1",
      Authorization: "Bearer abc",
    });
    expect(parseHeader("X-One: 1\nX-Two: a:b\n")).toEqual({ "X-One": "1", "X-Two": "a:b" });
    expect(() => parseHeader("no colon here")).toThrow(InvalidArgumentError);
    expect(() => parseHeader("Bad Name: x")).toThrow(InvalidArgumentError);
  });

  it("takes the poll interval in seconds, fractions included", () => {
    expect(parseSeconds("5")).toBe(5_000);
    expect(parseSeconds("0.5")).toBe(500);
    for (const wrong of ["0", "-1", "abc", "5s", "100000"])
      expect(() => parseSeconds(wrong)).toThrow(InvalidArgumentError);
  });

  it("is a usage error without a Dagster webserver, before anything is sent", async () => {
    const result = await runCli(["agent"], {
      url: "http://127.0.0.1:9/graphql",
      token: "agent-cli-test-token-0123456789",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--dagster-url (or DAGSTER_WEBSERVER_URL) is required");
  });

  it("stops with exit 1 when the webserver's schema lacks what it reads", async () => {
    // A GraphQL server that is not Dagster: every operation fails validation against its schema.
    const { createServer } = await import("node:http");
    const { buildSchema, graphql } = await import("graphql");
    const schema = buildSchema("type Query { hello: String }");
    const server = createServer((request, response) => {
      if (request.url === "/server_info")
        return response.end(JSON.stringify({ dagster_webserver_version: "0.0.1" }));
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", async () => {
        const { query } = JSON.parse(body) as { query: string };
        response.end(JSON.stringify(await graphql({ schema, source: query })));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const result = await runCli(["agent", "--dagster-url", `http://127.0.0.1:${port}`], {
        url: "http://127.0.0.1:9/graphql",
        token: "agent-cli-test-token-0123456789",
        env: { LOG_FORMAT: "json" },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `The Dagster webserver at http://127.0.0.1:${port} (dagster-webserver 0.0.1)`,
      );
      expect(result.stderr).toContain('Cannot query field "locationStatusesOrError" on type "Query"');
      expect(result.stderr).toContain("(AGENT_STOPPED)");
    } finally {
      server.close();
    }
  });
});
