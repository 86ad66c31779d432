import type { PrismaClient } from "../db/index";
import { InvalidInput, NotFound } from "../domain/errors";
import { DEFAULT_DEPLOYMENT, validateName } from "../domain/names";
import { checkText } from "../domain/text";
import { type AlertPolicy, Prisma, type ProjectLoad } from "../generated/prisma/client";
import { POLICY_DISABLED } from "./delivery-error";
import { type AlertEvent, type AlertFormat, parseEvents, serializeEvents } from "./events";
import { BlockedWebhookError, InvalidWebhookUrlError, type WebhookGuard } from "./network-guard";
import { generateSigningSecret } from "./signing";

export const WEBHOOK_URL_MAX_LENGTH = 2_000;

/**
 * Only absolute http(s) URLs. A user name or password in the URL is refused: a secret belongs in the path
 * or query, which the API hides from callers below EDITOR. Messages never repeat the URL.
 */
export function validateWebhookUrl(value: string): string {
  const url = value.trim();
  if (url.length > WEBHOOK_URL_MAX_LENGTH) {
    throw new InvalidInput(
      `webhookUrl is ${url.length} characters long; the limit is ${WEBHOOK_URL_MAX_LENGTH}`,
    );
  }
  // The URL parser would drop or escape some of them, but the URL is stored as given.
  checkText("webhookUrl", url, "line");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInput("webhookUrl is not a valid absolute URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InvalidInput(
      `webhookUrl must be an http or https URL, not ${parsed.protocol.replace(/:$/, "")}`,
    );
  }
  if (parsed.username || parsed.password) {
    throw new InvalidInput(
      "webhookUrl must not hold a user name or password; put a secret in its path or query",
    );
  }
  if (!parsed.hostname) throw new InvalidInput("webhookUrl has no host");
  return url;
}

/**
 * The URL's host, resolved now, must be one the sender may reach (see network-guard.ts): refused with
 * BAD_USER_INPUT and the reason. A host that does not resolve yet passes; every send checks again.
 */
export async function checkWebhookAddress(guard: WebhookGuard, url: string): Promise<void> {
  try {
    await guard.checkIfResolvable(url);
  } catch (error) {
    if (error instanceof BlockedWebhookError) {
      throw new InvalidInput(`webhookUrl is refused: ${error.message}`, { reason: "BLOCKED_ADDRESS" });
    }
    if (error instanceof InvalidWebhookUrlError)
      throw new InvalidInput(`webhookUrl is refused: ${error.message}`);
    throw error;
  }
}

export function validateEvents(events: readonly AlertEvent[]): string {
  if (events.length === 0) throw new InvalidInput("events must name at least one AlertEvent");
  return serializeEvents(events);
}

function optionalProject(project: string | null | undefined): string | null {
  return project === null || project === undefined ? null : validateName("project", project);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface CreatePolicyInput {
  name: string;
  deployment?: string | null;
  project?: string | null;
  events: readonly AlertEvent[];
  webhookUrl: string;
  format?: AlertFormat | null;
}

/**
 * Creates a policy and returns it with its signing secret: the only time the secret leaves the server.
 * `guard` is the sender's: a URL it would refuse to send to is refused here.
 */
export async function createPolicy(
  prisma: PrismaClient,
  input: CreatePolicyInput,
  createdBy: string | null,
  guard: WebhookGuard,
): Promise<{ policy: AlertPolicy; signingSecret: string }> {
  const name = validateName("name", input.name);
  const deployment = validateName("deployment", input.deployment ?? DEFAULT_DEPLOYMENT);
  const webhookUrl = validateWebhookUrl(input.webhookUrl);
  await checkWebhookAddress(guard, webhookUrl);
  const signingSecret = generateSigningSecret();
  try {
    const policy = await prisma.alertPolicy.create({
      data: {
        name,
        deployment,
        project: optionalProject(input.project),
        events: validateEvents(input.events),
        webhookUrl,
        format: input.format ?? "JSON",
        signingSecret,
        createdBy,
      },
    });
    return { policy, signingSecret };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new InvalidInput(`Deployment "${deployment}" already has an alert policy named "${name}"`);
    }
    throw error;
  }
}

