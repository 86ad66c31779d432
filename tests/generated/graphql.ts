/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a delivery stands. */
export type AlertDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Given up: refused with a 4xx, out of attempts, or its policy was disabled. */
  | 'FAILED'
  /** Not sent yet, being sent, or waiting for its next attempt. */
  | 'PENDING';

/** What an alert policy can be told about. */
export type AlertEvent =
  /** A load with status FAILURE was recorded. */
  | 'PROJECT_LOAD_FAILED'
  /** A rollback carried out by an executor ended FAILED (its command failed, the location failed to load, or it timed out). */
  | 'ROLLBACK_FAILED'
  /** A project was rolled back (rollbackProject). */
  | 'ROLLBACK_PERFORMED';

/** The body of a delivery. */
export type AlertFormat =
  /** The event as a JSON document (see the README's Alerts section). */
  | 'JSON'
  /** A Slack incoming-webhook message: { "text": ... }. */
  | 'SLACK';

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

/** A new alert policy. */
export type CreateAlertPolicyInput = {
  deployment?: string | null | undefined;
  /** At least one. */
  events: Array<AlertEvent>;
  format?: AlertFormat | null | undefined;
  /** Unique within the deployment. */
  name: string;
  /** Only this project; leave out for every project of the deployment. */
  project?: string | null | undefined;
  /** An http or https URL; it receives a POST per alert. Shown only to EDITOR and above. */
  webhookUrl: string;
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

/** How a deployment's rollbacks are carried out. */
export type RollbackExecution =
  /** rollbackProject records the new load at once (the default): the history changes, nothing is redeployed. */
  | 'DIRECT'
  /** rollbackProject requests the rollback; an agent started with --deploy-command claims it, redeploys the target's image and records the load Dagster then reports. */
  | 'EXECUTOR';

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

export type SetRollbackExecutionInput = {
  /** Created when it does not exist yet. */
  deployment: string;
  execution: RollbackExecution;
};

/** Changes to a policy: fields left out keep their value. */
export type UpdateAlertPolicyInput = {
  /** false: nothing more is sent, deliveries still waiting included. */
  enabled?: boolean | null | undefined;
  events?: Array<AlertEvent> | null | undefined;
  format?: AlertFormat | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** null: every project of the deployment. */
  project?: string | null | undefined;
  webhookUrl?: string | null | undefined;
};

export type CreateAlertPolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type CreateAlertPolicyMutation = { createAlertPolicy: { signingSecret: string, policy: { id: string, name: string, deployment: string, project: string | null, events: Array<AlertEvent>, webhookUrl: string | null, format: AlertFormat, enabled: boolean } } };

export type DisableAlertPolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type DisableAlertPolicyMutation = { updateAlertPolicy: { enabled: boolean } };

export type AlertedRollbackMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertedRollbackMutation = { rollbackProject: { load: { id: string } | null } };

export type SlowPolicyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlowPolicyNamesQuery = { alertPolicies: Array<{ name: string }> };

export type UpdateAlertPolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type UpdateAlertPolicyMutation = { updateAlertPolicy: { id: string, name: string, project: string | null, events: Array<AlertEvent>, webhookUrl: string | null, format: AlertFormat, enabled: boolean } };

export type DeleteAlertPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAlertPolicyMutation = { deleteAlertPolicy: boolean };

export type TestAlertPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type TestAlertPolicyMutation = { testAlertPolicy: { id: string, event: AlertEvent, status: AlertDeliveryStatus, attempts: number, lastAttemptAt: string | null, responseStatus: number | null, lastError: string | null, nextAttemptAt: string | null, test: boolean, load: { id: string, sequence: number }, policy: { id: string, name: string } } };

export type AlertPoliciesQueryVariables = Exact<{
  deployment?: string | null | undefined;
}>;


export type AlertPoliciesQuery = { alertPolicies: Array<{ id: string, name: string, deployment: string, project: string | null, events: Array<AlertEvent>, webhookUrl: string | null, format: AlertFormat, enabled: boolean, createdAt: string, createdBy: string | null, deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: AlertDeliveryStatus, event: AlertEvent, test: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }> };

export type PolicyNameByNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyNameByNodeQuery = { node:
    | { name: string }
    | Record<PropertyKey, never>
   | null };

export type AlertPolicyFieldNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertPolicyFieldNamesQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type DefaultDeploymentPolicyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultDeploymentPolicyNamesQuery = { alertPolicies: Array<{ name: string }> };

export type GuardedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GuardedNodeQuery = { node:
    | { status: AlertDeliveryStatus, id: string }
    | { webhookUrl: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SsrfCreatePolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type SsrfCreatePolicyMutation = { createAlertPolicy: { policy: { id: string, webhookUrl: string | null } } };

export type SsrfUpdatePolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type SsrfUpdatePolicyMutation = { updateAlertPolicy: { id: string, webhookUrl: string | null } };

export type SsrfTestPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type SsrfTestPolicyMutation = { testAlertPolicy: { id: string, status: AlertDeliveryStatus, attempts: number, responseStatus: number | null, errorClass: string | null, lastError: string | null } };

export type SsrfDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type SsrfDeliveryQuery = { node:
    | { status: AlertDeliveryStatus, responseStatus: number | null, errorClass: string | null, lastError: string | null }
    | Record<PropertyKey, never>
   | null };

export type SsrfListedDeliveriesQueryVariables = Exact<{
  deployment: string;
}>;


export type SsrfListedDeliveriesQuery = { alertPolicies: Array<{ name: string, deliveries: { edges: Array<{ node: { responseStatus: number | null, errorClass: string | null, lastError: string | null } }> } }> };

export type CliTestLoadErrorQueryVariables = Exact<{
  id: string | number;
}>;


export type CliTestLoadErrorQuery = { node:
    | { error: { message: string, stack: string | null } | null }
    | Record<PropertyKey, never>
   | null };

export type DagsterAgentHistoryQueryVariables = Exact<{
  project: string;
}>;


export type DagsterAgentHistoryQuery = { project: { loadCount: number, history: { edges: Array<{ node: { load: { id: string, sequence: number, status: LoadStatus, loadedAt: string, image: string | null, recordedBy: string, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string, stack: string | null } | null, git: { commitHash: string | null, repositoryUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, assetChanges: { edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } } }> } } | null };

export type DagsterSetExecutionMutationVariables = Exact<{ [key: string]: never; }>;


export type DagsterSetExecutionMutation = { setRollbackExecution: { rollbackExecution: RollbackExecution } };

export type DagsterRequestRollbackMutationVariables = Exact<{
  loadId: string | number;
}>;


export type DagsterRequestRollbackMutation = { rollbackProject: { rollback: { id: string, status: RollbackStatus }, load: { id: string } | null } };

export type DagsterRollbackStateQueryVariables = Exact<{
  id: string | number;
}>;


export type DagsterRollbackStateQuery = { node:
    | { status: RollbackStatus, error: string | null, claimedBy: string | null, snapshotMatchesTarget: boolean | null, snapshotDifferences: Array<string> | null, toLoad: { sequence: number }, resultingLoad: { sequence: number, trigger: LoadTrigger, status: LoadStatus, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string> } | null }
    | Record<PropertyKey, never>
   | null };

export type E2eCreatePagerPolicyMutationVariables = Exact<{
  url: string;
}>;


export type E2eCreatePagerPolicyMutation = { createAlertPolicy: { signingSecret: string } };

export type E2eRecordFailureMutationVariables = Exact<{
  error: string;
}>;


export type E2eRecordFailureMutation = { recordProjectLoad: { load: { id: string } } };

export type DemoConcurrentRecordMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type DemoConcurrentRecordMutation = { recordProjectLoad: { load: { sequence: number } } };

export type DemoConcurrentHistoryQueryVariables = Exact<{
  name: string;
}>;


export type DemoConcurrentHistoryQuery = { project: { history: { totalCount: number } } | null };

export type DemoConcurrentDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoConcurrentDeploymentsQuery = { deployments: Array<{ name: string, projects: { edges: Array<{ node: { name: string } }> } }> };

export type GraphiqlRecordLoadMutationVariables = Exact<{
  project: string;
}>;


export type GraphiqlRecordLoadMutation = { recordProjectLoad: { load: { sequence: number } } };

export type E2eViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eViewerQuery = { viewer: { name: string, roles: Array<{ role: Role, deployment: string | null }> } | null };

export type E2eRecordMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type E2eRecordMutation = { recordProjectLoad: { load: { sequence: number, assetsAdded: Array<string> } } };

export type E2eHistoryQueryVariables = Exact<{
  name: string;
}>;


export type E2eHistoryQuery = { project: { name: string, history: { edges: Array<{ node: { load: { sequence: number } } }> } } | null };

export type E2eDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eDeploymentsQuery = { deployments: Array<{ name: string }> };

export type RecordMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type RecordMutation = { recordProjectLoad: { load: { id: string, sequence: number, status: LoadStatus, trigger: LoadTrigger, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string> } } };

export type AbuseLoadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AbuseLoadsQuery = { project: { history: { edges: Array<{ node: { lastSequence: number } }> } } | null };

export type AuthReadProjectQueryVariables = Exact<{
  deployment: string;
}>;


export type AuthReadProjectQuery = { project: { name: string } | null };

export type AuthDeploymentNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthDeploymentNamesQuery = { deployments: Array<{ name: string }> };

export type AuthIntrospectionAndViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthIntrospectionAndViewerQuery = { __schema: { queryType: { name: string | null } }, viewer: { name: string } | null };

export type AuthViewerRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerRolesQuery = { viewer: { name: string, roles: Array<{ role: Role, deployment: string | null }> } | null };

export type AuthLatestRecordedByQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthLatestRecordedByQuery = { project: { latestLoad: { recordedBy: string } | null } | null };

export type AuthNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthNodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthProdAssetChangeHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProdAssetChangeHistoryQuery = { assetChangeHistory: { totalCount: number } };

export type AuthProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { name: string, deployment: { name: string } } }> } };

export type AuthCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthCreateApiTokenMutation = { createApiToken: { token: string, name: string } };

export type AuthRevokeApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type AuthRevokeApiTokenMutation = { revokeApiToken: boolean };

export type DemoDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoDeploymentsQuery = { deployments: Array<{ name: string, projects: { totalCount: number, edges: Array<{ node: { name: string } }> } }> };

export type DemoHistoryQueryVariables = Exact<{
  deployment: string;
  name: string;
  collapse: boolean;
  after?: string | null | undefined;
}>;


export type DemoHistoryQuery = { project: { currentLoad: { sequence: number, trigger: LoadTrigger } | null, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { collapsedCount: number, load: { sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, error: { message: string, stack: string | null } | null, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType> } }> }, rollback: { reason: string | null, requestedBy: string, fromLoad: { sequence: number }, toLoad: { sequence: number, image: string | null } } | null } } }> } } | null };

export type DemoAssetChangeHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoAssetChangeHistoryQuery = { assetChangeHistory: { totalCount: number, edges: Array<{ node: { changeTypes: Array<AssetChangeType>, dependencies: { added: Array<string> } | null } }> } };

export type DemoRunChangesQueryVariables = Exact<{
  deployment: string;
  name: string;
}>;


export type DemoRunChangesQuery = { project: { history: { edges: Array<{ node: { firstSequence: number, lastSequence: number, assetsAdded: Array<string>, assetsChanged: Array<string>, firstLoad: { sequence: number }, load: { sequence: number, assetsAdded: Array<string>, assetsChanged: Array<string> }, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, load: { sequence: number } } }> } } }> } } | null };

