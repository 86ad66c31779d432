import { viewerError } from "../../alerts/delivery-error";
import { type DeliveryStatus, isDeliveryStatus, parseEvents } from "../../alerts/events";
import { createPolicy, deletePolicy, testSubject, updatePolicy } from "../../alerts/policies";
import { InvalidInput, NotFound } from "../../domain/errors";
import { decodeGlobalId } from "../../domain/ids";
import { DEFAULT_DEPLOYMENT, validateName } from "../../domain/names";
import { keysetPage } from "../../domain/pages";
import { callerHasRole } from "../../domain/roles";
import type { AlertPolicy } from "../../generated/prisma/client";
import { builder, nodeInDeployment, requiresRole, requiresRoleOnObject } from "../builder";
import type { Context } from "../context";
import { connectionOf, pageArgs } from "./connection";
import { ProjectLoadRef } from "./refs";

export const AlertEventEnum = builder.enumType("AlertEvent", {
  description: "What an alert policy can be told about.",
  values: {
    PROJECT_LOAD_FAILED: { description: "A load with status FAILURE was recorded." },
    ROLLBACK_PERFORMED: { description: "A project was rolled back (rollbackProject)." },
    ROLLBACK_FAILED: {
      description:
        "A rollback carried out by an executor ended FAILED (its command failed, the location failed to load, or it timed out).",
    },
  },
});

export const AlertFormatEnum = builder.enumType("AlertFormat", {
  description: "The body of a delivery.",
  values: {
    JSON: { description: "The event as a JSON document (see the README's Alerts section)." },
    SLACK: { description: 'A Slack incoming-webhook message: { "text": ... }.' },
  },
});

export const AlertDeliveryStatusEnum = builder.enumType("AlertDeliveryStatus", {
  description: "Where a delivery stands.",
  values: {
    PENDING: { description: "Not sent yet, being sent, or waiting for its next attempt." },
    DELIVERED: { description: "The receiver answered with a 2xx status." },
    FAILED: { description: "Given up: refused with a 4xx, out of attempts, or its policy was disabled." },
  },
});

export const AlertPolicyRef = builder.prismaNode("AlertPolicy", {
  description: "Sends signed webhooks about one deployment's (or one project's) failed loads and rollbacks.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Unique within its deployment." }),
    deployment: t.exposeString("deployment", { description: "The deployment whose loads it watches." }),
    project: t.exposeString("project", {
      nullable: true,
      description: "null: every project of the deployment",
    }),
    events: t.field({
      type: [AlertEventEnum],
      description: "The events that cause a delivery.",
      resolve: (policy) => parseEvents(policy.events),
    }),
    webhookUrl: t.string({
      nullable: true,
      description: "null for callers below EDITOR: webhook URLs often hold secrets",
      resolve: (policy, _args, context) =>
        callerHasRole(context.caller, "EDITOR", policy.deployment) ? policy.webhookUrl : null,
    }),
    format: t.field({
      type: AlertFormatEnum,
      resolve: (policy) => (policy.format === "SLACK" ? "SLACK" : "JSON"),
    }),
    enabled: t.exposeBoolean("enabled", { description: "A disabled policy sends nothing." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.exposeString("createdBy", {
      nullable: true,
      description: "Name of the token that created it.",
    }),
  }),
});

// Reached through its deployment (alertPolicies), its deliveries, or node(id).
nodeInDeployment<{ deployment: string }>("AlertPolicy", (policy) => policy.deployment);

const AlertDeliveryRef = builder.prismaNode("AlertDelivery", {
  description: "One alert for one policy: sent in the background, retried until delivered or given up.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({
    attempts: t.exposeInt("attempts", { description: "Attempts made so far (at most 6)." }),
  }),
});

// Reached through its policy or node(id); its load lies in the policy's deployment (alerts/policies.ts).
nodeInDeployment<{ policyId: number }>(
  "AlertDelivery",
  async (delivery, context) =>
    (await context.loaders.alertPolicy.load(delivery.policyId))?.deployment ?? null,
);

const AlertDeliveryConnection = connectionOf(
  "AlertDelivery",
  AlertDeliveryRef,
  "A page of alert deliveries, newest first.",
);

