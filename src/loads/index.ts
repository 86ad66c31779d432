/**
 * Loads: the use cases of the history, the only code that writes it. Every caller (the GraphQL mutations,
 * the demo, the benchmarks) goes through these functions.
 *
 * A recorded load, step by step:
 *   recordLoad (record.ts)
 *     validateRecordInput (validate.ts)      names, limits, normalized assets, the idempotency hash
 *     one transaction:
 *       writeLoad (write-load.ts)            next sequence under the project's row lock; the snapshot's
 *         replaceSnapshot (snapshot-store)   asset versions closed and opened, diffed by hash
 *                                            (src/domain/asset-diff), giving the asset changes; the
 *                                            history entry it joins or starts (src/domain/collapse); the
 *                                            gap-free feed position that orders live delivery
 *       enqueueAlerts (src/alerts/outbox)    a delivery row per matching policy, for a FAILURE load
 *     after the commit (after-commit.ts):
 *       announce -> src/live                 subscribers on every instance get the load, in order
 *       loadRecorded -> metrics
 *       alertsWritten -> the alert sender    claims the outbox rows and sends them (src/alerts/sender)
 *   rollback (rollback.ts) does the same with the target's stored versions, plus the Rollback row; in a
 *   deployment whose rollbacks an executor carries out it only writes the Rollback, REQUESTED, and the
 *   executor's claim, lease, failure and the load that ends it go through executor.ts (each status change a
 *   RollbackEvent row, which src/live's RollbackFeed serves to rollbackUpdated subscribers).
 *   historyPage (history.ts) and snapshotOf (snapshot-store.ts) read what these wrote; compare.ts reads
 *   stored snapshots back (a load's assets by page, an asset's current definition) and diffs two of them
 *   with the same diffAsset, which previewRollback (rollback.ts) uses: a preview is what the rollback does.
 */
export { type AfterCommit, type LoadsDeps, NOTHING_AFTER_COMMIT } from "./after-commit";
export {
  compareSnapshots,
  currentAsset,
  type StoredDefinition,
  snapshotAssets,
  validateKeyPrefix,
} from "./compare";
export { historyPage } from "./history";
export { type Recorded, recordLoad } from "./record";
export {
  checkRollbackTarget,
  previewRollback,
  type RollbackPreview,
  type RollbackRequest,
  type RollbackResult,
  rollback,
} from "./rollback";
export { snapshotOf } from "./snapshot-store";
export { validateRecordInput } from "./validate";