export type DemoCreateAlertPolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type DemoCreateAlertPolicyMutation = { createAlertPolicy: { policy: { id: string } } };

export type IsolationProdObjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationProdObjectsQuery = { project: { id: string, deployment: { id: string }, history: { edges: Array<{ node: { load: { id: string, trigger: LoadTrigger, rollback: { id: string } | null, assetChanges: { edges: Array<{ node: { id: string } }> } } } }> } } | null, alertPolicies: Array<{ id: string, deliveries: { edges: Array<{ node: { id: string } }> } }> };

export type IsolationCreatePolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type IsolationCreatePolicyMutation = { createAlertPolicy: { policy: { id: string } } };

export type IsolationRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type IsolationRollbackMutation = { rollbackProject: { load: { id: string } | null } };

export type IsolationProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationProjectQuery = { project: { id: string, name: string } | null };

export type IsolationProjectsOfProdQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationProjectsOfProdQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type IsolationAllProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationAllProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { deployment: { name: string }, latestLoad: { project: { deployment: { name: string } } } | null } }> } };

export type IsolationDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationDeploymentsQuery = { deployments: Array<{ name: string, projects: { totalCount: number, edges: Array<{ node: { name: string } }> } }> };

export type IsolationAssetChangeHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationAssetChangeHistoryQuery = { assetChangeHistory: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type IsolationAlertPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationAlertPoliciesQuery = { alertPolicies: Array<{ id: string, name: string }> };

export type IsolationApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationApiTokensQuery = { apiTokens: Array<{ name: string, role: Role }> };

export type IsolationViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationViewerQuery = { viewer: { name: string, roles: Array<{ role: Role, deployment: string | null }> } | null };

export type IsolationRecordMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type IsolationRecordMutation = { recordProjectLoad: { load: { id: string } } };

export type IsolationRollbackProdMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type IsolationRollbackProdMutation = { rollbackProject: { load: { id: string } | null } };

export type IsolationSetExecutionMutationVariables = Exact<{
  input: SetRollbackExecutionInput;
}>;


export type IsolationSetExecutionMutation = { setRollbackExecution: { id: string } };

export type IsolationClaimMutationVariables = Exact<{
  input: ClaimRollbackInput;
}>;


export type IsolationClaimMutation = { claimRollback: { claimToken: string | null } };

export type IsolationRenewMutationVariables = Exact<{
  input: RenewRollbackLeaseInput;
}>;


export type IsolationRenewMutation = { renewRollbackLease: { id: string, status: RollbackStatus } };

export type IsolationFailMutationVariables = Exact<{
  input: FailRollbackInput;
}>;


export type IsolationFailMutation = { failRollback: { id: string, status: RollbackStatus } };

export type IsolationCreateProdPolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type IsolationCreateProdPolicyMutation = { createAlertPolicy: { policy: { id: string } } };

export type IsolationUpdatePolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type IsolationUpdatePolicyMutation = { updateAlertPolicy: { id: string, webhookUrl: string | null } };

export type IsolationDeletePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationDeletePolicyMutation = { deleteAlertPolicy: boolean };

export type IsolationTestPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationTestPolicyMutation = { testAlertPolicy: { id: string, load: { id: string } } };

export type IsolationCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type IsolationCreateTokenMutation = { createApiToken: { token: string } };

export type IsolationRevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type IsolationRevokeTokenMutation = { revokeApiToken: boolean };

export type IsolationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationNodeQuery = { node:
    | { status: AlertDeliveryStatus, id: string, load: { id: string }, policy: { name: string } }
    | { name: string, webhookUrl: string | null, id: string }
    | { assetKey: string, id: string, load: { id: string } }
    | { name: string, id: string, projects: { totalCount: number } }
    | { name: string, id: string }
    | { sequence: number, id: string, project: { name: string } }
    | { reason: string | null, id: string, project: { name: string } }
   | null };

export type IsolationRollbackUpdatedSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  rollbackId?: string | number | null | undefined;
}>;


export type IsolationRollbackUpdatedSubscription = { rollbackUpdated: { id: string, status: RollbackStatus } };

export type ErrorsProjectNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorsProjectNameQuery = { project: { name: string } | null };

export type HistoryPageQueryVariables = Exact<{
  deployment?: string | null | undefined;
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  collapse?: boolean | null | undefined;
  status?: LoadStatus | null | undefined;
}>;


export type HistoryPageQuery = { project: { history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { collapsedCount: number, firstLoadedAt: string, lastLoadedAt: string, firstSequence: number, lastSequence: number, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, load: { sequence: number, status: LoadStatus, trigger: LoadTrigger }, loads: { totalCount: number, edges: Array<{ node: { sequence: number } }> }, firstLoad: { sequence: number }, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, load: { sequence: number } } }> } } }> } } | null };

export type LoadsOfOneEntryQueryVariables = Exact<{
  entry?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type LoadsOfOneEntryQuery = { project: { history: { edges: Array<{ node: { loads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sequence: number } }> } } }> } } | null };

export type PropertyRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type PropertyRollbackMutation = { rollbackProject: { load: { id: string } | null } };

export type PropertyUpdatePolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type PropertyUpdatePolicyMutation = { updateAlertPolicy: { id: string, name: string } };

export type PropertyDeletePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyDeletePolicyMutation = { deleteAlertPolicy: boolean };

export type PropertyTestPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type PropertyTestPolicyMutation = { testAlertPolicy: { id: string, errorClass: string | null } };

export type PropertyCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type PropertyCreateTokenMutation = { createApiToken: { name: string } };

export type PropertyRevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type PropertyRevokeTokenMutation = { revokeApiToken: boolean };

export type PropertyPageProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageProjectsQuery = { projects: { totalCount: number, edges: Array<{ cursor: string }> } };

export type PropertyPageDeploymentProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageDeploymentProjectsQuery = { deployments: Array<{ projects: { edges: Array<{ cursor: string }> } }> };

export type PropertyPageHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageHistoryQuery = { project: { history: { totalCount: number, edges: Array<{ cursor: string }> } } | null };

export type PropertyPageLoadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageLoadsQuery = { project: { history: { edges: Array<{ cursor: string }> }, latestLoad: { id: string } | null } | null };

export type PropertyPageEntryLoadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageEntryLoadsQuery = { project: { history: { edges: Array<{ node: { loads: { edges: Array<{ cursor: string }> } } }> } } | null };

export type PropertyPageChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageChangesQuery = { project: { currentLoad: { assetChanges: { totalCount: number, edges: Array<{ cursor: string }> } } | null } | null };

export type PropertyPageAssetHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageAssetHistoryQuery = { assetChangeHistory: { totalCount: number, edges: Array<{ cursor: string }> } };

export type PropertyPageDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PropertyPageDeliveriesQuery = { alertPolicies: Array<{ deliveries: { totalCount: number } }> };

export type PropertyNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PropertyNodeQuery = { node:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertPolicy', id: string }
    | { __typename: 'AssetChange', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectLoad', id: string }
    | { __typename: 'Rollback', id: string }
   | null };

export type PropertyProjectByNameQueryVariables = Exact<{
  deployment?: string | null | undefined;
  name: string;
}>;


export type PropertyProjectByNameQuery = { project: { name: string } | null };

export type PropertyProjectsOfQueryVariables = Exact<{
  deployment?: string | null | undefined;
}>;


export type PropertyProjectsOfQuery = { projects: { totalCount: number } };

export type PropertyAssetHistoryOfQueryVariables = Exact<{
  deployment?: string | null | undefined;
  name?: string | null | undefined;
  assetKey: string;
}>;


export type PropertyAssetHistoryOfQuery = { assetChangeHistory: { totalCount: number } };

export type PropertyPoliciesOfQueryVariables = Exact<{
  deployment?: string | null | undefined;
}>;


export type PropertyPoliciesOfQuery = { alertPolicies: Array<{ name: string }> };

export type PropertyIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PropertyIdsQuery = { project: { id: string, deployment: { id: string }, history: { edges: Array<{ node: { load: { id: string, assetChanges: { edges: Array<{ node: { id: string } }> } } } }> } } | null };

export type InputsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InputsNodeQuery = { node:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertPolicy', id: string }
    | { __typename: 'AssetChange', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectLoad', id: string }
    | { __typename: 'Rollback', id: string }
   | null };

export type InputsProjectQueryVariables = Exact<{
  deployment?: string | null | undefined;
  name: string;
}>;


export type InputsProjectQuery = { project: { name: string, loadCount: number } | null };

export type InputsProjectsQueryVariables = Exact<{
  deployment?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type InputsProjectsQuery = { projects: { totalCount: number } };

export type InputsAssetHistoryQueryVariables = Exact<{
  assetKey: string;
  deployment?: string | null | undefined;
  project?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type InputsAssetHistoryQuery = { assetChangeHistory: { totalCount: number } };

export type InputsPoliciesQueryVariables = Exact<{
  deployment?: string | null | undefined;
}>;


export type InputsPoliciesQuery = { alertPolicies: Array<{ id: string }> };

export type InputsPagesQueryVariables = Exact<{
  after?: string | null | undefined;
  collapse?: boolean | null | undefined;
}>;


export type InputsPagesQuery = { project: { history: { edges: Array<{ cursor: string }> }, latestLoad: { assetChanges: { edges: Array<{ cursor: string }> } } | null } | null };

export type InputsEntryLoadsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InputsEntryLoadsQuery = { project: { history: { edges: Array<{ node: { loads: { edges: Array<{ cursor: string }> } } }> } } | null };

export type InputsDeliveriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InputsDeliveriesQuery = { alertPolicies: Array<{ deliveries: { totalCount: number } }> };

export type InputsLoadedAtQueryVariables = Exact<{
  name: string;
}>;


export type InputsLoadedAtQuery = { project: { latestLoad: { loadedAt: string, git: { repositoryUrl: string | null } | null } | null } | null };

export type InputsRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type InputsRollbackMutation = { rollbackProject: { load: { sequence: number } | null } };

export type InputsUpdatePolicyMutationVariables = Exact<{
  input: UpdateAlertPolicyInput;
}>;


export type InputsUpdatePolicyMutation = { updateAlertPolicy: { id: string } };

export type InputsDeletePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type InputsDeletePolicyMutation = { deleteAlertPolicy: boolean };

export type InputsTestPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type InputsTestPolicyMutation = { testAlertPolicy: { id: string } };

export type InputsCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type InputsCreateTokenMutation = { createApiToken: { name: string } };

export type InputsRevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type InputsRevokeTokenMutation = { revokeApiToken: boolean };

export type InputsLoadIdsQueryVariables = Exact<{
  deployment?: string | null | undefined;
  name: string;
}>;


export type InputsLoadIdsQuery = { project: { id: string, deployment: { id: string }, latestLoad: { id: string, rollback: { id: string } | null } | null, history: { edges: Array<{ node: { load: { id: string, sequence: number, assetChanges: { edges: Array<{ node: { id: string } }> } } } }> } } | null };

export type AssetChangesOfLoadQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetChangesOfLoadQuery = { node:
    | { assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CommitLinkOfProjectQueryVariables = Exact<{
  name: string;
}>;


export type CommitLinkOfProjectQuery = { project: { latestLoad: { git: { repositoryUrl: string | null, commitHash: string | null, commitUrl: string | null } | null } | null } | null };

export type LatestAndCurrentLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestAndCurrentLoadQuery = { project: { name: string, updatedAt: string, deployment: { name: string }, latestLoad: { sequence: number, status: LoadStatus, error: { message: string, stack: string | null } | null } | null, currentLoad: { sequence: number, loadedAt: string, image: string | null, metadata: Array<{ key: string, value: string }>, git: { commitUrl: string | null } | null, error: { message: string } | null } | null } | null };

export type MissingProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type MissingProjectQuery = { project: { name: string } | null };

export type IdsOfEveryNodeTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsOfEveryNodeTypeQuery = { project: { id: string, deployment: { id: string }, currentLoad: { id: string, assetChanges: { edges: Array<{ node: { id: string } }> } } | null } | null };

export type NodeTypenameQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeTypenameQuery = { node:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertPolicy', id: string }
    | { __typename: 'AssetChange', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectLoad', id: string }
    | { __typename: 'Rollback', id: string }
   | null };

export type UnknownNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UnknownNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MalformedNodeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MalformedNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ListedDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListedDeploymentsQuery = { deployments: Array<{ name: string }> };

export type FirstVectorProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstVectorProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string } }> } };

export type NextVectorProjectsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NextVectorProjectsQuery = { projects: { edges: Array<{ node: { name: string } }> } };

export type AllProjectsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AllProjectsCountQuery = { projects: { totalCount: number } };

export type ProjectCountPerDeploymentQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectCountPerDeploymentQuery = { deployments: Array<{ name: string, projects: { totalCount: number } }> };

export type RevenueChangeHistoryQueryVariables = Exact<{
  project?: string | null | undefined;
  types?: Array<AssetChangeType> | AssetChangeType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RevenueChangeHistoryQuery = { assetChangeHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { changeTypes: Array<AssetChangeType>, changedAt: string, project: { name: string }, load: { sequence: number } } }> } };

export type BigHistoryPageQueryVariables = Exact<{
  first?: number | null | undefined;
  collapse?: boolean | null | undefined;
}>;


export type BigHistoryPageQuery = { project: { name: string, latestLoad: { sequence: number } | null, currentLoad: { sequence: number } | null, history: { totalCount: number, edges: Array<{ node: { collapsedCount: number, load: { id: string, sequence: number, status: LoadStatus, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, error: { message: string } | null, git: { commitUrl: string | null } | null, project: { name: string } }, loads: { totalCount: number, edges: Array<{ node: { sequence: number, assetsChanged: Array<string> } }> } } }> } } | null };

export type BigDashboardPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BigDashboardPageQuery = { project: { history: { totalCount: number, edges: Array<{ node: { load: { id: string, sequence: number, loadedAt: string, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, git: { commitHash: string | null, commitUrl: string | null } | null, rollback: { reason: string | null, toLoad: { sequence: number } } | null, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, new: unknown }>, removed: Array<{ key: string, old: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, new: unknown }>, removed: Array<{ key: string, old: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } } }> } } | null };

export type BigAssetChangeHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BigAssetChangeHistoryQuery = { assetChangeHistory: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, load: { sequence: number, image: string | null }, project: { name: string } } }> } };

