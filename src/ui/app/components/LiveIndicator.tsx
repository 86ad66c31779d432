import { useLiveState } from "../hooks";
import type { LiveConnection, LiveState } from "../live";

const LABELS: Record<LiveState, string> = {
  idle: "Live updates off",
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  refused: "Live updates refused",
};

/** The live connection's state, in the header; announced politely when it changes. */
export function LiveIndicator({ live }: { live: LiveConnection }) {
  const state = useLiveState(live);
  return (
    <span className={`live live-${state}`} role="status" data-state={state}>
      <span className="live-dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}
