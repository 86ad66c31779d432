// Property-based tests (fast-check) of issue 11's "every bad input a coded error": random strings (NUL and
// other controls, lone surrogates, bidi and zero-width characters, NFC/NFD pairs, very long ones), random JSON
// (deep, wide, odd numbers, 1e400), random dates, IDs and cursors go through every mutation, paginated query,
// lookup and the subscription. Each answer must be data or errors with one of the contract's input codes,
// with no stack or SQL and nothing unexpected reported by the server; a refused write changes no row count and
// a read never does. Runs on SQLite and, with `npm run test:postgres`, on PostgreSQL.
//
// PROPERTY_RUNS (default 150) sets the runs per property; PROPERTY_SEED (default fixed) the seed;
// PROPERTY_DEBUG=<label> prints the first message of each refusal of one property. A failure
// prints the seed and the path to replay it (fast-check's `{ seed, path }`), and the smallest input found.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor, encodeGlobalId } from "../../src/domain/ids";
import { CREATE_POLICY, createPolicy, FAILED_LOAD } from "../alerts/alert-helpers";
import { graphql } from "../generated";
import { ADMIN_TOKEN, type GraphQLResponse, RECORD, record } from "../helpers";
import {
  expectCodedAnswer,
  firstSubscriptionAnswer,
  type InputServer,
  rowCounts,
  startInputServer,
} from "./input-helpers";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.PROPERTY_SEED ?? 1_126_2026);
const settings = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });

const ROLLBACK = graphql(`
  mutation PropertyRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }
`);
const UPDATE_POLICY = graphql(`
  mutation PropertyUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id name } }
`);
const DELETE_POLICY = graphql(`
  mutation PropertyDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }
`);
const TEST_POLICY = graphql(`
  mutation PropertyTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id errorClass } }
`);
const CREATE_TOKEN = graphql(`
  mutation PropertyCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }
`);
const REVOKE_TOKEN = graphql(`
  mutation PropertyRevokeToken($name: String!) { revokeApiToken(name: $name) }
`);
// One document per list and per lookup, so that a cursor valid for one list is not refused by another.
const PAGES = {
  project: graphql(`
    query PropertyPageProjects($first: Int, $after: String) { projects(first: $first, after: $after) { totalCount edges { cursor } } }
  `),
  deploymentProject: graphql(`
    query PropertyPageDeploymentProjects($first: Int, $after: String) {
      deployments { projects(first: $first, after: $after) { edges { cursor } } }
    }
  `),
  entry: graphql(`
    query PropertyPageHistory($first: Int, $after: String) {
      project(name: "etl") { history(first: $first, after: $after) { totalCount edges { cursor } } }
    }
  `),
  load: graphql(`
    query PropertyPageLoads($first: Int, $after: String) {
      project(name: "etl") {
        history(first: $first, after: $after, collapseSimilar: false) { edges { cursor } }
        latestLoad { id }
      }
    }
  `),
  entryLoad: graphql(`
    query PropertyPageEntryLoads($first: Int, $after: String) {
      project(name: "etl") { history(first: 1) { edges { node { loads(first: $first, after: $after) { edges { cursor } } } } } }
    }
  `),
  change: graphql(`
    query PropertyPageChanges($first: Int, $after: String) {
      project(name: "etl") { currentLoad { assetChanges(first: $first, after: $after) { totalCount edges { cursor } } } }
    }
  `),
  assetChange: graphql(`
    query PropertyPageAssetHistory($first: Int, $after: String) {
      assetChangeHistory(assetKey: "raw/orders", first: $first, after: $after) { totalCount edges { cursor } }
    }
  `),
  delivery: graphql(`
    query PropertyPageDeliveries($first: Int, $after: String) { alertPolicies { deliveries(first: $first, after: $after) { totalCount } } }
  `),
};
/** Which cursor kind each list's cursors carry. */
const KIND_OF: Record<keyof typeof PAGES, string> = {
  project: "project",
  deploymentProject: "project",
  entry: "entry",
  load: "load",
  entryLoad: "load",
  change: "change",
  assetChange: "change",
  delivery: "delivery",
};
const LOOKUPS = [
  graphql(`
    query PropertyNode($id: ID!) { node(id: $id) { __typename id } }
  `),
  graphql(`
    query PropertyProjectByName($deployment: String, $name: String!) { project(deployment: $deployment, name: $name) { name } }
  `),
  graphql(`
    query PropertyProjectsOf($deployment: String) { projects(deployment: $deployment) { totalCount } }
  `),
  graphql(`
    query PropertyAssetHistoryOf($deployment: String, $name: String, $assetKey: String!) {
      assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $name) { totalCount }
    }
  `),
  graphql(`
    query PropertyPoliciesOf($deployment: String) { alertPolicies(deployment: $deployment) { name } }
  `),
];
const IDS = graphql(`
  query PropertyIds {
    project(name: "etl") {
      id
      deployment { id }
      history(collapseSimilar: false) { edges { node { load { id assetChanges { edges { node { id } } } } } } }
    }
  }
`);
const WATCH = /* GraphQL */ `
  subscription PropertyWatch($deployment: String, $project: String, $after: String) {
    projectLoaded(deployment: $deployment, project: $project, after: $after) { id }
  }
`;

