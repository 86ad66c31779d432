import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import { codes, createTestServer, RECORD, record, type TestServer } from "../helpers";

let server: TestServer;
let prodLoadId: string;
beforeAll(async () => {
  server = await createTestServer();
  prodLoadId = (await record(server, { deployment: "prod", project: "etl", assets: [{ key: "a" }] })).id;
  await record(server, { deployment: "staging", project: "etl", assets: [{ key: "a" }] });
});
afterAll(() => server.close());

const READ_PROJECT = graphql(`
  query AuthReadProject($deployment: String!) { project(deployment: $deployment, name: "etl") { name } }
`);
const DEPLOYMENT_NAMES = graphql(`
  query AuthDeploymentNames { deployments { name } }
`);
const recordIn = (deployment: string) => ({ input: { deployment, project: "etl", assets: [] } });

describe("authentication", () => {
  it("needs a token for queries and mutations", async () => {
    expect(codes(await server.request(READ_PROJECT, { deployment: "prod" }, null))).toEqual([
      "UNAUTHENTICATED",
    ]);
    expect(codes(await server.request(RECORD, recordIn("prod"), null))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await server.request(DEPLOYMENT_NAMES, {}, null))).toEqual(["UNAUTHENTICATED"]);
  });

  it("rejects an unknown token and a malformed header", async () => {
    expect(codes(await server.request(READ_PROJECT, { deployment: "prod" }, "nope"))).toEqual([
      "UNAUTHENTICATED",
    ]);
    const response = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: READ_PROJECT.toString(), variables: { deployment: "prod" } }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("lets introspection and viewer through without a token", async () => {
    const response = await server.request(
      graphql(`
        query AuthIntrospectionAndViewer { __schema { queryType { name } } viewer { name } }
      `),
      {},
      null,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ __schema: { queryType: { name: "Query" } }, viewer: null });
  });

  it("names the caller in viewer", async () => {
    const token = await server.token("ci-staging", "EDITOR", "staging");
    const response = await server.request(
      graphql(`
        query AuthViewerRoles { viewer { name roles { role deployment } } }
      `),
      {},
      token,
    );
    expect(response.data).toEqual({
      viewer: { name: "ci-staging", roles: [{ role: "EDITOR", deployment: "staging" }] },
    });
  });
});

describe("roles", () => {
  it("VIEWER reads but cannot record", async () => {
    const viewer = await server.token("viewer-prod", "VIEWER", "prod");
    expect((await server.request(READ_PROJECT, { deployment: "prod" }, viewer)).data).toEqual({
      project: { name: "etl" },
    });
    const denied = await server.request(RECORD, recordIn("prod"), viewer);
    expect(codes(denied)).toEqual(["FORBIDDEN"]);
    expect(denied.errors?.[0]?.message).toMatch(/EDITOR role in deployment "prod"/);
  });

  it("LAUNCHER cannot record either; EDITOR can", async () => {
    const launcher = await server.token("launcher-prod", "LAUNCHER", "prod");
    expect(codes(await server.request(RECORD, recordIn("prod"), launcher))).toEqual(["FORBIDDEN"]);
    const editor = await server.token("editor-prod", "EDITOR", "prod");
    const response = await server.request(RECORD, recordIn("prod"), editor);
    expect(response.errors).toBeUndefined();
    const recorded = await server.request(
      graphql(`
        query AuthLatestRecordedBy { project(name: "etl") { latestLoad { recordedBy } } }
      `),
    );
    expect(recorded.data?.project?.latestLoad?.recordedBy).toBe("editor-prod");
  });

  it("a token for staging cannot read or write prod, by name or by ID", async () => {
    const staging = await server.token("admin-staging", "ADMIN", "staging");
    expect((await server.request(READ_PROJECT, { deployment: "staging" }, staging)).data).toEqual({
      project: { name: "etl" },
    });
    expect(codes(await server.request(READ_PROJECT, { deployment: "prod" }, staging))).toEqual(["FORBIDDEN"]);
    expect(codes(await server.request(RECORD, recordIn("prod"), staging))).toEqual(["FORBIDDEN"]);
    const byId = await server.request(
      graphql(`
        query AuthNodeById($id: ID!) { node(id: $id) { id } }
      `),
      { id: prodLoadId },
      staging,
    );
    // By ID, another deployment's object answers as a missing one would: null, with no error.
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ node: null });
    const history = await server.request(
      graphql(`
        query AuthProdAssetChangeHistory { assetChangeHistory(assetKey: "a", deployment: "prod") { totalCount } }
      `),
      {},
      staging,
    );
    expect(codes(history)).toEqual(["FORBIDDEN"]);
    const deployments = await server.request(DEPLOYMENT_NAMES, {}, staging);
    expect(deployments.data?.deployments.map((d) => d.name)).toEqual(["staging"]);
    const projects = await server.request(
      graphql(`
        query AuthProjects { projects { totalCount edges { node { name deployment { name } } } } }
      `),
      {},
      staging,
    );
    expect(projects.data?.projects.totalCount).toBe(1);
  });

  it("an organization-wide role applies to every deployment", async () => {
    const orgViewer = await server.token("org-viewer", "VIEWER", null);
    expect((await server.request(READ_PROJECT, { deployment: "prod" }, orgViewer)).data).toEqual({
      project: { name: "etl" },
    });
    expect((await server.request(READ_PROJECT, { deployment: "staging" }, orgViewer)).data).toEqual({
      project: { name: "etl" },
    });
    expect(codes(await server.request(RECORD, recordIn("prod"), orgViewer))).toEqual(["FORBIDDEN"]);
  });
});

