/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      signingSecret\n      policy { id name deployment project events webhookUrl format enabled }\n    }\n  }\n": typeof types.CreateAlertPolicyDocument,
    "\n        mutation DisableAlertPolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { enabled } }\n      ": typeof types.DisableAlertPolicyDocument,
    "\n        mutation AlertedRollback($id: ID!) {\n          rollbackProject(input: { loadId: $id, reason: \"bad <deploy> & more\" }) { load { id } }\n        }\n      ": typeof types.AlertedRollbackDocument,
    "\n        query SlowPolicyNames { alertPolicies(deployment: \"slow\") { name } }\n      ": typeof types.SlowPolicyNamesDocument,
    "\n  mutation UpdateAlertPolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id name project events webhookUrl format enabled }\n  }\n": typeof types.UpdateAlertPolicyDocument,
    "\n  mutation DeleteAlertPolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": typeof types.DeleteAlertPolicyDocument,
    "\n  mutation TestAlertPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      id event status attempts lastAttemptAt responseStatus lastError nextAttemptAt test\n      load { id sequence } policy { id name }\n    }\n  }\n": typeof types.TestAlertPolicyDocument,
    "\n  query AlertPolicies($deployment: String) {\n    alertPolicies(deployment: $deployment) {\n      id name deployment project events webhookUrl format enabled createdAt createdBy\n      deliveries(first: 2) { totalCount edges { cursor node { id status event test } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.AlertPoliciesDocument,
    "\n        query PolicyNameByNode($id: ID!) { node(id: $id) { ... on AlertPolicy { name } } }\n      ": typeof types.PolicyNameByNodeDocument,
    "\n        query AlertPolicyFieldNames { __type(name: \"AlertPolicy\") { fields { name } } }\n      ": typeof types.AlertPolicyFieldNamesDocument,
    "\n        query DefaultDeploymentPolicyNames { alertPolicies { name } }\n      ": typeof types.DefaultDeploymentPolicyNamesDocument,
    "\n      query GuardedNode($id: ID!) { node(id: $id) { id ... on AlertPolicy { webhookUrl } ... on AlertDelivery { status } } }\n    ": typeof types.GuardedNodeDocument,
    "\n  mutation SsrfCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id webhookUrl } }\n  }\n": typeof types.SsrfCreatePolicyDocument,
    "\n  mutation SsrfUpdatePolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id webhookUrl }\n  }\n": typeof types.SsrfUpdatePolicyDocument,
    "\n  mutation SsrfTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) { id status attempts responseStatus errorClass lastError }\n  }\n": typeof types.SsrfTestPolicyDocument,
    "\n  query SsrfDelivery($id: ID!) {\n    node(id: $id) { ... on AlertDelivery { status responseStatus errorClass lastError } }\n  }\n": typeof types.SsrfDeliveryDocument,
    "\n  query SsrfListedDeliveries($deployment: String!) {\n    alertPolicies(deployment: $deployment) {\n      name\n      deliveries(first: 5) { edges { node { responseStatus errorClass lastError } } }\n    }\n  }\n": typeof types.SsrfListedDeliveriesDocument,
    "\n  query CliTestLoadError($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        error {\n          message\n          stack\n        }\n      }\n    }\n  }\n": typeof types.CliTestLoadErrorDocument,
    "\n  query DagsterAgentHistory($project: String!) {\n    project(deployment: \"prod\", name: $project) {\n      loadCount\n      history(first: 50, collapseSimilar: false) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              status\n              loadedAt\n              image\n              recordedBy\n              error {\n                message\n                stack\n              }\n              git {\n                commitHash\n                repositoryUrl\n              }\n              metadata {\n                key\n                value\n              }\n              assetsAdded\n              assetsRemoved\n              assetsChanged\n              assetChanges(first: 100) {\n                edges {\n                  node {\n                    assetKey\n                    changeTypes\n                    codeVersion {\n                      old\n                      new\n                    }\n                    partitionsDefinition {\n                      old\n                      new\n                    }\n                    dependencies {\n                      added\n                      removed\n                      changed\n                    }\n                    tags {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                    metadata {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DagsterAgentHistoryDocument,
    "\n  mutation DagsterSetExecution {\n    setRollbackExecution(input: { deployment: \"prod\", execution: EXECUTOR }) {\n      rollbackExecution\n    }\n  }\n": typeof types.DagsterSetExecutionDocument,
    "\n  mutation DagsterRequestRollback($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"bad deploy\" }) {\n      rollback {\n        id\n        status\n      }\n      load {\n        id\n      }\n    }\n  }\n": typeof types.DagsterRequestRollbackDocument,
    "\n  query DagsterRollbackState($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        status\n        error\n        claimedBy\n        snapshotMatchesTarget\n        snapshotDifferences\n        toLoad {\n          sequence\n        }\n        resultingLoad {\n          sequence\n          trigger\n          status\n          image\n          assetsAdded\n          assetsRemoved\n          assetsChanged\n        }\n      }\n    }\n  }\n": typeof types.DagsterRollbackStateDocument,
    "\n        mutation E2eCreatePagerPolicy($url: String!) {\n          createAlertPolicy(input: { name: \"pager\", events: [PROJECT_LOAD_FAILED], webhookUrl: $url }) { signingSecret }\n        }\n      ": typeof types.E2eCreatePagerPolicyDocument,
    "\n      mutation E2eRecordFailure($error: String!) {\n        recordProjectLoad(input: {\n          project: \"etl\", status: FAILURE, error: $error,\n          git: { repositoryUrl: \"https://github.com/acme/etl\", commitHash: \"0a1b2c3\" }\n        }) { load { id } }\n      }\n    ": typeof types.E2eRecordFailureDocument,
    "\n  mutation DemoConcurrentRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n": typeof types.DemoConcurrentRecordDocument,
    "\n  query DemoConcurrentHistory($name: String!) {\n    project(deployment: \"prod\", name: $name) {\n      history(first: 1, collapseSimilar: false) {\n        totalCount\n      }\n    }\n  }\n": typeof types.DemoConcurrentHistoryDocument,
    "\n  query DemoConcurrentDeployments {\n    deployments {\n      name\n      projects(first: 20) {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoConcurrentDeploymentsDocument,
    "\n  mutation GraphiqlRecordLoad($project: String!) {\n    recordProjectLoad(input: { project: $project, assets: [] }) { load { sequence } }\n  }\n": typeof types.GraphiqlRecordLoadDocument,
    "\n  query E2eViewer {\n    viewer {\n      name\n      roles {\n        role\n        deployment\n      }\n    }\n  }\n": typeof types.E2eViewerDocument,
    "\n  mutation E2eRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n        assetsAdded\n      }\n    }\n  }\n": typeof types.E2eRecordDocument,
    "\n  query E2eHistory($name: String!) {\n    project(name: $name) {\n      name\n      history {\n        edges {\n          node {\n            load {\n              sequence\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.E2eHistoryDocument,
    "\n  query E2eDeployments { deployments { name } }\n": typeof types.E2eDeploymentsDocument,
    "\n  mutation Record($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        status\n        trigger\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n": typeof types.RecordDocument,
    "\n  query AbuseLoads { project(deployment: \"prod\", name: \"etl\") { history(first: 5) { edges { node { lastSequence } } } } }\n": typeof types.AbuseLoadsDocument,
    "\n  query AuthReadProject($deployment: String!) { project(deployment: $deployment, name: \"etl\") { name } }\n": typeof types.AuthReadProjectDocument,
    "\n  query AuthDeploymentNames { deployments { name } }\n": typeof types.AuthDeploymentNamesDocument,
    "\n        query AuthIntrospectionAndViewer { __schema { queryType { name } } viewer { name } }\n      ": typeof types.AuthIntrospectionAndViewerDocument,
    "\n        query AuthViewerRoles { viewer { name roles { role deployment } } }\n      ": typeof types.AuthViewerRolesDocument,
    "\n        query AuthLatestRecordedBy { project(name: \"etl\") { latestLoad { recordedBy } } }\n      ": typeof types.AuthLatestRecordedByDocument,
    "\n        query AuthNodeById($id: ID!) { node(id: $id) { id } }\n      ": typeof types.AuthNodeByIdDocument,
    "\n        query AuthProdAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount } }\n      ": typeof types.AuthProdAssetChangeHistoryDocument,
    "\n        query AuthProjects { projects { totalCount edges { node { name deployment { name } } } } }\n      ": typeof types.AuthProjectsDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token name } }\n": typeof types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($name: String!) { revokeApiToken(name: $name) }\n": typeof types.AuthRevokeApiTokenDocument,
    "\n  query DemoDeployments {\n    deployments {\n      name\n      projects(first: 20) { totalCount edges { node { name } } }\n    }\n  }\n": typeof types.DemoDeploymentsDocument,
    "\n  query DemoHistory($deployment: String!, $name: String!, $collapse: Boolean!, $after: String) {\n    project(deployment: $deployment, name: $name) {\n      currentLoad { sequence trigger }\n      history(first: 100, after: $after, collapseSimilar: $collapse) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            collapsedCount\n            load {\n              sequence\n              loadedAt\n              status\n              trigger\n              image\n              error { message stack }\n              git { repositoryUrl commitHash branch commitUrl }\n              metadata { key value }\n              assetChanges(first: 100) { totalCount edges { node { assetKey changeTypes } } }\n              rollback { reason requestedBy fromLoad { sequence } toLoad { sequence image } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoHistoryDocument,
    "\n  query DemoAssetChangeHistory {\n    assetChangeHistory(assetKey: \"mart/revenue_daily\", project: \"analytics\", changeTypes: [DEPENDENCIES]) {\n      totalCount\n      edges { node { changeTypes dependencies { added } } }\n    }\n  }\n": typeof types.DemoAssetChangeHistoryDocument,
    "\n  query DemoRunChanges($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      history(first: 100) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsAdded assetsChanged }\n            assetsAdded\n            assetsChanged\n            assetChanges(first: 100) { totalCount edges { node { assetKey load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoRunChangesDocument,
    "\n  mutation DemoCreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id } }\n  }\n": typeof types.DemoCreateAlertPolicyDocument,
    "\n  query IsolationProdObjects {\n    project(deployment: \"prod\", name: \"etl\") {\n      id\n      deployment { id }\n      history(first: 10, collapseSimilar: false) {\n        edges { node { load { id trigger rollback { id } assetChanges(first: 1) { edges { node { id } } } } } }\n      }\n    }\n    alertPolicies(deployment: \"prod\") { id deliveries(first: 1) { edges { node { id } } } }\n  }\n": typeof types.IsolationProdObjectsDocument,
    "\n      mutation IsolationCreatePolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n    ": typeof types.IsolationCreatePolicyDocument,
    "\n      mutation IsolationRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n    ": typeof types.IsolationRollbackDocument,
    "query IsolationProject { project(deployment: \"prod\", name: \"etl\") { id name } }": typeof types.IsolationProjectDocument,
    "query IsolationProjectsOfProd { projects(deployment: \"prod\") { totalCount edges { node { id } } } }": typeof types.IsolationProjectsOfProdDocument,
    "\n        query IsolationAllProjects {\n          projects { totalCount edges { node { deployment { name } latestLoad { project { deployment { name } } } } } }\n        }\n      ": typeof types.IsolationAllProjectsDocument,
    "query IsolationDeployments { deployments { name projects { totalCount edges { node { name } } } } }": typeof types.IsolationDeploymentsDocument,
    "\n        query IsolationAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount edges { node { id } } } }\n      ": typeof types.IsolationAssetChangeHistoryDocument,
    "query IsolationAlertPolicies { alertPolicies(deployment: \"prod\") { id name } }": typeof types.IsolationAlertPoliciesDocument,
    "query IsolationApiTokens { apiTokens(deployment: \"prod\") { name role } }": typeof types.IsolationApiTokensDocument,
    "query IsolationViewer { viewer { name roles { role deployment } } }": typeof types.IsolationViewerDocument,
    "\n        mutation IsolationRecord($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }\n      ": typeof types.IsolationRecordDocument,
    "\n        mutation IsolationRollbackProd($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n      ": typeof types.IsolationRollbackProdDocument,
    "\n        mutation IsolationSetExecution($input: SetRollbackExecutionInput!) { setRollbackExecution(input: $input) { id } }\n      ": typeof types.IsolationSetExecutionDocument,
    "\n        mutation IsolationClaim($input: ClaimRollbackInput!) { claimRollback(input: $input) { claimToken } }\n      ": typeof types.IsolationClaimDocument,
    "\n        mutation IsolationRenew($input: RenewRollbackLeaseInput!) { renewRollbackLease(input: $input) { id status } }\n      ": typeof types.IsolationRenewDocument,
    "\n        mutation IsolationFail($input: FailRollbackInput!) { failRollback(input: $input) { id status } }\n      ": typeof types.IsolationFailDocument,
    "\n        mutation IsolationCreateProdPolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n      ": typeof types.IsolationCreateProdPolicyDocument,
    "\n        mutation IsolationUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id webhookUrl } }\n      ": typeof types.IsolationUpdatePolicyDocument,
    "mutation IsolationDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }": typeof types.IsolationDeletePolicyDocument,
    "mutation IsolationTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id load { id } } }": typeof types.IsolationTestPolicyDocument,
    "\n        mutation IsolationCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n      ": typeof types.IsolationCreateTokenDocument,
    "mutation IsolationRevokeToken($name: String!) { revokeApiToken(name: $name) }": typeof types.IsolationRevokeTokenDocument,
    "\n  query IsolationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project { name }\n      ... on ProjectLoad { sequence project { name } }\n      ... on AssetChange { assetKey load { id } }\n      ... on Rollback { reason project { name } }\n      ... on Deployment { name projects { totalCount } }\n      ... on AlertPolicy { name webhookUrl }\n      ... on AlertDelivery { status load { id } policy { name } }\n    }\n  }\n": typeof types.IsolationNodeDocument,
    "\n  subscription IsolationRollbackUpdated($deployment: String, $rollbackId: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId) { id status }\n  }\n": typeof types.IsolationRollbackUpdatedDocument,
    "\n  query ErrorsProjectName { project(name: \"etl\") { name } }\n": typeof types.ErrorsProjectNameDocument,
    "\n  query HistoryPage($deployment: String, $name: String!, $first: Int, $after: String, $collapse: Boolean, $status: LoadStatus) {\n    project(deployment: $deployment, name: $name) {\n      history(first: $first, after: $after, collapseSimilar: $collapse, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstLoadedAt\n            lastLoadedAt\n            load { sequence status trigger }\n            loads(first: 100) { totalCount edges { node { sequence } } }\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryPageDocument,
    "\n      query LoadsOfOneEntry($entry: String, $after: String) {\n        project(name: \"paged\") {\n          history(first: 1, after: $entry) {\n            edges { node { loads(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { sequence } } } } }\n          }\n        }\n      }\n    ": typeof types.LoadsOfOneEntryDocument,
    "\n  mutation PropertyRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n": typeof types.PropertyRollbackDocument,
    "\n  mutation PropertyUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id name } }\n": typeof types.PropertyUpdatePolicyDocument,
    "\n  mutation PropertyDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": typeof types.PropertyDeletePolicyDocument,
    "\n  mutation PropertyTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id errorClass } }\n": typeof types.PropertyTestPolicyDocument,
    "\n  mutation PropertyCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n": typeof types.PropertyCreateTokenDocument,
    "\n  mutation PropertyRevokeToken($name: String!) { revokeApiToken(name: $name) }\n": typeof types.PropertyRevokeTokenDocument,
    "\n    query PropertyPageProjects($first: Int, $after: String) { projects(first: $first, after: $after) { totalCount edges { cursor } } }\n  ": typeof types.PropertyPageProjectsDocument,
    "\n    query PropertyPageDeploymentProjects($first: Int, $after: String) {\n      deployments { projects(first: $first, after: $after) { edges { cursor } } }\n    }\n  ": typeof types.PropertyPageDeploymentProjectsDocument,
    "\n    query PropertyPageHistory($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: $first, after: $after) { totalCount edges { cursor } } }\n    }\n  ": typeof types.PropertyPageHistoryDocument,
    "\n    query PropertyPageLoads($first: Int, $after: String) {\n      project(name: \"etl\") {\n        history(first: $first, after: $after, collapseSimilar: false) { edges { cursor } }\n        latestLoad { id }\n      }\n    }\n  ": typeof types.PropertyPageLoadsDocument,
    "\n    query PropertyPageEntryLoads($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: 1) { edges { node { loads(first: $first, after: $after) { edges { cursor } } } } } }\n    }\n  ": typeof types.PropertyPageEntryLoadsDocument,
    "\n    query PropertyPageChanges($first: Int, $after: String) {\n      project(name: \"etl\") { currentLoad { assetChanges(first: $first, after: $after) { totalCount edges { cursor } } } }\n    }\n  ": typeof types.PropertyPageChangesDocument,
    "\n    query PropertyPageAssetHistory($first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"raw/orders\", first: $first, after: $after) { totalCount edges { cursor } }\n    }\n  ": typeof types.PropertyPageAssetHistoryDocument,
    "\n    query PropertyPageDeliveries($first: Int, $after: String) { alertPolicies { deliveries(first: $first, after: $after) { totalCount } } }\n  ": typeof types.PropertyPageDeliveriesDocument,
    "\n    query PropertyNode($id: ID!) { node(id: $id) { __typename id } }\n  ": typeof types.PropertyNodeDocument,
    "\n    query PropertyProjectByName($deployment: String, $name: String!) { project(deployment: $deployment, name: $name) { name } }\n  ": typeof types.PropertyProjectByNameDocument,
    "\n    query PropertyProjectsOf($deployment: String) { projects(deployment: $deployment) { totalCount } }\n  ": typeof types.PropertyProjectsOfDocument,
    "\n    query PropertyAssetHistoryOf($deployment: String, $name: String, $assetKey: String!) {\n      assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $name) { totalCount }\n    }\n  ": typeof types.PropertyAssetHistoryOfDocument,
    "\n    query PropertyPoliciesOf($deployment: String) { alertPolicies(deployment: $deployment) { name } }\n  ": typeof types.PropertyPoliciesOfDocument,
    "\n  query PropertyIds {\n    project(name: \"etl\") {\n      id\n      deployment { id }\n      history(collapseSimilar: false) { edges { node { load { id assetChanges { edges { node { id } } } } } } }\n    }\n  }\n": typeof types.PropertyIdsDocument,
    "\n  query InputsNode($id: ID!) { node(id: $id) { __typename id } }\n": typeof types.InputsNodeDocument,
    "\n  query InputsProject($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) { name loadCount }\n  }\n": typeof types.InputsProjectDocument,
    "\n  query InputsProjects($deployment: String, $after: String) { projects(deployment: $deployment, after: $after) { totalCount } }\n": typeof types.InputsProjectsDocument,
    "\n  query InputsAssetHistory($assetKey: String!, $deployment: String, $project: String, $after: String) {\n    assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $project, after: $after) { totalCount }\n  }\n": typeof types.InputsAssetHistoryDocument,
    "\n  query InputsPolicies($deployment: String) { alertPolicies(deployment: $deployment) { id } }\n": typeof types.InputsPoliciesDocument,
    "\n  query InputsPages($after: String, $collapse: Boolean) {\n    project(name: \"etl\") {\n      history(after: $after, collapseSimilar: $collapse) { edges { cursor } }\n      latestLoad { assetChanges(after: $after) { edges { cursor } } }\n    }\n  }\n": typeof types.InputsPagesDocument,
    "\n  query InputsEntryLoads($after: String) {\n    project(name: \"etl\") { history(first: 1) { edges { node { loads(after: $after) { edges { cursor } } } } } }\n  }\n": typeof types.InputsEntryLoadsDocument,
    "\n  query InputsDeliveries($after: String) { alertPolicies { deliveries(after: $after) { totalCount } } }\n": typeof types.InputsDeliveriesDocument,
    "\n  query InputsLoadedAt($name: String!) { project(name: $name) { latestLoad { loadedAt git { repositoryUrl } } } }\n": typeof types.InputsLoadedAtDocument,
    "\n  mutation InputsRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { sequence } } }\n": typeof types.InputsRollbackDocument,
    "\n  mutation InputsUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id } }\n": typeof types.InputsUpdatePolicyDocument,
    "\n  mutation InputsDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": typeof types.InputsDeletePolicyDocument,
    "\n  mutation InputsTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id } }\n": typeof types.InputsTestPolicyDocument,
    "\n  mutation InputsCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n": typeof types.InputsCreateTokenDocument,
    "\n  mutation InputsRevokeToken($name: String!) { revokeApiToken(name: $name) }\n": typeof types.InputsRevokeTokenDocument,
    "\n  query InputsLoadIds($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      id\n      deployment { id }\n      latestLoad { id rollback { id } }\n      history(first: 5, collapseSimilar: false) { edges { node { load { id sequence assetChanges { edges { node { id } } } } } } }\n    }\n  }\n": typeof types.InputsLoadIdsDocument,
    "\n  query AssetChangesOfLoad($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssetChangesOfLoadDocument,
    "\n          query CommitLinkOfProject($name: String!) {\n            project(deployment: \"vectors\", name: $name) { latestLoad { git { repositoryUrl commitHash commitUrl } } }\n          }\n        ": typeof types.CommitLinkOfProjectDocument,
    "\n        query LatestAndCurrentLoad {\n          project(deployment: \"staging\", name: \"web\") {\n            name updatedAt deployment { name }\n            latestLoad { sequence status error { message stack } }\n            currentLoad { sequence metadata { key value } loadedAt image git { commitUrl } error { message } }\n          }\n        }\n      ": typeof types.LatestAndCurrentLoadDocument,
    "\n        query MissingProject { project(deployment: \"staging\", name: \"nope\") { name } }\n      ": typeof types.MissingProjectDocument,
    "\n        query IdsOfEveryNodeType {\n          project(deployment: \"staging\", name: \"web\") {\n            id\n            deployment { id }\n            currentLoad { id assetChanges { edges { node { id } } } }\n          }\n        }\n      ": typeof types.IdsOfEveryNodeTypeDocument,
    "\n          query NodeTypename($id: ID!) { node(id: $id) { __typename id } }\n        ": typeof types.NodeTypenameDocument,
    "\n        query UnknownNode($id: ID!) { node(id: $id) { id } }\n      ": typeof types.UnknownNodeDocument,
    "\n      query MalformedNodeId { node(id: \"!!\") { id } }\n    ": typeof types.MalformedNodeIdDocument,
    "\n        query ListedDeployments { deployments { name } }\n      ": typeof types.ListedDeploymentsDocument,
    "\n        query FirstVectorProjects {\n          projects(deployment: \"vectors\", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }\n        }\n      ": typeof types.FirstVectorProjectsDocument,
    "\n        query NextVectorProjects($after: String) {\n          projects(deployment: \"vectors\", first: 2, after: $after) { edges { node { name } } }\n        }\n      ": typeof types.NextVectorProjectsDocument,
    "\n        query AllProjectsCount { projects { totalCount } }\n      ": typeof types.AllProjectsCountDocument,
    "\n        query ProjectCountPerDeployment { deployments { name projects { totalCount } } }\n      ": typeof types.ProjectCountPerDeploymentDocument,
    "\n    query RevenueChangeHistory($project: String, $types: [AssetChangeType!], $first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"mart/revenue\", project: $project, changeTypes: $types, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { changeTypes project { name } load { sequence } changedAt } }\n      }\n    }\n  ": typeof types.RevenueChangeHistoryDocument,
    "\n  query BigHistoryPage($first: Int, $collapse: Boolean) {\n    project(name: \"big\") {\n      name\n      latestLoad { sequence }\n      currentLoad { sequence }\n      history(first: $first, collapseSimilar: $collapse) {\n        totalCount\n        edges {\n          node {\n            collapsedCount\n            load {\n              id sequence status image error { message } git { commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              project { name }\n            }\n            loads(first: 5) { totalCount edges { node { sequence assetsChanged } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BigHistoryPageDocument,
    "\n  query BigDashboardPage($first: Int) {\n    project(name: \"big\") {\n      history(first: $first, collapseSimilar: false) {\n        totalCount\n        edges {\n          node {\n            load {\n              id sequence loadedAt status trigger image git { commitHash commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              rollback { reason toLoad { sequence } }\n              assetChanges(first: 100) {\n                totalCount\n                edges {\n                  node {\n                    assetKey changeTypes\n                    codeVersion { old new }\n                    partitionsDefinition { old new }\n                    dependencies { added removed changed }\n                    tags { added { key new } removed { key old } changed { key old new } }\n                    metadata { added { key new } removed { key old } changed { key old new } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BigDashboardPageDocument,
    "\n  query BigAssetChangeHistory($first: Int) {\n    assetChangeHistory(assetKey: \"a\", first: $first) {\n      totalCount\n      edges { node { assetKey changeTypes codeVersion { old new } load { sequence image } project { name } } }\n    }\n  }\n": typeof types.BigAssetChangeHistoryDocument,
    "\n      query BigFirstLoadChanges($after: String) {\n        project(name: \"big\") {\n          history(first: 3, collapseSimilar: false, after: \"bG9hZDo0\") {\n            edges { node { load { sequence assetChanges(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { assetKey } } } } } }\n          }\n        }\n      }\n    ": typeof types.BigFirstLoadChangesDocument,
    "\n  mutation SetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) {\n      name\n      rollbackExecution\n    }\n  }\n": typeof types.SetExecutionDocument,
    "\n  mutation RequestRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        error\n        resultingLoad { id }\n        snapshotMatchesTarget\n      }\n      load { id sequence }\n    }\n  }\n": typeof types.RequestRollbackDocument,
    "\n  mutation Claim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback { id status claimedBy leaseExpiresAt toLoad { id sequence image } }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  mutation Renew($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) { id status leaseExpiresAt }\n  }\n": typeof types.RenewDocument,
    "\n  mutation Fail($input: FailRollbackInput!) {\n    failRollback(input: $input) { id status error finishedAt resultingLoad { id } }\n  }\n": typeof types.FailDocument,
    "\n  mutation Report($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        trigger\n        status\n        rollback { id status snapshotMatchesTarget snapshotDifferences error resultingLoad { id } }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  query OpenRollbacks {\n    deployments { name openRollbacks { id status } }\n  }\n": typeof types.OpenRollbacksDocument,
    "\n  subscription RollbackUpdated($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      rollback { id }\n    }\n  }\n": typeof types.RollbackUpdatedDocument,
    "\n  mutation RollbackProject($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        reason\n        requestedBy\n        createdAt\n        project { name }\n        fromLoad { sequence }\n        toLoad { sequence }\n        resultingLoad { sequence }\n      }\n      load {\n        id\n        sequence\n        status\n        trigger\n        image\n        git { repositoryUrl commitHash branch commitUrl }\n        metadata { key value }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n        rollback { id toLoad { sequence } }\n      }\n    }\n  }\n": typeof types.RollbackProjectDocument,
    "\n        query RolledBackHistory {\n          project(name: \"etl\") {\n            currentLoad { sequence trigger }\n            history { edges { node { collapsedCount load { sequence trigger } } } }\n          }\n        }\n      ": typeof types.RolledBackHistoryDocument,
    "\n        query EtlProjectId { project(name: \"etl\") { id } }\n      ": typeof types.EtlProjectIdDocument,
    "\n        query ConcurrentCurrentLoad { project(name: \"concurrent\") { currentLoad { sequence } } }\n      ": typeof types.ConcurrentCurrentLoadDocument,
    "\n  query LoadBySequence($project: String!, $sequence: Int!) {\n    project(name: $project) { load(sequence: $sequence) { id sequence status image } }\n  }\n": typeof types.LoadBySequenceDocument,
    "\n  query LoadAssets($project: String!, $sequence: Int!, $first: Int, $after: String, $keyPrefix: String) {\n    project(name: $project) {\n      load(sequence: $sequence) {\n        assets(first: $first, after: $after, keyPrefix: $keyPrefix) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { key codeVersion tags metadata dependencies partitionsDefinition partitionMappings } }\n        }\n      }\n    }\n  }\n": typeof types.LoadAssetsDocument,
    "\n  query CurrentAsset($project: String!, $key: String!, $changeTypes: [AssetChangeType!]) {\n    project(name: $project) {\n      asset(key: $key) {\n        key\n        codeVersion\n        tags\n        dependencies\n        changeHistory(changeTypes: $changeTypes) {\n          totalCount\n          edges { node { assetKey changeTypes load { sequence } tags { changed { key old new } } } }\n        }\n      }\n    }\n  }\n": typeof types.CurrentAssetDocument,
    "\n  query CompareLoads($project: String!, $from: ID!, $to: ID!, $first: Int, $after: String) {\n    project(name: $project) {\n      compareLoads(from: $from, to: $to) {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareLoadsDocument,
    "\n  query RollbackPreview($project: String!, $loadId: ID!) {\n    project(name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from { sequence image }\n        to { sequence image }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n": typeof types.RollbackPreviewDocument,
    "\n  mutation RollbackWithChanges($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"back to the first\" }) {\n      changes {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n      load {\n        sequence\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n": typeof types.RollbackWithChangesDocument,
    "\n  query HistoryRunChanges($project: String!, $collapse: Boolean) {\n    project(name: $project) {\n      history(first: 50, collapseSimilar: $collapse) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsChanged }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges(first: 50) { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryRunChangesDocument,
    "\n  subscription ProjectLoaded($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      id\n      sequence\n      status\n      trigger\n      project { name deployment { name } }\n      assetsAdded\n      assetsRemoved\n      assetsChanged\n      rollback { reason fromLoad { sequence } toLoad { sequence } resultingLoad { sequence } }\n    }\n  }\n": typeof types.ProjectLoadedDocument,
    "\n  mutation LiveRollback($id: ID!) {\n    rollbackProject(input: { loadId: $id, reason: \"bad deploy\" }) { load { sequence } }\n  }\n": typeof types.LiveRollbackDocument,
    "\n  mutation RevokeSoonRevoked { revokeApiToken(name: \"soon-revoked\") }\n": typeof types.RevokeSoonRevokedDocument,
    "\n  query ResumeCursors {\n    project(name: \"resume\") {\n      history(collapseSimilar: false, first: 4) { edges { node { loads { edges { cursor } } } } }\n    }\n  }\n": typeof types.ResumeCursorsDocument,
    "\n  subscription Flood { projectLoaded(project: \"flood\") { id metadata { key value } } }\n": typeof types.FloodDocument,
    "\n  subscription SseLoads { projectLoaded(project: \"sse\") { sequence project { name } } }\n": typeof types.SseLoadsDocument,
    "\n  subscription SseFlood { projectLoaded(project: \"sse-flood\") { id metadata { key value } } }\n": typeof types.SseFloodDocument,
    "\n  mutation RevokeLiveViewer { revokeApiToken(name: \"live-viewer\") }\n": typeof types.RevokeLiveViewerDocument,
    "\n  subscription SseRevoked { projectLoaded(project: \"revoked\") { sequence } }\n": typeof types.SseRevokedDocument,
    "\n  mutation ObservedRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n      }\n    }\n  }\n": typeof types.ObservedRecordDocument,
    "\n  mutation ObservedRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n": typeof types.ObservedRollbackDocument,
    "\n  query ObservedHistory($name: String!) {\n    project(name: $name) {\n      history(first: 5) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ObservedHistoryDocument,
    "\n  mutation ObservedCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": typeof types.ObservedCreateTokenDocument,
    "\n  mutation ObservedCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      policy {\n        id\n      }\n      signingSecret\n    }\n  }\n": typeof types.ObservedCreatePolicyDocument,
    "\n  mutation ObservedTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      status\n    }\n  }\n": typeof types.ObservedTestPolicyDocument,
    "\n  subscription ObservedWatch {\n    projectLoaded {\n      sequence\n    }\n  }\n": typeof types.ObservedWatchDocument,
    "\n  mutation RevokeEverywhere { revokeApiToken(name: \"revoked-everywhere\") }\n": typeof types.RevokeEverywhereDocument,
    "\n  subscription RevokedEverywhereSse { projectLoaded(project: \"revoked-everywhere\") { sequence } }\n": typeof types.RevokedEverywhereSseDocument,
    "\n      mutation InstancesRollback($id: ID!) {\n        rollbackProject(input: { loadId: $id }) { load { sequence } rollback { fromLoad { sequence } } }\n      }\n    ": typeof types.InstancesRollbackDocument,
    "\n        query MixedProjectState {\n          project(name: \"mixed\") {\n            loadCount\n            currentLoad { sequence }\n            history(collapseSimilar: false, first: 100) {\n              edges { node { load { sequence trigger rollback { fromLoad { sequence } } } } }\n            }\n          }\n        }\n      ": typeof types.MixedProjectStateDocument,
    "\n  query UiTestFailures {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      history(first: 100, collapseSimilar: false, status: FAILURE) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              error {\n                message\n                stack\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UiTestFailuresDocument,
    "\n  query UiTestLatest {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      currentLoad {\n        sequence\n        trigger\n        image\n        rollback {\n          reason\n          requestedBy\n          toLoad {\n            sequence\n          }\n        }\n      }\n    }\n  }\n": typeof types.UiTestLatestDocument,
    "\n  query UiTestAssetNow {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      asset(key: \"mart/mrr_monthly\") {\n        codeVersion\n        dependencies\n        partitionsDefinition\n        tags\n      }\n    }\n  }\n": typeof types.UiTestAssetNowDocument,
    "\n  mutation UiTestSetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) { rollbackExecution }\n  }\n": typeof types.UiTestSetExecutionDocument,
    "\n  mutation UiTestClaim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) { claimToken rollback { id status } }\n  }\n": typeof types.UiTestClaimDocument,
    "\n  query UiTestLoad58 {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      load(sequence: 58) {\n        id\n      }\n    }\n  }\n": typeof types.UiTestLoad58Document,
    "\n  query UiTestPreview($loadId: ID!) {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      rollbackPreview(loadId: $loadId) {\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n": typeof types.UiTestPreviewDocument,
};
const documents: Documents = {
    "\n  mutation CreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      signingSecret\n      policy { id name deployment project events webhookUrl format enabled }\n    }\n  }\n": types.CreateAlertPolicyDocument,
    "\n        mutation DisableAlertPolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { enabled } }\n      ": types.DisableAlertPolicyDocument,
    "\n        mutation AlertedRollback($id: ID!) {\n          rollbackProject(input: { loadId: $id, reason: \"bad <deploy> & more\" }) { load { id } }\n        }\n      ": types.AlertedRollbackDocument,
    "\n        query SlowPolicyNames { alertPolicies(deployment: \"slow\") { name } }\n      ": types.SlowPolicyNamesDocument,
    "\n  mutation UpdateAlertPolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id name project events webhookUrl format enabled }\n  }\n": types.UpdateAlertPolicyDocument,
    "\n  mutation DeleteAlertPolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": types.DeleteAlertPolicyDocument,
    "\n  mutation TestAlertPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      id event status attempts lastAttemptAt responseStatus lastError nextAttemptAt test\n      load { id sequence } policy { id name }\n    }\n  }\n": types.TestAlertPolicyDocument,
    "\n  query AlertPolicies($deployment: String) {\n    alertPolicies(deployment: $deployment) {\n      id name deployment project events webhookUrl format enabled createdAt createdBy\n      deliveries(first: 2) { totalCount edges { cursor node { id status event test } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.AlertPoliciesDocument,
    "\n        query PolicyNameByNode($id: ID!) { node(id: $id) { ... on AlertPolicy { name } } }\n      ": types.PolicyNameByNodeDocument,
    "\n        query AlertPolicyFieldNames { __type(name: \"AlertPolicy\") { fields { name } } }\n      ": types.AlertPolicyFieldNamesDocument,
    "\n        query DefaultDeploymentPolicyNames { alertPolicies { name } }\n      ": types.DefaultDeploymentPolicyNamesDocument,
    "\n      query GuardedNode($id: ID!) { node(id: $id) { id ... on AlertPolicy { webhookUrl } ... on AlertDelivery { status } } }\n    ": types.GuardedNodeDocument,
    "\n  mutation SsrfCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id webhookUrl } }\n  }\n": types.SsrfCreatePolicyDocument,
    "\n  mutation SsrfUpdatePolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id webhookUrl }\n  }\n": types.SsrfUpdatePolicyDocument,
    "\n  mutation SsrfTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) { id status attempts responseStatus errorClass lastError }\n  }\n": types.SsrfTestPolicyDocument,
    "\n  query SsrfDelivery($id: ID!) {\n    node(id: $id) { ... on AlertDelivery { status responseStatus errorClass lastError } }\n  }\n": types.SsrfDeliveryDocument,
    "\n  query SsrfListedDeliveries($deployment: String!) {\n    alertPolicies(deployment: $deployment) {\n      name\n      deliveries(first: 5) { edges { node { responseStatus errorClass lastError } } }\n    }\n  }\n": types.SsrfListedDeliveriesDocument,
    "\n  query CliTestLoadError($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        error {\n          message\n          stack\n        }\n      }\n    }\n  }\n": types.CliTestLoadErrorDocument,
    "\n  query DagsterAgentHistory($project: String!) {\n    project(deployment: \"prod\", name: $project) {\n      loadCount\n      history(first: 50, collapseSimilar: false) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              status\n              loadedAt\n              image\n              recordedBy\n              error {\n                message\n                stack\n              }\n              git {\n                commitHash\n                repositoryUrl\n              }\n              metadata {\n                key\n                value\n              }\n              assetsAdded\n              assetsRemoved\n              assetsChanged\n              assetChanges(first: 100) {\n                edges {\n                  node {\n                    assetKey\n                    changeTypes\n                    codeVersion {\n                      old\n                      new\n                    }\n                    partitionsDefinition {\n                      old\n                      new\n                    }\n                    dependencies {\n                      added\n                      removed\n                      changed\n                    }\n                    tags {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                    metadata {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DagsterAgentHistoryDocument,
    "\n  mutation DagsterSetExecution {\n    setRollbackExecution(input: { deployment: \"prod\", execution: EXECUTOR }) {\n      rollbackExecution\n    }\n  }\n": types.DagsterSetExecutionDocument,
    "\n  mutation DagsterRequestRollback($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"bad deploy\" }) {\n      rollback {\n        id\n        status\n      }\n      load {\n        id\n      }\n    }\n  }\n": types.DagsterRequestRollbackDocument,
    "\n  query DagsterRollbackState($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        status\n        error\n        claimedBy\n        snapshotMatchesTarget\n        snapshotDifferences\n        toLoad {\n          sequence\n        }\n        resultingLoad {\n          sequence\n          trigger\n          status\n          image\n          assetsAdded\n          assetsRemoved\n          assetsChanged\n        }\n      }\n    }\n  }\n": types.DagsterRollbackStateDocument,
    "\n        mutation E2eCreatePagerPolicy($url: String!) {\n          createAlertPolicy(input: { name: \"pager\", events: [PROJECT_LOAD_FAILED], webhookUrl: $url }) { signingSecret }\n        }\n      ": types.E2eCreatePagerPolicyDocument,
    "\n      mutation E2eRecordFailure($error: String!) {\n        recordProjectLoad(input: {\n          project: \"etl\", status: FAILURE, error: $error,\n          git: { repositoryUrl: \"https://github.com/acme/etl\", commitHash: \"0a1b2c3\" }\n        }) { load { id } }\n      }\n    ": types.E2eRecordFailureDocument,
    "\n  mutation DemoConcurrentRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n": types.DemoConcurrentRecordDocument,
    "\n  query DemoConcurrentHistory($name: String!) {\n    project(deployment: \"prod\", name: $name) {\n      history(first: 1, collapseSimilar: false) {\n        totalCount\n      }\n    }\n  }\n": types.DemoConcurrentHistoryDocument,
    "\n  query DemoConcurrentDeployments {\n    deployments {\n      name\n      projects(first: 20) {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DemoConcurrentDeploymentsDocument,
    "\n  mutation GraphiqlRecordLoad($project: String!) {\n    recordProjectLoad(input: { project: $project, assets: [] }) { load { sequence } }\n  }\n": types.GraphiqlRecordLoadDocument,
    "\n  query E2eViewer {\n    viewer {\n      name\n      roles {\n        role\n        deployment\n      }\n    }\n  }\n": types.E2eViewerDocument,
    "\n  mutation E2eRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n        assetsAdded\n      }\n    }\n  }\n": types.E2eRecordDocument,
    "\n  query E2eHistory($name: String!) {\n    project(name: $name) {\n      name\n      history {\n        edges {\n          node {\n            load {\n              sequence\n            }\n          }\n        }\n      }\n    }\n  }\n": types.E2eHistoryDocument,
    "\n  query E2eDeployments { deployments { name } }\n": types.E2eDeploymentsDocument,
    "\n  mutation Record($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        status\n        trigger\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n": types.RecordDocument,
    "\n  query AbuseLoads { project(deployment: \"prod\", name: \"etl\") { history(first: 5) { edges { node { lastSequence } } } } }\n": types.AbuseLoadsDocument,
    "\n  query AuthReadProject($deployment: String!) { project(deployment: $deployment, name: \"etl\") { name } }\n": types.AuthReadProjectDocument,
    "\n  query AuthDeploymentNames { deployments { name } }\n": types.AuthDeploymentNamesDocument,
    "\n        query AuthIntrospectionAndViewer { __schema { queryType { name } } viewer { name } }\n      ": types.AuthIntrospectionAndViewerDocument,
    "\n        query AuthViewerRoles { viewer { name roles { role deployment } } }\n      ": types.AuthViewerRolesDocument,
    "\n        query AuthLatestRecordedBy { project(name: \"etl\") { latestLoad { recordedBy } } }\n      ": types.AuthLatestRecordedByDocument,
    "\n        query AuthNodeById($id: ID!) { node(id: $id) { id } }\n      ": types.AuthNodeByIdDocument,
    "\n        query AuthProdAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount } }\n      ": types.AuthProdAssetChangeHistoryDocument,
    "\n        query AuthProjects { projects { totalCount edges { node { name deployment { name } } } } }\n      ": types.AuthProjectsDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token name } }\n": types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($name: String!) { revokeApiToken(name: $name) }\n": types.AuthRevokeApiTokenDocument,
    "\n  query DemoDeployments {\n    deployments {\n      name\n      projects(first: 20) { totalCount edges { node { name } } }\n    }\n  }\n": types.DemoDeploymentsDocument,
    "\n  query DemoHistory($deployment: String!, $name: String!, $collapse: Boolean!, $after: String) {\n    project(deployment: $deployment, name: $name) {\n      currentLoad { sequence trigger }\n      history(first: 100, after: $after, collapseSimilar: $collapse) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            collapsedCount\n            load {\n              sequence\n              loadedAt\n              status\n              trigger\n              image\n              error { message stack }\n              git { repositoryUrl commitHash branch commitUrl }\n              metadata { key value }\n              assetChanges(first: 100) { totalCount edges { node { assetKey changeTypes } } }\n              rollback { reason requestedBy fromLoad { sequence } toLoad { sequence image } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DemoHistoryDocument,
    "\n  query DemoAssetChangeHistory {\n    assetChangeHistory(assetKey: \"mart/revenue_daily\", project: \"analytics\", changeTypes: [DEPENDENCIES]) {\n      totalCount\n      edges { node { changeTypes dependencies { added } } }\n    }\n  }\n": types.DemoAssetChangeHistoryDocument,
    "\n  query DemoRunChanges($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      history(first: 100) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsAdded assetsChanged }\n            assetsAdded\n            assetsChanged\n            assetChanges(first: 100) { totalCount edges { node { assetKey load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": types.DemoRunChangesDocument,
    "\n  mutation DemoCreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id } }\n  }\n": types.DemoCreateAlertPolicyDocument,
    "\n  query IsolationProdObjects {\n    project(deployment: \"prod\", name: \"etl\") {\n      id\n      deployment { id }\n      history(first: 10, collapseSimilar: false) {\n        edges { node { load { id trigger rollback { id } assetChanges(first: 1) { edges { node { id } } } } } }\n      }\n    }\n    alertPolicies(deployment: \"prod\") { id deliveries(first: 1) { edges { node { id } } } }\n  }\n": types.IsolationProdObjectsDocument,
    "\n      mutation IsolationCreatePolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n    ": types.IsolationCreatePolicyDocument,
    "\n      mutation IsolationRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n    ": types.IsolationRollbackDocument,
    "query IsolationProject { project(deployment: \"prod\", name: \"etl\") { id name } }": types.IsolationProjectDocument,
    "query IsolationProjectsOfProd { projects(deployment: \"prod\") { totalCount edges { node { id } } } }": types.IsolationProjectsOfProdDocument,
    "\n        query IsolationAllProjects {\n          projects { totalCount edges { node { deployment { name } latestLoad { project { deployment { name } } } } } }\n        }\n      ": types.IsolationAllProjectsDocument,
    "query IsolationDeployments { deployments { name projects { totalCount edges { node { name } } } } }": types.IsolationDeploymentsDocument,
    "\n        query IsolationAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount edges { node { id } } } }\n      ": types.IsolationAssetChangeHistoryDocument,
    "query IsolationAlertPolicies { alertPolicies(deployment: \"prod\") { id name } }": types.IsolationAlertPoliciesDocument,
    "query IsolationApiTokens { apiTokens(deployment: \"prod\") { name role } }": types.IsolationApiTokensDocument,
    "query IsolationViewer { viewer { name roles { role deployment } } }": types.IsolationViewerDocument,
    "\n        mutation IsolationRecord($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }\n      ": types.IsolationRecordDocument,
    "\n        mutation IsolationRollbackProd($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n      ": types.IsolationRollbackProdDocument,
    "\n        mutation IsolationSetExecution($input: SetRollbackExecutionInput!) { setRollbackExecution(input: $input) { id } }\n      ": types.IsolationSetExecutionDocument,
    "\n        mutation IsolationClaim($input: ClaimRollbackInput!) { claimRollback(input: $input) { claimToken } }\n      ": types.IsolationClaimDocument,
    "\n        mutation IsolationRenew($input: RenewRollbackLeaseInput!) { renewRollbackLease(input: $input) { id status } }\n      ": types.IsolationRenewDocument,
    "\n        mutation IsolationFail($input: FailRollbackInput!) { failRollback(input: $input) { id status } }\n      ": types.IsolationFailDocument,
    "\n        mutation IsolationCreateProdPolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n      ": types.IsolationCreateProdPolicyDocument,
    "\n        mutation IsolationUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id webhookUrl } }\n      ": types.IsolationUpdatePolicyDocument,
    "mutation IsolationDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }": types.IsolationDeletePolicyDocument,
    "mutation IsolationTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id load { id } } }": types.IsolationTestPolicyDocument,
    "\n        mutation IsolationCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n      ": types.IsolationCreateTokenDocument,
    "mutation IsolationRevokeToken($name: String!) { revokeApiToken(name: $name) }": types.IsolationRevokeTokenDocument,
    "\n  query IsolationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project { name }\n      ... on ProjectLoad { sequence project { name } }\n      ... on AssetChange { assetKey load { id } }\n      ... on Rollback { reason project { name } }\n      ... on Deployment { name projects { totalCount } }\n      ... on AlertPolicy { name webhookUrl }\n      ... on AlertDelivery { status load { id } policy { name } }\n    }\n  }\n": types.IsolationNodeDocument,
    "\n  subscription IsolationRollbackUpdated($deployment: String, $rollbackId: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId) { id status }\n  }\n": types.IsolationRollbackUpdatedDocument,
    "\n  query ErrorsProjectName { project(name: \"etl\") { name } }\n": types.ErrorsProjectNameDocument,
    "\n  query HistoryPage($deployment: String, $name: String!, $first: Int, $after: String, $collapse: Boolean, $status: LoadStatus) {\n    project(deployment: $deployment, name: $name) {\n      history(first: $first, after: $after, collapseSimilar: $collapse, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstLoadedAt\n            lastLoadedAt\n            load { sequence status trigger }\n            loads(first: 100) { totalCount edges { node { sequence } } }\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": types.HistoryPageDocument,
    "\n      query LoadsOfOneEntry($entry: String, $after: String) {\n        project(name: \"paged\") {\n          history(first: 1, after: $entry) {\n            edges { node { loads(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { sequence } } } } }\n          }\n        }\n      }\n    ": types.LoadsOfOneEntryDocument,
    "\n  mutation PropertyRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n": types.PropertyRollbackDocument,
    "\n  mutation PropertyUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id name } }\n": types.PropertyUpdatePolicyDocument,
    "\n  mutation PropertyDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": types.PropertyDeletePolicyDocument,
    "\n  mutation PropertyTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id errorClass } }\n": types.PropertyTestPolicyDocument,
    "\n  mutation PropertyCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n": types.PropertyCreateTokenDocument,
    "\n  mutation PropertyRevokeToken($name: String!) { revokeApiToken(name: $name) }\n": types.PropertyRevokeTokenDocument,
    "\n    query PropertyPageProjects($first: Int, $after: String) { projects(first: $first, after: $after) { totalCount edges { cursor } } }\n  ": types.PropertyPageProjectsDocument,
    "\n    query PropertyPageDeploymentProjects($first: Int, $after: String) {\n      deployments { projects(first: $first, after: $after) { edges { cursor } } }\n    }\n  ": types.PropertyPageDeploymentProjectsDocument,
    "\n    query PropertyPageHistory($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: $first, after: $after) { totalCount edges { cursor } } }\n    }\n  ": types.PropertyPageHistoryDocument,
    "\n    query PropertyPageLoads($first: Int, $after: String) {\n      project(name: \"etl\") {\n        history(first: $first, after: $after, collapseSimilar: false) { edges { cursor } }\n        latestLoad { id }\n      }\n    }\n  ": types.PropertyPageLoadsDocument,
    "\n    query PropertyPageEntryLoads($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: 1) { edges { node { loads(first: $first, after: $after) { edges { cursor } } } } } }\n    }\n  ": types.PropertyPageEntryLoadsDocument,
    "\n    query PropertyPageChanges($first: Int, $after: String) {\n      project(name: \"etl\") { currentLoad { assetChanges(first: $first, after: $after) { totalCount edges { cursor } } } }\n    }\n  ": types.PropertyPageChangesDocument,
    "\n    query PropertyPageAssetHistory($first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"raw/orders\", first: $first, after: $after) { totalCount edges { cursor } }\n    }\n  ": types.PropertyPageAssetHistoryDocument,
    "\n    query PropertyPageDeliveries($first: Int, $after: String) { alertPolicies { deliveries(first: $first, after: $after) { totalCount } } }\n  ": types.PropertyPageDeliveriesDocument,
    "\n    query PropertyNode($id: ID!) { node(id: $id) { __typename id } }\n  ": types.PropertyNodeDocument,
    "\n    query PropertyProjectByName($deployment: String, $name: String!) { project(deployment: $deployment, name: $name) { name } }\n  ": types.PropertyProjectByNameDocument,
    "\n    query PropertyProjectsOf($deployment: String) { projects(deployment: $deployment) { totalCount } }\n  ": types.PropertyProjectsOfDocument,
    "\n    query PropertyAssetHistoryOf($deployment: String, $name: String, $assetKey: String!) {\n      assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $name) { totalCount }\n    }\n  ": types.PropertyAssetHistoryOfDocument,
    "\n    query PropertyPoliciesOf($deployment: String) { alertPolicies(deployment: $deployment) { name } }\n  ": types.PropertyPoliciesOfDocument,
    "\n  query PropertyIds {\n    project(name: \"etl\") {\n      id\n      deployment { id }\n      history(collapseSimilar: false) { edges { node { load { id assetChanges { edges { node { id } } } } } } }\n    }\n  }\n": types.PropertyIdsDocument,
    "\n  query InputsNode($id: ID!) { node(id: $id) { __typename id } }\n": types.InputsNodeDocument,
    "\n  query InputsProject($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) { name loadCount }\n  }\n": types.InputsProjectDocument,
    "\n  query InputsProjects($deployment: String, $after: String) { projects(deployment: $deployment, after: $after) { totalCount } }\n": types.InputsProjectsDocument,
    "\n  query InputsAssetHistory($assetKey: String!, $deployment: String, $project: String, $after: String) {\n    assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $project, after: $after) { totalCount }\n  }\n": types.InputsAssetHistoryDocument,
    "\n  query InputsPolicies($deployment: String) { alertPolicies(deployment: $deployment) { id } }\n": types.InputsPoliciesDocument,
    "\n  query InputsPages($after: String, $collapse: Boolean) {\n    project(name: \"etl\") {\n      history(after: $after, collapseSimilar: $collapse) { edges { cursor } }\n      latestLoad { assetChanges(after: $after) { edges { cursor } } }\n    }\n  }\n": types.InputsPagesDocument,
    "\n  query InputsEntryLoads($after: String) {\n    project(name: \"etl\") { history(first: 1) { edges { node { loads(after: $after) { edges { cursor } } } } } }\n  }\n": types.InputsEntryLoadsDocument,
    "\n  query InputsDeliveries($after: String) { alertPolicies { deliveries(after: $after) { totalCount } } }\n": types.InputsDeliveriesDocument,
    "\n  query InputsLoadedAt($name: String!) { project(name: $name) { latestLoad { loadedAt git { repositoryUrl } } } }\n": types.InputsLoadedAtDocument,
    "\n  mutation InputsRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { sequence } } }\n": types.InputsRollbackDocument,
    "\n  mutation InputsUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id } }\n": types.InputsUpdatePolicyDocument,
    "\n  mutation InputsDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n": types.InputsDeletePolicyDocument,
    "\n  mutation InputsTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id } }\n": types.InputsTestPolicyDocument,
    "\n  mutation InputsCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n": types.InputsCreateTokenDocument,
    "\n  mutation InputsRevokeToken($name: String!) { revokeApiToken(name: $name) }\n": types.InputsRevokeTokenDocument,
    "\n  query InputsLoadIds($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      id\n      deployment { id }\n      latestLoad { id rollback { id } }\n      history(first: 5, collapseSimilar: false) { edges { node { load { id sequence assetChanges { edges { node { id } } } } } } }\n    }\n  }\n": types.InputsLoadIdsDocument,
    "\n  query AssetChangesOfLoad($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssetChangesOfLoadDocument,
    "\n          query CommitLinkOfProject($name: String!) {\n            project(deployment: \"vectors\", name: $name) { latestLoad { git { repositoryUrl commitHash commitUrl } } }\n          }\n        ": types.CommitLinkOfProjectDocument,
    "\n        query LatestAndCurrentLoad {\n          project(deployment: \"staging\", name: \"web\") {\n            name updatedAt deployment { name }\n            latestLoad { sequence status error { message stack } }\n            currentLoad { sequence metadata { key value } loadedAt image git { commitUrl } error { message } }\n          }\n        }\n      ": types.LatestAndCurrentLoadDocument,
    "\n        query MissingProject { project(deployment: \"staging\", name: \"nope\") { name } }\n      ": types.MissingProjectDocument,
    "\n        query IdsOfEveryNodeType {\n          project(deployment: \"staging\", name: \"web\") {\n            id\n            deployment { id }\n            currentLoad { id assetChanges { edges { node { id } } } }\n          }\n        }\n      ": types.IdsOfEveryNodeTypeDocument,
    "\n          query NodeTypename($id: ID!) { node(id: $id) { __typename id } }\n        ": types.NodeTypenameDocument,
    "\n        query UnknownNode($id: ID!) { node(id: $id) { id } }\n      ": types.UnknownNodeDocument,
    "\n      query MalformedNodeId { node(id: \"!!\") { id } }\n    ": types.MalformedNodeIdDocument,
    "\n        query ListedDeployments { deployments { name } }\n      ": types.ListedDeploymentsDocument,
    "\n        query FirstVectorProjects {\n          projects(deployment: \"vectors\", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }\n        }\n      ": types.FirstVectorProjectsDocument,
    "\n        query NextVectorProjects($after: String) {\n          projects(deployment: \"vectors\", first: 2, after: $after) { edges { node { name } } }\n        }\n      ": types.NextVectorProjectsDocument,
    "\n        query AllProjectsCount { projects { totalCount } }\n      ": types.AllProjectsCountDocument,
    "\n        query ProjectCountPerDeployment { deployments { name projects { totalCount } } }\n      ": types.ProjectCountPerDeploymentDocument,
    "\n    query RevenueChangeHistory($project: String, $types: [AssetChangeType!], $first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"mart/revenue\", project: $project, changeTypes: $types, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { changeTypes project { name } load { sequence } changedAt } }\n      }\n    }\n  ": types.RevenueChangeHistoryDocument,
    "\n  query BigHistoryPage($first: Int, $collapse: Boolean) {\n    project(name: \"big\") {\n      name\n      latestLoad { sequence }\n      currentLoad { sequence }\n      history(first: $first, collapseSimilar: $collapse) {\n        totalCount\n        edges {\n          node {\n            collapsedCount\n            load {\n              id sequence status image error { message } git { commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              project { name }\n            }\n            loads(first: 5) { totalCount edges { node { sequence assetsChanged } } }\n          }\n        }\n      }\n    }\n  }\n": types.BigHistoryPageDocument,
    "\n  query BigDashboardPage($first: Int) {\n    project(name: \"big\") {\n      history(first: $first, collapseSimilar: false) {\n        totalCount\n        edges {\n          node {\n            load {\n              id sequence loadedAt status trigger image git { commitHash commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              rollback { reason toLoad { sequence } }\n              assetChanges(first: 100) {\n                totalCount\n                edges {\n                  node {\n                    assetKey changeTypes\n                    codeVersion { old new }\n                    partitionsDefinition { old new }\n                    dependencies { added removed changed }\n                    tags { added { key new } removed { key old } changed { key old new } }\n                    metadata { added { key new } removed { key old } changed { key old new } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BigDashboardPageDocument,
    "\n  query BigAssetChangeHistory($first: Int) {\n    assetChangeHistory(assetKey: \"a\", first: $first) {\n      totalCount\n      edges { node { assetKey changeTypes codeVersion { old new } load { sequence image } project { name } } }\n    }\n  }\n": types.BigAssetChangeHistoryDocument,
    "\n      query BigFirstLoadChanges($after: String) {\n        project(name: \"big\") {\n          history(first: 3, collapseSimilar: false, after: \"bG9hZDo0\") {\n            edges { node { load { sequence assetChanges(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { assetKey } } } } } }\n          }\n        }\n      }\n    ": types.BigFirstLoadChangesDocument,
    "\n  mutation SetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) {\n      name\n      rollbackExecution\n    }\n  }\n": types.SetExecutionDocument,
    "\n  mutation RequestRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        error\n        resultingLoad { id }\n        snapshotMatchesTarget\n      }\n      load { id sequence }\n    }\n  }\n": types.RequestRollbackDocument,
    "\n  mutation Claim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback { id status claimedBy leaseExpiresAt toLoad { id sequence image } }\n    }\n  }\n": types.ClaimDocument,
    "\n  mutation Renew($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) { id status leaseExpiresAt }\n  }\n": types.RenewDocument,
    "\n  mutation Fail($input: FailRollbackInput!) {\n    failRollback(input: $input) { id status error finishedAt resultingLoad { id } }\n  }\n": types.FailDocument,
    "\n  mutation Report($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        trigger\n        status\n        rollback { id status snapshotMatchesTarget snapshotDifferences error resultingLoad { id } }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  query OpenRollbacks {\n    deployments { name openRollbacks { id status } }\n  }\n": types.OpenRollbacksDocument,
    "\n  subscription RollbackUpdated($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      rollback { id }\n    }\n  }\n": types.RollbackUpdatedDocument,
    "\n  mutation RollbackProject($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        reason\n        requestedBy\n        createdAt\n        project { name }\n        fromLoad { sequence }\n        toLoad { sequence }\n        resultingLoad { sequence }\n      }\n      load {\n        id\n        sequence\n        status\n        trigger\n        image\n        git { repositoryUrl commitHash branch commitUrl }\n        metadata { key value }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n        rollback { id toLoad { sequence } }\n      }\n    }\n  }\n": types.RollbackProjectDocument,
    "\n        query RolledBackHistory {\n          project(name: \"etl\") {\n            currentLoad { sequence trigger }\n            history { edges { node { collapsedCount load { sequence trigger } } } }\n          }\n        }\n      ": types.RolledBackHistoryDocument,
    "\n        query EtlProjectId { project(name: \"etl\") { id } }\n      ": types.EtlProjectIdDocument,
    "\n        query ConcurrentCurrentLoad { project(name: \"concurrent\") { currentLoad { sequence } } }\n      ": types.ConcurrentCurrentLoadDocument,
    "\n  query LoadBySequence($project: String!, $sequence: Int!) {\n    project(name: $project) { load(sequence: $sequence) { id sequence status image } }\n  }\n": types.LoadBySequenceDocument,
    "\n  query LoadAssets($project: String!, $sequence: Int!, $first: Int, $after: String, $keyPrefix: String) {\n    project(name: $project) {\n      load(sequence: $sequence) {\n        assets(first: $first, after: $after, keyPrefix: $keyPrefix) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { key codeVersion tags metadata dependencies partitionsDefinition partitionMappings } }\n        }\n      }\n    }\n  }\n": types.LoadAssetsDocument,
    "\n  query CurrentAsset($project: String!, $key: String!, $changeTypes: [AssetChangeType!]) {\n    project(name: $project) {\n      asset(key: $key) {\n        key\n        codeVersion\n        tags\n        dependencies\n        changeHistory(changeTypes: $changeTypes) {\n          totalCount\n          edges { node { assetKey changeTypes load { sequence } tags { changed { key old new } } } }\n        }\n      }\n    }\n  }\n": types.CurrentAssetDocument,
    "\n  query CompareLoads($project: String!, $from: ID!, $to: ID!, $first: Int, $after: String) {\n    project(name: $project) {\n      compareLoads(from: $from, to: $to) {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CompareLoadsDocument,
    "\n  query RollbackPreview($project: String!, $loadId: ID!) {\n    project(name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from { sequence image }\n        to { sequence image }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n": types.RollbackPreviewDocument,
    "\n  mutation RollbackWithChanges($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"back to the first\" }) {\n      changes {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n      load {\n        sequence\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n": types.RollbackWithChangesDocument,
    "\n  query HistoryRunChanges($project: String!, $collapse: Boolean) {\n    project(name: $project) {\n      history(first: 50, collapseSimilar: $collapse) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsChanged }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges(first: 50) { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n": types.HistoryRunChangesDocument,
    "\n  subscription ProjectLoaded($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      id\n      sequence\n      status\n      trigger\n      project { name deployment { name } }\n      assetsAdded\n      assetsRemoved\n      assetsChanged\n      rollback { reason fromLoad { sequence } toLoad { sequence } resultingLoad { sequence } }\n    }\n  }\n": types.ProjectLoadedDocument,
    "\n  mutation LiveRollback($id: ID!) {\n    rollbackProject(input: { loadId: $id, reason: \"bad deploy\" }) { load { sequence } }\n  }\n": types.LiveRollbackDocument,
    "\n  mutation RevokeSoonRevoked { revokeApiToken(name: \"soon-revoked\") }\n": types.RevokeSoonRevokedDocument,
    "\n  query ResumeCursors {\n    project(name: \"resume\") {\n      history(collapseSimilar: false, first: 4) { edges { node { loads { edges { cursor } } } } }\n    }\n  }\n": types.ResumeCursorsDocument,
    "\n  subscription Flood { projectLoaded(project: \"flood\") { id metadata { key value } } }\n": types.FloodDocument,
    "\n  subscription SseLoads { projectLoaded(project: \"sse\") { sequence project { name } } }\n": types.SseLoadsDocument,
    "\n  subscription SseFlood { projectLoaded(project: \"sse-flood\") { id metadata { key value } } }\n": types.SseFloodDocument,
    "\n  mutation RevokeLiveViewer { revokeApiToken(name: \"live-viewer\") }\n": types.RevokeLiveViewerDocument,
    "\n  subscription SseRevoked { projectLoaded(project: \"revoked\") { sequence } }\n": types.SseRevokedDocument,
    "\n  mutation ObservedRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n      }\n    }\n  }\n": types.ObservedRecordDocument,
    "\n  mutation ObservedRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n": types.ObservedRollbackDocument,
    "\n  query ObservedHistory($name: String!) {\n    project(name: $name) {\n      history(first: 5) {\n        totalCount\n      }\n    }\n  }\n": types.ObservedHistoryDocument,
    "\n  mutation ObservedCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": types.ObservedCreateTokenDocument,
    "\n  mutation ObservedCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      policy {\n        id\n      }\n      signingSecret\n    }\n  }\n": types.ObservedCreatePolicyDocument,
    "\n  mutation ObservedTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      status\n    }\n  }\n": types.ObservedTestPolicyDocument,
    "\n  subscription ObservedWatch {\n    projectLoaded {\n      sequence\n    }\n  }\n": types.ObservedWatchDocument,
    "\n  mutation RevokeEverywhere { revokeApiToken(name: \"revoked-everywhere\") }\n": types.RevokeEverywhereDocument,
    "\n  subscription RevokedEverywhereSse { projectLoaded(project: \"revoked-everywhere\") { sequence } }\n": types.RevokedEverywhereSseDocument,
    "\n      mutation InstancesRollback($id: ID!) {\n        rollbackProject(input: { loadId: $id }) { load { sequence } rollback { fromLoad { sequence } } }\n      }\n    ": types.InstancesRollbackDocument,
    "\n        query MixedProjectState {\n          project(name: \"mixed\") {\n            loadCount\n            currentLoad { sequence }\n            history(collapseSimilar: false, first: 100) {\n              edges { node { load { sequence trigger rollback { fromLoad { sequence } } } } }\n            }\n          }\n        }\n      ": types.MixedProjectStateDocument,
    "\n  query UiTestFailures {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      history(first: 100, collapseSimilar: false, status: FAILURE) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              error {\n                message\n                stack\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UiTestFailuresDocument,
    "\n  query UiTestLatest {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      currentLoad {\n        sequence\n        trigger\n        image\n        rollback {\n          reason\n          requestedBy\n          toLoad {\n            sequence\n          }\n        }\n      }\n    }\n  }\n": types.UiTestLatestDocument,
    "\n  query UiTestAssetNow {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      asset(key: \"mart/mrr_monthly\") {\n        codeVersion\n        dependencies\n        partitionsDefinition\n        tags\n      }\n    }\n  }\n": types.UiTestAssetNowDocument,
    "\n  mutation UiTestSetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) { rollbackExecution }\n  }\n": types.UiTestSetExecutionDocument,
    "\n  mutation UiTestClaim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) { claimToken rollback { id status } }\n  }\n": types.UiTestClaimDocument,
    "\n  query UiTestLoad58 {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      load(sequence: 58) {\n        id\n      }\n    }\n  }\n": types.UiTestLoad58Document,
    "\n  query UiTestPreview($loadId: ID!) {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      rollbackPreview(loadId: $loadId) {\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n": types.UiTestPreviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      signingSecret\n      policy { id name deployment project events webhookUrl format enabled }\n    }\n  }\n"): typeof import('./graphql').CreateAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DisableAlertPolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { enabled } }\n      "): typeof import('./graphql').DisableAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AlertedRollback($id: ID!) {\n          rollbackProject(input: { loadId: $id, reason: \"bad <deploy> & more\" }) { load { id } }\n        }\n      "): typeof import('./graphql').AlertedRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SlowPolicyNames { alertPolicies(deployment: \"slow\") { name } }\n      "): typeof import('./graphql').SlowPolicyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertPolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id name project events webhookUrl format enabled }\n  }\n"): typeof import('./graphql').UpdateAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAlertPolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n"): typeof import('./graphql').DeleteAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAlertPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      id event status attempts lastAttemptAt responseStatus lastError nextAttemptAt test\n      load { id sequence } policy { id name }\n    }\n  }\n"): typeof import('./graphql').TestAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertPolicies($deployment: String) {\n    alertPolicies(deployment: $deployment) {\n      id name deployment project events webhookUrl format enabled createdAt createdBy\n      deliveries(first: 2) { totalCount edges { cursor node { id status event test } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): typeof import('./graphql').AlertPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyNameByNode($id: ID!) { node(id: $id) { ... on AlertPolicy { name } } }\n      "): typeof import('./graphql').PolicyNameByNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AlertPolicyFieldNames { __type(name: \"AlertPolicy\") { fields { name } } }\n      "): typeof import('./graphql').AlertPolicyFieldNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DefaultDeploymentPolicyNames { alertPolicies { name } }\n      "): typeof import('./graphql').DefaultDeploymentPolicyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GuardedNode($id: ID!) { node(id: $id) { id ... on AlertPolicy { webhookUrl } ... on AlertDelivery { status } } }\n    "): typeof import('./graphql').GuardedNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id webhookUrl } }\n  }\n"): typeof import('./graphql').SsrfCreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfUpdatePolicy($input: UpdateAlertPolicyInput!) {\n    updateAlertPolicy(input: $input) { id webhookUrl }\n  }\n"): typeof import('./graphql').SsrfUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsrfTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) { id status attempts responseStatus errorClass lastError }\n  }\n"): typeof import('./graphql').SsrfTestPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsrfDelivery($id: ID!) {\n    node(id: $id) { ... on AlertDelivery { status responseStatus errorClass lastError } }\n  }\n"): typeof import('./graphql').SsrfDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsrfListedDeliveries($deployment: String!) {\n    alertPolicies(deployment: $deployment) {\n      name\n      deliveries(first: 5) { edges { node { responseStatus errorClass lastError } } }\n    }\n  }\n"): typeof import('./graphql').SsrfListedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliTestLoadError($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        error {\n          message\n          stack\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliTestLoadErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DagsterAgentHistory($project: String!) {\n    project(deployment: \"prod\", name: $project) {\n      loadCount\n      history(first: 50, collapseSimilar: false) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              status\n              loadedAt\n              image\n              recordedBy\n              error {\n                message\n                stack\n              }\n              git {\n                commitHash\n                repositoryUrl\n              }\n              metadata {\n                key\n                value\n              }\n              assetsAdded\n              assetsRemoved\n              assetsChanged\n              assetChanges(first: 100) {\n                edges {\n                  node {\n                    assetKey\n                    changeTypes\n                    codeVersion {\n                      old\n                      new\n                    }\n                    partitionsDefinition {\n                      old\n                      new\n                    }\n                    dependencies {\n                      added\n                      removed\n                      changed\n                    }\n                    tags {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                    metadata {\n                      added {\n                        key\n                        old\n                        new\n                      }\n                      removed {\n                        key\n                        old\n                        new\n                      }\n                      changed {\n                        key\n                        old\n                        new\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DagsterAgentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DagsterSetExecution {\n    setRollbackExecution(input: { deployment: \"prod\", execution: EXECUTOR }) {\n      rollbackExecution\n    }\n  }\n"): typeof import('./graphql').DagsterSetExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DagsterRequestRollback($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"bad deploy\" }) {\n      rollback {\n        id\n        status\n      }\n      load {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DagsterRequestRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DagsterRollbackState($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        status\n        error\n        claimedBy\n        snapshotMatchesTarget\n        snapshotDifferences\n        toLoad {\n          sequence\n        }\n        resultingLoad {\n          sequence\n          trigger\n          status\n          image\n          assetsAdded\n          assetsRemoved\n          assetsChanged\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DagsterRollbackStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation E2eCreatePagerPolicy($url: String!) {\n          createAlertPolicy(input: { name: \"pager\", events: [PROJECT_LOAD_FAILED], webhookUrl: $url }) { signingSecret }\n        }\n      "): typeof import('./graphql').E2eCreatePagerPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation E2eRecordFailure($error: String!) {\n        recordProjectLoad(input: {\n          project: \"etl\", status: FAILURE, error: $error,\n          git: { repositoryUrl: \"https://github.com/acme/etl\", commitHash: \"0a1b2c3\" }\n        }) { load { id } }\n      }\n    "): typeof import('./graphql').E2eRecordFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoConcurrentRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n"): typeof import('./graphql').DemoConcurrentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoConcurrentHistory($name: String!) {\n    project(deployment: \"prod\", name: $name) {\n      history(first: 1, collapseSimilar: false) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').DemoConcurrentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoConcurrentDeployments {\n    deployments {\n      name\n      projects(first: 20) {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemoConcurrentDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraphiqlRecordLoad($project: String!) {\n    recordProjectLoad(input: { project: $project, assets: [] }) { load { sequence } }\n  }\n"): typeof import('./graphql').GraphiqlRecordLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eViewer {\n    viewer {\n      name\n      roles {\n        role\n        deployment\n      }\n    }\n  }\n"): typeof import('./graphql').E2eViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        sequence\n        assetsAdded\n      }\n    }\n  }\n"): typeof import('./graphql').E2eRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eHistory($name: String!) {\n    project(name: $name) {\n      name\n      history {\n        edges {\n          node {\n            load {\n              sequence\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').E2eHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eDeployments { deployments { name } }\n"): typeof import('./graphql').E2eDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Record($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        status\n        trigger\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n"): typeof import('./graphql').RecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbuseLoads { project(deployment: \"prod\", name: \"etl\") { history(first: 5) { edges { node { lastSequence } } } } }\n"): typeof import('./graphql').AbuseLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthReadProject($deployment: String!) { project(deployment: $deployment, name: \"etl\") { name } }\n"): typeof import('./graphql').AuthReadProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthDeploymentNames { deployments { name } }\n"): typeof import('./graphql').AuthDeploymentNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthIntrospectionAndViewer { __schema { queryType { name } } viewer { name } }\n      "): typeof import('./graphql').AuthIntrospectionAndViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthViewerRoles { viewer { name roles { role deployment } } }\n      "): typeof import('./graphql').AuthViewerRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthLatestRecordedBy { project(name: \"etl\") { latestLoad { recordedBy } } }\n      "): typeof import('./graphql').AuthLatestRecordedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthNodeById($id: ID!) { node(id: $id) { id } }\n      "): typeof import('./graphql').AuthNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthProdAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount } }\n      "): typeof import('./graphql').AuthProdAssetChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthProjects { projects { totalCount edges { node { name deployment { name } } } } }\n      "): typeof import('./graphql').AuthProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token name } }\n"): typeof import('./graphql').AuthCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeApiToken($name: String!) { revokeApiToken(name: $name) }\n"): typeof import('./graphql').AuthRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoDeployments {\n    deployments {\n      name\n      projects(first: 20) { totalCount edges { node { name } } }\n    }\n  }\n"): typeof import('./graphql').DemoDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoHistory($deployment: String!, $name: String!, $collapse: Boolean!, $after: String) {\n    project(deployment: $deployment, name: $name) {\n      currentLoad { sequence trigger }\n      history(first: 100, after: $after, collapseSimilar: $collapse) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            collapsedCount\n            load {\n              sequence\n              loadedAt\n              status\n              trigger\n              image\n              error { message stack }\n              git { repositoryUrl commitHash branch commitUrl }\n              metadata { key value }\n              assetChanges(first: 100) { totalCount edges { node { assetKey changeTypes } } }\n              rollback { reason requestedBy fromLoad { sequence } toLoad { sequence image } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemoHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAssetChangeHistory {\n    assetChangeHistory(assetKey: \"mart/revenue_daily\", project: \"analytics\", changeTypes: [DEPENDENCIES]) {\n      totalCount\n      edges { node { changeTypes dependencies { added } } }\n    }\n  }\n"): typeof import('./graphql').DemoAssetChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoRunChanges($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      history(first: 100) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsAdded assetsChanged }\n            assetsAdded\n            assetsChanged\n            assetChanges(first: 100) { totalCount edges { node { assetKey load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemoRunChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoCreateAlertPolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) { policy { id } }\n  }\n"): typeof import('./graphql').DemoCreateAlertPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationProdObjects {\n    project(deployment: \"prod\", name: \"etl\") {\n      id\n      deployment { id }\n      history(first: 10, collapseSimilar: false) {\n        edges { node { load { id trigger rollback { id } assetChanges(first: 1) { edges { node { id } } } } } }\n      }\n    }\n    alertPolicies(deployment: \"prod\") { id deliveries(first: 1) { edges { node { id } } } }\n  }\n"): typeof import('./graphql').IsolationProdObjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationCreatePolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n    "): typeof import('./graphql').IsolationCreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n    "): typeof import('./graphql').IsolationRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationProject { project(deployment: \"prod\", name: \"etl\") { id name } }"): typeof import('./graphql').IsolationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationProjectsOfProd { projects(deployment: \"prod\") { totalCount edges { node { id } } } }"): typeof import('./graphql').IsolationProjectsOfProdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationAllProjects {\n          projects { totalCount edges { node { deployment { name } latestLoad { project { deployment { name } } } } } }\n        }\n      "): typeof import('./graphql').IsolationAllProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationDeployments { deployments { name projects { totalCount edges { node { name } } } } }"): typeof import('./graphql').IsolationDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationAssetChangeHistory { assetChangeHistory(assetKey: \"a\", deployment: \"prod\") { totalCount edges { node { id } } } }\n      "): typeof import('./graphql').IsolationAssetChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationAlertPolicies { alertPolicies(deployment: \"prod\") { id name } }"): typeof import('./graphql').IsolationAlertPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationApiTokens { apiTokens(deployment: \"prod\") { name role } }"): typeof import('./graphql').IsolationApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationViewer { viewer { name roles { role deployment } } }"): typeof import('./graphql').IsolationViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationRecord($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }\n      "): typeof import('./graphql').IsolationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationRollbackProd($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n      "): typeof import('./graphql').IsolationRollbackProdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationSetExecution($input: SetRollbackExecutionInput!) { setRollbackExecution(input: $input) { id } }\n      "): typeof import('./graphql').IsolationSetExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationClaim($input: ClaimRollbackInput!) { claimRollback(input: $input) { claimToken } }\n      "): typeof import('./graphql').IsolationClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationRenew($input: RenewRollbackLeaseInput!) { renewRollbackLease(input: $input) { id status } }\n      "): typeof import('./graphql').IsolationRenewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationFail($input: FailRollbackInput!) { failRollback(input: $input) { id status } }\n      "): typeof import('./graphql').IsolationFailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationCreateProdPolicy($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }\n      "): typeof import('./graphql').IsolationCreateProdPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id webhookUrl } }\n      "): typeof import('./graphql').IsolationUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }"): typeof import('./graphql').IsolationDeletePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id load { id } } }"): typeof import('./graphql').IsolationTestPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }\n      "): typeof import('./graphql').IsolationCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationRevokeToken($name: String!) { revokeApiToken(name: $name) }"): typeof import('./graphql').IsolationRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project { name }\n      ... on ProjectLoad { sequence project { name } }\n      ... on AssetChange { assetKey load { id } }\n      ... on Rollback { reason project { name } }\n      ... on Deployment { name projects { totalCount } }\n      ... on AlertPolicy { name webhookUrl }\n      ... on AlertDelivery { status load { id } policy { name } }\n    }\n  }\n"): typeof import('./graphql').IsolationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IsolationRollbackUpdated($deployment: String, $rollbackId: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId) { id status }\n  }\n"): typeof import('./graphql').IsolationRollbackUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsProjectName { project(name: \"etl\") { name } }\n"): typeof import('./graphql').ErrorsProjectNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryPage($deployment: String, $name: String!, $first: Int, $after: String, $collapse: Boolean, $status: LoadStatus) {\n    project(deployment: $deployment, name: $name) {\n      history(first: $first, after: $after, collapseSimilar: $collapse, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstLoadedAt\n            lastLoadedAt\n            load { sequence status trigger }\n            loads(first: 100) { totalCount edges { node { sequence } } }\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LoadsOfOneEntry($entry: String, $after: String) {\n        project(name: \"paged\") {\n          history(first: 1, after: $entry) {\n            edges { node { loads(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { sequence } } } } }\n          }\n        }\n      }\n    "): typeof import('./graphql').LoadsOfOneEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { id } } }\n"): typeof import('./graphql').PropertyRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id name } }\n"): typeof import('./graphql').PropertyUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n"): typeof import('./graphql').PropertyDeletePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id errorClass } }\n"): typeof import('./graphql').PropertyTestPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n"): typeof import('./graphql').PropertyCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyRevokeToken($name: String!) { revokeApiToken(name: $name) }\n"): typeof import('./graphql').PropertyRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageProjects($first: Int, $after: String) { projects(first: $first, after: $after) { totalCount edges { cursor } } }\n  "): typeof import('./graphql').PropertyPageProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageDeploymentProjects($first: Int, $after: String) {\n      deployments { projects(first: $first, after: $after) { edges { cursor } } }\n    }\n  "): typeof import('./graphql').PropertyPageDeploymentProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageHistory($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: $first, after: $after) { totalCount edges { cursor } } }\n    }\n  "): typeof import('./graphql').PropertyPageHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageLoads($first: Int, $after: String) {\n      project(name: \"etl\") {\n        history(first: $first, after: $after, collapseSimilar: false) { edges { cursor } }\n        latestLoad { id }\n      }\n    }\n  "): typeof import('./graphql').PropertyPageLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageEntryLoads($first: Int, $after: String) {\n      project(name: \"etl\") { history(first: 1) { edges { node { loads(first: $first, after: $after) { edges { cursor } } } } } }\n    }\n  "): typeof import('./graphql').PropertyPageEntryLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageChanges($first: Int, $after: String) {\n      project(name: \"etl\") { currentLoad { assetChanges(first: $first, after: $after) { totalCount edges { cursor } } } }\n    }\n  "): typeof import('./graphql').PropertyPageChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageAssetHistory($first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"raw/orders\", first: $first, after: $after) { totalCount edges { cursor } }\n    }\n  "): typeof import('./graphql').PropertyPageAssetHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPageDeliveries($first: Int, $after: String) { alertPolicies { deliveries(first: $first, after: $after) { totalCount } } }\n  "): typeof import('./graphql').PropertyPageDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyNode($id: ID!) { node(id: $id) { __typename id } }\n  "): typeof import('./graphql').PropertyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyProjectByName($deployment: String, $name: String!) { project(deployment: $deployment, name: $name) { name } }\n  "): typeof import('./graphql').PropertyProjectByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyProjectsOf($deployment: String) { projects(deployment: $deployment) { totalCount } }\n  "): typeof import('./graphql').PropertyProjectsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyAssetHistoryOf($deployment: String, $name: String, $assetKey: String!) {\n      assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $name) { totalCount }\n    }\n  "): typeof import('./graphql').PropertyAssetHistoryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PropertyPoliciesOf($deployment: String) { alertPolicies(deployment: $deployment) { name } }\n  "): typeof import('./graphql').PropertyPoliciesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyIds {\n    project(name: \"etl\") {\n      id\n      deployment { id }\n      history(collapseSimilar: false) { edges { node { load { id assetChanges { edges { node { id } } } } } } }\n    }\n  }\n"): typeof import('./graphql').PropertyIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsNode($id: ID!) { node(id: $id) { __typename id } }\n"): typeof import('./graphql').InputsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsProject($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) { name loadCount }\n  }\n"): typeof import('./graphql').InputsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsProjects($deployment: String, $after: String) { projects(deployment: $deployment, after: $after) { totalCount } }\n"): typeof import('./graphql').InputsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsAssetHistory($assetKey: String!, $deployment: String, $project: String, $after: String) {\n    assetChangeHistory(assetKey: $assetKey, deployment: $deployment, project: $project, after: $after) { totalCount }\n  }\n"): typeof import('./graphql').InputsAssetHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsPolicies($deployment: String) { alertPolicies(deployment: $deployment) { id } }\n"): typeof import('./graphql').InputsPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsPages($after: String, $collapse: Boolean) {\n    project(name: \"etl\") {\n      history(after: $after, collapseSimilar: $collapse) { edges { cursor } }\n      latestLoad { assetChanges(after: $after) { edges { cursor } } }\n    }\n  }\n"): typeof import('./graphql').InputsPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsEntryLoads($after: String) {\n    project(name: \"etl\") { history(first: 1) { edges { node { loads(after: $after) { edges { cursor } } } } } }\n  }\n"): typeof import('./graphql').InputsEntryLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsDeliveries($after: String) { alertPolicies { deliveries(after: $after) { totalCount } } }\n"): typeof import('./graphql').InputsDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsLoadedAt($name: String!) { project(name: $name) { latestLoad { loadedAt git { repositoryUrl } } } }\n"): typeof import('./graphql').InputsLoadedAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsRollback($input: RollbackProjectInput!) { rollbackProject(input: $input) { load { sequence } } }\n"): typeof import('./graphql').InputsRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsUpdatePolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { id } }\n"): typeof import('./graphql').InputsUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsDeletePolicy($id: ID!) { deleteAlertPolicy(id: $id) }\n"): typeof import('./graphql').InputsDeletePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsTestPolicy($id: ID!) { testAlertPolicy(id: $id) { id } }\n"): typeof import('./graphql').InputsTestPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { name } }\n"): typeof import('./graphql').InputsCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsRevokeToken($name: String!) { revokeApiToken(name: $name) }\n"): typeof import('./graphql').InputsRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsLoadIds($deployment: String, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      id\n      deployment { id }\n      latestLoad { id rollback { id } }\n      history(first: 5, collapseSimilar: false) { edges { node { load { id sequence assetChanges { edges { node { id } } } } } } }\n    }\n  }\n"): typeof import('./graphql').InputsLoadIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetChangesOfLoad($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetChangesOfLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CommitLinkOfProject($name: String!) {\n            project(deployment: \"vectors\", name: $name) { latestLoad { git { repositoryUrl commitHash commitUrl } } }\n          }\n        "): typeof import('./graphql').CommitLinkOfProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LatestAndCurrentLoad {\n          project(deployment: \"staging\", name: \"web\") {\n            name updatedAt deployment { name }\n            latestLoad { sequence status error { message stack } }\n            currentLoad { sequence metadata { key value } loadedAt image git { commitUrl } error { message } }\n          }\n        }\n      "): typeof import('./graphql').LatestAndCurrentLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MissingProject { project(deployment: \"staging\", name: \"nope\") { name } }\n      "): typeof import('./graphql').MissingProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdsOfEveryNodeType {\n          project(deployment: \"staging\", name: \"web\") {\n            id\n            deployment { id }\n            currentLoad { id assetChanges { edges { node { id } } } }\n          }\n        }\n      "): typeof import('./graphql').IdsOfEveryNodeTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NodeTypename($id: ID!) { node(id: $id) { __typename id } }\n        "): typeof import('./graphql').NodeTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UnknownNode($id: ID!) { node(id: $id) { id } }\n      "): typeof import('./graphql').UnknownNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MalformedNodeId { node(id: \"!!\") { id } }\n    "): typeof import('./graphql').MalformedNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ListedDeployments { deployments { name } }\n      "): typeof import('./graphql').ListedDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FirstVectorProjects {\n          projects(deployment: \"vectors\", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }\n        }\n      "): typeof import('./graphql').FirstVectorProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NextVectorProjects($after: String) {\n          projects(deployment: \"vectors\", first: 2, after: $after) { edges { node { name } } }\n        }\n      "): typeof import('./graphql').NextVectorProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AllProjectsCount { projects { totalCount } }\n      "): typeof import('./graphql').AllProjectsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProjectCountPerDeployment { deployments { name projects { totalCount } } }\n      "): typeof import('./graphql').ProjectCountPerDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RevenueChangeHistory($project: String, $types: [AssetChangeType!], $first: Int, $after: String) {\n      assetChangeHistory(assetKey: \"mart/revenue\", project: $project, changeTypes: $types, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { changeTypes project { name } load { sequence } changedAt } }\n      }\n    }\n  "): typeof import('./graphql').RevenueChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BigHistoryPage($first: Int, $collapse: Boolean) {\n    project(name: \"big\") {\n      name\n      latestLoad { sequence }\n      currentLoad { sequence }\n      history(first: $first, collapseSimilar: $collapse) {\n        totalCount\n        edges {\n          node {\n            collapsedCount\n            load {\n              id sequence status image error { message } git { commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              project { name }\n            }\n            loads(first: 5) { totalCount edges { node { sequence assetsChanged } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BigHistoryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BigDashboardPage($first: Int) {\n    project(name: \"big\") {\n      history(first: $first, collapseSimilar: false) {\n        totalCount\n        edges {\n          node {\n            load {\n              id sequence loadedAt status trigger image git { commitHash commitUrl }\n              assetsAdded assetsRemoved assetsChanged\n              rollback { reason toLoad { sequence } }\n              assetChanges(first: 100) {\n                totalCount\n                edges {\n                  node {\n                    assetKey changeTypes\n                    codeVersion { old new }\n                    partitionsDefinition { old new }\n                    dependencies { added removed changed }\n                    tags { added { key new } removed { key old } changed { key old new } }\n                    metadata { added { key new } removed { key old } changed { key old new } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BigDashboardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BigAssetChangeHistory($first: Int) {\n    assetChangeHistory(assetKey: \"a\", first: $first) {\n      totalCount\n      edges { node { assetKey changeTypes codeVersion { old new } load { sequence image } project { name } } }\n    }\n  }\n"): typeof import('./graphql').BigAssetChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BigFirstLoadChanges($after: String) {\n        project(name: \"big\") {\n          history(first: 3, collapseSimilar: false, after: \"bG9hZDo0\") {\n            edges { node { load { sequence assetChanges(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { assetKey } } } } } }\n          }\n        }\n      }\n    "): typeof import('./graphql').BigFirstLoadChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) {\n      name\n      rollbackExecution\n    }\n  }\n"): typeof import('./graphql').SetExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        error\n        resultingLoad { id }\n        snapshotMatchesTarget\n      }\n      load { id sequence }\n    }\n  }\n"): typeof import('./graphql').RequestRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Claim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback { id status claimedBy leaseExpiresAt toLoad { id sequence image } }\n    }\n  }\n"): typeof import('./graphql').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Renew($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) { id status leaseExpiresAt }\n  }\n"): typeof import('./graphql').RenewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Fail($input: FailRollbackInput!) {\n    failRollback(input: $input) { id status error finishedAt resultingLoad { id } }\n  }\n"): typeof import('./graphql').FailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Report($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n        trigger\n        status\n        rollback { id status snapshotMatchesTarget snapshotDifferences error resultingLoad { id } }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRollbacks {\n    deployments { name openRollbacks { id status } }\n  }\n"): typeof import('./graphql').OpenRollbacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RollbackUpdated($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      rollback { id }\n    }\n  }\n"): typeof import('./graphql').RollbackUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackProject($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        reason\n        requestedBy\n        createdAt\n        project { name }\n        fromLoad { sequence }\n        toLoad { sequence }\n        resultingLoad { sequence }\n      }\n      load {\n        id\n        sequence\n        status\n        trigger\n        image\n        git { repositoryUrl commitHash branch commitUrl }\n        metadata { key value }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n        rollback { id toLoad { sequence } }\n      }\n    }\n  }\n"): typeof import('./graphql').RollbackProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RolledBackHistory {\n          project(name: \"etl\") {\n            currentLoad { sequence trigger }\n            history { edges { node { collapsedCount load { sequence trigger } } } }\n          }\n        }\n      "): typeof import('./graphql').RolledBackHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EtlProjectId { project(name: \"etl\") { id } }\n      "): typeof import('./graphql').EtlProjectIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConcurrentCurrentLoad { project(name: \"concurrent\") { currentLoad { sequence } } }\n      "): typeof import('./graphql').ConcurrentCurrentLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadBySequence($project: String!, $sequence: Int!) {\n    project(name: $project) { load(sequence: $sequence) { id sequence status image } }\n  }\n"): typeof import('./graphql').LoadBySequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadAssets($project: String!, $sequence: Int!, $first: Int, $after: String, $keyPrefix: String) {\n    project(name: $project) {\n      load(sequence: $sequence) {\n        assets(first: $first, after: $after, keyPrefix: $keyPrefix) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { key codeVersion tags metadata dependencies partitionsDefinition partitionMappings } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentAsset($project: String!, $key: String!, $changeTypes: [AssetChangeType!]) {\n    project(name: $project) {\n      asset(key: $key) {\n        key\n        codeVersion\n        tags\n        dependencies\n        changeHistory(changeTypes: $changeTypes) {\n          totalCount\n          edges { node { assetKey changeTypes load { sequence } tags { changed { key old new } } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CurrentAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareLoads($project: String!, $from: ID!, $to: ID!, $first: Int, $after: String) {\n    project(name: $project) {\n      compareLoads(from: $from, to: $to) {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              assetKey\n              changeTypes\n              codeVersion { old new }\n              partitionsDefinition { old new }\n              dependencies { added removed changed }\n              tags { added { key old new } removed { key old new } changed { key old new } }\n              metadata { added { key old new } removed { key old new } changed { key old new } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompareLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollbackPreview($project: String!, $loadId: ID!) {\n    project(name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from { sequence image }\n        to { sequence image }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').RollbackPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackWithChanges($loadId: ID!) {\n    rollbackProject(input: { loadId: $loadId, reason: \"back to the first\" }) {\n      changes {\n        from { sequence }\n        to { sequence }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n      load {\n        sequence\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').RollbackWithChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryRunChanges($project: String!, $collapse: Boolean) {\n    project(name: $project) {\n      history(first: 50, collapseSimilar: $collapse) {\n        edges {\n          node {\n            firstSequence\n            lastSequence\n            firstLoad { sequence }\n            load { sequence assetsChanged }\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            assetChanges(first: 50) { totalCount edges { node { assetKey changeTypes load { sequence } } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryRunChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectLoaded($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      id\n      sequence\n      status\n      trigger\n      project { name deployment { name } }\n      assetsAdded\n      assetsRemoved\n      assetsChanged\n      rollback { reason fromLoad { sequence } toLoad { sequence } resultingLoad { sequence } }\n    }\n  }\n"): typeof import('./graphql').ProjectLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRollback($id: ID!) {\n    rollbackProject(input: { loadId: $id, reason: \"bad deploy\" }) { load { sequence } }\n  }\n"): typeof import('./graphql').LiveRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSoonRevoked { revokeApiToken(name: \"soon-revoked\") }\n"): typeof import('./graphql').RevokeSoonRevokedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResumeCursors {\n    project(name: \"resume\") {\n      history(collapseSimilar: false, first: 4) { edges { node { loads { edges { cursor } } } } }\n    }\n  }\n"): typeof import('./graphql').ResumeCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Flood { projectLoaded(project: \"flood\") { id metadata { key value } } }\n"): typeof import('./graphql').FloodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseLoads { projectLoaded(project: \"sse\") { sequence project { name } } }\n"): typeof import('./graphql').SseLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseFlood { projectLoaded(project: \"sse-flood\") { id metadata { key value } } }\n"): typeof import('./graphql').SseFloodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeLiveViewer { revokeApiToken(name: \"live-viewer\") }\n"): typeof import('./graphql').RevokeLiveViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseRevoked { projectLoaded(project: \"revoked\") { sequence } }\n"): typeof import('./graphql').SseRevokedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedRecord($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        id\n        sequence\n      }\n    }\n  }\n"): typeof import('./graphql').ObservedRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      load {\n        sequence\n      }\n    }\n  }\n"): typeof import('./graphql').ObservedRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservedHistory($name: String!) {\n    project(name: $name) {\n      history(first: 5) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ObservedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').ObservedCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedCreatePolicy($input: CreateAlertPolicyInput!) {\n    createAlertPolicy(input: $input) {\n      policy {\n        id\n      }\n      signingSecret\n    }\n  }\n"): typeof import('./graphql').ObservedCreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedTestPolicy($id: ID!) {\n    testAlertPolicy(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').ObservedTestPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ObservedWatch {\n    projectLoaded {\n      sequence\n    }\n  }\n"): typeof import('./graphql').ObservedWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeEverywhere { revokeApiToken(name: \"revoked-everywhere\") }\n"): typeof import('./graphql').RevokeEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RevokedEverywhereSse { projectLoaded(project: \"revoked-everywhere\") { sequence } }\n"): typeof import('./graphql').RevokedEverywhereSseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InstancesRollback($id: ID!) {\n        rollbackProject(input: { loadId: $id }) { load { sequence } rollback { fromLoad { sequence } } }\n      }\n    "): typeof import('./graphql').InstancesRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MixedProjectState {\n          project(name: \"mixed\") {\n            loadCount\n            currentLoad { sequence }\n            history(collapseSimilar: false, first: 100) {\n              edges { node { load { sequence trigger rollback { fromLoad { sequence } } } } }\n            }\n          }\n        }\n      "): typeof import('./graphql').MixedProjectStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UiTestFailures {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      history(first: 100, collapseSimilar: false, status: FAILURE) {\n        edges {\n          node {\n            load {\n              id\n              sequence\n              error {\n                message\n                stack\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UiTestFailuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UiTestLatest {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      currentLoad {\n        sequence\n        trigger\n        image\n        rollback {\n          reason\n          requestedBy\n          toLoad {\n            sequence\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UiTestLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UiTestAssetNow {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      asset(key: \"mart/mrr_monthly\") {\n        codeVersion\n        dependencies\n        partitionsDefinition\n        tags\n      }\n    }\n  }\n"): typeof import('./graphql').UiTestAssetNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UiTestSetExecution($input: SetRollbackExecutionInput!) {\n    setRollbackExecution(input: $input) { rollbackExecution }\n  }\n"): typeof import('./graphql').UiTestSetExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UiTestClaim($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) { claimToken rollback { id status } }\n  }\n"): typeof import('./graphql').UiTestClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UiTestLoad58 {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      load(sequence: 58) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UiTestLoad58Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UiTestPreview($loadId: ID!) {\n    project(deployment: \"prod\", name: \"billing-pipeline\") {\n      rollbackPreview(loadId: $loadId) {\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n      }\n    }\n  }\n"): typeof import('./graphql').UiTestPreviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
