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