builder.prismaObjectFields(AlertPolicyRef, (t) => ({
  deliveries: t.field({
    type: AlertDeliveryConnection,
    description: "Its deliveries, newest first (test deliveries included).",
    args: pageArgs,
    resolve: (policy, args, context) =>
      keysetPage({
        kind: "delivery",
        args,
        fetch: (after, take) =>
          context.prisma.alertDelivery.findMany({
            where: { policyId: policy.id, ...(after === null ? {} : { id: { lt: after } }) },
            orderBy: { id: "desc" },
            take,
          }),
        keyOf: (delivery) => delivery.id,
        totalCount: () => context.prisma.alertDelivery.count({ where: { policyId: policy.id } }),
      }),
  }),
}));

function deliveryStatus(value: string): DeliveryStatus {
  if (!isDeliveryStatus(value)) throw new Error(`unknown delivery status ${value}`);
  return value;
}

builder.prismaObjectFields(AlertDeliveryRef, (t) => ({
  policy: t.field({
    type: AlertPolicyRef,
    resolve: async (delivery, _args, context) => {
      const policy = await context.loaders.alertPolicy.load(delivery.policyId);
      if (!policy) throw new Error(`alert policy ${delivery.policyId} is missing`);
      return policy;
    },
  }),
  event: t.field({
    type: AlertEventEnum,
    resolve: (delivery) =>
      delivery.event === "ROLLBACK_PERFORMED" ? "ROLLBACK_PERFORMED" : "PROJECT_LOAD_FAILED",
  }),
  load: t.field({
    type: ProjectLoadRef,
    description: "The load the alert is about (for a rollback, the load the rollback created).",
    resolve: async (delivery, _args, context) => {
      const load = await context.loaders.load.load(delivery.loadId);
      if (!load) throw new Error(`load ${delivery.loadId} is missing`);
      return load;
    },
  }),
  status: t.field({ type: AlertDeliveryStatusEnum, resolve: (delivery) => deliveryStatus(delivery.status) }),
  lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
  responseStatus: t.exposeInt("responseStatus", {
    nullable: true,
    description: "HTTP status of the last attempt, if one was answered",
  }),
  errorClass: t.exposeString("errorClass", {
    nullable: true,
    description:
      "What the last attempt came to when it did not deliver: HTTP_<status>, TIMEOUT, CONNECTION_REFUSED, CONNECTION_RESET, HOST_NOT_FOUND, UNREACHABLE, TLS_ERROR, BLOCKED_ADDRESS (the webhook's address is one this server does not send to; nothing was sent), INVALID_URL, INTERRUPTED, POLICY_DISABLED or NETWORK_ERROR",
  }),
  lastError: t.string({
    nullable: true,
    description:
      "Why the last attempt did not deliver. EDITOR and above: the network error or refusal, or the status with the start of the receiver's answer (the webhook URL's secrets masked). Below EDITOR: only what errorClass and responseStatus say, never the receiver's answer.",
    resolve: async (delivery, _args, context) => {
      const policy = await context.loaders.alertPolicy.load(delivery.policyId);
      return policy && callerHasRole(context.caller, "EDITOR", policy.deployment)
        ? delivery.lastError
        : viewerError(delivery);
    },
  }),
  nextAttemptAt: t.field({
    type: "DateTime",
    nullable: true,
    description:
      "While PENDING: when the next attempt is due (or, during an attempt, when its claim expires).",
    resolve: (delivery) => (delivery.status === "PENDING" ? delivery.nextAttemptAt : null),
  }),
  deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
  createdAt: t.expose("createdAt", {
    type: "DateTime",
    description: "When it was written: with its load, in the same transaction.",
  }),
  test: t.exposeBoolean("isTest", { description: "Sent by testAlertPolicy." }),
}));

/** The numeric ID of an AlertPolicy global ID; anything else is the caller's mistake. */
function policyIdOf(globalId: string | number): number {
  const { typename, id } = decodeGlobalId(String(globalId));
  if (typename !== "AlertPolicy")
    throw new InvalidInput(`The ID must be an AlertPolicy's, not a ${typename}'s`);
  return Number(id);
}

const policyNotFound = () => new NotFound("No alert policy has this ID");

/** The policy an ID names; NOT_FOUND when there is none. Cached per request: the guard and the resolver share it. */
async function policyById(context: Context, globalId: string | number): Promise<AlertPolicy> {
  const policy = await context.loaders.alertPolicy.load(policyIdOf(globalId));
  if (!policy) throw policyNotFound();
  return policy;
}

/**
 * Guards a mutation on an existing policy with EDITOR in the policy's deployment; a policy of a deployment
 * the caller cannot read is NOT_FOUND, as a missing one.
 */
