// What a load is, as the domain sees it: shared by recording, rollback, history and live delivery.
import type { AssetDefinition } from "./asset-diff";

export type LoadStatus = "SUCCESS" | "FAILURE";
export type LoadTrigger = "DEPLOY" | "ROLLBACK";

export interface GitFields {
  repositoryUrl: string | null;
  commitHash: string | null;
  branch: string | null;
}

export interface MetadataEntry {
  key: string;
  value: string;
}

/** What a load is made of, validated and normalized: shared by recording and rollback. */
export interface LoadContent {
  status: LoadStatus;
  error: string | null;
  errorStack: string | null;
  image: string | null;
  git: GitFields;
  metadata: MetadataEntry[];
  /** The full snapshot of a successful load; null for a failure. */
  assets: AssetDefinition[] | null;
}

/** Where a rollback stands: DIRECT ones are SUCCEEDED when created; an executor's go through all four. */
export const ROLLBACK_STATUSES = ["REQUESTED", "IN_PROGRESS", "SUCCEEDED", "FAILED"] as const;
export type RollbackStatus = (typeof ROLLBACK_STATUSES)[number];

/** How a deployment's rollbacks are carried out: recorded at once, or redeployed by an agent. */
export const ROLLBACK_EXECUTIONS = ["DIRECT", "EXECUTOR"] as const;
export type RollbackExecution = (typeof ROLLBACK_EXECUTIONS)[number];

/** A lease an executor may take on a rollback: long enough for a slow deploy step, short enough to hand over. */
export const LEASE_SECONDS = { default: 60, min: 5, max: 3_600 } as const;