// ---------------------------------------------------------------------------------------------------------
// Arbitraries

/** Pieces that have broken (or could break) one database or the other, or make names look alike. */
const NASTY = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u009f",
  "\ud800",
  "\udbff",
  "\udc00",
  "\u202e",
  "\u2066",
  "\u200e",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u00ad",
  "\u3164",
  " ",
  "\u00a0",
  "\t",
  "\n",
  "\r\n",
  "\u2028",
  "e\u0301",
  "\u00e9",
  "\ud83d\ude80",
  "'",
  '"',
  "\\",
  "%",
  "_",
  "/",
  ":",
  "@",
  "?",
  "#",
  "=",
  "&",
  "--",
  "';--",
  "$1",
  "\\u0000",
  "prod",
  "etl",
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 5 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
);
const longText = fc
  .tuple(
    fc.constantFrom(199, 200, 201, 1_000, 1_001, 100_001),
    fc.constantFrom("x", "\u00e9", "e\u0301", "\u0000"),
  )
  .map(([length, char]) => char.repeat(length));
/** Any string, mostly made of the pieces above. */
const text = fc.oneof(
  { weight: 10, arbitrary: fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join("")) },
  { weight: 1, arbitrary: longText },
);
/** Names that exist or could, and their look-alikes, besides any string. */
const name = fc.oneof(
  fc.constantFrom("etl", "web", "prod", "staging", "caf\u00e9", "cafe\u0301", " etl", "etl ", "e\u200btl"),
  text,
);
const deploymentName = fc.option(fc.constantFrom("prod", "staging", "pr\u202eod", " prod", "x".repeat(201)), {
  nil: undefined,
});