const editorOfPolicy = <Args extends object>(idOf: (args: Args) => string | number) =>
  requiresRoleOnObject<Args>(
    "EDITOR",
    async (args, context) =>
      (await context.loaders.alertPolicy.load(policyIdOf(idOf(args))))?.deployment ?? null,
    policyNotFound,
  );

builder.queryField("alertPolicies", (t) =>
  t.field({
    type: [AlertPolicyRef],
    description: "The alert policies of a deployment, by name.",
    args: { deployment: t.arg.string({ defaultValue: DEFAULT_DEPLOYMENT }) },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT),
    ),
    resolve: (_root, args, context) =>
      context.prisma.alertPolicy.findMany({
        where: { deployment: validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT) },
        orderBy: { name: "asc" },
      }),
  }),
);

const CreateAlertPolicyInput = builder.inputType("CreateAlertPolicyInput", {
  description: "A new alert policy.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique within the deployment." }),
    deployment: t.string({ defaultValue: DEFAULT_DEPLOYMENT }),
    project: t.string({ description: "Only this project; leave out for every project of the deployment." }),
    events: t.field({ type: [AlertEventEnum], required: true, description: "At least one." }),
    webhookUrl: t.string({
      required: true,
      description: "An http or https URL; it receives a POST per alert. Shown only to EDITOR and above.",
    }),
    format: t.field({ type: AlertFormatEnum, defaultValue: "JSON" }),
  }),
});

const CreateAlertPolicyPayload = builder
  .objectRef<{ policy: AlertPolicy; signingSecret: string }>("CreateAlertPolicyPayload")
  .implement({
    description: "The new policy and its signing secret.",
    fields: (t) => ({
      policy: t.field({ type: AlertPolicyRef, resolve: (payload) => payload.policy }),
      signingSecret: t.exposeString("signingSecret", {
        description: "Shown once: the key that signs every delivery.",
      }),
    }),
  });

const UpdateAlertPolicyInput = builder.inputType("UpdateAlertPolicyInput", {
  description: "Changes to a policy: fields left out keep their value.",
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    project: t.string({ description: "null: every project of the deployment." }),
    events: t.field({ type: [AlertEventEnum] }),
    webhookUrl: t.string(),
    format: t.field({ type: AlertFormatEnum }),
    enabled: t.boolean({ description: "false: nothing more is sent, deliveries still waiting included." }),
  }),
});

builder.mutationFields((t) => ({
  createAlertPolicy: t.field({
    type: CreateAlertPolicyPayload,
    description: "Creates an alert policy; its signing secret is in the answer, and only there.",
    args: { input: t.arg({ type: CreateAlertPolicyInput, required: true }) },
    ...requiresRole<{ input: { deployment?: string | null } }>("EDITOR", (args) =>
      validateName("deployment", args.input.deployment ?? DEFAULT_DEPLOYMENT),
    ),
    resolve: (_root, { input }, context) =>
      createPolicy(context.prisma, input, context.caller?.name ?? null, context.alerts.guard),
  }),
  updateAlertPolicy: t.field({
    type: AlertPolicyRef,
    description: "Changes a policy's name, scope, events, URL, format or whether it is enabled.",
    args: { input: t.arg({ type: UpdateAlertPolicyInput, required: true }) },
    ...editorOfPolicy<{ input: { id: string | number } }>((args) => args.input.id),
    resolve: async (_root, { input }, context) => {
      const policy = await policyById(context, input.id);
      return updatePolicy(context.prisma, policy.id, input, context.alerts.guard);
    },
  }),
  deleteAlertPolicy: t.boolean({
    description: "Deletes a policy and its deliveries; those not sent yet are not sent.",
    args: { id: t.arg.id({ required: true }) },
    ...editorOfPolicy<{ id: string | number }>((args) => args.id),
    resolve: async (_root, args, context) =>
      deletePolicy(context.prisma, (await policyById(context, args.id)).id),
  }),
  testAlertPolicy: t.field({
    type: AlertDeliveryRef,
    description: "Sends a test delivery now and returns it.",
    args: { id: t.arg.id({ required: true }) },
    ...editorOfPolicy<{ id: string | number }>((args) => args.id),
    resolve: async (_root, args, context) => {
      const policy = await policyById(context, args.id);
      const { event, load } = await testSubject(context.prisma, policy);
      return context.alerts.sendTest({ policyId: policy.id, loadId: load.id, event });
    },
  }),
}));
