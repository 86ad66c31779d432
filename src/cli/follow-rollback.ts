// `rollback` in a deployment whose executor carries rollbacks out: follows the REQUESTED rollback to its
// end over the rollbackUpdated subscription (src/client/rollback-updates), printing each status change once,
// and reading the rollback again whenever the subscription (re)starts so that a change made while
// disconnected is printed too.
import { followRollbacks, type RollbackState, rollbackState } from "../client/rollback-updates";
import type { CommandContext } from "./context";
import { apiError, CliError, EXIT, usageError } from "./errors";
import { note, print } from "./output";

/** --timeout in seconds, as milliseconds. */
export function timeoutMs(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usageError("--timeout: a number of seconds above 0");
  return seconds * 1000;
}

const ENDED = new Set(["SUCCEEDED", "FAILED"]);
const RANK = { REQUESTED: 0, IN_PROGRESS: 1, SUCCEEDED: 2, FAILED: 2 } as const;

/** One line per status change, for a terminal (or stderr under --json). */
export function describeStatus(state: RollbackState): string {
  const target = `#${state.toLoad.sequence}${state.toLoad.image ? ` (${state.toLoad.image})` : ""}`;
  switch (state.status) {
    case "REQUESTED":
      return `REQUESTED    rollback to ${target}, waiting for the deployment's executor`;
    case "IN_PROGRESS":
      return `IN_PROGRESS  ${state.claimedBy ?? "an executor"} is deploying ${target}`;
    case "SUCCEEDED": {
      const load = state.resultingLoad ? `new load #${state.resultingLoad.sequence}` : "done";
      const match =
        state.snapshotMatchesTarget === false
          ? `; the snapshot differs from ${target}'s: ${(state.snapshotDifferences ?? []).join(", ")}`
          : "; the snapshot matches the target's";
      return `SUCCEEDED    ${load}${state.resultingLoad?.image ? ` runs ${state.resultingLoad.image}` : ""}${match}`;
    }
    case "FAILED":
      return `FAILED       ${state.error ?? "no reason given"}`;
  }
}

export async function followRollback(
  ctx: CommandContext,
  id: string,
  options: { json: boolean; timeoutMs: number | null },
): Promise<RollbackState> {
  const show = (line: string) => (options.json ? note(line) : print(line));
  let last: RollbackState | null = null;
  /**
   * Prints a state once per status, in lifecycle order (a replayed older change is skipped; a takeover by
   * another executor prints IN_PROGRESS again).
   */
  const seen = (state: RollbackState): boolean => {
    const previous = last as RollbackState | null;
    const rank = RANK[state.status];
    const before = previous ? RANK[previous.status] : -1;
    const takeover =
      previous?.status === "IN_PROGRESS" &&
      state.status === "IN_PROGRESS" &&
      previous.claimedBy !== state.claimedBy;
    if (rank > before || takeover) {
      show(describeStatus(state));
      last = state;
    }
    return ENDED.has((last as RollbackState | null)?.status ?? "");
  };
  const controller = new AbortController();
  const timer = options.timeoutMs === null ? null : setTimeout(() => controller.abort(), options.timeoutMs);
  const onSignal = () => controller.abort();
  process.once("SIGINT", onSignal);
  try {
    await followRollbacks(
      ctx.client,
      { rollbackId: id },
      {
        onConnected: async () => {
          const state = await rollbackState(ctx.client, id);
          if (!state) throw apiError(`No rollback has the ID "${id}"`, "NOT_FOUND");
          return seen(state);
        },
        onUpdate: (update) => seen({ ...update.rollback, status: update.status, error: update.error }),
        onDisconnected: (reason) => note(`lost the live connection (${reason}); reconnecting`),
      },
      controller.signal,
    );
  } finally {
    if (timer) clearTimeout(timer);
    process.removeListener("SIGINT", onSignal);
  }
  const end = last as RollbackState | null;
  if (end && ENDED.has(end.status)) return end;
  throw new CliError(
    `Stopped following rollback ${id} while it is ${end?.status ?? "unknown"}; it goes on (follow it with the API's rollbackUpdated)`,
    "FOLLOW_STOPPED",
    EXIT.followTimeout,
  );
}
