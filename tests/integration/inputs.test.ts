// Issue 11, findings 9, 10, 14 and 15: each attack as it was reproduced, now refused with a coded error that
// writes nothing, identically on SQLite and PostgreSQL (`npm run test:postgres -- tests/integration/inputs`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor, encodeGlobalId } from "../../src/domain/ids";
import { CREATE_POLICY, createPolicy, FAILED_LOAD } from "../alerts/alert-helpers";
import { graphql } from "../generated";
import type { RecordProjectLoadInput } from "../generated/graphql";
import { ADMIN_TOKEN, codes, type GraphQLResponse, RECORD, record } from "../helpers";
import {
  expectCodedAnswer,
  firstSubscriptionAnswer,
  type InputServer,
  rowCounts,
  startInputServer,
} from "./input-helpers";

const NODE = graphql(`
  query InputsNode($id: ID!) { node(id: $id) { __typename id } }
`);
const PROJECT = graphql(`
  query InputsProject($deployment: String, $name: String!) {
    project(deployment: $deployment, name: $name) { name loadCount }
  }
`);
const PROJECTS = graphql(`
  query InputsProjects($deployment: String, $after: String) { projects(deployment: $deployment, after: $after) { totalCount } }
`);
const ASSET_HISTORY = graphql(`
  query InputsAssetHistory($assetKey: String!, $deployment: String, $project: String, $after: String) {
    assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $project, after: $after) { totalCount }
  }
`);
const POLICIES = graphql(`
  query InputsPolicies($deployment: String) { alertPolicies(deployment: $deployment) { id } }
`);
const PAGES = graphql(`
  query InputsPages($after: String, $collapse: Boolean) {
    project(name: "etl") {
      history(after: $after, collapseSimilar: $collapse) { edges { cursor } }
      latestLoad { assetChanges(after: $after) { edges { cursor } } }
    }
  }
`);
const ENTRY_LOADS = graphql(`
  query InputsEntryLoads($after: String) {
    project(name: "etl") { history(first: 1) { edges { node { loads(after: $after) { edges { cursor } } } } } }
  }
`);
const DELIVERIES = graphql(`
  query InputsDeliveries($after: String) { alertPolicies { deliveries(after: $after) { totalCount } } }
`);
const LOADED_AT = graphql(`
  query InputsLoadedAt($name: String!) { project(name: $name) { latestLoad { loadedAt git { repositoryUrl } } } }
`);
const ROLLBACK = graphql(`
  mutation InputsRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { sequence } } }
`);
const UPDATE_POLICY = graphql(`
  mutation InputsUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id } }
`);
const DELETE_POLICY = graphql(`
  mutation InputsDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }
`);
const TEST_POLICY = graphql(`
  mutation InputsTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id } }
`);
const CREATE_TOKEN = graphql(`
  mutation InputsCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }
`);
const REVOKE_TOKEN = graphql(`
  mutation InputsRevokeToken($name: String!) { revokeApiToken(name: $name) }
`);
const LOAD_IDS = graphql(`
  query InputsLoadIds($deployment: String, $name: String!) {
    project(deployment: $deployment, name: $name) {
      id
      deployment { id }
      latestLoad { id rollback { id } }
      history(first: 5, collapseSimilar: false) { edges { node { load { id sequence assetChanges { edges { node { id } } } } } } }
    }
  }
`);
const WATCH = /* GraphQL */ `
  subscription InputsWatch($deployment: String, $project: String, $after: String) {
    projectLoaded(deployment: $deployment, project: $project, after: $after) { id }
  }
`;

let server: InputServer;
let prodLoadIds: string[];
beforeAll(async () => {
  server = await startInputServer();
  await record(server, { project: "etl", image: "etl:1", assets: [{ key: "raw/orders" }] });
  await record(server, { project: "etl", image: "etl:2", assets: [{ key: "raw/orders", codeVersion: "2" }] });
  const ids = await server.request(LOAD_IDS, { name: "etl" });
  prodLoadIds = (ids.data?.project?.history.edges ?? []).map((edge) => edge.node.load.id);
  await record(server, { deployment: "staging", project: "web", assets: [] });
});
afterAll(() => server.close());

