import { readFileSync } from "node:fs";
import { buildSchema, isInterfaceType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import { codes, type GraphQLResponse, record } from "../helpers";
import { collect, type LiveServer, PROJECT_LOADED, startLiveServer } from "../live/live-helpers";

// Access is checked where data enters (root fields, node(id), subscriptions), not on every object: this
// file proves that each of those ways into another deployment's data is refused. A token of "staging"
// (ADMIN there, the most it can hold) tries every root field and subscription on "prod", and node(id) on an
// object of every Node type of prod. The lists below are checked against the printed schema, so a new
// root field, subscription or node type fails here until it has a case.

let server: LiveServer;
let staging: string;
/** Global IDs of prod objects, one per Node type. */
const prodIds: Record<string, string> = {};
let prodToken: string;
let stagingLoadId: string;

const PROD_OBJECTS = graphql(`
  query IsolationProdObjects {
    project(deployment: "prod", name: "etl") {
      id
      deployment { id }
      history(first: 10, collapseSimilar: false) {
        edges { node { load { id trigger rollback { id } assetChanges(first: 1) { edges { node { id } } } } } }
      }
    }
    alertPolicies(deployment: "prod") { id deliveries(first: 1) { edges { node { id } } } }
  }
`);

beforeAll(async () => {
  server = await startLiveServer();
  staging = await server.token("staging-admin", "ADMIN", "staging");
  prodToken = await server.token("prod-editor", "EDITOR", "prod");
  const first = await record(server, { deployment: "prod", project: "etl", assets: [{ key: "a" }] });
  await record(server, {
    deployment: "prod",
    project: "etl",
    assets: [{ key: "a", codeVersion: "2" }, { key: "b" }],
  });
  stagingLoadId = (await record(server, { deployment: "staging", project: "etl", assets: [{ key: "a" }] }))
    .id;
  const policy = await server.request(
    graphql(`
      mutation IsolationCreatePolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }
    `),
    {
      input: {
        name: "on-call",
        deployment: "prod",
        events: ["PROJECT_LOAD_FAILED"],
        webhookUrl: "https://hooks.example.com/x",
      },
    },
  );
  expect(policy.errors).toBeUndefined();
  // A failure writes a delivery of the policy with it.
  await record(server, { deployment: "prod", project: "etl", status: "FAILURE", error: "boom" });
  const rolledBack = await server.request(
    graphql(`
      mutation IsolationRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }
    `),
    { input: { loadId: first.id } },
  );
  expect(rolledBack.errors).toBeUndefined();
  const objects = await server.request(PROD_OBJECTS);
  expect(objects.errors).toBeUndefined();
  const project = objects.data?.project;
  const loads = project?.history.edges.map((edge) => edge.node.load) ?? [];
  const found: Record<string, string | undefined> = {
    Deployment: project?.deployment.id,
    Project: project?.id,
    ProjectLoad: loads[0]?.id,
    Rollback: loads.find((load) => load.rollback)?.rollback?.id,
    AssetChange: loads.flatMap((load) => load.assetChanges.edges)[0]?.node.id,
    AlertPolicy: objects.data?.alertPolicies[0]?.id,
    AlertDelivery: objects.data?.alertPolicies[0]?.deliveries.edges[0]?.node.id,
  };
  for (const [type, id] of Object.entries(found)) {
    if (!id) throw new Error(`no prod ${type} to try`);
    prodIds[type] = id;
  }
});
afterAll(() => server.close());

const schema = buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));
const fieldsOf = (type: "Query" | "Mutation" | "Subscription") => {
  const root = schema.getType(type);
  if (!isObjectType(root)) throw new Error(`${type} missing`);
  return Object.keys(root.getFields()).sort();
};

/** A refusal: the error code, and no data of prod anywhere in the answer. */
function expectRefused(response: GraphQLResponse<unknown>, code: string): void {
  expect(codes(response)).toEqual([code]);
  expect(JSON.stringify(response.data ?? null)).not.toMatch(/"etl"|"prod"|"on-call"/);
}