export type BigFirstLoadChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BigFirstLoadChangesQuery = { project: { history: { edges: Array<{ node: { load: { sequence: number, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { assetKey: string } }> } } } }> } } | null };

export type SetExecutionMutationVariables = Exact<{
  input: SetRollbackExecutionInput;
}>;


export type SetExecutionMutation = { setRollbackExecution: { name: string, rollbackExecution: RollbackExecution } };

export type RequestRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type RequestRollbackMutation = { rollbackProject: { rollback: { id: string, status: RollbackStatus, error: string | null, snapshotMatchesTarget: boolean | null, resultingLoad: { id: string } | null }, load: { id: string, sequence: number } | null } };

export type ClaimMutationVariables = Exact<{
  input: ClaimRollbackInput;
}>;


export type ClaimMutation = { claimRollback: { claimToken: string | null, rollback: { id: string, status: RollbackStatus, claimedBy: string | null, leaseExpiresAt: string | null, toLoad: { id: string, sequence: number, image: string | null } } | null } };

export type RenewMutationVariables = Exact<{
  input: RenewRollbackLeaseInput;
}>;


export type RenewMutation = { renewRollbackLease: { id: string, status: RollbackStatus, leaseExpiresAt: string | null } };

export type FailMutationVariables = Exact<{
  input: FailRollbackInput;
}>;


export type FailMutation = { failRollback: { id: string, status: RollbackStatus, error: string | null, finishedAt: string | null, resultingLoad: { id: string } | null } };

export type ReportMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type ReportMutation = { recordProjectLoad: { load: { id: string, sequence: number, trigger: LoadTrigger, status: LoadStatus, rollback: { id: string, status: RollbackStatus, snapshotMatchesTarget: boolean | null, snapshotDifferences: Array<string> | null, error: string | null, resultingLoad: { id: string } | null } | null } } };

export type OpenRollbacksQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRollbacksQuery = { deployments: Array<{ name: string, openRollbacks: Array<{ id: string, status: RollbackStatus }> }> };

export type RollbackUpdatedSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  rollbackId?: string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type RollbackUpdatedSubscription = { rollbackUpdated: { id: string, status: RollbackStatus, error: string | null, rollback: { id: string } } };

export type RollbackProjectMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type RollbackProjectMutation = { rollbackProject: { rollback: { id: string, reason: string | null, requestedBy: string, createdAt: string, project: { name: string }, fromLoad: { sequence: number }, toLoad: { sequence: number }, resultingLoad: { sequence: number } | null }, load: { id: string, sequence: number, status: LoadStatus, trigger: LoadTrigger, image: string | null, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, git: { repositoryUrl: string | null, commitHash: string | null, branch: string | null, commitUrl: string | null } | null, metadata: Array<{ key: string, value: string }>, assetChanges: { edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, tags: { changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> }, rollback: { id: string, toLoad: { sequence: number } } | null } | null } };

export type RolledBackHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type RolledBackHistoryQuery = { project: { currentLoad: { sequence: number, trigger: LoadTrigger } | null, history: { edges: Array<{ node: { collapsedCount: number, load: { sequence: number, trigger: LoadTrigger } } }> } } | null };

export type EtlProjectIdQueryVariables = Exact<{ [key: string]: never; }>;


export type EtlProjectIdQuery = { project: { id: string } | null };

export type ConcurrentCurrentLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrentCurrentLoadQuery = { project: { currentLoad: { sequence: number } | null } | null };

export type LoadBySequenceQueryVariables = Exact<{
  project: string;
  sequence: number;
}>;


export type LoadBySequenceQuery = { project: { load: { id: string, sequence: number, status: LoadStatus, image: string | null } | null } | null };

export type LoadAssetsQueryVariables = Exact<{
  project: string;
  sequence: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  keyPrefix?: string | null | undefined;
}>;


export type LoadAssetsQuery = { project: { load: { assets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, codeVersion: string | null, tags: unknown, metadata: unknown, dependencies: Array<string>, partitionsDefinition: string | null, partitionMappings: unknown } }> } | null } | null } | null };

export type CurrentAssetQueryVariables = Exact<{
  project: string;
  key: string;
  changeTypes?: Array<AssetChangeType> | AssetChangeType | null | undefined;
}>;


