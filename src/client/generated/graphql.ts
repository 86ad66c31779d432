/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What changed in an asset's definition. */
export type AssetChangeType =
  | 'CODE_VERSION'
  | 'DEPENDENCIES'
  | 'METADATA'
  | 'NEW'
  | 'PARTITIONS_DEFINITION'
  | 'REMOVED'
  | 'TAGS';

/** One asset definition of a snapshot. */
export type AssetDefinitionInput = {
  codeVersion?: string | null | undefined;
  /** Upstream asset keys. */
  dependencies?: Array<string> | null | undefined;
  /** Path segments joined by "/", e.g. "raw/orders". */
  key: string;
  /** Object of JSON values. */
  metadata?: unknown;
  /** Object: upstream asset key -> partition mapping description (string). */
  partitionMappings?: unknown;
  partitionsDefinition?: string | null | undefined;
  /** Object of string values. */
  tags?: unknown;
};

export type ClaimRollbackInput = {
  deployment: string;
  /** A label for the claimant (host, pod), shown in claimedBy. */
  executor?: string | null | undefined;
  /** How long the claim holds unless renewed (default 60, 5 to 3600). */
  leaseSeconds?: number | null | undefined;
  /** Only rollbacks of these projects (default: any). */
  projects?: Array<string> | null | undefined;
};

export type CreateApiTokenInput = {
  /** The deployment it acts in; null: organization-wide. */
  deployment?: string | null | undefined;
  /** Unique; recorded as who recorded loads with it. */
  name: string;
  role: Role;
};

export type FailRollbackInput = {
  claimToken: string;
  /** What went wrong (the command's stderr, a timeout). */
  error: string;
  rollbackId: string | number;
};

/** Where the loaded code came from. Credentials in repositoryUrl are removed before it is stored. */
export type GitInput = {
  branch?: string | null | undefined;
  commitHash?: string | null | undefined;
  repositoryUrl?: string | null | undefined;
};

/** Whether the project loaded. */
export type LoadStatus =
  /** The project failed to load. */
  | 'FAILURE'
  /** The project loaded. */
  | 'SUCCESS';

/** What caused a load. */
export type LoadTrigger =
  /** Reported by deploy tooling. */
  | 'DEPLOY'
  /** Created by rollbackProject. */
  | 'ROLLBACK';

export type MetadataEntryInput = {
  key: string;
  value: string;
};

/** A project load as deploy tooling reports it. */
export type RecordProjectLoadInput = {
  /** The full snapshot; required when status is SUCCESS. At most 20000 assets. */
  assets?: Array<AssetDefinitionInput> | null | undefined;
  /** Created on first use. */
  deployment?: string | null | undefined;
  /** Required when status is FAILURE: what went wrong. */
  error?: string | null | undefined;
  /** The stack trace or log of a FAILURE, shown as LoadError.stack. */
  errorStack?: string | null | undefined;
  git?: GitInput | null | undefined;
  /** Retrying with the same key and input returns the first result; other input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  image?: string | null | undefined;
  /** Defaults to the server's time. */
  loadedAt?: string | null | undefined;
  metadata?: Array<MetadataEntryInput> | null | undefined;
  /** Created on first use. */
  project: string;
  /** An executor reporting the load that carries out a rollback it claimed (claimRollback): the load gets trigger ROLLBACK and ends the rollback, SUCCEEDED (a successful load) or FAILED (a failure). */
  rollback?: RollbackClaimInput | null | undefined;
  status?: LoadStatus | null | undefined;
};

export type RenewRollbackLeaseInput = {
  claimToken: string;
  leaseSeconds?: number | null | undefined;
  rollbackId: string | number;
};

/** Roles, most to least permissive. Each role includes every permission of the roles below it. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'LAUNCHER'
  | 'ORGANIZATION_ADMIN'
  | 'VIEWER';

/** A rollback claimed with claimRollback, and the claim's token. */
export type RollbackClaimInput = {
  claimToken: string;
  rollbackId: string | number;
};

