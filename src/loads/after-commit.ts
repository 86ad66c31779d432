import type { Database } from "../db/index";
import type { LoadStatus, LoadTrigger } from "../domain/load";

/**
 * What follows a committed write, outside its transaction. None of it can undo the write, and none of it
 * may fail the request: live delivery and alerts both make up a lost step from the database later.
 */
export interface AfterCommit {
  /** Tells live delivery that the load at this feed position committed (src/live). */
  announce(feedPosition: number): Promise<void>;
  /** Counts a recorded load (metrics). */
  loadRecorded(load: { deployment: string; status: LoadStatus; trigger: LoadTrigger }): void;
  /** Counts a rollback (metrics). */
  rolledBack(deployment: string): void;
  /** Alert deliveries were written with the load: wakes the sender rather than waiting for its poll. */
  alertsWritten(): void;
  /** A rollback's status changed (a RollbackEvent committed): wakes this instance's rollback feed. */
  rollbackChanged(): void;
}

/** For a caller with no live subscribers, metrics or alert sender of its own (the demo, a benchmark's set-up). */
export const NOTHING_AFTER_COMMIT: AfterCommit = {
  announce: async () => {},
  loadRecorded: () => {},
  rolledBack: () => {},
  alertsWritten: () => {},
  rollbackChanged: () => {},
};

/** What the use cases work with: the database and the steps after each commit. */
export interface LoadsDeps {
  db: Database;
  afterCommit: AfterCommit;
}
