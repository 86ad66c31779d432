import { createHash } from "node:crypto";
import { canonicalJson } from "./json";

/** What must be equal for two consecutive loads to share one history entry (besides changing no asset). */
export interface CollapseIdentity {
  status: "SUCCESS" | "FAILURE";
  trigger: "DEPLOY" | "ROLLBACK";
  image: string | null;
  git: { repositoryUrl: string | null; commitHash: string | null; branch: string | null } | null;
  metadata: readonly { key: string; value: string }[];
  error: string | null;
}

/**
 * A fixed-size string equal iff the identities are equal, so the server can store it on each load and
 * decide collapsing with one string comparison. Positional arrays keep display metadata in the order
 * given; a null git hashes like a git whose three fields are null.
 */
export function loadFingerprint(identity: CollapseIdentity): string {
  const git = identity.git;
  const canonical = canonicalJson([
    identity.status,
    identity.trigger,
    identity.image,
    [git?.repositoryUrl ?? null, git?.commitHash ?? null, git?.branch ?? null],
    identity.metadata.map((entry) => [entry.key, entry.value]),
    identity.error,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Whether a load joins the entry of the load just before it (by sequence). Rollbacks always get their own
 * row (product decision), even when they restore exactly what was running.
 */
export function joinsPreviousEntry(
  previous: { fingerprint: string } | null,
  load: { fingerprint: string; trigger: "DEPLOY" | "ROLLBACK"; changesAssets: boolean },
): boolean {
  return (
    previous !== null &&
    previous.fingerprint === load.fingerprint &&
    !load.changesAssets &&
    load.trigger !== "ROLLBACK"
  );
}

/**
 * Reference implementation of collapsing a whole history: entries newest first, each entry's loads newest
 * first. The server builds the same entries incrementally with joinsPreviousEntry.
 */
export function collapseHistory<
  T extends { sequence: number; fingerprint: string; trigger: "DEPLOY" | "ROLLBACK"; changesAssets: boolean },
>(loadsOldestFirst: readonly T[]): T[][] {
  // Sorted defensively: "the load just before" is defined by sequence, not by the caller's array order.
  const loads = [...loadsOldestFirst].sort((a, b) => a.sequence - b.sequence);
  const entries: T[][] = [];
  let previous: T | null = null;
  for (const load of loads) {
    const current = entries.at(-1);
    if (current && joinsPreviousEntry(previous, load)) current.push(load);
    else entries.push([load]);
    previous = load;
  }
  return entries.reverse().map((entry) => entry.reverse());
}