/** Each root field of Query and Mutation, tried on prod with the staging token. */
const ROOT_CASES: Record<string, () => Promise<void>> = {
  project: async () => {
    const response = await server.request(
      graphql(`query IsolationProject { project(deployment: "prod", name: "etl") { id name } }`),
      {},
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  projects: async () => {
    const named = await server.request(
      graphql(
        `query IsolationProjectsOfProd { projects(deployment: "prod") { totalCount edges { node { id } } } }`,
      ),
      {},
      staging,
    );
    expectRefused(named, "FORBIDDEN");
    // Without a deployment: only what the token may read.
    const all = await server.request(
      graphql(`
        query IsolationAllProjects {
          projects { totalCount edges { node { deployment { name } latestLoad { project { deployment { name } } } } } }
        }
      `),
      {},
      staging,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data?.projects.totalCount).toBe(1);
    expect(JSON.stringify(all.data)).not.toContain('"prod"');
  },
  deployments: async () => {
    const response = await server.request(
      graphql(
        `query IsolationDeployments { deployments { name projects { totalCount edges { node { name } } } } }`,
      ),
      {},
      staging,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.deployments.map((deployment) => deployment.name)).toEqual(["staging"]);
  },
  assetChangeHistory: async () => {
    const response = await server.request(
      graphql(`
        query IsolationAssetChangeHistory { assetChangeHistory(assetKey: "a", deployment: "prod") { totalCount edges { node { id } } } }
      `),
      {},
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  alertPolicies: async () => {
    const response = await server.request(
      graphql(`query IsolationAlertPolicies { alertPolicies(deployment: "prod") { id name } }`),
      {},
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  apiTokens: async () => {
    const response = await server.request(
      graphql(`query IsolationApiTokens { apiTokens(deployment: "prod") { name role } }`),
      {},
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  node: async () => {
    // Every node type: see the node(id) test below.
    for (const type of nodeTypes()) await expectNodeHidden(type);
  },
  viewer: async () => {
    const response = await server.request(
      graphql(`query IsolationViewer { viewer { name roles { role deployment } } }`),
      {},
      staging,
    );
    expect(response.data?.viewer).toEqual({
      name: "staging-admin",
      roles: [{ role: "ADMIN", deployment: "staging" }],
    });
  },
  recordProjectLoad: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationRecord($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }
      `),
      { input: { deployment: "prod", project: "etl", assets: [] } },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  rollbackProject: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationRollbackProd($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }
      `),
      { input: { loadId: prodIds.ProjectLoad as string } },
      staging,
    );
    // NOT_FOUND, as for an ID that does not exist: IDs reveal nothing of other deployments.
    expectRefused(response, "NOT_FOUND");
  },
  setRollbackExecution: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationSetExecution($input: SetRollbackExecutionInput!) { setRollbackExecution(input: $input) { id } }
      `),
      { input: { deployment: "prod", execution: "EXECUTOR" } },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  claimRollback: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationClaim($input: ClaimRollbackInput!) { claimRollback(input: $input) { claimToken } }
      `),
      { input: { deployment: "prod" } },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  renewRollbackLease: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationRenew($input: RenewRollbackLeaseInput!) { renewRollbackLease(input: $input) { id status } }
      `),
      { input: { rollbackId: prodIds.Rollback as string, claimToken: "not-a-claim" } },
      staging,
    );
    expectRefused(response, "NOT_FOUND");
  },
  failRollback: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationFail($input: FailRollbackInput!) { failRollback(input: $input) { id status } }
      `),
      { input: { rollbackId: prodIds.Rollback as string, claimToken: "not-a-claim", error: "no" } },
      staging,
    );
    expectRefused(response, "NOT_FOUND");
  },
  createAlertPolicy: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationCreateProdPolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }
      `),
      {
        input: {
          name: "sneaky",
          deployment: "prod",
          events: ["PROJECT_LOAD_FAILED"],
          webhookUrl: "https://hooks.example.com/sneaky",
        },
      },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  updateAlertPolicy: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id webhookUrl } }
      `),
      { input: { id: prodIds.AlertPolicy as string, enabled: false } },
      staging,
    );
    expectRefused(response, "NOT_FOUND");
  },
  deleteAlertPolicy: async () => {
    const response = await server.request(
      graphql(`mutation IsolationDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }`),
      { id: prodIds.AlertPolicy as string },
      staging,
    );
    expectRefused(response, "NOT_FOUND");
  },
  testAlertPolicy: async () => {
    const response = await server.request(
      graphql(`mutation IsolationTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id load { id } } }`),
      { id: prodIds.AlertPolicy as string },
      staging,
    );
    expectRefused(response, "NOT_FOUND");
  },
  createApiToken: async () => {
    const response = await server.request(
      graphql(`
        mutation IsolationCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }
      `),
      { input: { name: "sneaky-token", role: "VIEWER", deployment: "prod" } },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
  revokeApiToken: async () => {
    const response = await server.request(
      graphql(`mutation IsolationRevokeToken($name: String!) { revokeApiToken(name: $name) }`),
      { name: "prod-editor" },
      staging,
    );
    expectRefused(response, "FORBIDDEN");
  },
};

const NODE = graphql(`
  query IsolationNode($id: ID!) {
    node(id: $id) {
      id
      ... on Project { name }
      ... on ProjectLoad { sequence project { name } }
      ... on AssetChange { assetKey load { id } }
      ... on Rollback { reason project { name } }
      ... on Deployment { name projects { totalCount } }
      ... on AlertPolicy { name webhookUrl }
      ... on AlertDelivery { status load { id } policy { name } }
    }
  }
`);

function nodeTypes(): string[] {
  const node = schema.getType("Node");
  if (!isInterfaceType(node)) throw new Error("Node missing");
  return schema
    .getPossibleTypes(node)
    .map((type) => type.name)
    .sort();
}

async function expectNodeHidden(type: string): Promise<void> {
  const id = prodIds[type];
  if (!id) throw new Error(`no prod ${type} object: add one to the setup`);
  // The same ID answers for a reader of prod, so that null below means refused, not missing.
  const seen = await server.request(NODE, { id }, prodToken);
  expect(seen.errors).toBeUndefined();
  expect(seen.data?.node?.id).toBe(id);
  const denied = await server.request(NODE, { id }, staging);
  // Another deployment's object answers as a missing one: null, no error.
  expect(denied.errors).toBeUndefined();
  expect(denied.data).toEqual({ node: null });
}

const ROLLBACK_UPDATED = graphql(`
  subscription IsolationRollbackUpdated($deployment: String, $rollbackId: ID) {
    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId) { id status }
  }
`);

describe("another deployment's data", () => {
  it("has a case for every root field", () => {
    expect(Object.keys(ROOT_CASES).sort()).toEqual([...fieldsOf("Query"), ...fieldsOf("Mutation")].sort());
  });

  for (const [field, run] of Object.entries(ROOT_CASES)) {
    it(`is refused through ${field}`, run);
  }

  it("is refused through node(id) for every node type", async () => {
    expect(nodeTypes()).toEqual(Object.keys(prodIds).sort());
    for (const type of nodeTypes()) await expectNodeHidden(type);
  });

  it("is refused through every subscription", async () => {
    expect(fieldsOf("Subscription")).toEqual(["projectLoaded", "rollbackUpdated"]);
    const rollbacks = collect(server.client(staging), ROLLBACK_UPDATED, { deployment: "prod" });
    expect(JSON.stringify(await rollbacks.waitForError(10_000))).toContain("FORBIDDEN");
    // One rollback of prod by its ID: its changes are replayed from its request to a prod reader, and
    // nothing (no event, no error) reaches staging, as for a rollback that does not exist.
    const own = collect(server.client(prodToken), ROLLBACK_UPDATED, { rollbackId: prodIds.Rollback });
    const hidden = collect(server.client(staging), ROLLBACK_UPDATED, { rollbackId: prodIds.Rollback });
    expect((await own.waitFor(1, 10_000)).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(hidden.events).toEqual([]);
    expect(hidden.errors).toEqual([]);
    const client = server.client(staging);
    // Named: refused when it starts.
    const named = collect(client, PROJECT_LOADED, { deployment: "prod" });
    expect(JSON.stringify(await named.waitForError(10_000))).toContain("FORBIDDEN");
    // Resuming after a prod load: as for a load that does not exist.
    const resumed = collect(client, PROJECT_LOADED, { after: prodIds.ProjectLoad });
    expect(JSON.stringify(await resumed.waitForError(10_000))).toContain("NOT_FOUND");
    // Unnamed: only the deployments the token reads. Resuming after a staging load, it is sent every load
    // recorded after that one that it may read, stored or live: a prod load recorded first, then a staging
    // one. The staging one arriving alone shows that the prod one was left out, not late.
    const all = collect(client, PROJECT_LOADED, { after: stagingLoadId });
    await record(server, { deployment: "prod", project: "etl", assets: [{ key: "a" }] });
    await record(server, { deployment: "staging", project: "etl", assets: [{ key: "z" }] });
    const events = await all.waitFor(1, 15_000);
    expect(events.map((event) => event.projectLoaded.project.deployment.name)).toEqual(["staging"]);
    expect(all.errors).toEqual([]);
  });
});
