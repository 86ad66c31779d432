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


export type CliHistoryQuery = { project: { name: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { collapsedCount: number, firstSequence: number, lastSequence: number, firstLoadedAt: string, lastLoadedAt: string, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } }> } } | null };

export type CliProjectsQueryVariables = Exact<{
  deployment?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, updatedAt: string, deployment: { name: string }, currentLoad: { sequence: number, image: string | null, git: { commitHash: string | null } | null } | null, latestLoad: { sequence: number, status: LoadStatus } | null } }> } };

export type CliRecordLoadMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type CliRecordLoadMutation = { recordProjectLoad: { replayed: boolean, load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } };

export type CliRollbackTargetByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CliRollbackTargetByIdQuery = { node:
    | { id: string, sequence: number, project: { name: string, deployment: { name: string } } }
    | Record<PropertyKey, never>
   | null };

export type CliRollbackLoadsQueryVariables = Exact<{
  deployment: string;
  project: string;
  sequence: number;
  bySequence: boolean;
}>;


export type CliRollbackLoadsQuery = { project: { currentLoad: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null, load?: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null } | null };

export type CliSuccessfulLoadsQueryVariables = Exact<{
  deployment: string;
  project: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CliSuccessfulLoadsQuery = { project: { history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } } }> } } | null };

export type CliRollbackPreviewQueryVariables = Exact<{
  deployment: string;
  project: string;
  loadId: string | number;
}>;


export type CliRollbackPreviewQuery = { project: { rollbackPreview: { assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, from: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null }, to: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null }, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } | null } | null };

export type CliRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type CliRollbackMutation = { rollbackProject: { rollback: { id: string, status: RollbackStatus, reason: string | null, requestedBy: string, createdAt: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } }, load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null } };

export type CliShowLoadQueryVariables = Exact<{
  deployment: string;
  project: string;
  sequence: number;
  bySequence: boolean;
  current: boolean;
  first: number;
  after?: string | null | undefined;
}>;


export type CliShowLoadQuery = { project: { load?: { recordedBy: string, recordedAt: string, id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null, currentLoad?: { recordedBy: string, recordedAt: string, id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null, latestLoad?: { recordedBy: string, recordedAt: string, id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } | null } | null };

export type CliShownLoadFragment = { recordedBy: string, recordedAt: string, id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null };

export type CliCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CliCreateTokenMutation = { createApiToken: { name: string, token: string } };

export type CliRevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type CliRevokeTokenMutation = { revokeApiToken: boolean };

export type CliTokensQueryVariables = Exact<{
  deployment?: string | null | undefined;
}>;


export type CliTokensQuery = { apiTokens: Array<{ name: string, role: Role, deployment: string | null, createdBy: string | null, createdAt: string, revokedAt: string | null }> };

export type CliWatchSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  project?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CliWatchSubscription = { projectLoaded: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null } };

export type CliWatchStartQueryVariables = Exact<{
  deployment: string;
  project: string;
  withProject: boolean;
}>;


export type CliWatchStartQuery = { viewer: { name: string, roles: Array<{ deployment: string | null }> } | null, project?: { latestLoad: { id: string } | null } | null };

export type CliWatchFeedPointQueryVariables = Exact<{ [key: string]: never; }>;


export type CliWatchFeedPointQuery = { projects: { edges: Array<{ node: { latestLoad: { id: string, recordedAt: string } | null } }> } };

export type CliLoadSummaryFragment = { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null };

export type CliMapChangeFragment = { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> };

export type CliAssetChangeDetailFragment = { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null };

export type CliAssetDiffDetailFragment = { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null };

export type CliWrittenLoadFragment = { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assetKey: string, changeTypes: Array<AssetChangeType>, changedAt: string, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, requestedBy: string, fromLoad: { id: string, sequence: number }, toLoad: { id: string, sequence: number } } | null };