export type CurrentAssetQuery = { project: { asset: { key: string, codeVersion: string | null, tags: unknown, dependencies: Array<string>, changeHistory: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, load: { sequence: number }, tags: { changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } | null } | null };

export type CompareLoadsQueryVariables = Exact<{
  project: string;
  from: string | number;
  to: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompareLoadsQuery = { project: { compareLoads: { assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, from: { sequence: number }, to: { sequence: number }, assetChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, partitionsDefinition: { old: string | null, new: string | null } | null, dependencies: { added: Array<string>, removed: Array<string>, changed: Array<string> } | null, tags: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null, metadata: { added: Array<{ key: string, old: unknown, new: unknown }>, removed: Array<{ key: string, old: unknown, new: unknown }>, changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } | null } | null };

export type RollbackPreviewQueryVariables = Exact<{
  project: string;
  loadId: string | number;
}>;


export type RollbackPreviewQuery = { project: { rollbackPreview: { assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, from: { sequence: number, image: string | null }, to: { sequence: number, image: string | null }, assetChanges: { edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, tags: { changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } | null } | null };

export type RollbackWithChangesMutationVariables = Exact<{
  loadId: string | number;
}>;


export type RollbackWithChangesMutation = { rollbackProject: { changes: { assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, from: { sequence: number }, to: { sequence: number }, assetChanges: { edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, tags: { changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } }, load: { sequence: number, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, assetChanges: { edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, codeVersion: { old: string | null, new: string | null } | null, tags: { changed: Array<{ key: string, old: unknown, new: unknown }> } | null } }> } } | null } };

export type HistoryRunChangesQueryVariables = Exact<{
  project: string;
  collapse?: boolean | null | undefined;
}>;


export type HistoryRunChangesQuery = { project: { history: { edges: Array<{ node: { firstSequence: number, lastSequence: number, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, firstLoad: { sequence: number }, load: { sequence: number, assetsChanged: Array<string> }, assetChanges: { totalCount: number, edges: Array<{ node: { assetKey: string, changeTypes: Array<AssetChangeType>, load: { sequence: number } } }> } } }> } } | null };

export type ProjectLoadedSubscriptionVariables = Exact<{
  deployment?: string | null | undefined;
  project?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectLoadedSubscription = { projectLoaded: { id: string, sequence: number, status: LoadStatus, trigger: LoadTrigger, assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string>, project: { name: string, deployment: { name: string } }, rollback: { reason: string | null, fromLoad: { sequence: number }, toLoad: { sequence: number }, resultingLoad: { sequence: number } | null } | null } };

export type LiveRollbackMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveRollbackMutation = { rollbackProject: { load: { sequence: number } | null } };

export type RevokeSoonRevokedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeSoonRevokedMutation = { revokeApiToken: boolean };

export type ResumeCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResumeCursorsQuery = { project: { history: { edges: Array<{ node: { loads: { edges: Array<{ cursor: string }> } } }> } } | null };

export type FloodSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FloodSubscription = { projectLoaded: { id: string, metadata: Array<{ key: string, value: string }> } };

export type SseLoadsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SseLoadsSubscription = { projectLoaded: { sequence: number, project: { name: string } } };

export type SseFloodSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SseFloodSubscription = { projectLoaded: { id: string, metadata: Array<{ key: string, value: string }> } };

export type RevokeLiveViewerMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeLiveViewerMutation = { revokeApiToken: boolean };

export type SseRevokedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SseRevokedSubscription = { projectLoaded: { sequence: number } };

export type ObservedRecordMutationVariables = Exact<{
  input: RecordProjectLoadInput;
}>;


export type ObservedRecordMutation = { recordProjectLoad: { load: { id: string, sequence: number } } };

export type ObservedRollbackMutationVariables = Exact<{
  input: RollbackProjectInput;
}>;


export type ObservedRollbackMutation = { rollbackProject: { load: { sequence: number } | null } };

export type ObservedHistoryQueryVariables = Exact<{
  name: string;
}>;


export type ObservedHistoryQuery = { project: { history: { totalCount: number } } | null };

export type ObservedCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ObservedCreateTokenMutation = { createApiToken: { token: string } };

export type ObservedCreatePolicyMutationVariables = Exact<{
  input: CreateAlertPolicyInput;
}>;


export type ObservedCreatePolicyMutation = { createAlertPolicy: { signingSecret: string, policy: { id: string } } };

export type ObservedTestPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type ObservedTestPolicyMutation = { testAlertPolicy: { status: AlertDeliveryStatus } };

export type ObservedWatchSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ObservedWatchSubscription = { projectLoaded: { sequence: number } };

export type RevokeEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeEverywhereMutation = { revokeApiToken: boolean };

export type RevokedEverywhereSseSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RevokedEverywhereSseSubscription = { projectLoaded: { sequence: number } };

export type InstancesRollbackMutationVariables = Exact<{
  id: string | number;
}>;


export type InstancesRollbackMutation = { rollbackProject: { load: { sequence: number } | null, rollback: { fromLoad: { sequence: number } } } };

export type MixedProjectStateQueryVariables = Exact<{ [key: string]: never; }>;


export type MixedProjectStateQuery = { project: { loadCount: number, currentLoad: { sequence: number } | null, history: { edges: Array<{ node: { load: { sequence: number, trigger: LoadTrigger, rollback: { fromLoad: { sequence: number } } | null } } }> } } | null };

export type UiTestFailuresQueryVariables = Exact<{ [key: string]: never; }>;


export type UiTestFailuresQuery = { project: { history: { edges: Array<{ node: { load: { id: string, sequence: number, error: { message: string, stack: string | null } | null } } }> } } | null };

export type UiTestLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type UiTestLatestQuery = { project: { currentLoad: { sequence: number, trigger: LoadTrigger, image: string | null, rollback: { reason: string | null, requestedBy: string, toLoad: { sequence: number } } | null } | null } | null };

export type UiTestAssetNowQueryVariables = Exact<{ [key: string]: never; }>;


export type UiTestAssetNowQuery = { project: { asset: { codeVersion: string | null, dependencies: Array<string>, partitionsDefinition: string | null, tags: unknown } | null } | null };

export type UiTestSetExecutionMutationVariables = Exact<{
  input: SetRollbackExecutionInput;
}>;


export type UiTestSetExecutionMutation = { setRollbackExecution: { rollbackExecution: RollbackExecution } };

export type UiTestClaimMutationVariables = Exact<{
  input: ClaimRollbackInput;
}>;


export type UiTestClaimMutation = { claimRollback: { claimToken: string | null, rollback: { id: string, status: RollbackStatus } | null } };

export type UiTestLoad58QueryVariables = Exact<{ [key: string]: never; }>;


export type UiTestLoad58Query = { project: { load: { id: string } | null } | null };

export type UiTestPreviewQueryVariables = Exact<{
  loadId: string | number;
}>;


export type UiTestPreviewQuery = { project: { rollbackPreview: { assetsAdded: Array<string>, assetsRemoved: Array<string>, assetsChanged: Array<string> } | null } | null };

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

export const CreateAlertPolicyDocument = new TypedDocumentString(`
    mutation CreateAlertPolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    signingSecret
    policy {
      id
      name
      deployment
      project
      events
      webhookUrl
      format
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAlertPolicyMutation, CreateAlertPolicyMutationVariables>;
export const DisableAlertPolicyDocument = new TypedDocumentString(`
    mutation DisableAlertPolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    enabled
  }
}
    `) as unknown as TypedDocumentString<DisableAlertPolicyMutation, DisableAlertPolicyMutationVariables>;
export const AlertedRollbackDocument = new TypedDocumentString(`
    mutation AlertedRollback($id: ID!) {
  rollbackProject(input: {loadId: $id, reason: "bad <deploy> & more"}) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AlertedRollbackMutation, AlertedRollbackMutationVariables>;
export const SlowPolicyNamesDocument = new TypedDocumentString(`
    query SlowPolicyNames {
  alertPolicies(deployment: "slow") {
    name
  }
}
    `) as unknown as TypedDocumentString<SlowPolicyNamesQuery, SlowPolicyNamesQueryVariables>;
export const UpdateAlertPolicyDocument = new TypedDocumentString(`
    mutation UpdateAlertPolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    id
    name
    project
    events
    webhookUrl
    format
    enabled
  }
}
    `) as unknown as TypedDocumentString<UpdateAlertPolicyMutation, UpdateAlertPolicyMutationVariables>;
export const DeleteAlertPolicyDocument = new TypedDocumentString(`
    mutation DeleteAlertPolicy($id: ID!) {
  deleteAlertPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAlertPolicyMutation, DeleteAlertPolicyMutationVariables>;
export const TestAlertPolicyDocument = new TypedDocumentString(`
    mutation TestAlertPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    id
    event
    status
    attempts
    lastAttemptAt
    responseStatus
    lastError
    nextAttemptAt
    test
    load {
      id
      sequence
    }
    policy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TestAlertPolicyMutation, TestAlertPolicyMutationVariables>;
export const AlertPoliciesDocument = new TypedDocumentString(`
    query AlertPolicies($deployment: String) {
  alertPolicies(deployment: $deployment) {
    id
    name
    deployment
    project
    events
    webhookUrl
    format
    enabled
    createdAt
    createdBy
    deliveries(first: 2) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          event
          test
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlertPoliciesQuery, AlertPoliciesQueryVariables>;
export const PolicyNameByNodeDocument = new TypedDocumentString(`
    query PolicyNameByNode($id: ID!) {
  node(id: $id) {
    ... on AlertPolicy {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyNameByNodeQuery, PolicyNameByNodeQueryVariables>;
export const AlertPolicyFieldNamesDocument = new TypedDocumentString(`
    query AlertPolicyFieldNames {
  __type(name: "AlertPolicy") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AlertPolicyFieldNamesQuery, AlertPolicyFieldNamesQueryVariables>;
export const DefaultDeploymentPolicyNamesDocument = new TypedDocumentString(`
    query DefaultDeploymentPolicyNames {
  alertPolicies {
    name
  }
}
    `) as unknown as TypedDocumentString<DefaultDeploymentPolicyNamesQuery, DefaultDeploymentPolicyNamesQueryVariables>;
export const GuardedNodeDocument = new TypedDocumentString(`
    query GuardedNode($id: ID!) {
  node(id: $id) {
    id
    ... on AlertPolicy {
      webhookUrl
    }
    ... on AlertDelivery {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<GuardedNodeQuery, GuardedNodeQueryVariables>;
export const SsrfCreatePolicyDocument = new TypedDocumentString(`
    mutation SsrfCreatePolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    policy {
      id
      webhookUrl
    }
  }
}
    `) as unknown as TypedDocumentString<SsrfCreatePolicyMutation, SsrfCreatePolicyMutationVariables>;
export const SsrfUpdatePolicyDocument = new TypedDocumentString(`
    mutation SsrfUpdatePolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    id
    webhookUrl
  }
}
    `) as unknown as TypedDocumentString<SsrfUpdatePolicyMutation, SsrfUpdatePolicyMutationVariables>;
export const SsrfTestPolicyDocument = new TypedDocumentString(`
    mutation SsrfTestPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    id
    status
    attempts
    responseStatus
    errorClass
    lastError
  }
}
    `) as unknown as TypedDocumentString<SsrfTestPolicyMutation, SsrfTestPolicyMutationVariables>;
export const SsrfDeliveryDocument = new TypedDocumentString(`
    query SsrfDelivery($id: ID!) {
  node(id: $id) {
    ... on AlertDelivery {
      status
      responseStatus
      errorClass
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<SsrfDeliveryQuery, SsrfDeliveryQueryVariables>;
export const SsrfListedDeliveriesDocument = new TypedDocumentString(`
    query SsrfListedDeliveries($deployment: String!) {
  alertPolicies(deployment: $deployment) {
    name
    deliveries(first: 5) {
      edges {
        node {
          responseStatus
          errorClass
          lastError
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SsrfListedDeliveriesQuery, SsrfListedDeliveriesQueryVariables>;
export const CliTestLoadErrorDocument = new TypedDocumentString(`
    query CliTestLoadError($id: ID!) {
  node(id: $id) {
    ... on ProjectLoad {
      error {
        message
        stack
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliTestLoadErrorQuery, CliTestLoadErrorQueryVariables>;
export const DagsterAgentHistoryDocument = new TypedDocumentString(`
    query DagsterAgentHistory($project: String!) {
  project(deployment: "prod", name: $project) {
    loadCount
    history(first: 50, collapseSimilar: false) {
      edges {
        node {
          load {
            id
            sequence
            status
            loadedAt
            image
            recordedBy
            error {
              message
              stack
            }
            git {
              commitHash
              repositoryUrl
            }
            metadata {
              key
              value
            }
            assetsAdded
            assetsRemoved
            assetsChanged
            assetChanges(first: 100) {
              edges {
                node {
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
                  metadata {
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
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DagsterAgentHistoryQuery, DagsterAgentHistoryQueryVariables>;
export const DagsterSetExecutionDocument = new TypedDocumentString(`
    mutation DagsterSetExecution {
  setRollbackExecution(input: {deployment: "prod", execution: EXECUTOR}) {
    rollbackExecution
  }
}
    `) as unknown as TypedDocumentString<DagsterSetExecutionMutation, DagsterSetExecutionMutationVariables>;
export const DagsterRequestRollbackDocument = new TypedDocumentString(`
    mutation DagsterRequestRollback($loadId: ID!) {
  rollbackProject(input: {loadId: $loadId, reason: "bad deploy"}) {
    rollback {
      id
      status
    }
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DagsterRequestRollbackMutation, DagsterRequestRollbackMutationVariables>;
export const DagsterRollbackStateDocument = new TypedDocumentString(`
    query DagsterRollbackState($id: ID!) {
  node(id: $id) {
    ... on Rollback {
      status
      error
      claimedBy
      snapshotMatchesTarget
      snapshotDifferences
      toLoad {
        sequence
      }
      resultingLoad {
        sequence
        trigger
        status
        image
        assetsAdded
        assetsRemoved
        assetsChanged
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DagsterRollbackStateQuery, DagsterRollbackStateQueryVariables>;
export const E2eCreatePagerPolicyDocument = new TypedDocumentString(`
    mutation E2eCreatePagerPolicy($url: String!) {
  createAlertPolicy(
    input: {name: "pager", events: [PROJECT_LOAD_FAILED], webhookUrl: $url}
  ) {
    signingSecret
  }
}
    `) as unknown as TypedDocumentString<E2eCreatePagerPolicyMutation, E2eCreatePagerPolicyMutationVariables>;
export const E2eRecordFailureDocument = new TypedDocumentString(`
    mutation E2eRecordFailure($error: String!) {
  recordProjectLoad(
    input: {project: "etl", status: FAILURE, error: $error, git: {repositoryUrl: "https://github.com/acme/etl", commitHash: "0a1b2c3"}}
  ) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<E2eRecordFailureMutation, E2eRecordFailureMutationVariables>;
export const DemoConcurrentRecordDocument = new TypedDocumentString(`
    mutation DemoConcurrentRecord($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<DemoConcurrentRecordMutation, DemoConcurrentRecordMutationVariables>;
export const DemoConcurrentHistoryDocument = new TypedDocumentString(`
    query DemoConcurrentHistory($name: String!) {
  project(deployment: "prod", name: $name) {
    history(first: 1, collapseSimilar: false) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<DemoConcurrentHistoryQuery, DemoConcurrentHistoryQueryVariables>;
export const DemoConcurrentDeploymentsDocument = new TypedDocumentString(`
    query DemoConcurrentDeployments {
  deployments {
    name
    projects(first: 20) {
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoConcurrentDeploymentsQuery, DemoConcurrentDeploymentsQueryVariables>;
export const GraphiqlRecordLoadDocument = new TypedDocumentString(`
    mutation GraphiqlRecordLoad($project: String!) {
  recordProjectLoad(input: {project: $project, assets: []}) {
    load {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<GraphiqlRecordLoadMutation, GraphiqlRecordLoadMutationVariables>;
export const E2eViewerDocument = new TypedDocumentString(`
    query E2eViewer {
  viewer {
    name
    roles {
      role
      deployment
    }
  }
}
    `) as unknown as TypedDocumentString<E2eViewerQuery, E2eViewerQueryVariables>;
export const E2eRecordDocument = new TypedDocumentString(`
    mutation E2eRecord($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      sequence
      assetsAdded
    }
  }
}
    `) as unknown as TypedDocumentString<E2eRecordMutation, E2eRecordMutationVariables>;
export const E2eHistoryDocument = new TypedDocumentString(`
    query E2eHistory($name: String!) {
  project(name: $name) {
    name
    history {
      edges {
        node {
          load {
            sequence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eHistoryQuery, E2eHistoryQueryVariables>;
export const E2eDeploymentsDocument = new TypedDocumentString(`
    query E2eDeployments {
  deployments {
    name
  }
}
    `) as unknown as TypedDocumentString<E2eDeploymentsQuery, E2eDeploymentsQueryVariables>;
export const RecordDocument = new TypedDocumentString(`
    mutation Record($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      id
      sequence
      status
      trigger
      assetsAdded
      assetsRemoved
      assetsChanged
    }
  }
}
    `) as unknown as TypedDocumentString<RecordMutation, RecordMutationVariables>;
export const AbuseLoadsDocument = new TypedDocumentString(`
    query AbuseLoads {
  project(deployment: "prod", name: "etl") {
    history(first: 5) {
      edges {
        node {
          lastSequence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseLoadsQuery, AbuseLoadsQueryVariables>;
export const AuthReadProjectDocument = new TypedDocumentString(`
    query AuthReadProject($deployment: String!) {
  project(deployment: $deployment, name: "etl") {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthReadProjectQuery, AuthReadProjectQueryVariables>;
export const AuthDeploymentNamesDocument = new TypedDocumentString(`
    query AuthDeploymentNames {
  deployments {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthDeploymentNamesQuery, AuthDeploymentNamesQueryVariables>;
export const AuthIntrospectionAndViewerDocument = new TypedDocumentString(`
    query AuthIntrospectionAndViewer {
  __schema {
    queryType {
      name
    }
  }
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthIntrospectionAndViewerQuery, AuthIntrospectionAndViewerQueryVariables>;
export const AuthViewerRolesDocument = new TypedDocumentString(`
    query AuthViewerRoles {
  viewer {
    name
    roles {
      role
      deployment
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerRolesQuery, AuthViewerRolesQueryVariables>;
export const AuthLatestRecordedByDocument = new TypedDocumentString(`
    query AuthLatestRecordedBy {
  project(name: "etl") {
    latestLoad {
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLatestRecordedByQuery, AuthLatestRecordedByQueryVariables>;
export const AuthNodeByIdDocument = new TypedDocumentString(`
    query AuthNodeById($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthNodeByIdQuery, AuthNodeByIdQueryVariables>;
export const AuthProdAssetChangeHistoryDocument = new TypedDocumentString(`
    query AuthProdAssetChangeHistory {
  assetChangeHistory(assetKey: "a", deployment: "prod") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthProdAssetChangeHistoryQuery, AuthProdAssetChangeHistoryQueryVariables>;
export const AuthProjectsDocument = new TypedDocumentString(`
    query AuthProjects {
  projects {
    totalCount
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
    `) as unknown as TypedDocumentString<AuthProjectsQuery, AuthProjectsQueryVariables>;
export const AuthCreateApiTokenDocument = new TypedDocumentString(`
    mutation AuthCreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    name
  }
}
    `) as unknown as TypedDocumentString<AuthCreateApiTokenMutation, AuthCreateApiTokenMutationVariables>;
export const AuthRevokeApiTokenDocument = new TypedDocumentString(`
    mutation AuthRevokeApiToken($name: String!) {
  revokeApiToken(name: $name)
}
    `) as unknown as TypedDocumentString<AuthRevokeApiTokenMutation, AuthRevokeApiTokenMutationVariables>;
export const DemoDeploymentsDocument = new TypedDocumentString(`
    query DemoDeployments {
  deployments {
    name
    projects(first: 20) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoDeploymentsQuery, DemoDeploymentsQueryVariables>;
export const DemoHistoryDocument = new TypedDocumentString(`
    query DemoHistory($deployment: String!, $name: String!, $collapse: Boolean!, $after: String) {
  project(deployment: $deployment, name: $name) {
    currentLoad {
      sequence
      trigger
    }
    history(first: 100, after: $after, collapseSimilar: $collapse) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          collapsedCount
          load {
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
            assetChanges(first: 100) {
              totalCount
              edges {
                node {
                  assetKey
                  changeTypes
                }
              }
            }
            rollback {
              reason
              requestedBy
              fromLoad {
                sequence
              }
              toLoad {
                sequence
                image
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoHistoryQuery, DemoHistoryQueryVariables>;
export const DemoAssetChangeHistoryDocument = new TypedDocumentString(`
    query DemoAssetChangeHistory {
  assetChangeHistory(
    assetKey: "mart/revenue_daily"
    project: "analytics"
    changeTypes: [DEPENDENCIES]
  ) {
    totalCount
    edges {
      node {
        changeTypes
        dependencies {
          added
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoAssetChangeHistoryQuery, DemoAssetChangeHistoryQueryVariables>;
export const DemoRunChangesDocument = new TypedDocumentString(`
    query DemoRunChanges($deployment: String!, $name: String!) {
  project(deployment: $deployment, name: $name) {
    history(first: 100) {
      edges {
        node {
          firstSequence
          lastSequence
          firstLoad {
            sequence
          }
          load {
            sequence
            assetsAdded
            assetsChanged
          }
          assetsAdded
          assetsChanged
          assetChanges(first: 100) {
            totalCount
            edges {
              node {
                assetKey
                load {
                  sequence
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRunChangesQuery, DemoRunChangesQueryVariables>;
export const DemoCreateAlertPolicyDocument = new TypedDocumentString(`
    mutation DemoCreateAlertPolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    policy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DemoCreateAlertPolicyMutation, DemoCreateAlertPolicyMutationVariables>;
export const IsolationProdObjectsDocument = new TypedDocumentString(`
    query IsolationProdObjects {
  project(deployment: "prod", name: "etl") {
    id
    deployment {
      id
    }
    history(first: 10, collapseSimilar: false) {
      edges {
        node {
          load {
            id
            trigger
            rollback {
              id
            }
            assetChanges(first: 1) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
  alertPolicies(deployment: "prod") {
    id
    deliveries(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationProdObjectsQuery, IsolationProdObjectsQueryVariables>;
export const IsolationCreatePolicyDocument = new TypedDocumentString(`
    mutation IsolationCreatePolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    policy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationCreatePolicyMutation, IsolationCreatePolicyMutationVariables>;
export const IsolationRollbackDocument = new TypedDocumentString(`
    mutation IsolationRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRollbackMutation, IsolationRollbackMutationVariables>;
export const IsolationProjectDocument = new TypedDocumentString(`
    query IsolationProject {
  project(deployment: "prod", name: "etl") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<IsolationProjectQuery, IsolationProjectQueryVariables>;
export const IsolationProjectsOfProdDocument = new TypedDocumentString(`
    query IsolationProjectsOfProd {
  projects(deployment: "prod") {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationProjectsOfProdQuery, IsolationProjectsOfProdQueryVariables>;
export const IsolationAllProjectsDocument = new TypedDocumentString(`
    query IsolationAllProjects {
  projects {
    totalCount
    edges {
      node {
        deployment {
          name
        }
        latestLoad {
          project {
            deployment {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationAllProjectsQuery, IsolationAllProjectsQueryVariables>;
export const IsolationDeploymentsDocument = new TypedDocumentString(`
    query IsolationDeployments {
  deployments {
    name
    projects {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDeploymentsQuery, IsolationDeploymentsQueryVariables>;
export const IsolationAssetChangeHistoryDocument = new TypedDocumentString(`
    query IsolationAssetChangeHistory {
  assetChangeHistory(assetKey: "a", deployment: "prod") {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationAssetChangeHistoryQuery, IsolationAssetChangeHistoryQueryVariables>;
export const IsolationAlertPoliciesDocument = new TypedDocumentString(`
    query IsolationAlertPolicies {
  alertPolicies(deployment: "prod") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<IsolationAlertPoliciesQuery, IsolationAlertPoliciesQueryVariables>;
export const IsolationApiTokensDocument = new TypedDocumentString(`
    query IsolationApiTokens {
  apiTokens(deployment: "prod") {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<IsolationApiTokensQuery, IsolationApiTokensQueryVariables>;
export const IsolationViewerDocument = new TypedDocumentString(`
    query IsolationViewer {
  viewer {
    name
    roles {
      role
      deployment
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationViewerQuery, IsolationViewerQueryVariables>;
export const IsolationRecordDocument = new TypedDocumentString(`
    mutation IsolationRecord($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRecordMutation, IsolationRecordMutationVariables>;
export const IsolationRollbackProdDocument = new TypedDocumentString(`
    mutation IsolationRollbackProd($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRollbackProdMutation, IsolationRollbackProdMutationVariables>;
export const IsolationSetExecutionDocument = new TypedDocumentString(`
    mutation IsolationSetExecution($input: SetRollbackExecutionInput!) {
  setRollbackExecution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IsolationSetExecutionMutation, IsolationSetExecutionMutationVariables>;
export const IsolationClaimDocument = new TypedDocumentString(`
    mutation IsolationClaim($input: ClaimRollbackInput!) {
  claimRollback(input: $input) {
    claimToken
  }
}
    `) as unknown as TypedDocumentString<IsolationClaimMutation, IsolationClaimMutationVariables>;
export const IsolationRenewDocument = new TypedDocumentString(`
    mutation IsolationRenew($input: RenewRollbackLeaseInput!) {
  renewRollbackLease(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IsolationRenewMutation, IsolationRenewMutationVariables>;
export const IsolationFailDocument = new TypedDocumentString(`
    mutation IsolationFail($input: FailRollbackInput!) {
  failRollback(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IsolationFailMutation, IsolationFailMutationVariables>;
export const IsolationCreateProdPolicyDocument = new TypedDocumentString(`
    mutation IsolationCreateProdPolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    policy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationCreateProdPolicyMutation, IsolationCreateProdPolicyMutationVariables>;
export const IsolationUpdatePolicyDocument = new TypedDocumentString(`
    mutation IsolationUpdatePolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    id
    webhookUrl
  }
}
    `) as unknown as TypedDocumentString<IsolationUpdatePolicyMutation, IsolationUpdatePolicyMutationVariables>;
export const IsolationDeletePolicyDocument = new TypedDocumentString(`
    mutation IsolationDeletePolicy($id: ID!) {
  deleteAlertPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<IsolationDeletePolicyMutation, IsolationDeletePolicyMutationVariables>;
export const IsolationTestPolicyDocument = new TypedDocumentString(`
    mutation IsolationTestPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    id
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationTestPolicyMutation, IsolationTestPolicyMutationVariables>;
export const IsolationCreateTokenDocument = new TypedDocumentString(`
    mutation IsolationCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<IsolationCreateTokenMutation, IsolationCreateTokenMutationVariables>;
export const IsolationRevokeTokenDocument = new TypedDocumentString(`
    mutation IsolationRevokeToken($name: String!) {
  revokeApiToken(name: $name)
}
    `) as unknown as TypedDocumentString<IsolationRevokeTokenMutation, IsolationRevokeTokenMutationVariables>;
export const IsolationNodeDocument = new TypedDocumentString(`
    query IsolationNode($id: ID!) {
  node(id: $id) {
    id
    ... on Project {
      name
    }
    ... on ProjectLoad {
      sequence
      project {
        name
      }
    }
    ... on AssetChange {
      assetKey
      load {
        id
      }
    }
    ... on Rollback {
      reason
      project {
        name
      }
    }
    ... on Deployment {
      name
      projects {
        totalCount
      }
    }
    ... on AlertPolicy {
      name
      webhookUrl
    }
    ... on AlertDelivery {
      status
      load {
        id
      }
      policy {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationNodeQuery, IsolationNodeQueryVariables>;
export const IsolationRollbackUpdatedDocument = new TypedDocumentString(`
    subscription IsolationRollbackUpdated($deployment: String, $rollbackId: ID) {
  rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IsolationRollbackUpdatedSubscription, IsolationRollbackUpdatedSubscriptionVariables>;
export const ErrorsProjectNameDocument = new TypedDocumentString(`
    query ErrorsProjectName {
  project(name: "etl") {
    name
  }
}
    `) as unknown as TypedDocumentString<ErrorsProjectNameQuery, ErrorsProjectNameQueryVariables>;
export const HistoryPageDocument = new TypedDocumentString(`
    query HistoryPage($deployment: String, $name: String!, $first: Int, $after: String, $collapse: Boolean, $status: LoadStatus) {
  project(deployment: $deployment, name: $name) {
    history(
      first: $first
      after: $after
      collapseSimilar: $collapse
      status: $status
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          collapsedCount
          firstLoadedAt
          lastLoadedAt
          load {
            sequence
            status
            trigger
          }
          loads(first: 100) {
            totalCount
            edges {
              node {
                sequence
              }
            }
          }
          firstSequence
          lastSequence
          firstLoad {
            sequence
          }
          assetsAdded
          assetsRemoved
          assetsChanged
          assetChanges {
            totalCount
            edges {
              node {
                assetKey
                changeTypes
                load {
                  sequence
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryPageQuery, HistoryPageQueryVariables>;
export const LoadsOfOneEntryDocument = new TypedDocumentString(`
    query LoadsOfOneEntry($entry: String, $after: String) {
  project(name: "paged") {
    history(first: 1, after: $entry) {
      edges {
        node {
          loads(first: 2, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                sequence
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadsOfOneEntryQuery, LoadsOfOneEntryQueryVariables>;
export const PropertyRollbackDocument = new TypedDocumentString(`
    mutation PropertyRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    load {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyRollbackMutation, PropertyRollbackMutationVariables>;
export const PropertyUpdatePolicyDocument = new TypedDocumentString(`
    mutation PropertyUpdatePolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PropertyUpdatePolicyMutation, PropertyUpdatePolicyMutationVariables>;
export const PropertyDeletePolicyDocument = new TypedDocumentString(`
    mutation PropertyDeletePolicy($id: ID!) {
  deleteAlertPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<PropertyDeletePolicyMutation, PropertyDeletePolicyMutationVariables>;
export const PropertyTestPolicyDocument = new TypedDocumentString(`
    mutation PropertyTestPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    id
    errorClass
  }
}
    `) as unknown as TypedDocumentString<PropertyTestPolicyMutation, PropertyTestPolicyMutationVariables>;
export const PropertyCreateTokenDocument = new TypedDocumentString(`
    mutation PropertyCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<PropertyCreateTokenMutation, PropertyCreateTokenMutationVariables>;
export const PropertyRevokeTokenDocument = new TypedDocumentString(`
    mutation PropertyRevokeToken($name: String!) {
  revokeApiToken(name: $name)
}
    `) as unknown as TypedDocumentString<PropertyRevokeTokenMutation, PropertyRevokeTokenMutationVariables>;
export const PropertyPageProjectsDocument = new TypedDocumentString(`
    query PropertyPageProjects($first: Int, $after: String) {
  projects(first: $first, after: $after) {
    totalCount
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageProjectsQuery, PropertyPageProjectsQueryVariables>;
export const PropertyPageDeploymentProjectsDocument = new TypedDocumentString(`
    query PropertyPageDeploymentProjects($first: Int, $after: String) {
  deployments {
    projects(first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageDeploymentProjectsQuery, PropertyPageDeploymentProjectsQueryVariables>;
export const PropertyPageHistoryDocument = new TypedDocumentString(`
    query PropertyPageHistory($first: Int, $after: String) {
  project(name: "etl") {
    history(first: $first, after: $after) {
      totalCount
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageHistoryQuery, PropertyPageHistoryQueryVariables>;
export const PropertyPageLoadsDocument = new TypedDocumentString(`
    query PropertyPageLoads($first: Int, $after: String) {
  project(name: "etl") {
    history(first: $first, after: $after, collapseSimilar: false) {
      edges {
        cursor
      }
    }
    latestLoad {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageLoadsQuery, PropertyPageLoadsQueryVariables>;
export const PropertyPageEntryLoadsDocument = new TypedDocumentString(`
    query PropertyPageEntryLoads($first: Int, $after: String) {
  project(name: "etl") {
    history(first: 1) {
      edges {
        node {
          loads(first: $first, after: $after) {
            edges {
              cursor
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageEntryLoadsQuery, PropertyPageEntryLoadsQueryVariables>;
export const PropertyPageChangesDocument = new TypedDocumentString(`
    query PropertyPageChanges($first: Int, $after: String) {
  project(name: "etl") {
    currentLoad {
      assetChanges(first: $first, after: $after) {
        totalCount
        edges {
          cursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageChangesQuery, PropertyPageChangesQueryVariables>;
export const PropertyPageAssetHistoryDocument = new TypedDocumentString(`
    query PropertyPageAssetHistory($first: Int, $after: String) {
  assetChangeHistory(assetKey: "raw/orders", first: $first, after: $after) {
    totalCount
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageAssetHistoryQuery, PropertyPageAssetHistoryQueryVariables>;
export const PropertyPageDeliveriesDocument = new TypedDocumentString(`
    query PropertyPageDeliveries($first: Int, $after: String) {
  alertPolicies {
    deliveries(first: $first, after: $after) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyPageDeliveriesQuery, PropertyPageDeliveriesQueryVariables>;
export const PropertyNodeDocument = new TypedDocumentString(`
    query PropertyNode($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<PropertyNodeQuery, PropertyNodeQueryVariables>;
export const PropertyProjectByNameDocument = new TypedDocumentString(`
    query PropertyProjectByName($deployment: String, $name: String!) {
  project(deployment: $deployment, name: $name) {
    name
  }
}
    `) as unknown as TypedDocumentString<PropertyProjectByNameQuery, PropertyProjectByNameQueryVariables>;
export const PropertyProjectsOfDocument = new TypedDocumentString(`
    query PropertyProjectsOf($deployment: String) {
  projects(deployment: $deployment) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PropertyProjectsOfQuery, PropertyProjectsOfQueryVariables>;
export const PropertyAssetHistoryOfDocument = new TypedDocumentString(`
    query PropertyAssetHistoryOf($deployment: String, $name: String, $assetKey: String!) {
  assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $name) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PropertyAssetHistoryOfQuery, PropertyAssetHistoryOfQueryVariables>;
export const PropertyPoliciesOfDocument = new TypedDocumentString(`
    query PropertyPoliciesOf($deployment: String) {
  alertPolicies(deployment: $deployment) {
    name
  }
}
    `) as unknown as TypedDocumentString<PropertyPoliciesOfQuery, PropertyPoliciesOfQueryVariables>;
export const PropertyIdsDocument = new TypedDocumentString(`
    query PropertyIds {
  project(name: "etl") {
    id
    deployment {
      id
    }
    history(collapseSimilar: false) {
      edges {
        node {
          load {
            id
            assetChanges {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyIdsQuery, PropertyIdsQueryVariables>;
export const InputsNodeDocument = new TypedDocumentString(`
    query InputsNode($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<InputsNodeQuery, InputsNodeQueryVariables>;
export const InputsProjectDocument = new TypedDocumentString(`
    query InputsProject($deployment: String, $name: String!) {
  project(deployment: $deployment, name: $name) {
    name
    loadCount
  }
}
    `) as unknown as TypedDocumentString<InputsProjectQuery, InputsProjectQueryVariables>;
export const InputsProjectsDocument = new TypedDocumentString(`
    query InputsProjects($deployment: String, $after: String) {
  projects(deployment: $deployment, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsProjectsQuery, InputsProjectsQueryVariables>;
export const InputsAssetHistoryDocument = new TypedDocumentString(`
    query InputsAssetHistory($assetKey: String!, $deployment: String, $project: String, $after: String) {
  assetChangeHistory(
    assetKey: $assetKey
    deployment: $deployment
    project: $project
    after: $after
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsAssetHistoryQuery, InputsAssetHistoryQueryVariables>;
export const InputsPoliciesDocument = new TypedDocumentString(`
    query InputsPolicies($deployment: String) {
  alertPolicies(deployment: $deployment) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsPoliciesQuery, InputsPoliciesQueryVariables>;
export const InputsPagesDocument = new TypedDocumentString(`
    query InputsPages($after: String, $collapse: Boolean) {
  project(name: "etl") {
    history(after: $after, collapseSimilar: $collapse) {
      edges {
        cursor
      }
    }
    latestLoad {
      assetChanges(after: $after) {
        edges {
          cursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputsPagesQuery, InputsPagesQueryVariables>;
export const InputsEntryLoadsDocument = new TypedDocumentString(`
    query InputsEntryLoads($after: String) {
  project(name: "etl") {
    history(first: 1) {
      edges {
        node {
          loads(after: $after) {
            edges {
              cursor
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputsEntryLoadsQuery, InputsEntryLoadsQueryVariables>;
export const InputsDeliveriesDocument = new TypedDocumentString(`
    query InputsDeliveries($after: String) {
  alertPolicies {
    deliveries(after: $after) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<InputsDeliveriesQuery, InputsDeliveriesQueryVariables>;
export const InputsLoadedAtDocument = new TypedDocumentString(`
    query InputsLoadedAt($name: String!) {
  project(name: $name) {
    latestLoad {
      loadedAt
      git {
        repositoryUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputsLoadedAtQuery, InputsLoadedAtQueryVariables>;
export const InputsRollbackDocument = new TypedDocumentString(`
    mutation InputsRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    load {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<InputsRollbackMutation, InputsRollbackMutationVariables>;
export const InputsUpdatePolicyDocument = new TypedDocumentString(`
    mutation InputsUpdatePolicy($input: UpdateAlertPolicyInput!) {
  updateAlertPolicy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsUpdatePolicyMutation, InputsUpdatePolicyMutationVariables>;
export const InputsDeletePolicyDocument = new TypedDocumentString(`
    mutation InputsDeletePolicy($id: ID!) {
  deleteAlertPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<InputsDeletePolicyMutation, InputsDeletePolicyMutationVariables>;
export const InputsTestPolicyDocument = new TypedDocumentString(`
    mutation InputsTestPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsTestPolicyMutation, InputsTestPolicyMutationVariables>;
export const InputsCreateTokenDocument = new TypedDocumentString(`
    mutation InputsCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<InputsCreateTokenMutation, InputsCreateTokenMutationVariables>;
export const InputsRevokeTokenDocument = new TypedDocumentString(`
    mutation InputsRevokeToken($name: String!) {
  revokeApiToken(name: $name)
}
    `) as unknown as TypedDocumentString<InputsRevokeTokenMutation, InputsRevokeTokenMutationVariables>;
export const InputsLoadIdsDocument = new TypedDocumentString(`
    query InputsLoadIds($deployment: String, $name: String!) {
  project(deployment: $deployment, name: $name) {
    id
    deployment {
      id
    }
    latestLoad {
      id
      rollback {
        id
      }
    }
    history(first: 5, collapseSimilar: false) {
      edges {
        node {
          load {
            id
            sequence
            assetChanges {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InputsLoadIdsQuery, InputsLoadIdsQueryVariables>;
export const AssetChangesOfLoadDocument = new TypedDocumentString(`
    query AssetChangesOfLoad($id: ID!) {
  node(id: $id) {
    ... on ProjectLoad {
      assetChanges(first: 100) {
        totalCount
        edges {
          node {
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
            metadata {
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
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssetChangesOfLoadQuery, AssetChangesOfLoadQueryVariables>;
export const CommitLinkOfProjectDocument = new TypedDocumentString(`
    query CommitLinkOfProject($name: String!) {
  project(deployment: "vectors", name: $name) {
    latestLoad {
      git {
        repositoryUrl
        commitHash
        commitUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitLinkOfProjectQuery, CommitLinkOfProjectQueryVariables>;
export const LatestAndCurrentLoadDocument = new TypedDocumentString(`
    query LatestAndCurrentLoad {
  project(deployment: "staging", name: "web") {
    name
    updatedAt
    deployment {
      name
    }
    latestLoad {
      sequence
      status
      error {
        message
        stack
      }
    }
    currentLoad {
      sequence
      metadata {
        key
        value
      }
      loadedAt
      image
      git {
        commitUrl
      }
      error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestAndCurrentLoadQuery, LatestAndCurrentLoadQueryVariables>;
export const MissingProjectDocument = new TypedDocumentString(`
    query MissingProject {
  project(deployment: "staging", name: "nope") {
    name
  }
}
    `) as unknown as TypedDocumentString<MissingProjectQuery, MissingProjectQueryVariables>;
export const IdsOfEveryNodeTypeDocument = new TypedDocumentString(`
    query IdsOfEveryNodeType {
  project(deployment: "staging", name: "web") {
    id
    deployment {
      id
    }
    currentLoad {
      id
      assetChanges {
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdsOfEveryNodeTypeQuery, IdsOfEveryNodeTypeQueryVariables>;
export const NodeTypenameDocument = new TypedDocumentString(`
    query NodeTypename($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeTypenameQuery, NodeTypenameQueryVariables>;
export const UnknownNodeDocument = new TypedDocumentString(`
    query UnknownNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnknownNodeQuery, UnknownNodeQueryVariables>;
export const MalformedNodeIdDocument = new TypedDocumentString(`
    query MalformedNodeId {
  node(id: "!!") {
    id
  }
}
    `) as unknown as TypedDocumentString<MalformedNodeIdQuery, MalformedNodeIdQueryVariables>;
export const ListedDeploymentsDocument = new TypedDocumentString(`
    query ListedDeployments {
  deployments {
    name
  }
}
    `) as unknown as TypedDocumentString<ListedDeploymentsQuery, ListedDeploymentsQueryVariables>;
export const FirstVectorProjectsDocument = new TypedDocumentString(`
    query FirstVectorProjects {
  projects(deployment: "vectors", first: 2) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstVectorProjectsQuery, FirstVectorProjectsQueryVariables>;
export const NextVectorProjectsDocument = new TypedDocumentString(`
    query NextVectorProjects($after: String) {
  projects(deployment: "vectors", first: 2, after: $after) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NextVectorProjectsQuery, NextVectorProjectsQueryVariables>;
export const AllProjectsCountDocument = new TypedDocumentString(`
    query AllProjectsCount {
  projects {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AllProjectsCountQuery, AllProjectsCountQueryVariables>;
export const ProjectCountPerDeploymentDocument = new TypedDocumentString(`
    query ProjectCountPerDeployment {
  deployments {
    name
    projects {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectCountPerDeploymentQuery, ProjectCountPerDeploymentQueryVariables>;
export const RevenueChangeHistoryDocument = new TypedDocumentString(`
    query RevenueChangeHistory($project: String, $types: [AssetChangeType!], $first: Int, $after: String) {
  assetChangeHistory(
    assetKey: "mart/revenue"
    project: $project
    changeTypes: $types
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        changeTypes
        project {
          name
        }
        load {
          sequence
        }
        changedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueChangeHistoryQuery, RevenueChangeHistoryQueryVariables>;
export const BigHistoryPageDocument = new TypedDocumentString(`
    query BigHistoryPage($first: Int, $collapse: Boolean) {
  project(name: "big") {
    name
    latestLoad {
      sequence
    }
    currentLoad {
      sequence
    }
    history(first: $first, collapseSimilar: $collapse) {
      totalCount
      edges {
        node {
          collapsedCount
          load {
            id
            sequence
            status
            image
            error {
              message
            }
            git {
              commitUrl
            }
            assetsAdded
            assetsRemoved
            assetsChanged
            project {
              name
            }
          }
          loads(first: 5) {
            totalCount
            edges {
              node {
                sequence
                assetsChanged
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BigHistoryPageQuery, BigHistoryPageQueryVariables>;
export const BigDashboardPageDocument = new TypedDocumentString(`
    query BigDashboardPage($first: Int) {
  project(name: "big") {
    history(first: $first, collapseSimilar: false) {
      totalCount
      edges {
        node {
          load {
            id
            sequence
            loadedAt
            status
            trigger
            image
            git {
              commitHash
              commitUrl
            }
            assetsAdded
            assetsRemoved
            assetsChanged
            rollback {
              reason
              toLoad {
                sequence
              }
            }
            assetChanges(first: 100) {
              totalCount
              edges {
                node {
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
                    added {
                      key
                      new
                    }
                    removed {
                      key
                      old
                    }
                    changed {
                      key
                      old
                      new
                    }
                  }
                  metadata {
                    added {
                      key
                      new
                    }
                    removed {
                      key
                      old
                    }
                    changed {
                      key
                      old
                      new
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BigDashboardPageQuery, BigDashboardPageQueryVariables>;
export const BigAssetChangeHistoryDocument = new TypedDocumentString(`
    query BigAssetChangeHistory($first: Int) {
  assetChangeHistory(assetKey: "a", first: $first) {
    totalCount
    edges {
      node {
        assetKey
        changeTypes
        codeVersion {
          old
          new
        }
        load {
          sequence
          image
        }
        project {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BigAssetChangeHistoryQuery, BigAssetChangeHistoryQueryVariables>;
export const BigFirstLoadChangesDocument = new TypedDocumentString(`
    query BigFirstLoadChanges($after: String) {
  project(name: "big") {
    history(first: 3, collapseSimilar: false, after: "bG9hZDo0") {
      edges {
        node {
          load {
            sequence
            assetChanges(first: 1, after: $after) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  assetKey
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BigFirstLoadChangesQuery, BigFirstLoadChangesQueryVariables>;
export const SetExecutionDocument = new TypedDocumentString(`
    mutation SetExecution($input: SetRollbackExecutionInput!) {
  setRollbackExecution(input: $input) {
    name
    rollbackExecution
  }
}
    `) as unknown as TypedDocumentString<SetExecutionMutation, SetExecutionMutationVariables>;
export const RequestRollbackDocument = new TypedDocumentString(`
    mutation RequestRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    rollback {
      id
      status
      error
      resultingLoad {
        id
      }
      snapshotMatchesTarget
    }
    load {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<RequestRollbackMutation, RequestRollbackMutationVariables>;
export const ClaimDocument = new TypedDocumentString(`
    mutation Claim($input: ClaimRollbackInput!) {
  claimRollback(input: $input) {
    claimToken
    rollback {
      id
      status
      claimedBy
      leaseExpiresAt
      toLoad {
        id
        sequence
        image
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimMutation, ClaimMutationVariables>;
export const RenewDocument = new TypedDocumentString(`
    mutation Renew($input: RenewRollbackLeaseInput!) {
  renewRollbackLease(input: $input) {
    id
    status
    leaseExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RenewMutation, RenewMutationVariables>;
export const FailDocument = new TypedDocumentString(`
    mutation Fail($input: FailRollbackInput!) {
  failRollback(input: $input) {
    id
    status
    error
    finishedAt
    resultingLoad {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FailMutation, FailMutationVariables>;
export const ReportDocument = new TypedDocumentString(`
    mutation Report($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      id
      sequence
      trigger
      status
      rollback {
        id
        status
        snapshotMatchesTarget
        snapshotDifferences
        error
        resultingLoad {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportMutation, ReportMutationVariables>;
export const OpenRollbacksDocument = new TypedDocumentString(`
    query OpenRollbacks {
  deployments {
    name
    openRollbacks {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OpenRollbacksQuery, OpenRollbacksQueryVariables>;
export const RollbackUpdatedDocument = new TypedDocumentString(`
    subscription RollbackUpdated($deployment: String, $rollbackId: ID, $after: ID) {
  rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {
    id
    status
    error
    rollback {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RollbackUpdatedSubscription, RollbackUpdatedSubscriptionVariables>;
export const RollbackProjectDocument = new TypedDocumentString(`
    mutation RollbackProject($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    rollback {
      id
      reason
      requestedBy
      createdAt
      project {
        name
      }
      fromLoad {
        sequence
      }
      toLoad {
        sequence
      }
      resultingLoad {
        sequence
      }
    }
    load {
      id
      sequence
      status
      trigger
      image
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
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges {
        edges {
          node {
            assetKey
            changeTypes
            codeVersion {
              old
              new
            }
            tags {
              changed {
                key
                old
                new
              }
            }
          }
        }
      }
      rollback {
        id
        toLoad {
          sequence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollbackProjectMutation, RollbackProjectMutationVariables>;
export const RolledBackHistoryDocument = new TypedDocumentString(`
    query RolledBackHistory {
  project(name: "etl") {
    currentLoad {
      sequence
      trigger
    }
    history {
      edges {
        node {
          collapsedCount
          load {
            sequence
            trigger
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolledBackHistoryQuery, RolledBackHistoryQueryVariables>;
export const EtlProjectIdDocument = new TypedDocumentString(`
    query EtlProjectId {
  project(name: "etl") {
    id
  }
}
    `) as unknown as TypedDocumentString<EtlProjectIdQuery, EtlProjectIdQueryVariables>;
export const ConcurrentCurrentLoadDocument = new TypedDocumentString(`
    query ConcurrentCurrentLoad {
  project(name: "concurrent") {
    currentLoad {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentCurrentLoadQuery, ConcurrentCurrentLoadQueryVariables>;
export const LoadBySequenceDocument = new TypedDocumentString(`
    query LoadBySequence($project: String!, $sequence: Int!) {
  project(name: $project) {
    load(sequence: $sequence) {
      id
      sequence
      status
      image
    }
  }
}
    `) as unknown as TypedDocumentString<LoadBySequenceQuery, LoadBySequenceQueryVariables>;
export const LoadAssetsDocument = new TypedDocumentString(`
    query LoadAssets($project: String!, $sequence: Int!, $first: Int, $after: String, $keyPrefix: String) {
  project(name: $project) {
    load(sequence: $sequence) {
      assets(first: $first, after: $after, keyPrefix: $keyPrefix) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            key
            codeVersion
            tags
            metadata
            dependencies
            partitionsDefinition
            partitionMappings
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadAssetsQuery, LoadAssetsQueryVariables>;
export const CurrentAssetDocument = new TypedDocumentString(`
    query CurrentAsset($project: String!, $key: String!, $changeTypes: [AssetChangeType!]) {
  project(name: $project) {
    asset(key: $key) {
      key
      codeVersion
      tags
      dependencies
      changeHistory(changeTypes: $changeTypes) {
        totalCount
        edges {
          node {
            assetKey
            changeTypes
            load {
              sequence
            }
            tags {
              changed {
                key
                old
                new
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentAssetQuery, CurrentAssetQueryVariables>;
export const CompareLoadsDocument = new TypedDocumentString(`
    query CompareLoads($project: String!, $from: ID!, $to: ID!, $first: Int, $after: String) {
  project(name: $project) {
    compareLoads(from: $from, to: $to) {
      from {
        sequence
      }
      to {
        sequence
      }
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
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
            metadata {
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
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareLoadsQuery, CompareLoadsQueryVariables>;
export const RollbackPreviewDocument = new TypedDocumentString(`
    query RollbackPreview($project: String!, $loadId: ID!) {
  project(name: $project) {
    rollbackPreview(loadId: $loadId) {
      from {
        sequence
        image
      }
      to {
        sequence
        image
      }
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges(first: 100) {
        edges {
          node {
            assetKey
            changeTypes
            codeVersion {
              old
              new
            }
            tags {
              changed {
                key
                old
                new
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollbackPreviewQuery, RollbackPreviewQueryVariables>;
export const RollbackWithChangesDocument = new TypedDocumentString(`
    mutation RollbackWithChanges($loadId: ID!) {
  rollbackProject(input: {loadId: $loadId, reason: "back to the first"}) {
    changes {
      from {
        sequence
      }
      to {
        sequence
      }
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges(first: 100) {
        edges {
          node {
            assetKey
            changeTypes
            codeVersion {
              old
              new
            }
            tags {
              changed {
                key
                old
                new
              }
            }
          }
        }
      }
    }
    load {
      sequence
      assetsAdded
      assetsRemoved
      assetsChanged
      assetChanges(first: 100) {
        edges {
          node {
            assetKey
            changeTypes
            codeVersion {
              old
              new
            }
            tags {
              changed {
                key
                old
                new
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollbackWithChangesMutation, RollbackWithChangesMutationVariables>;
export const HistoryRunChangesDocument = new TypedDocumentString(`
    query HistoryRunChanges($project: String!, $collapse: Boolean) {
  project(name: $project) {
    history(first: 50, collapseSimilar: $collapse) {
      edges {
        node {
          firstSequence
          lastSequence
          firstLoad {
            sequence
          }
          load {
            sequence
            assetsChanged
          }
          assetsAdded
          assetsRemoved
          assetsChanged
          assetChanges(first: 50) {
            totalCount
            edges {
              node {
                assetKey
                changeTypes
                load {
                  sequence
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryRunChangesQuery, HistoryRunChangesQueryVariables>;
export const ProjectLoadedDocument = new TypedDocumentString(`
    subscription ProjectLoaded($deployment: String, $project: String, $after: String) {
  projectLoaded(deployment: $deployment, project: $project, after: $after) {
    id
    sequence
    status
    trigger
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
      fromLoad {
        sequence
      }
      toLoad {
        sequence
      }
      resultingLoad {
        sequence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectLoadedSubscription, ProjectLoadedSubscriptionVariables>;
export const LiveRollbackDocument = new TypedDocumentString(`
    mutation LiveRollback($id: ID!) {
  rollbackProject(input: {loadId: $id, reason: "bad deploy"}) {
    load {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<LiveRollbackMutation, LiveRollbackMutationVariables>;
export const RevokeSoonRevokedDocument = new TypedDocumentString(`
    mutation RevokeSoonRevoked {
  revokeApiToken(name: "soon-revoked")
}
    `) as unknown as TypedDocumentString<RevokeSoonRevokedMutation, RevokeSoonRevokedMutationVariables>;
export const ResumeCursorsDocument = new TypedDocumentString(`
    query ResumeCursors {
  project(name: "resume") {
    history(collapseSimilar: false, first: 4) {
      edges {
        node {
          loads {
            edges {
              cursor
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeCursorsQuery, ResumeCursorsQueryVariables>;
export const FloodDocument = new TypedDocumentString(`
    subscription Flood {
  projectLoaded(project: "flood") {
    id
    metadata {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<FloodSubscription, FloodSubscriptionVariables>;
export const SseLoadsDocument = new TypedDocumentString(`
    subscription SseLoads {
  projectLoaded(project: "sse") {
    sequence
    project {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SseLoadsSubscription, SseLoadsSubscriptionVariables>;
export const SseFloodDocument = new TypedDocumentString(`
    subscription SseFlood {
  projectLoaded(project: "sse-flood") {
    id
    metadata {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<SseFloodSubscription, SseFloodSubscriptionVariables>;
export const RevokeLiveViewerDocument = new TypedDocumentString(`
    mutation RevokeLiveViewer {
  revokeApiToken(name: "live-viewer")
}
    `) as unknown as TypedDocumentString<RevokeLiveViewerMutation, RevokeLiveViewerMutationVariables>;
export const SseRevokedDocument = new TypedDocumentString(`
    subscription SseRevoked {
  projectLoaded(project: "revoked") {
    sequence
  }
}
    `) as unknown as TypedDocumentString<SseRevokedSubscription, SseRevokedSubscriptionVariables>;
export const ObservedRecordDocument = new TypedDocumentString(`
    mutation ObservedRecord($input: RecordProjectLoadInput!) {
  recordProjectLoad(input: $input) {
    load {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<ObservedRecordMutation, ObservedRecordMutationVariables>;
export const ObservedRollbackDocument = new TypedDocumentString(`
    mutation ObservedRollback($input: RollbackProjectInput!) {
  rollbackProject(input: $input) {
    load {
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<ObservedRollbackMutation, ObservedRollbackMutationVariables>;
export const ObservedHistoryDocument = new TypedDocumentString(`
    query ObservedHistory($name: String!) {
  project(name: $name) {
    history(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ObservedHistoryQuery, ObservedHistoryQueryVariables>;
export const ObservedCreateTokenDocument = new TypedDocumentString(`
    mutation ObservedCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ObservedCreateTokenMutation, ObservedCreateTokenMutationVariables>;
export const ObservedCreatePolicyDocument = new TypedDocumentString(`
    mutation ObservedCreatePolicy($input: CreateAlertPolicyInput!) {
  createAlertPolicy(input: $input) {
    policy {
      id
    }
    signingSecret
  }
}
    `) as unknown as TypedDocumentString<ObservedCreatePolicyMutation, ObservedCreatePolicyMutationVariables>;
export const ObservedTestPolicyDocument = new TypedDocumentString(`
    mutation ObservedTestPolicy($id: ID!) {
  testAlertPolicy(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ObservedTestPolicyMutation, ObservedTestPolicyMutationVariables>;
export const ObservedWatchDocument = new TypedDocumentString(`
    subscription ObservedWatch {
  projectLoaded {
    sequence
  }
}
    `) as unknown as TypedDocumentString<ObservedWatchSubscription, ObservedWatchSubscriptionVariables>;
export const RevokeEverywhereDocument = new TypedDocumentString(`
    mutation RevokeEverywhere {
  revokeApiToken(name: "revoked-everywhere")
}
    `) as unknown as TypedDocumentString<RevokeEverywhereMutation, RevokeEverywhereMutationVariables>;
export const RevokedEverywhereSseDocument = new TypedDocumentString(`
    subscription RevokedEverywhereSse {
  projectLoaded(project: "revoked-everywhere") {
    sequence
  }
}
    `) as unknown as TypedDocumentString<RevokedEverywhereSseSubscription, RevokedEverywhereSseSubscriptionVariables>;
export const InstancesRollbackDocument = new TypedDocumentString(`
    mutation InstancesRollback($id: ID!) {
  rollbackProject(input: {loadId: $id}) {
    load {
      sequence
    }
    rollback {
      fromLoad {
        sequence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstancesRollbackMutation, InstancesRollbackMutationVariables>;
export const MixedProjectStateDocument = new TypedDocumentString(`
    query MixedProjectState {
  project(name: "mixed") {
    loadCount
    currentLoad {
      sequence
    }
    history(collapseSimilar: false, first: 100) {
      edges {
        node {
          load {
            sequence
            trigger
            rollback {
              fromLoad {
                sequence
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MixedProjectStateQuery, MixedProjectStateQueryVariables>;
export const UiTestFailuresDocument = new TypedDocumentString(`
    query UiTestFailures {
  project(deployment: "prod", name: "billing-pipeline") {
    history(first: 100, collapseSimilar: false, status: FAILURE) {
      edges {
        node {
          load {
            id
            sequence
            error {
              message
              stack
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestFailuresQuery, UiTestFailuresQueryVariables>;
export const UiTestLatestDocument = new TypedDocumentString(`
    query UiTestLatest {
  project(deployment: "prod", name: "billing-pipeline") {
    currentLoad {
      sequence
      trigger
      image
      rollback {
        reason
        requestedBy
        toLoad {
          sequence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestLatestQuery, UiTestLatestQueryVariables>;
export const UiTestAssetNowDocument = new TypedDocumentString(`
    query UiTestAssetNow {
  project(deployment: "prod", name: "billing-pipeline") {
    asset(key: "mart/mrr_monthly") {
      codeVersion
      dependencies
      partitionsDefinition
      tags
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestAssetNowQuery, UiTestAssetNowQueryVariables>;
export const UiTestSetExecutionDocument = new TypedDocumentString(`
    mutation UiTestSetExecution($input: SetRollbackExecutionInput!) {
  setRollbackExecution(input: $input) {
    rollbackExecution
  }
}
    `) as unknown as TypedDocumentString<UiTestSetExecutionMutation, UiTestSetExecutionMutationVariables>;
export const UiTestClaimDocument = new TypedDocumentString(`
    mutation UiTestClaim($input: ClaimRollbackInput!) {
  claimRollback(input: $input) {
    claimToken
    rollback {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestClaimMutation, UiTestClaimMutationVariables>;
export const UiTestLoad58Document = new TypedDocumentString(`
    query UiTestLoad58 {
  project(deployment: "prod", name: "billing-pipeline") {
    load(sequence: 58) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestLoad58Query, UiTestLoad58QueryVariables>;
export const UiTestPreviewDocument = new TypedDocumentString(`
    query UiTestPreview($loadId: ID!) {
  project(deployment: "prod", name: "billing-pipeline") {
    rollbackPreview(loadId: $loadId) {
      assetsAdded
      assetsRemoved
      assetsChanged
    }
  }
}
    `) as unknown as TypedDocumentString<UiTestPreviewQuery, UiTestPreviewQueryVariables>;