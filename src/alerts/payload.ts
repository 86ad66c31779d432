import type { AlertEvent, AlertFormat } from "./events";

/** Everything an alert says, gathered from the load (and rollback) that caused it. IDs are global IDs. */
export interface AlertSubject {
  event: AlertEvent;
  deliveryId: string;
  /** Sent by testAlertPolicy: receivers may want to tell it from a real alert. */
  test: boolean;
  policy: { id: string; name: string };
  deployment: string;
  project: string;
  load: {
    id: string;
    sequence: number;
    status: string;
    trigger: string;
    loadedAt: Date;
    image: string | null;
    error: string | null;
    commitHash: string | null;
    branch: string | null;
    commitUrl: string | null;
  };
  rollback: {
    id: string;
    reason: string | null;
    requestedBy: string;
    createdAt: Date;
    /** REQUESTED | IN_PROGRESS | SUCCEEDED | FAILED */
    status: string;
    error: string | null;
    fromLoad: { id: string; sequence: number };
    toLoad: { id: string; sequence: number };
  } | null;
}

/**
 * Length limits: an error can be 100,000 characters (a whole log); receivers and chat channels want the
 * gist. The full text stays readable through the API.
 */
export const PAYLOAD_LIMITS = {
  jsonError: 4_000,
  slackError: 1_500,
  reason: 500,
  shortField: 300,
  slackText: 3_000,
} as const;

/** Cuts `text` to at most `max` characters, marking the cut, without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function cut(text: string | null, max: number): string | null {
  return text === null ? null : truncate(text, max);
}

/** The request body for a policy's format. Deterministic: a retry sends the same bytes as the first try. */
export function formatPayload(format: AlertFormat, subject: AlertSubject): string {
  return JSON.stringify(format === "SLACK" ? { text: slackText(subject) } : jsonBody(subject));
}

function jsonBody(subject: AlertSubject) {
  const { load, rollback } = subject;
  // The contract's keys first (event, deployment, project, load, rollback), then additions.
  return {
    event: subject.event,
    deployment: subject.deployment,
    project: subject.project,
    load: {
      id: load.id,
      sequence: load.sequence,
      status: load.status,
      loadedAt: load.loadedAt.toISOString(),
      image: cut(load.image, PAYLOAD_LIMITS.shortField),
      error: cut(load.error, PAYLOAD_LIMITS.jsonError),
      commitUrl: load.commitUrl,
      trigger: load.trigger,
      commitHash: cut(load.commitHash, PAYLOAD_LIMITS.shortField),
      branch: cut(load.branch, PAYLOAD_LIMITS.shortField),
    },
    rollback:
      rollback === null
        ? null
        : {
            id: rollback.id,
            reason: cut(rollback.reason, PAYLOAD_LIMITS.reason),
            requestedBy: rollback.requestedBy,
            createdAt: rollback.createdAt.toISOString(),
            fromLoad: rollback.fromLoad,
            toLoad: rollback.toLoad,
            status: rollback.status,
            error: cut(rollback.error, PAYLOAD_LIMITS.jsonError),
          },
    deliveryId: subject.deliveryId,
    policy: subject.policy,
    test: subject.test,
  };
}

/** Slack's mrkdwn treats &, < and > as control characters: they are escaped in any text we did not write. */
export function slackEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function slackText(subject: AlertSubject): string {
  const { load, rollback } = subject;
  const where = `*${slackEscape(subject.project)}* in *${slackEscape(subject.deployment)}*`;
  const lines: string[] = [];
  const test = subject.test ? "[test] " : "";
  if (subject.event === "ROLLBACK_FAILED") {
    const target = rollback ? ` to load #${rollback.toLoad.sequence}` : "";
    lines.push(`${test}:red_circle: *Rollback failed*: ${where}${target}`);
    if (rollback?.error)
      lines.push(`*Why:* ${slackEscape(truncate(rollback.error, PAYLOAD_LIMITS.slackError))}`);
  } else if (subject.event === "PROJECT_LOAD_FAILED") {
    lines.push(`${test}:red_circle: *Project load failed*: ${where} (load #${load.sequence})`);
  } else if (rollback) {
    lines.push(
      `${test}:rewind: *Rollback performed*: ${where} rolled back to load #${rollback.toLoad.sequence} (from #${rollback.fromLoad.sequence}) by ${slackEscape(truncate(rollback.requestedBy, PAYLOAD_LIMITS.shortField))}`,
    );
    if (rollback.reason)
      lines.push(`*Reason:* ${slackEscape(truncate(rollback.reason, PAYLOAD_LIMITS.reason))}`);
  } else {
    lines.push(`${test}:rewind: *Rollback performed*: ${where} (load #${load.sequence})`);
  }
  if (load.error !== null) {
    // A code block keeps a stack's layout; a ``` inside it would end the block early.
    const error = slackEscape(truncate(load.error, PAYLOAD_LIMITS.slackError)).replaceAll("```", "`\u200b``");
    lines.push(`*Error:*\n\`\`\`${error}\`\`\``);
  }
  if (load.image !== null)
    lines.push(`*Image:* \`${slackEscape(truncate(load.image, PAYLOAD_LIMITS.shortField))}\``);
  const branch = load.branch ? ` (${slackEscape(truncate(load.branch, PAYLOAD_LIMITS.shortField))})` : "";
  if (load.commitUrl !== null && load.commitHash !== null) {
    // The link is built by commitUrl() from the host and path only: no credentials, no Slack control characters.
    lines.push(`*Commit:* <${load.commitUrl}|${slackEscape(load.commitHash.slice(0, 12))}>${branch}`);
  } else if (load.commitHash !== null) {
    lines.push(`*Commit:* \`${slackEscape(truncate(load.commitHash, 64))}\`${branch}`);
  }
  return truncate(lines.join("\n"), PAYLOAD_LIMITS.slackText);
}