export type CliKnownNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CliKnownNamesQuery = { deployments: Array<{ name: string }>, projects: { edges: Array<{ node: { name: string, deployment: { name: string } } }> } };

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
    stack
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
export const CliShownLoadFragmentDoc = new TypedDocumentString(`
    fragment CliShownLoad on ProjectLoad {
  ...CliLoadSummary
  recordedBy
  recordedAt
  assetChanges(first: $first, after: $after) {
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
    stack
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
}`, {"fragmentName":"CliShownLoad"}) as unknown as TypedDocumentString<CliShownLoadFragment, unknown>;
export const CliAssetDiffDetailFragmentDoc = new TypedDocumentString(`
    fragment CliAssetDiffDetail on AssetDiff {
  assetKey
  changeTypes
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
}`, {"fragmentName":"CliAssetDiffDetail"}) as unknown as TypedDocumentString<CliAssetDiffDetailFragment, unknown>;
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
    stack
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
          assetsAdded
          assetsRemoved
          assetsChanged
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
    stack
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
export const CliProjectsDocument = new TypedDocumentString(`
    query CliProjects($deployment: String, $first: Int!, $after: String) {
  projects(deployment: $deployment, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        updatedAt
        deployment {
          name
        }
        currentLoad {
          sequence
          image
          git {
            commitHash
          }
        }
        latestLoad {
          sequence
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliProjectsQuery, CliProjectsQueryVariables>;
export const CliRecordLoadDocument = new TypedDocumentString(`
    mutation CliRecordLoad($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    replayed
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
    stack
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
export const CliRollbackLoadsDocument = new TypedDocumentString(`
    query CliRollbackLoads($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!) {
  project(deployment: $deployment, name: $project) {
    currentLoad {
      ...CliLoadSummary
    }
    load(sequence: $sequence) @include(if: $bySequence) {
      ...CliLoadSummary
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
    stack
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
}`) as unknown as TypedDocumentString<CliRollbackLoadsQuery, CliRollbackLoadsQueryVariables>;
export const CliSuccessfulLoadsDocument = new TypedDocumentString(`
    query CliSuccessfulLoads($deployment: String!, $project: String!, $first: Int!, $after: String) {
  project(deployment: $deployment, name: $project) {
    history(collapseSimilar: false, status: SUCCESS, first: $first, after: $after) {
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
    stack
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
}`) as unknown as TypedDocumentString<CliSuccessfulLoadsQuery, CliSuccessfulLoadsQueryVariables>;
export const CliRollbackPreviewDocument = new TypedDocumentString(`
    query CliRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {
  project(deployment: $deployment, name: $project) {
    rollbackPreview(loadId: $loadId) {
      from {
        ...CliLoadSummary
      }
      to {
        ...CliLoadSummary
      }
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges(first: 100) {
        totalCount
        edges {
          node {
            ...CliAssetDiffDetail
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
    stack
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
fragment CliAssetDiffDetail on AssetDiff {
  assetKey
  changeTypes
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
}`) as unknown as TypedDocumentString<CliRollbackPreviewQuery, CliRollbackPreviewQueryVariables>;
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
    stack
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
export const CliShowLoadDocument = new TypedDocumentString(`
    query CliShowLoad($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!, $current: Boolean!, $first: Int!, $after: String) {
  project(deployment: $deployment, name: $project) {
    load(sequence: $sequence) @include(if: $bySequence) {
      ...CliShownLoad
    }
    currentLoad @include(if: $current) {
      ...CliShownLoad
    }
    latestLoad @skip(if: $bySequence) {
      ...CliShownLoad
    }
  }
}
    fragment CliShownLoad on ProjectLoad {
  ...CliLoadSummary
  recordedBy
  recordedAt
  assetChanges(first: $first, after: $after) {
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
    stack
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
}`) as unknown as TypedDocumentString<CliShowLoadQuery, CliShowLoadQueryVariables>;
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
export const CliTokensDocument = new TypedDocumentString(`
    query CliTokens($deployment: String) {
  apiTokens(deployment: $deployment) {
    name
    role
    deployment
    createdBy
    createdAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<CliTokensQuery, CliTokensQueryVariables>;
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
    stack
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
    roles {
      deployment
    }
  }
  project(deployment: $deployment, name: $project) @include(if: $withProject) {
    latestLoad {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CliWatchStartQuery, CliWatchStartQueryVariables>;
export const CliWatchFeedPointDocument = new TypedDocumentString(`
    query CliWatchFeedPoint {
  projects(first: 100) {
    edges {
      node {
        latestLoad {
          id
          recordedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliWatchFeedPointQuery, CliWatchFeedPointQueryVariables>;
export const CliKnownNamesDocument = new TypedDocumentString(`
    query CliKnownNames {
  deployments {
    name
  }
  projects(first: 100) {
    edges {
      node {
        name
        deployment {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliKnownNamesQuery, CliKnownNamesQueryVariables>;
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