/** Sends `send`, expects BAD_USER_INPUT (its message matching `message`) and not a row written. */
async function expectRefused(send: () => Promise<GraphQLResponse<unknown>>, message?: RegExp) {
  const before = await rowCounts(server.db);
  const response = await send();
  expectCodedAnswer(server, response);
  // One error per list where several are paged with the same bad cursor; all of them BAD_USER_INPUT.
  expect(new Set(codes(response)), JSON.stringify(response.errors)).toEqual(new Set(["BAD_USER_INPUT"]));
  if (message) expect(response.errors?.[0]?.message).toMatch(message);
  expect(await rowCounts(server.db)).toEqual(before);
}

const recordWith = (input: Partial<RecordProjectLoadInput>) => () =>
  server.request(RECORD, { input: { project: "etl", assets: [], ...input } });

/** The first answer of a subscription over SSE; a refused one must keep HTTP 200, as any coded error. */
async function firstEvent(variables: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
  const answer = await firstSubscriptionAnswer(server, WATCH, variables, token, 2_000);
  expect(answer.status).toBe(200);
  return answer;
}

describe("finding 9: NUL in any stored text field is BAD_USER_INPUT on both databases", () => {
  const NUL = "a\u0000b";

  it("in every text field of recordProjectLoad", async () => {
    const failure = { status: "FAILURE", error: "boom", assets: undefined } as const;
    for (const input of [
      { deployment: NUL },
      { project: NUL },
      { image: NUL },
      { ...failure, error: NUL },
      { ...failure, errorStack: NUL },
      { git: { repositoryUrl: `https://github.com/acme/${NUL}` } },
      { git: { commitHash: NUL } },
      { git: { branch: NUL } },
      { metadata: [{ key: NUL, value: "v" }] },
      { metadata: [{ key: "k", value: NUL }] },
      { idempotencyKey: NUL },
      { assets: [{ key: NUL }] },
      { assets: [{ key: "a", codeVersion: NUL }] },
      { assets: [{ key: "a", tags: { [NUL]: "v" } }] },
      { assets: [{ key: "a", tags: { team: NUL } }] },
      { assets: [{ key: "a", metadata: { owner: { name: NUL } } }] },
      { assets: [{ key: "a", metadata: { [NUL]: 1 } }] },
      { assets: [{ key: "a", dependencies: [NUL] }] },
      { assets: [{ key: "a", partitionMappings: { [NUL]: "m" } }] },
      { assets: [{ key: "a", partitionsDefinition: NUL }] },
    ] satisfies Partial<RecordProjectLoadInput>[]) {
      await expectRefused(recordWith(input), /U\+0000/);
    }
  });

  it("in a lone surrogate or another control character too", async () => {
    await expectRefused(
      recordWith({ image: "etl:\ud800" }),
      /lone surrogate \(it is not valid Unicode\) \(U\+D800/,
    );
    await expectRefused(recordWith({ assets: [{ key: "a", metadata: { m: "\u001b[31m" } }] }), /U\+001B/);
    await expectRefused(recordWith({ project: "etl\n" }), /U\+000A/);
  });

  it("in rollbacks, alert policies and tokens", async () => {
    const loadId = prodLoadIds.at(-1) as string;
    const policy = await createPolicy(server, { name: "nul", webhookUrl: "https://hooks.example.com/a" });
    for (const send of [
      () => server.request(ROLLBACK, { input: { loadId, reason: NUL } }),
      () => server.request(ROLLBACK, { input: { loadId, idempotencyKey: NUL } }),
      () => server.request(ROLLBACK, { input: { loadId, project: NUL } }),
      () => server.request(ROLLBACK, { input: { loadId, project: "etl", deployment: NUL } }),
      () =>
        server.request(CREATE_POLICY, {
          input: { name: NUL, events: ["PROJECT_LOAD_FAILED"], webhookUrl: "https://hooks.example.com/b" },
        }),
      () =>
        server.request(CREATE_POLICY, {
          input: {
            name: "n",
            deployment: NUL,
            events: ["PROJECT_LOAD_FAILED"],
            webhookUrl: "https://h.example.com",
          },
        }),
      () =>
        server.request(CREATE_POLICY, {
          input: {
            name: "n",
            project: NUL,
            events: ["PROJECT_LOAD_FAILED"],
            webhookUrl: "https://h.example.com",
          },
        }),
      () =>
        server.request(CREATE_POLICY, {
          input: { name: "n", events: ["PROJECT_LOAD_FAILED"], webhookUrl: `https://h.example.com/${NUL}` },
        }),
      () => server.request(UPDATE_POLICY, { input: { id: policy.id, name: NUL } }),
      () => server.request(UPDATE_POLICY, { input: { id: policy.id, project: NUL } }),
      () =>
        server.request(UPDATE_POLICY, {
          input: { id: policy.id, webhookUrl: `https://h.example.com?${NUL}` },
        }),
      () => server.request(CREATE_TOKEN, { input: { name: NUL, role: "VIEWER" } }),
      () => server.request(CREATE_TOKEN, { input: { name: "t", role: "VIEWER", deployment: NUL } }),
      () => server.request(REVOKE_TOKEN, { name: NUL }),
    ]) {
      await expectRefused(send, /U\+0000/);
    }
  });

  it("in the names and keys queries look up", async () => {
    for (const send of [
      () => server.request(PROJECT, { name: NUL }),
      () => server.request(PROJECT, { deployment: NUL, name: "etl" }),
      () => server.request(PROJECTS, { deployment: NUL }),
      () => server.request(ASSET_HISTORY, { assetKey: NUL }),
      () => server.request(ASSET_HISTORY, { assetKey: "a", project: NUL }),
      () => server.request(ASSET_HISTORY, { assetKey: "a", deployment: NUL }),
      () => server.request(POLICIES, { deployment: NUL }),
    ]) {
      await expectRefused(send, /U\+0000/);
    }
    expect(await firstEvent({ project: NUL }, ADMIN_TOKEN)).toMatchObject({
      errors: [{ extensions: { code: "BAD_USER_INPUT" } }],
    });
  });
});

describe("finding 9: IDs and cursors of 2^31 and beyond are malformed on both databases", () => {
  const TOO_BIG = [2 ** 31, 2 ** 32, 999_999_999_999_999];
  const LARGEST = 2 ** 31 - 1;

  it("in node(id) and the IDs of mutations; the largest key is simply not found", async () => {
    for (const key of TOO_BIG) {
      const id = encodeGlobalId("ProjectLoad", key);
      const policyId = encodeGlobalId("AlertPolicy", key);
      await expectRefused(() => server.request(NODE, { id }), /^Malformed ID/);
      await expectRefused(() => server.request(ROLLBACK, { input: { loadId: id } }), /^Malformed ID/);
      await expectRefused(() => server.request(UPDATE_POLICY, { input: { id: policyId, name: "x" } }));
      await expectRefused(() => server.request(DELETE_POLICY, { id: policyId }));
      await expectRefused(() => server.request(TEST_POLICY, { id: policyId }));
    }
    const largest = await server.request(NODE, { id: encodeGlobalId("ProjectLoad", LARGEST) });
    expect(largest.errors).toBeUndefined();
    expect(largest.data).toEqual({ node: null });
    const rollback = await server.request(ROLLBACK, {
      input: { loadId: encodeGlobalId("ProjectLoad", LARGEST) },
    });
    expect(codes(rollback)).toEqual(["NOT_FOUND"]);
    const deleted = await server.request(DELETE_POLICY, { id: encodeGlobalId("AlertPolicy", LARGEST) });
    expect(codes(deleted)).toEqual(["NOT_FOUND"]);
    expectCodedAnswer(server, deleted);
  });

  it("in the after cursor of every paginated list", async () => {
    for (const key of TOO_BIG) {
      for (const [kind, collapse] of [
        ["entry", true],
        ["load", false],
      ] as const) {
        const after = encodeCursor(kind, key);
        await expectRefused(() => server.request(PAGES, { after, collapse }), /^Malformed cursor/);
      }
      await expectRefused(() => server.request(ENTRY_LOADS, { after: encodeCursor("load", key) }));
      await expectRefused(() => server.request(PROJECTS, { after: encodeCursor("project", key) }));
      await expectRefused(() =>
        server.request(ASSET_HISTORY, { assetKey: "raw/orders", after: encodeCursor("change", key) }),
      );
      await expectRefused(() => server.request(DELIVERIES, { after: encodeCursor("delivery", key) }));
      const watch = await firstEvent({ project: "etl", after: encodeCursor("load", key) }, ADMIN_TOKEN);
      expect(codes(watch)).toEqual(["BAD_USER_INPUT"]);
      const watchId = await firstEvent({ after: encodeGlobalId("ProjectLoad", key) }, ADMIN_TOKEN);
      expect(codes(watchId)).toEqual(["BAD_USER_INPUT"]);
    }
    const projects = await server.request(PROJECTS, { after: encodeCursor("project", LARGEST) });
    expect(projects.data).toEqual({ projects: { totalCount: 2 } });
    const changes = await server.request(ASSET_HISTORY, {
      assetKey: "raw/orders",
      after: encodeCursor("change", LARGEST),
    });
    expect(changes.errors).toBeUndefined();
    expect(server.unexpected).toEqual([]);
  });
});

describe("finding 10: unhandled errors on both databases", () => {
  const deep = (levels: number): unknown => {
    let value: unknown = "leaf";
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  /** The body as a hostile client writes it: JSON text nested `levels` deep, which JSON.stringify could not make. */
  const deepBody = (field: string, levels: number) => async (): Promise<GraphQLResponse> => {
    const response = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
      body: `{"query": ${JSON.stringify(RECORD.toString())}, "variables": {"input": {"project": "etl", "assets": [{"key": "a", "${field}": ${'{"a":'.repeat(levels)}1${"}".repeat(levels)}}]}}}`,
    });
    return { ...((await response.json()) as GraphQLResponse), status: response.status };
  };

  it("metadata nested 100,000 deep is refused before anything recurses into it", async () => {
    await expectRefused(deepBody("metadata", 100_000), /JSON values may nest at most 32 levels/);
    await expectRefused(deepBody("tags", 100_000), /nest at most 32/);
    await expectRefused(
      recordWith({ assets: [{ key: "a", partitionMappings: deep(40) }] }),
      /nest at most 32/,
    );
    // 32 levels are fine (the asset's metadata object is the first).
    const accepted = await server.request(RECORD, {
      input: { project: "deep", assets: [{ key: "a", metadata: deep(32) as Record<string, unknown> }] },
    });
    expect(accepted.errors).toBeUndefined();
    // In the document itself, as a literal.
    const literal = `mutation { recordProjectLoad(input: { project: "deep", assets: [{ key: "b", metadata: ${"{a:".repeat(40)}1${"}".repeat(40)} }] }) { load { id } } }`;
    await expectRefused(() => server.request(literal), /nest at most 32/);
  });

  it("GET /graphql?variables=notjson and a POST body that is not JSON answer 400 BAD_USER_INPUT", async () => {
    for (const query of ["variables=notjson", "variables=%7B", "extensions=nope"]) {
      const response = await server.app.fetch(`http://test/graphql?query=%7Bviewer%7Bname%7D%7D&${query}`, {
        headers: { accept: "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLResponse;
      expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
      expect(body.errors?.[0]?.message).toMatch(/query string is not valid JSON/);
    }
    const post = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
      body: '{"query": "{ viewer { name } }", "variables": ',
    });
    expect(post.status).toBe(400);
    expect(codes((await post.json()) as GraphQLResponse)).toEqual(["BAD_USER_INPUT"]);
    const fine = await server.app.fetch(
      `http://test/graphql?query=%7Bviewer%7Bname%7D%7D&variables=${encodeURIComponent("{}")}`,
      { headers: { accept: "application/json", authorization: `Bearer ${ADMIN_TOKEN}` } },
    );
    expect(await fine.json()).toEqual({ data: { viewer: { name: "admin" } } });
    expect(server.unexpected).toEqual([]);
  });
});

describe("finding 14: names are normalized, dates real, repository URLs checked", () => {
  it('" v " is refused and "v" is one project', async () => {
    await expectRefused(recordWith({ project: " v " }), /project must not begin or end with whitespace/);
    await expectRefused(
      recordWith({ deployment: "prod ", project: "v" }),
      /deployment must not begin or end/,
    );
    await record(server, { project: "v", assets: [] });
    expect((await server.request(PROJECT, { name: "v" })).data).toEqual({
      project: { name: "v", loadCount: 1 },
    });
    await expectRefused(() => server.request(PROJECT, { name: " v " }), /whitespace/);
  });

  it("NFC and NFD café are one project, found by either spelling", async () => {
    const nfc = "caf\u00e9";
    const nfd = "cafe\u0301";
    await record(server, { project: nfc, assets: [{ key: `raw/${nfd}` }] });
    await record(server, { project: nfd, assets: [{ key: `raw/${nfc}` }] });
    const projects = await server.db.prisma.project.findMany({ where: { name: { startsWith: "caf" } } });
    expect(projects.map((project) => project.name)).toEqual([nfc]);
    for (const name of [nfc, nfd]) {
      expect((await server.request(PROJECT, { name })).data).toEqual({
        project: { name: nfc, loadCount: 2 },
      });
    }
    // The asset key too: the second load changed nothing.
    const history = await server.request(ASSET_HISTORY, { assetKey: `raw/${nfd}`, project: nfd });
    expect(history.data).toEqual({ assetChangeHistory: { totalCount: 1 } });
    await expectRefused(
      recordWith({ assets: [{ key: `x/${nfc}` }, { key: `x/${nfd}` }] }),
      /is listed twice in the snapshot/,
    );
  });

  it("bidi controls and zero-width characters are refused in names and asset keys", async () => {
    for (const char of ["\u202e", "\u2066", "\u200f", "\u200b", "\u200d", "\ufeff", "\u2060"]) {
      await expectRefused(recordWith({ project: `et${char}l` }), /invisible characters/);
      await expectRefused(recordWith({ deployment: `pr${char}od` }), /invisible characters/);
      await expectRefused(recordWith({ assets: [{ key: `raw/${char}orders` }] }), /invisible characters/);
      await expectRefused(recordWith({ assets: [{ key: "a", dependencies: [`ra${char}w`] }] }), /invisible/);
      await expectRefused(() =>
        server.request(CREATE_TOKEN, { input: { name: `ci${char}`, role: "VIEWER" } }),
      );
    }
  });

  it('loadedAt "2026-02-30" is refused rather than stored as March 2', async () => {
    await expectRefused(recordWith({ loadedAt: "2026-02-30T12:00:00Z" }), /is not a day of the calendar/);
    await expectRefused(
      recordWith({ loadedAt: "2026-04-31T00:00:00+02:00" }),
      /is not a day of the calendar/,
    );
    await expectRefused(recordWith({ loadedAt: "2026-01-01T25:00:00Z" }), /is not a time of day/);
    await expectRefused(() =>
      server.request(
        `mutation { recordProjectLoad(input: { project: "etl", assets: [], loadedAt: "2026-02-30T00:00:00Z" }) { load { id } } }`,
      ),
    );
    await record(server, { project: "leap", loadedAt: "2024-02-29T23:30:00-01:00", assets: [] });
    expect((await server.request(LOADED_AT, { name: "leap" })).data?.project?.latestLoad?.loadedAt).toBe(
      "2024-03-01T00:30:00.000Z",
    );
  });

  it("javascript: repository URLs are refused and ?private_token= is removed", async () => {
    for (const repositoryUrl of [
      "javascript:alert(document.cookie)",
      "javascript://github.com/%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "/srv/git/etl.git",
    ]) {
      await expectRefused(recordWith({ git: { repositoryUrl } }), /must be an http, https, ssh or git URL/);
    }
    await record(server, {
      project: "tokens",
      git: { repositoryUrl: "https://oauth2:glpat-1@gitlab.com/grp/proj.git?private_token=glpat-2&ref=main" },
      assets: [],
    });
    const stored = await server.request(LOADED_AT, { name: "tokens" });
    expect(stored.data?.project?.latestLoad?.git?.repositoryUrl).toBe(
      "https://gitlab.com/grp/proj.git?ref=main",
    );
    const row = await server.db.prisma.projectLoad.findFirst({ where: { project: { name: "tokens" } } });
    expect(JSON.stringify(row)).not.toMatch(/glpat/);
    await record(server, {
      project: "scp",
      git: { repositoryUrl: "git@github.com:acme/etl.git" },
      assets: [],
    });
  });
});

describe("finding 15: objects reached by ID in a deployment the caller cannot read answer as missing ones", () => {
  let stagingViewer: string;
  let stagingEditor: string;
  let prodViewer: string;
  let ids: { typename: string; id: string }[];
  let policyId: string;

  beforeAll(async () => {
    stagingViewer = await server.token("f15-staging-viewer", "VIEWER", "staging");
    stagingEditor = await server.token("f15-staging-editor", "EDITOR", "staging");
    prodViewer = await server.token("f15-prod-viewer", "VIEWER", "prod");
    // One object of every node type in prod.
    policyId = (await createPolicy(server, { name: "f15", webhookUrl: "https://hooks.example.com/f15" })).id;
    await record(server, { project: "f15", assets: [{ key: "a" }] });
    await record(server, { project: "f15", assets: [{ key: "b" }] });
    await record(server, { project: "f15", ...FAILED_LOAD });
    const first = (await server.request(LOAD_IDS, { name: "f15" })).data?.project;
    const firstLoad = first?.history.edges.at(-1)?.node.load;
    const rolledBack = await server.request(ROLLBACK, { input: { loadId: firstLoad?.id as string } });
    expect(rolledBack.errors).toBeUndefined();
    const project = (await server.request(LOAD_IDS, { name: "f15" })).data?.project;
    const delivery = await server.db.prisma.alertDelivery.findFirstOrThrow({ orderBy: { id: "desc" } });
    ids = [
      { typename: "Deployment", id: project?.deployment.id as string },
      { typename: "Project", id: project?.id as string },
      { typename: "ProjectLoad", id: project?.latestLoad?.id as string },
      { typename: "Rollback", id: project?.latestLoad?.rollback?.id as string },
      { typename: "AssetChange", id: firstLoad?.assetChanges.edges[0]?.node.id as string },
      { typename: "AlertPolicy", id: policyId },
      { typename: "AlertDelivery", id: encodeGlobalId("AlertDelivery", delivery.id) },
    ];
  });

  it("node(id) answers null with no error, exactly as for an ID that does not exist", async () => {
    for (const { typename, id } of ids) {
      expect(id, typename).toBeTruthy();
      const seen = await server.request(NODE, { id }, prodViewer);
      expect(seen.data?.node, typename).toEqual({ __typename: typename, id });
      const hidden = await server.request(NODE, { id }, stagingViewer);
      const missing = await server.request(
        NODE,
        { id: encodeGlobalId(typename, 2 ** 31 - 1) },
        stagingViewer,
      );
      expect(hidden, typename).toEqual(missing);
      expect(hidden, typename).toEqual({ status: 200, data: { node: null } });
    }
    // Without a token, existing and missing IDs alike answer UNAUTHENTICATED.
    for (const id of [ids[2]?.id as string, encodeGlobalId("ProjectLoad", 2 ** 31 - 1)]) {
      expect(codes(await server.request(NODE, { id }, null))).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("projectLoaded(after:) with another deployment's load is NOT_FOUND, as a missing load", async () => {
    const hidden = await firstEvent({ after: ids[2]?.id }, stagingViewer);
    const missing = await firstEvent({ after: encodeGlobalId("ProjectLoad", 2 ** 31 - 1) }, stagingViewer);
    expect(codes(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe("after names no load");
    expect(hidden).toEqual(missing);
    // A load cursor of a project in prod (the default deployment) answers as a project with no such load.
    const cursorHidden = await firstEvent({ project: "f15", after: encodeCursor("load", 1) }, stagingViewer);
    const cursorMissing = await firstEvent(
      { project: "f15", after: encodeCursor("load", 999) },
      stagingViewer,
    );
    expect(codes(cursorHidden)).toEqual(["BAD_USER_INPUT"]);
    expect(cursorHidden.errors?.[0]?.message).toBe('Project "f15" has no load 1');
    expect(cursorMissing.errors?.[0]?.message).toBe('Project "f15" has no load 999');
    // Naming the deployment stays FORBIDDEN.
    expect(codes(await firstEvent({ deployment: "prod" }, stagingViewer))).toEqual(["FORBIDDEN"]);
  });

  it("the id and loadId of mutations are NOT_FOUND, as missing ones; a readable one stays FORBIDDEN", async () => {
    const before = await rowCounts(server.db);
    const missingLoad = encodeGlobalId("ProjectLoad", 2 ** 31 - 1);
    const missingPolicy = encodeGlobalId("AlertPolicy", 2 ** 31 - 1);
    const pairs: [(id: string, token: string) => Promise<GraphQLResponse<unknown>>, string, string][] = [
      [
        (id, token) => server.request(ROLLBACK, { input: { loadId: id } }, token),
        ids[2]?.id as string,
        missingLoad,
      ],
      [
        (id, token) => server.request(UPDATE_POLICY, { input: { id, name: "x" } }, token),
        policyId,
        missingPolicy,
      ],
      [(id, token) => server.request(DELETE_POLICY, { id }, token), policyId, missingPolicy],
      [(id, token) => server.request(TEST_POLICY, { id }, token), policyId, missingPolicy],
    ];
    for (const [send, existing, missing] of pairs) {
      const hidden = await send(existing, stagingEditor);
      expect(codes(hidden)).toEqual(["NOT_FOUND"]);
      expect(hidden).toEqual(await send(missing, stagingEditor));
      expect(JSON.stringify(hidden)).not.toMatch(/prod/);
      // A VIEWER of prod sees the object anyway: it is told it may not act on it.
      const denied = await send(existing, prodViewer);
      expect(codes(denied)).toEqual(["FORBIDDEN"]);
      expect(denied.errors?.[0]?.message).toMatch(/EDITOR role in deployment "prod"/);
    }
    expect(await rowCounts(server.db)).toEqual(before);
    // Where the caller names the deployment, FORBIDDEN stays as it is.
    expect(codes(await server.request(PROJECT, { deployment: "prod", name: "f15" }, stagingViewer))).toEqual([
      "FORBIDDEN",
    ]);
    expect(server.unexpected).toEqual([]);
  });
});