export interface UpdatePolicyInput {
  name?: string | null;
  /** null: every project of the deployment. */
  project?: string | null;
  events?: readonly AlertEvent[] | null;
  webhookUrl?: string | null;
  format?: AlertFormat | null;
  enabled?: boolean | null;
}

/** Only what a field is required for may not be null: leave a field out to keep it. */
function required<T>(what: string, value: T | null | undefined): T | undefined {
  if (value === null) throw new InvalidInput(`${what} cannot be null; leave it out to keep it`);
  return value;
}

/**
 * Changes the fields given. Disabling a policy also cancels its deliveries still waiting to be sent:
 * "disabled" means nothing more goes out. A new webhook URL is checked with `guard` as at creation.
 */
export async function updatePolicy(
  prisma: PrismaClient,
  id: number,
  input: UpdatePolicyInput,
  guard: WebhookGuard,
): Promise<AlertPolicy> {
  const name = required("name", input.name);
  const events = required("events", input.events);
  const webhookUrl = required("webhookUrl", input.webhookUrl);
  const format = required("format", input.format);
  const enabled = required("enabled", input.enabled);
  const url = webhookUrl === undefined ? undefined : validateWebhookUrl(webhookUrl);
  const data: Prisma.AlertPolicyUpdateInput = {
    ...(name !== undefined ? { name: validateName("name", name) } : {}),
    ...(input.project !== undefined ? { project: optionalProject(input.project) } : {}),
    ...(events !== undefined ? { events: validateEvents(events) } : {}),
    ...(url !== undefined ? { webhookUrl: url } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(enabled !== undefined ? { enabled } : {}),
  };
  if (url !== undefined) await checkWebhookAddress(guard, url);
  try {
    return await prisma.$transaction(async (tx) => {
      const updated = await tx.alertPolicy.updateMany({ where: { id }, data });
      if (updated.count === 0) throw new NotFound("No alert policy has this ID");
      if (enabled === false) {
        // Claimed ones are being sent now; if that attempt fails, the retry finds the policy disabled.
        await tx.alertDelivery.updateMany({
          where: { policyId: id, status: "PENDING", claimToken: null },
          data: { status: "FAILED", ...POLICY_DISABLED },
        });
      }
      return tx.alertPolicy.findUniqueOrThrow({ where: { id } });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new InvalidInput(`The deployment already has an alert policy named "${name}"`);
    throw error;
  }
}

/** Deletes a policy with its deliveries (pending ones are not sent). */
export async function deletePolicy(prisma: PrismaClient, id: number): Promise<boolean> {
  const { count } = await prisma.alertPolicy.deleteMany({ where: { id } });
  if (count === 0) throw new NotFound("No alert policy has this ID");
  return true;
}

/**
 * What a test delivery describes: the newest load in the policy's scope that fits its first event (a
 * failure, or a rollback), else the newest load in scope. A test needs a real load; none yet is an error.
 */
export async function testSubject(
  prisma: PrismaClient,
  policy: AlertPolicy,
): Promise<{ event: AlertEvent; load: ProjectLoad }> {
  const event = parseEvents(policy.events)[0] ?? "PROJECT_LOAD_FAILED";
  const scope: Prisma.ProjectLoadWhereInput = {
    project: {
      deployment: { name: policy.deployment },
      ...(policy.project === null ? {} : { name: policy.project }),
    },
  };
  const fitting: Prisma.ProjectLoadWhereInput =
    event === "PROJECT_LOAD_FAILED" ? { status: "FAILURE" } : { trigger: "ROLLBACK" };
  const load =
    (await prisma.projectLoad.findFirst({ where: { ...scope, ...fitting }, orderBy: { id: "desc" } })) ??
    (await prisma.projectLoad.findFirst({ where: scope, orderBy: { id: "desc" } }));
  if (!load) {
    const where =
      policy.project === null ? `deployment "${policy.deployment}"` : `project "${policy.project}"`;
    throw new InvalidInput(
      `No load of ${where} has been recorded yet: a test delivery describes a real load`,
    );
  }
  return { event, load };
}