/** Numbers JSON.stringify cannot write are sent as markers and put in the body as they are. */
const ODD_NUMBERS = ["\u00a71e400\u00a7", "\u00a7-1e400\u00a7", "\u00a71e-400\u00a7"];
const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 2 ** 31, -1.5),
  fc.constantFrom(...ODD_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const nested = (levels: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { n: value };
  return value;
};
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    oddNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("json"), { maxLength: 4 }),
    fc.dictionary(text, tie("json"), { maxKeys: 4 }),
  ),
}));
const anyJson = fc.oneof(
  { weight: 6, arbitrary: json },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 28, max: 40 }), json).map(([levels, leaf]) => nested(levels, leaf)),
  },
  { weight: 1, arbitrary: fc.dictionary(text, text, { maxKeys: 200 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 5 }),
  },
);
const date = fc.oneof(
  fc
    .date({ min: new Date("1960-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom("Z", "+24:00", "-01:30", "+00:60", "", "+14:00", ".123456789Z"),
    )
    .map(([y, mo, d, h, mi, zone]) => {
      const two = (n: number) => String(n).padStart(2, "0");
      return `${String(y).padStart(4, "0")}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:00${zone}`;
    }),
  text,
);
const repositoryUrl = fc.oneof(
  fc.constantFrom(
    "https://github.com/acme/etl",
    "git@github.com:acme/etl.git",
    "javascript:alert(1)",
    "https://u:p@gitlab.com/g/p.git?private_token=s",
    "file:///etc/passwd",
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text,
);
/** Mostly a valid value, sometimes any string: inputs that pass except for one field are what find gaps. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 7, arbitrary: valid }, { weight: 1, arbitrary: text as fc.Arbitrary<T | string> });
const plain = fc.stringMatching(/^[a-z][a-z0-9_/.-]{0,12}$/);
const asset = fc.record(
  {
    key: mostly(
      fc.oneof(fc.constantFrom("raw/orders", "mart/revenue", "raw/caf\u00e9", "raw/cafe\u0301"), plain),
    ),
    codeVersion: fc.option(mostly(plain)),
    tags: fc.option(fc.oneof({ weight: 3, arbitrary: fc.dictionary(plain, plain, { maxKeys: 3 }) }, anyJson)),
    metadata: fc.option(
      fc.oneof(
        { weight: 2, arbitrary: fc.dictionary(plain, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }) },
        anyJson,
      ),
    ),
    dependencies: fc.option(
      fc.array(mostly(fc.constantFrom("raw/orders", "raw/caf\u00e9")), { maxLength: 3 }),
    ),
    partitionMappings: fc.option(
      fc.oneof({ weight: 3, arbitrary: fc.constant({ "raw/orders": "identity" }) }, anyJson),
    ),
    partitionsDefinition: fc.option(mostly(plain)),
  },
  { requiredKeys: ["key"] },
);
const success = fc.record(
  {
    status: fc.constant("SUCCESS"),
    assets: fc.array(asset, { maxLength: 3 }),
  },
  { requiredKeys: ["assets"] },
);
const failure = fc.record(
  {
    status: fc.constant("FAILURE"),
    error: mostly(fc.constantFrom("boom", "ModuleNotFoundError: pandas")),
    errorStack: fc.option(text),
  },
  { requiredKeys: ["status", "error"] },
);
const recordInput = fc
  .tuple(
    fc.record(
      {
        deployment: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(undefined, "prod", "staging") },
          deploymentName,
        ),
        project: mostly(fc.constantFrom("etl", "web", "caf\u00e9", "cafe\u0301", "new")),
        image: fc.option(mostly(plain)),
        git: fc.option(
          fc.record({
            repositoryUrl: fc.option(repositoryUrl),
            commitHash: fc.option(mostly(fc.stringMatching(/^[0-9a-f]{4,40}$/))),
            branch: fc.option(mostly(plain)),
          }),
        ),
        metadata: fc.option(
          fc.array(fc.record({ key: mostly(plain), value: mostly(plain) }), { maxLength: 3 }),
        ),
        loadedAt: fc.option(fc.oneof({ weight: 2, arbitrary: fc.constant("2026-01-02T03:04:05Z") }, date)),
        idempotencyKey: fc.option(mostly(fc.constantFrom("k1", "k2"))),
      },
      { requiredKeys: ["project"] },
    ),
    fc.oneof({ weight: 2, arbitrary: success }, { weight: 1, arbitrary: failure }),
    // Now and then a field where it does not belong: error on a success, assets on a failure.
    fc.oneof(
      { weight: 9, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.record(
          { error: text, assets: fc.array(asset, { maxLength: 1 }) },
          { requiredKeys: [] },
        ),
      },
    ),
  )
  .map(([base, kind, misplaced]) => ({ ...base, ...kind, ...misplaced }));

const TYPES = [
  "Deployment",
  "Project",
  "ProjectLoad",
  "AssetChange",
  "Rollback",
  "AlertPolicy",
  "AlertDelivery",
];
const KINDS = ["project", "entry", "load", "change", "delivery"];
const key = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, 2 ** 32, 999_999_999_999_999),
  fc.bigInt({ min: 0n, max: 10n ** 20n }),
);
const base64 = (value: string) => Buffer.from(value, "utf8").toString("base64url");

// ---------------------------------------------------------------------------------------------------------

let server: InputServer;
let existing: { loads: string[]; nodes: string[]; policies: string[]; tokens: Record<string, string> };

/** Sends an operation as a hostile client writes it: the body's JSON text, odd numbers included. */
async function send(
  query: string,
  variables: unknown,
  token: string | null = ADMIN_TOKEN,
): Promise<GraphQLResponse> {
  let body = JSON.stringify({ query, variables });
  for (const marker of ODD_NUMBERS) body = body.replaceAll(JSON.stringify(marker), marker.slice(1, -1));
  const response = await server.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { ...((await response.json()) as GraphQLResponse), status: response.status };
}

/** Answers per property, accepted and refused: printed at the end, so that a run shows it tested both. */
const tally = new Map<string, { accepted: number; refused: number }>();

/** The answer is coded or data; when refused, not a row changed (`write`), and a read never changes one. */
async function check(label: string, run: () => Promise<GraphQLResponse>, write: boolean): Promise<void> {
  const before = await rowCounts(server.db);
  const response = await run();
  const refused = expectCodedAnswer(server, response);
  if (process.env.PROPERTY_DEBUG === label && refused)
    console.log("REFUSED", response.errors?.[0]?.message?.slice(0, 120));
  const counts = tally.get(label) ?? { accepted: 0, refused: 0 };
  counts[refused ? "refused" : "accepted"] += 1;
  tally.set(label, counts);
  expect(response.status, JSON.stringify(response).slice(0, 300)).toBeLessThan(500);
  if (refused || !write) expect(await rowCounts(server.db)).toEqual(before);
}

beforeAll(async () => {
  server = await startInputServer();
  await record(server, { project: "etl", assets: [{ key: "raw/orders" }] });
  await record(server, {
    project: "etl",
    assets: [{ key: "raw/orders", codeVersion: "2" }, { key: "mart/revenue" }],
  });
  await record(server, { project: "etl", ...FAILED_LOAD });
  await record(server, { deployment: "staging", project: "web", assets: [{ key: "raw/orders" }] });
  const policy = await createPolicy(server, { name: "p", webhookUrl: "https://hooks.example.com/p" });
  const ids = (await server.request(IDS)).data?.project;
  const loads = (ids?.history.edges ?? []).map((edge) => edge.node.load.id);
  const changes = (ids?.history.edges ?? []).flatMap((edge) =>
    edge.node.load.assetChanges.edges.map((e) => e.node.id),
  );
  existing = {
    loads,
    nodes: [ids?.id, ids?.deployment.id, ...loads, ...changes, policy.id].filter((id): id is string => !!id),
    policies: [policy.id],
    tokens: {
      admin: ADMIN_TOKEN,
      prodViewer: await server.token("prop-prod-viewer", "VIEWER", "prod"),
      stagingEditor: await server.token("prop-staging-editor", "EDITOR", "staging"),
      // Revoked by the token property; the others keep theirs.
      revocable: await server.token("prop-revocable", "VIEWER", "prod"),
    },
  };
}, 120_000);
afterAll(async () => {
  console.info(
    `fast-check seed ${SEED}, ${RUNS} runs per property (${process.env.TEST_DATABASE ?? "sqlite"}):`,
    Object.fromEntries(tally),
  );
  await server.close();
});

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constant("admin") },
  { weight: 1, arbitrary: fc.constantFrom("prodViewer", "stagingEditor") },
);
const tokenOf = (which: string) => existing.tokens[which] ?? ADMIN_TOKEN;
/** IDs: real ones, well-formed ones of any type and key, and any string. */
const id = () =>
  fc.oneof(
    fc.constantFrom(...existing.nodes),
    fc.tuple(fc.constantFrom(...TYPES), key).map(([type, n]) => encodeGlobalId(type, n)),
    fc.tuple(fc.constantFrom(...TYPES), text).map(([type, n]) => base64(`${type}:${n}`)),
    text,
  );
/** Cursors: well-formed ones of every list and key, IDs, and any string. */
const cursor = fc.option(
  fc.oneof(
    fc.tuple(fc.constantFrom(...KINDS), key).map(([kind, n]) => base64(`${kind}:${n}`)),
    fc
      .tuple(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 5 }))
      .map(([kind, n]) => encodeCursor(kind, n)),
    fc.tuple(fc.constantFrom(...TYPES), key).map(([type, n]) => encodeGlobalId(type, n)),
    text,
  ),
  { nil: undefined },
);
const first = fc.option(fc.oneof(fc.integer({ min: -2, max: 102 }), fc.integer()), { nil: undefined });