const CREATE = graphql(`
  mutation AuthCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token name } }
`);
const REVOKE = graphql(`
  mutation AuthRevokeApiToken($name: String!) { revokeApiToken(name: $name) }
`);

describe("tokens", () => {
  it("an admin creates a token that works at once and is stored only as a hash", async () => {
    const created = await server.request(CREATE, {
      input: { name: "deployer", role: "EDITOR", deployment: "prod" },
    });
    expect(created.errors).toBeUndefined();
    const token = created.data?.createApiToken.token as string;
    expect(token).toMatch(/^phist_/);
    expect((await server.request(RECORD, recordIn("prod"), token)).errors).toBeUndefined();
    const rows = await server.db.prisma.apiToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("a revoked token is rejected at once; revoking twice answers false", async () => {
    const token = await server.token("short-lived", "VIEWER", "prod");
    expect((await server.request(READ_PROJECT, { deployment: "prod" }, token)).errors).toBeUndefined();
    expect((await server.request(REVOKE, { name: "short-lived" })).data).toEqual({ revokeApiToken: true });
    expect(codes(await server.request(READ_PROJECT, { deployment: "prod" }, token))).toEqual([
      "UNAUTHENTICATED",
    ]);
    expect((await server.request(REVOKE, { name: "short-lived" })).data).toEqual({ revokeApiToken: false });
  });

  it("revoking an unknown name is NOT_FOUND", async () => {
    expect(codes(await server.request(REVOKE, { name: "never-existed" }))).toEqual(["NOT_FOUND"]);
  });

  it("needs ADMIN in the token's deployment, and grants no more than the caller holds", async () => {
    const editor = await server.token("editor-tokens", "EDITOR", "prod");
    expect(
      codes(
        await server.request(CREATE, { input: { name: "x1", role: "VIEWER", deployment: "prod" } }, editor),
      ),
    ).toEqual(["FORBIDDEN"]);
    const admin = await server.token("admin-prod", "ADMIN", "prod");
    const ok = await server.request(
      CREATE,
      { input: { name: "x2", role: "EDITOR", deployment: "prod" } },
      admin,
    );
    expect(ok.errors).toBeUndefined();
    expect(
      codes(
        await server.request(CREATE, { input: { name: "x3", role: "VIEWER", deployment: "staging" } }, admin),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await server.request(CREATE, { input: { name: "x4", role: "VIEWER" } }, admin))).toEqual([
      "FORBIDDEN",
    ]);
    const orgAdmin = await server.token("org-admin-role", "ADMIN", null);
    expect(
      codes(await server.request(CREATE, { input: { name: "x5", role: "ORGANIZATION_ADMIN" } }, orgAdmin)),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await server.request(REVOKE, { name: "admin-staging" }, admin))).toEqual(["FORBIDDEN"]);
    expect((await server.request(REVOKE, { name: "x2" }, admin)).data).toEqual({ revokeApiToken: true });
  });

  it("refuses a duplicate or empty name and an unknown role", async () => {
    const duplicate = await server.request(CREATE, { input: { name: "deployer", role: "VIEWER" } });
    expect(codes(duplicate)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await server.request(CREATE, { input: { name: "", role: "VIEWER" } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    // Invalid on purpose: OWNER is no Role, so the operation goes out as plain text, untyped.
    expect(codes(await server.request(String(CREATE), { input: { name: "r", role: "OWNER" } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});