/** Which earlier successful load to put the project back on. */
export type RollbackProjectInput = {
  /** When given with project: the load must belong to this project. */
  deployment?: string | null | undefined;
  /** Retrying with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** ID of a successful load of the project, other than the current one. */
  loadId: string | number;
  /** When given: the load must belong to this project (a guard for scripts). */
  project?: string | null | undefined;
  /** Why: shown in the history and sent with alerts. */
  reason?: string | null | undefined;
};

/** Where a rollback stands. Without an executor for its deployment a rollback is SUCCEEDED when it is created. */
export type RollbackStatus =
  /** It did not happen: see error. */
  | 'FAILED'
  /** Claimed by an executor: its deploy command and Dagster's reload are running. */
  | 'IN_PROGRESS'
  /** Waiting for the deployment's executor (an agent with a deploy command) to claim it. */
  | 'REQUESTED'
  /** The load that carries it out was recorded (resultingLoad). */
  | 'SUCCEEDED';

export type AgentOpenRollbacksQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentOpenRollbacksQuery = { deployments: Array<{ name: string, openRollbacks: Array<{ id: string, status: RollbackStatus, leaseExpiresAt: string | null, project: { name: string } }> }> };

export type AgentClaimRollbackMutationVariables = Exact<{
  input: ClaimRollbackInput;
}>;


export type AgentClaimRollbackMutation = { claimRollback: { claimToken: string | null, rollback: { id: string, project: { name: string }, toLoad: { id: string, sequence: number, image: string | null, git: { commitHash: string | null, repositoryUrl: string | null } | null } } | null } };

export type AgentRenewLeaseMutationVariables = Exact<{
  input: RenewRollbackLeaseInput;
}>;


export type AgentRenewLeaseMutation = { renewRollbackLease: { id: string } };

export type AgentFailRollbackMutationVariables = Exact<{
  input: FailRollbackInput;
}>;


export type AgentFailRollbackMutation = { failRollback: { id: string, status: RollbackStatus } };

export type AgentLoadFragment = { id: string, sequence: number, status: LoadStatus, loadedAt: string, recordedBy: string, error: { message: string, stack: string | null } | null };

export type AgentViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentViewerQuery = { viewer: { name: string, roles: Array<{ deployment: string | null, role: Role }> } | null };

export type AgentProjectQueryVariables = Exact<{
  deployment: string;
  name: string;
}>;


export type AgentProjectQuery = { project: { latestLoad: { id: string, sequence: number, status: LoadStatus, loadedAt: string, recordedBy: string, error: { message: string, stack: string | null } | null } | null } | null };

export type AgentProjectsQueryVariables = Exact<{
  deployment: string;
  after?: string | null | undefined;
}>;


export type AgentProjectsQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, latestLoad: { id: string, sequence: number, status: LoadStatus, loadedAt: string, recordedBy: string, error: { message: string, stack: string | null } | null } | null } }> } };

export type AgentRecordLoadMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type AgentRecordLoadMutation = { recordProjectLoad: { load: { id: string, sequence: number, status: LoadStatus, loadedAt: string, recordedBy: string, error: { message: string, stack: string | null } | null } } };

export type CliAssetChangeHistoryQueryVariables = Exact<{
  assetKey: string;
  deployment: string;
  project?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliAssetChangeHistoryQuery = { assetChangeHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, project: { name: string }, load: { id: string, sequence: number, trigger: LoadTrigger, git: { commitHash: string | null, branch: string | null, commitUrl: string | null } | null }, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } };

export type CliHistoryQueryVariables = Exact<{
  deployment: string;
  project: string;
  first: number;
  after?: string | null | undefined;
  collapseSimilar: boolean;
  status?: LoadStatus | null | undefined;
}>;


export type CliHistoryQuery = { project: { name: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { collapsedCount: number, firstSequence: number, lastSequence: number, firstLoadedAt: string, lastLoadedAt: string, load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } }> } } | null };

export type CliRecordLoadMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type CliRecordLoadMutation = { recordProjectLoad: { load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } };

export type CliRollbackTargetByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CliRollbackTargetByIdQuery = { node:
    | { id: string, sequence: number, project: { name: string, deployment: { name: string } } }
    | Record<PropertyKey, never>
   | null };

export type CliRollbackPlanQueryVariables = Exact<{
  deployment: string;
  project: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CliRollbackPlanQuery = { project: { currentLoad: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } }> } } | null };

export type CliRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type CliRollbackMutation = { rollbackProject: { rollback: { id: string, status: RollbackStatus, reason: string | null, requestedBy: string, createdAt: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } }, load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null } };

export type CliCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CliCreateTokenMutation = { createApiToken: { name: string, token: string } };

export type CliRevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type CliRevokeTokenMutation = { revokeApiToken: boolean };

export type CliWatchSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  project?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CliWatchSubscription = { projectLoaded: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } };

export type CliWatchStartQueryVariables = Exact<{
  deployment: string;
  project: string;
  withProject: boolean;
}>;


export type CliWatchStartQuery = { viewer: { name: string } | null, project?: { latestLoad: { id: string } | null } | null };

export type CliLoadSummaryFragment = { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null };

export type CliMapChangeFragment = { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> };

export type CliAssetChangeDetailFragment = { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null };

export type CliWrittenLoadFragment = { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null };

export type RollbackStateFragment = { id: string, status: RollbackStatus, error: string | null, claimedBy: string | null, snapshotMatchesTarget: boolean | null, snapshotDifferences: Array<string> | null, reason: string | null, project: { name: string, deployment: { name: string } }, toLoad: { id: string, sequence: number, image: string | null, git: { commitHash: string | null, repositoryUrl: string | null } | null }, resultingLoad: { id: string, sequence: number, status: LoadStatus, image: string | null } | null };

export type RollbackStateByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RollbackStateByIdQuery = { node:
    | { id: string, status: RollbackStatus, error: string | null, claimedBy: string | null, snapshotMatchesTarget: boolean | null, snapshotDifferences: Array<string> | null, reason: string | null, project: { name: string, deployment: { name: string } }, toLoad: { id: string, sequence: number, image: string | null, git: { commitHash: string | null, repositoryUrl: string | null } | null }, resultingLoad: { id: string, sequence: number, status: LoadStatus, image: string | null } | null }
    | Record<PropertyKey, never>
   | null };