describe("every bad input is a coded error on this database, and a refused write writes nothing", () => {
  it("recordProjectLoad", async () => {
    await fc.assert(
      fc.asyncProperty(recordInput, token, (input, who) =>
        check("recordProjectLoad", () => send(RECORD.toString(), { input }, tokenOf(who)), true),
      ),
      settings(),
    );
  }, 600_000);

  it("rollbackProject", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          loadId: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...existing.loads) }, id()),
          reason: fc.option(mostly(fc.constantFrom("bad deploy", "back to 2.3.0\n(see #12)"))),
          idempotencyKey: fc.option(mostly(plain)),
          project: fc.option(mostly(fc.constantFrom("etl", "web"))),
          deployment: deploymentName,
        }),
        token,
        (input, who) =>
          check("rollbackProject", () => send(ROLLBACK.toString(), { input }, tokenOf(who)), true),
      ),
      settings(),
    );
  }, 600_000);

  it("alert policies: create, update, delete, test", async () => {
    const webhookUrl = fc.oneof(
      fc.constantFrom("https://hooks.example.com/a", "http://127.0.0.1:6379/", "https://169.254.169.254/"),
      text.map((path) => `https://hooks.example.com/${path}`),
      fc.webUrl({ withQueryParameters: true }),
      text,
    );
    const events = fc.subarray(["PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED"]);
    const operation = fc.oneof(
      fc
        .record({ name, deployment: deploymentName, project: fc.option(name), events, webhookUrl })
        .map((input) => [CREATE_POLICY.toString(), { input }] as const),
      fc
        .record(
          {
            id: fc.oneof(fc.constantFrom(...existing.policies), id()),
            name: fc.option(name),
            project: fc.option(name),
            events: fc.option(events),
            webhookUrl: fc.option(webhookUrl),
            enabled: fc.option(fc.boolean()),
          },
          { requiredKeys: ["id"] },
        )
        .map((input) => [UPDATE_POLICY.toString(), { input }] as const),
      id().map((policyId) => [DELETE_POLICY.toString(), { id: policyId }] as const),
      fc
        .oneof(fc.constantFrom(...existing.policies), id())
        .map((policyId) => [TEST_POLICY.toString(), { id: policyId }] as const),
    );
    await fc.assert(
      fc.asyncProperty(operation, token, ([query, variables], who) =>
        check("alert policies", () => send(query, variables, tokenOf(who)), true),
      ),
      settings(),
    );
  }, 600_000);

  it("tokens: create and revoke", async () => {
    const operation = fc.oneof(
      fc
        .record({
          name,
          role: fc.constantFrom("ADMIN", "EDITOR", "LAUNCHER", "VIEWER"),
          deployment: fc.option(fc.oneof(name, fc.constantFrom("prod", "staging"))),
        })
        .map((input) => [CREATE_TOKEN.toString(), { input }] as const),
      fc
        .oneof(name, fc.constantFrom("prop-revocable"))
        .map((tokenName) => [REVOKE_TOKEN.toString(), { name: tokenName }] as const),
    );
    await fc.assert(
      fc.asyncProperty(operation, (operationAndVariables) =>
        // Only the admin here: revoking the other test tokens would change what the other properties test.
        check("tokens", () => send(operationAndVariables[0], operationAndVariables[1]), true),
      ),
      settings(),
    );
  }, 600_000);

  it("every paginated list, with any first and after", async () => {
    const lists = Object.keys(PAGES) as (keyof typeof PAGES)[];
    // A cursor of the list's own kind half of the time (small keys exist, large ones are out of range).
    const page = fc.constantFrom(...lists).chain((list) =>
      fc.tuple(
        fc.constant(list),
        first,
        fc.oneof(
          fc.tuple(fc.constant(KIND_OF[list]), key).map(([kind, n]) => base64(`${kind}:${n}`)),
          cursor,
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(page, token, ([list, pageSize, after], who) =>
        check("pages", () => send(PAGES[list].toString(), { first: pageSize, after }, tokenOf(who)), false),
      ),
      settings(),
    );
  }, 600_000);

  it("node(id) and every lookup by name or key", async () => {
    const lookup = fc.record({
      document: fc.constantFrom(...LOOKUPS),
      id: id(),
      deployment: fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(undefined, "prod", "staging") },
        deploymentName,
      ),
      name: mostly(fc.constantFrom("etl", "web", "cafe\u0301")),
      assetKey: mostly(fc.constantFrom("raw/orders", "mart/revenue")),
    });
    await fc.assert(
      fc.asyncProperty(lookup, token, ({ document, ...variables }, who) =>
        check("lookups", () => send(document.toString(), variables, tokenOf(who)), false),
      ),
      settings(),
    );
  }, 600_000);

  it("projectLoaded, with any deployment, project and after", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          deployment: deploymentName,
          project: fc.option(name, { nil: undefined }),
          after: fc.option(
            fc.oneof(
              fc.constantFrom(...existing.loads),
              id(),
              cursor.map((c) => c ?? ""),
            ),
            { nil: undefined },
          ),
        }),
        token,
        (variables, who) =>
          check(
            "projectLoaded",
            () => firstSubscriptionAnswer(server, WATCH, variables, tokenOf(who)),
            false,
          ),
      ),
      settings(Math.max(10, Math.round(RUNS / 3))),
    );
  }, 600_000);
});
