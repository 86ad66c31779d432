import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "../../src/alerts/signing";
import { encodeGlobalId } from "../../src/domain/ids";
import { graphql } from "../generated";
import type { CreateAlertPolicyInput, CreateAlertPolicyMutationVariables } from "../generated/graphql";
import { codes, createTestServer, type GraphQLResponse, RECORD, record, type TestServer } from "../helpers";
import { CREATE_POLICY, createPolicy, FAILED_LOAD, rowId } from "./alert-helpers";
import { RECEIVER_NETWORKS, Receiver } from "./receiver";

// The GraphQL API of alert policies, through app.fetch. No background sender runs here: deliveries that
// failed loads write stay in the outbox, which is what the transaction tests look at.

let server: TestServer;
let receiver: Receiver;
beforeAll(async () => {
  server = await createTestServer({ alerts: { network: RECEIVER_NETWORKS } });
  receiver = await new Receiver().start();
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

const UPDATE = graphql(`
  mutation UpdateAlertPolicy($input: UpdateAlertPolicyInput!) {
    updateAlertPolicy(input: $input) { id name project events webhookUrl format enabled }
  }
`);
const DELETE = graphql(`
  mutation DeleteAlertPolicy($id: ID!) { deleteAlertPolicy(id: $id) }
`);
const TEST = graphql(`
  mutation TestAlertPolicy($id: ID!) {
    testAlertPolicy(id: $id) {
      id event status attempts lastAttemptAt responseStatus lastError nextAttemptAt test
      load { id sequence } policy { id name }
    }
  }
`);
const LIST = graphql(`
  query AlertPolicies($deployment: String) {
    alertPolicies(deployment: $deployment) {
      id name deployment project events webhookUrl format enabled createdAt createdBy
      deliveries(first: 2) { totalCount edges { cursor node { id status event test } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

describe("createAlertPolicy and alertPolicies", () => {
  it("creates a policy and shows its signing secret once", async () => {
    const response = await server.request(CREATE_POLICY, {
      input: {
        name: "on-call",
        project: "etl",
        events: ["PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED", "PROJECT_LOAD_FAILED"],
        webhookUrl: receiver.url("/hooks/on-call"),
      },
    });
    expect(response.errors).toBeUndefined();
    const created = response.data?.createAlertPolicy;
    expect(created?.signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created?.policy).toEqual({
      id: expect.any(String),
      name: "on-call",
      deployment: "prod",
      project: "etl",
      events: ["PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED"],
      webhookUrl: receiver.url("/hooks/on-call"),
      format: "JSON",
      enabled: true,
    });
    // Stored to sign with, never answered again.
    const stored = await server.db.prisma.alertPolicy.findUniqueOrThrow({
      where: { id: rowId(created?.policy.id ?? "") },
    });
    expect(stored.signingSecret).toBe(created?.signingSecret);
    const listed = await server.request(LIST, { deployment: "prod" });
    const byNode = await server.request(
      graphql(`
        query PolicyNameByNode($id: ID!) { node(id: $id) { ... on AlertPolicy { name } } }
      `),
      // Cast only for the types: a missing ID fails the assertions below, as before.
      { id: created?.policy.id as string },
    );
    for (const later of [listed, byNode]) {
      expect(later.errors).toBeUndefined();
      expect(JSON.stringify(later.data)).not.toContain(created?.signingSecret);
    }
    const introspection = await server.request(
      graphql(`
        query AlertPolicyFieldNames { __type(name: "AlertPolicy") { fields { name } } }
      `),
    );
    expect(introspection.data?.__type?.fields?.map((field) => field.name)).not.toContain("signingSecret");
  });

  it("lists a deployment's policies by name, with webhook URLs only for EDITOR and above", async () => {
    await createPolicy(server, {
      name: "b-slack",
      deployment: "listing",
      webhookUrl: "https://hooks.example.com/T1/B2/x",
    });
    await createPolicy(server, { name: "a-json", deployment: "listing", webhookUrl: "http://127.0.0.1:9/a" });
    const editor = await server.token("listing-editor", "EDITOR", "listing");
    const viewer = await server.token("listing-viewer", "VIEWER", "listing");
    const asEditor = await server.request(LIST, { deployment: "listing" }, editor);
    expect(asEditor.data?.alertPolicies.map((policy) => [policy.name, policy.webhookUrl])).toEqual([
      ["a-json", "http://127.0.0.1:9/a"],
      ["b-slack", "https://hooks.example.com/T1/B2/x"],
    ]);
    const asViewer = await server.request(LIST, { deployment: "listing" }, viewer);
    expect(asViewer.errors).toBeUndefined();
    expect(asViewer.data?.alertPolicies.map((policy) => [policy.name, policy.webhookUrl])).toEqual([
      ["a-json", null],
      ["b-slack", null],
    ]);
    // The default deployment is prod.
    const prod = await server.request(
      graphql(`
        query DefaultDeploymentPolicyNames { alertPolicies { name } }
      `),
    );
    expect(prod.data?.alertPolicies.map((policy) => policy.name)).toEqual(["on-call"]);
  });

  it("refuses bad input with BAD_USER_INPUT", async () => {
    const bad = async (input: Partial<CreateAlertPolicyInput>) =>
      codes(
        await server.request(CREATE_POLICY, {
          input: {
            name: "bad",
            events: ["PROJECT_LOAD_FAILED"],
            webhookUrl: "https://example.com/h",
            ...input,
          },
        }),
      );
    // Invalid on purpose (values outside the enums): the operation goes out as plain text, untyped.
    const badEnum = async (input: Record<string, unknown>) =>
      codes(
        await server.request(String(CREATE_POLICY), {
          input: {
            name: "bad",
            events: ["PROJECT_LOAD_FAILED"],
            webhookUrl: "https://example.com/h",
            ...input,
          },
        }),
      );
    expect(await bad({ webhookUrl: "ftp://example.com/hook" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ webhookUrl: "file:///etc/passwd" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ webhookUrl: "javascript:alert(1)" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ webhookUrl: "not a url" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ webhookUrl: "https://user:pw@example.com/h" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ events: [] })).toEqual(["BAD_USER_INPUT"]);
    expect(await badEnum({ events: ["SOMETHING_ELSE"] })).toEqual(["BAD_USER_INPUT"]);
    expect(await badEnum({ format: "XML" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ name: "" })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ name: "on-call" })).toEqual(["BAD_USER_INPUT"]); // taken in prod
    // An unknown enum value written in the document itself: invalid on purpose, so a plain string.
    const literal = await server.request(
      `mutation { createAlertPolicy(input: { name: "x", events: [NOPE], webhookUrl: "https://e.com" }) { signingSecret } }`,
    );
    expect(codes(literal)).toEqual(["BAD_USER_INPUT"]);
    expect(await server.db.prisma.alertPolicy.count({ where: { name: "bad" } })).toBe(0);
  });
});

describe("updateAlertPolicy and deleteAlertPolicy", () => {
  it("changes only the fields given; project null means every project", async () => {
    const policy = await createPolicy(server, {
      name: "upd",
      deployment: "upd",
      project: "etl",
      webhookUrl: "https://example.com/one",
    });
    const renamed = await server.request(UPDATE, {
      input: { id: policy.id, name: "upd-2", events: ["ROLLBACK_PERFORMED"], format: "SLACK" },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateAlertPolicy).toMatchObject({
      name: "upd-2",
      project: "etl",
      events: ["ROLLBACK_PERFORMED"],
      format: "SLACK",
      webhookUrl: "https://example.com/one",
      enabled: true,
    });
    const widened = await server.request(UPDATE, {
      input: { id: policy.id, project: null, webhookUrl: "http://example.com/two", enabled: false },
    });
    expect(widened.data?.updateAlertPolicy).toMatchObject({
      name: "upd-2",
      project: null,
      webhookUrl: "http://example.com/two",
      enabled: false,
    });
    expect(codes(await server.request(UPDATE, { input: { id: policy.id, name: null } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codes(await server.request(UPDATE, { input: { id: policy.id, events: [] } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(
      codes(await server.request(UPDATE, { input: { id: policy.id, webhookUrl: "gopher://x" } })),
    ).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers NOT_FOUND for an unknown policy and BAD_USER_INPUT for a malformed ID", async () => {
    const unknown = encodeGlobalId("AlertPolicy", 999_999);
    expect(codes(await server.request(UPDATE, { input: { id: unknown, name: "x" } }))).toEqual(["NOT_FOUND"]);
    expect(codes(await server.request(DELETE, { id: unknown }))).toEqual(["NOT_FOUND"]);
    expect(codes(await server.request(TEST, { id: unknown }))).toEqual(["NOT_FOUND"]);
    expect(codes(await server.request(DELETE, { id: "not-an-id" }))).toEqual(["BAD_USER_INPUT"]);
    const load = await record(server, { project: "ids", assets: [] });
    expect(codes(await server.request(TEST, { id: load.id }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("deletes a policy with its deliveries", async () => {
    const policy = await createPolicy(server, {
      name: "del",
      deployment: "del",
      webhookUrl: "https://example.com/d",
    });
    await record(server, { deployment: "del", project: "etl", ...FAILED_LOAD });
    expect(await server.db.prisma.alertDelivery.count({ where: { policyId: rowId(policy.id) } })).toBe(1);
    const deleted = await server.request(DELETE, { id: policy.id });
    expect(deleted.data?.deleteAlertPolicy).toBe(true);
    expect(await server.db.prisma.alertDelivery.count({ where: { policyId: rowId(policy.id) } })).toBe(0);
    expect(codes(await server.request(DELETE, { id: policy.id }))).toEqual(["NOT_FOUND"]);
  });
});

describe("the outbox is written with the load", () => {
  it("writes a PENDING delivery per matching policy in the recording transaction", async () => {
    const a = await createPolicy(server, {
      name: "a",
      deployment: "tx",
      webhookUrl: "https://example.com/a",
    });
    const b = await createPolicy(server, {
      name: "b",
      deployment: "tx",
      webhookUrl: "https://example.com/b",
    });
    const load = await record(server, {
      deployment: "tx",
      project: "etl",
      ...FAILED_LOAD,
      idempotencyKey: "k1",
    });
    const rows = await server.db.prisma.alertDelivery.findMany({ where: { loadId: rowId(load.id) } });
    expect(rows.map((row) => [row.policyId, row.status, row.event, row.attempts]).sort()).toEqual(
      [
        [rowId(a.id), "PENDING", "PROJECT_LOAD_FAILED", 0],
        [rowId(b.id), "PENDING", "PROJECT_LOAD_FAILED", 0],
      ].sort(),
    );
    // A retry with the same idempotency key records nothing new, alerts included.
    await record(server, { deployment: "tx", project: "etl", ...FAILED_LOAD, idempotencyKey: "k1" });
    // A recording that fails writes no delivery.
    const conflict = await server.request(RECORD, {
      input: { deployment: "tx", project: "etl", ...FAILED_LOAD, error: "other", idempotencyKey: "k1" },
    });
    expect(codes(conflict)).toEqual(["CONFLICT"]);
    expect(
      await server.db.prisma.alertDelivery.count({ where: { policyId: { in: [rowId(a.id), rowId(b.id)] } } }),
    ).toBe(2);
  });
});

describe("testAlertPolicy", () => {
  it("needs a load to describe", async () => {
    const policy = await createPolicy(server, {
      name: "t0",
      deployment: "empty",
      webhookUrl: receiver.url("/t0"),
    });
    const response = await server.request(TEST, { id: policy.id });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0]?.message).toMatch(/No load/);
  });

  it("sends a signed test delivery now and returns it", async () => {
    const policy = await createPolicy(server, {
      name: "t1",
      deployment: "test",
      webhookUrl: receiver.url("/t1"),
    });
    await record(server, { deployment: "test", project: "etl", assets: [] });
    const failed = await record(server, { deployment: "test", project: "etl", ...FAILED_LOAD });
    await record(server, { deployment: "test", project: "etl", assets: [] });
    const before = receiver.received.length;
    const response = await server.request(TEST, { id: policy.id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.testAlertPolicy).toMatchObject({
      event: "PROJECT_LOAD_FAILED",
      status: "DELIVERED",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
      nextAttemptAt: null,
      test: true,
      // The newest failure in scope, not the newest load.
      load: { id: failed.id, sequence: 2 },
      policy: { id: policy.id, name: "t1" },
    });
    expect(receiver.received.length).toBe(before + 1);
    const request = receiver.received.at(-1);
    expect(
      verifySignature(String(request?.body), policy.secret, String(request?.headers["x-signature-256"])),
    ).toBe(true);
    expect(JSON.parse(String(request?.body))).toMatchObject({ test: true, load: { id: failed.id } });
    expect(request?.headers["x-delivery-id"]).toBe(response.data?.testAlertPolicy.id);
    // Listed with the policy's deliveries, newest first.
    await record(server, { deployment: "test", project: "etl", ...FAILED_LOAD });
    const listed = await server.request(LIST, { deployment: "test" });
    // The first failure (written with its load), the test, the second failure.
    expect(listed.data?.alertPolicies[0]?.deliveries.totalCount).toBe(3);
    expect(listed.data?.alertPolicies[0]?.deliveries.edges.map((edge) => edge.node.test)).toEqual([
      false,
      true,
    ]);
  });

  it("reports a refusal: PENDING after a 5xx (retried later), FAILED after a 4xx", async () => {
    const policy = await createPolicy(server, {
      name: "t2",
      deployment: "test",
      webhookUrl: receiver.url("/t2"),
    });
    receiver.answer = () => ({ status: 503, body: "maintenance" });
    const retried = await server.request(TEST, { id: policy.id });
    expect(retried.data?.testAlertPolicy).toMatchObject({
      status: "PENDING",
      attempts: 1,
      responseStatus: 503,
      lastError: "HTTP 503: maintenance",
      nextAttemptAt: expect.any(String),
    });
    receiver.answer = () => ({ status: 410, body: "gone" });
    const refused = await server.request(TEST, { id: policy.id });
    expect(refused.data?.testAlertPolicy).toMatchObject({
      status: "FAILED",
      responseStatus: 410,
      nextAttemptAt: null,
    });
    receiver.answer = () => ({ status: 200 });
  });
});

describe("roles", () => {
  it("needs EDITOR in the policy's deployment for every mutation, VIEWER to read", async () => {
    const policy = await createPolicy(server, {
      name: "guarded",
      deployment: "guard",
      webhookUrl: receiver.url("/g"),
    });
    await record(server, { deployment: "guard", project: "etl", ...FAILED_LOAD });
    const viewer = await server.token("guard-viewer", "VIEWER", "guard");
    const launcher = await server.token("guard-launcher", "LAUNCHER", "guard");
    const otherEditor = await server.token("other-editor", "EDITOR", "elsewhere");
    const editor = await server.token("guard-editor", "EDITOR", "guard");
    const create: CreateAlertPolicyMutationVariables = {
      input: {
        name: "new",
        deployment: "guard",
        events: ["PROJECT_LOAD_FAILED"],
        webhookUrl: receiver.url("/n"),
      },
    };
    // Each mutation with its variables, sent with the token given.
    const mutations: ((token: string | null) => Promise<GraphQLResponse<unknown>>)[] = [
      (token) => server.request(CREATE_POLICY, create, token),
      (token) => server.request(UPDATE, { input: { id: policy.id, name: "renamed" } }, token),
      (token) => server.request(TEST, { id: policy.id }, token),
      (token) => server.request(DELETE, { id: policy.id }, token),
    ];
    for (const [index, mutation] of mutations.entries()) {
      expect(codes(await mutation(null))).toEqual(["UNAUTHENTICATED"]);
      expect(codes(await mutation("unknown-token"))).toEqual(["UNAUTHENTICATED"]);
      for (const token of [viewer, launcher]) {
        const denied = await mutation(token);
        expect(codes(denied)).toEqual(["FORBIDDEN"]);
        expect(denied.errors?.[0]?.message).toMatch(/EDITOR role in deployment "guard"/);
      }
      const outside = await mutation(otherEditor);
      if (index === 0) {
        // createAlertPolicy names the deployment: FORBIDDEN, as for any deployment named by name.
        expect(codes(outside)).toEqual(["FORBIDDEN"]);
      } else {
        // A policy reached by its ID in a deployment the caller cannot read is answered as a missing one.
        expect(codes(outside)).toEqual(["NOT_FOUND"]);
        expect(outside.errors?.[0]?.message).toBe("No alert policy has this ID");
      }
    }
    expect(await server.db.prisma.alertPolicy.count({ where: { deployment: "guard" } })).toBe(1);
    for (const mutation of mutations) {
      const allowed = await mutation(editor);
      expect(allowed.errors).toBeUndefined();
    }
    expect(codes(await server.request(LIST, { deployment: "guard" }, null))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await server.request(LIST, { deployment: "guard" }, otherEditor))).toEqual(["FORBIDDEN"]);
    const read = await server.request(LIST, { deployment: "guard" }, viewer);
    expect(read.errors).toBeUndefined();
  });

  it("guards policies and deliveries reached by node(id)", async () => {
    const policy = await createPolicy(server, {
      name: "node",
      deployment: "nodes",
      webhookUrl: receiver.url("/node"),
    });
    await record(server, { deployment: "nodes", project: "etl", ...FAILED_LOAD });
    const tested = await server.request(TEST, { id: policy.id });
    const outsider = await server.token("nodes-outsider", "ADMIN", "not-nodes");
    const insider = await server.token("nodes-viewer", "VIEWER", "nodes");
    const NODE = graphql(`
      query GuardedNode($id: ID!) { node(id: $id) { id ... on AlertPolicy { webhookUrl } ... on AlertDelivery { status } } }
    `);
    for (const id of [policy.id, tested.data?.testAlertPolicy.id]) {
      // Cast only for the types: a missing ID fails the assertions below, as before.
      // Another deployment's object answers as a missing one: null, and no error naming the deployment.
      const denied = await server.request(NODE, { id: id as string }, outsider);
      expect(denied.data?.node).toBeNull();
      expect(denied.errors).toBeUndefined();
      const seen = await server.request(NODE, { id: id as string }, insider);
      expect(seen.errors).toBeUndefined();
      expect(seen.data?.node?.id).toBe(id);
    }
    const asViewer = await server.request(NODE, { id: policy.id }, insider);
    const node = asViewer.data?.node;
    expect(node && "webhookUrl" in node ? node.webhookUrl : undefined).toBeNull();
  });
});