export type RollbackUpdatesSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  rollbackId?: string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type RollbackUpdatesSubscription = { rollbackUpdated: { id: string, status: RollbackStatus, error: string | null, at: string, rollback: { id: string, status: RollbackStatus, error: string | null, claimedBy: string | null, snapshotMatchesTarget: boolean | null, snapshotDifferences: Array<string> | null, reason: string | null, project: { name: string, deployment: { name: string } }, toLoad: { id: string, sequence: number, image: string | null, git: { commitHash: string | null, repositoryUrl: string | null } | null }, resultingLoad: { id: string, sequence: number, status: LoadStatus, image: string | null } | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgentLoadFragmentDoc = new TypedDocumentString(`
    fragment AgentLoad on ProjectLoad {
  id
  sequence
  status
  loadedAt
  recordedBy
  error {
    message
    stack
  }
}
    `, {"fragmentName":"AgentLoad"}) as unknown as TypedDocumentString<AgentLoadFragment, unknown>;
export const CliLoadSummaryFragmentDoc = new TypedDocumentString(`
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}
    `, {"fragmentName":"CliLoadSummary"}) as unknown as TypedDocumentString<CliLoadSummaryFragment, unknown>;
export const CliMapChangeFragmentDoc = new TypedDocumentString(`
    fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}
    `, {"fragmentName":"CliMapChange"}) as unknown as TypedDocumentString<CliMapChangeFragment, unknown>;
export const CliAssetChangeDetailFragmentDoc = new TypedDocumentString(`
    fragment CliAssetChangeDetail on AssetChange {
  id
  assetKey
  changeTypes
  changedAt
  codeVersion {
    old
    new
  }
  partitionsDefinition {
    old
    new
  }
  dependencies {
    added
    removed
    changed
  }
  tags {
    ...CliMapChange
  }
  metadata {
    ...CliMapChange
  }
}
    fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}`, {"fragmentName":"CliAssetChangeDetail"}) as unknown as TypedDocumentString<CliAssetChangeDetailFragment, unknown>;
export const CliWrittenLoadFragmentDoc = new TypedDocumentString(`
    fragment CliWrittenLoad on ProjectLoad {
  ...CliLoadSummary
  assetChanges(first: 100) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliAssetChangeDetail
      }
    }
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}
fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}
fragment CliAssetChangeDetail on AssetChange {
  id
  assetKey
  changeTypes
  changedAt
  codeVersion {
    old
    new
  }
  partitionsDefinition {
    old
    new
  }
  dependencies {
    added
    removed
    changed
  }
  tags {
    ...CliMapChange
  }
  metadata {
    ...CliMapChange
  }
}`, {"fragmentName":"CliWrittenLoad"}) as unknown as TypedDocumentString<CliWrittenLoadFragment, unknown>;
export const RollbackStateFragmentDoc = new TypedDocumentString(`
    fragment RollbackState on Rollback {
  id
  status
  error
  claimedBy
  snapshotMatchesTarget
  snapshotDifferences
  reason
  project {
    name
    deployment {
      name
    }
  }
  toLoad {
    id
    sequence
    image
    git {
      commitHash
      repositoryUrl
    }
  }
  resultingLoad {
    id
    sequence
    status
    image
  }
}
    `, {"fragmentName":"RollbackState"}) as unknown as TypedDocumentString<RollbackStateFragment, unknown>;
export const AgentOpenRollbacksDocument = new TypedDocumentString(`
    query AgentOpenRollbacks {
  deployments {
    name
    openRollbacks {
      id
      status
      leaseExpiresAt
      project {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentOpenRollbacksQuery, AgentOpenRollbacksQueryVariables>;
export const AgentClaimRollbackDocument = new TypedDocumentString(`
    mutation AgentClaimRollback($input: ClaimRollbackInput!) {
  claimRollback(input: $input) {
    claimToken
    rollback {
      id
      project {
        name
      }
      toLoad {
        id
        sequence
        image
        git {
          commitHash
          repositoryUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentClaimRollbackMutation, AgentClaimRollbackMutationVariables>;
export const AgentRenewLeaseDocument = new TypedDocumentString(`
    mutation AgentRenewLease($input: RenewRollbackLeaseInput!) {
  renewRollbackLease(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AgentRenewLeaseMutation, AgentRenewLeaseMutationVariables>;
export const AgentFailRollbackDocument = new TypedDocumentString(`
    mutation AgentFailRollback($input: FailRollbackInput!) {
  failRollback(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AgentFailRollbackMutation, AgentFailRollbackMutationVariables>;
export const AgentViewerDocument = new TypedDocumentString(`
    query AgentViewer {
  viewer {
    name
    roles {
      deployment
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AgentViewerQuery, AgentViewerQueryVariables>;
export const AgentProjectDocument = new TypedDocumentString(`
    query AgentProject($deployment: String!, $name: String!) {
  project(deployment: $deployment, name: $name) {
    latestLoad {
      ...AgentLoad
    }
  }
}
    fragment AgentLoad on ProjectLoad {
  id
  sequence
  status
  loadedAt
  recordedBy
  error {
    message
    stack
  }
}`) as unknown as TypedDocumentString<AgentProjectQuery, AgentProjectQueryVariables>;
export const AgentProjectsDocument = new TypedDocumentString(`
    query AgentProjects($deployment: String!, $after: String) {
  projects(deployment: $deployment, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        latestLoad {
          ...AgentLoad
        }
      }
    }
  }
}
    fragment AgentLoad on ProjectLoad {
  id
  sequence
  status
  loadedAt
  recordedBy
  error {
    message
    stack
  }
}`) as unknown as TypedDocumentString<AgentProjectsQuery, AgentProjectsQueryVariables>;
export const AgentRecordLoadDocument = new TypedDocumentString(`
    mutation AgentRecordLoad($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      ...AgentLoad
    }
  }
}
    fragment AgentLoad on ProjectLoad {
  id
  sequence
  status
  loadedAt
  recordedBy
  error {
    message
    stack
  }
}`) as unknown as TypedDocumentString<AgentRecordLoadMutation, AgentRecordLoadMutationVariables>;
export const CliAssetChangeHistoryDocument = new TypedDocumentString(`
    query CliAssetChangeHistory($assetKey: String!, $deployment: String!, $project: String, $first: Int!, $after: String) {
  assetChangeHistory(
    assetKey: $assetKey
    deployment: $deployment
    project: $project
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CliAssetChangeDetail
        project {
          name
        }
        load {
          id
          sequence
          trigger
          git {
            commitHash
            branch
            commitUrl
          }
        }
      }
    }
  }
}
    fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}
fragment CliAssetChangeDetail on AssetChange {
  id
  assetKey
  changeTypes
  changedAt
  codeVersion {
    old
    new
  }
  partitionsDefinition {
    old
    new
  }
  dependencies {
    added
    removed
    changed
  }
  tags {
    ...CliMapChange
  }
  metadata {
    ...CliMapChange
  }
}`) as unknown as TypedDocumentString<CliAssetChangeHistoryQuery, CliAssetChangeHistoryQueryVariables>;
export const CliHistoryDocument = new TypedDocumentString(`
    query CliHistory($deployment: String!, $project: String!, $first: Int!, $after: String, $collapseSimilar: Boolean!, $status: LoadStatus) {
  project(deployment: $deployment, name: $project) {
    name
    history(
      first: $first
      after: $after
      collapseSimilar: $collapseSimilar
      status: $status
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          collapsedCount
          firstSequence
          lastSequence
          firstLoadedAt
          lastLoadedAt
          load {
            ...CliLoadSummary
          }
        }
      }
    }
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}`) as unknown as TypedDocumentString<CliHistoryQuery, CliHistoryQueryVariables>;
export const CliRecordLoadDocument = new TypedDocumentString(`
    mutation CliRecordLoad($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      ...CliWrittenLoad
    }
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}
fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}
fragment CliAssetChangeDetail on AssetChange {
  id
  assetKey
  changeTypes
  changedAt
  codeVersion {
    old
    new
  }
  partitionsDefinition {
    old
    new
  }
  dependencies {
    added
    removed
    changed
  }
  tags {
    ...CliMapChange
  }
  metadata {
    ...CliMapChange
  }
}
fragment CliWrittenLoad on ProjectLoad {
  ...CliLoadSummary
  assetChanges(first: 100) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliAssetChangeDetail
      }
    }
  }
}`) as unknown as TypedDocumentString<CliRecordLoadMutation, CliRecordLoadMutationVariables>;
export const CliRollbackTargetByIdDocument = new TypedDocumentString(`
    query CliRollbackTargetById($id: ID!) {
  node(id: $id) {
    ... on ProjectLoad {
      id
      sequence
      project {
        name
        deployment {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliRollbackTargetByIdQuery, CliRollbackTargetByIdQueryVariables>;
export const CliRollbackPlanDocument = new TypedDocumentString(`
    query CliRollbackPlan($deployment: String!, $project: String!, $first: Int!, $after: String) {
  project(deployment: $deployment, name: $project) {
    currentLoad {
      ...CliLoadSummary
    }
    history(collapseSimilar: false, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          load {
            ...CliLoadSummary
          }
        }
      }
    }
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}`) as unknown as TypedDocumentString<CliRollbackPlanQuery, CliRollbackPlanQueryVariables>;
export const CliRollbackDocument = new TypedDocumentString(`
    mutation CliRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    rollback {
      id
      status
      reason
      requestedBy
      createdAt
      fromLoad {
        id
        sequence
      }
      toLoad {
        id
        sequence
      }
    }
    load {
      ...CliWrittenLoad
    }
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}
fragment CliMapChange on MapChange {
  added {
    key
    old
    new
  }
  removed {
    key
    old
    new
  }
  changed {
    key
    old
    new
  }
}
fragment CliAssetChangeDetail on AssetChange {
  id
  assetKey
  changeTypes
  changedAt
  codeVersion {
    old
    new
  }
  partitionsDefinition {
    old
    new
  }
  dependencies {
    added
    removed
    changed
  }
  tags {
    ...CliMapChange
  }
  metadata {
    ...CliMapChange
  }
}
fragment CliWrittenLoad on ProjectLoad {
  ...CliLoadSummary
  assetChanges(first: 100) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliAssetChangeDetail
      }
    }
  }
}`) as unknown as TypedDocumentString<CliRollbackMutation, CliRollbackMutationVariables>;
export const CliCreateTokenDocument = new TypedDocumentString(`
    mutation CliCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    name
    token
  }
}
    `) as unknown as TypedDocumentString<CliCreateTokenMutation, CliCreateTokenMutationVariables>;
export const CliRevokeTokenDocument = new TypedDocumentString(`
    mutation CliRevokeToken($name: String!) {
  revokeApiToken(name: $name)
}
    `) as unknown as TypedDocumentString<CliRevokeTokenMutation, CliRevokeTokenMutationVariables>;
export const CliWatchDocument = new TypedDocumentString(`
    subscription CliWatch($deployment: String, $project: String, $after: String) {
  projectLoaded(deployment: $deployment, project: $project, after: $after) {
    ...CliLoadSummary
  }
}
    fragment CliLoadSummary on ProjectLoad {
  id
  sequence
  loadedAt
  status
  trigger
  image
  error {
    message
  }
  git {
    repositoryUrl
    commitHash
    branch
    commitUrl
  }
  metadata {
    key
    value
  }
  project {
    name
    deployment {
      name
    }
  }
  assetsAdded
  assetsRemoved
  assetsChanged
  rollback {
    reason
    requestedBy
    fromLoad {
      id
      sequence
    }
    toLoad {
      id
      sequence
    }
  }
}`) as unknown as TypedDocumentString<CliWatchSubscription, CliWatchSubscriptionVariables>;
export const CliWatchStartDocument = new TypedDocumentString(`
    query CliWatchStart($deployment: String!, $project: String!, $withProject: Boolean!) {
  viewer {
    name
  }
  project(deployment: $deployment, name: $project) @include(if: $withProject) {
    latestLoad {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CliWatchStartQuery, CliWatchStartQueryVariables>;
export const RollbackStateByIdDocument = new TypedDocumentString(`
    query RollbackStateById($id: ID!) {
  node(id: $id) {
    ... on Rollback {
      ...RollbackState
    }
  }
}
    fragment RollbackState on Rollback {
  id
  status
  error
  claimedBy
  snapshotMatchesTarget
  snapshotDifferences
  reason
  project {
    name
    deployment {
      name
    }
  }
  toLoad {
    id
    sequence
    image
    git {
      commitHash
      repositoryUrl
    }
  }
  resultingLoad {
    id
    sequence
    status
    image
  }
}`) as unknown as TypedDocumentString<RollbackStateByIdQuery, RollbackStateByIdQueryVariables>;
export const RollbackUpdatesDocument = new TypedDocumentString(`
    subscription RollbackUpdates($deployment: String, $rollbackId: ID, $after: ID) {
  rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {
    id
    status
    error
    at
    rollback {
      ...RollbackState
    }
  }
}
    fragment RollbackState on Rollback {
  id
  status
  error
  claimedBy
  snapshotMatchesTarget
  snapshotDifferences
  reason
  project {
    name
    deployment {
      name
    }
  }
  toLoad {
    id
    sequence
    image
    git {
      commitHash
      repositoryUrl
    }
  }
  resultingLoad {
    id
    sequence
    status
    image
  }
}`) as unknown as TypedDocumentString<RollbackUpdatesSubscription, RollbackUpdatesSubscriptionVariables>;