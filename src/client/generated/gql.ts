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
    "\n  query AgentOpenRollbacks {\n    deployments {\n      name\n      openRollbacks {\n        id\n        status\n        leaseExpiresAt\n        project {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgentOpenRollbacksDocument,
    "\n  mutation AgentClaimRollback($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback {\n        id\n        project {\n          name\n        }\n        toLoad {\n          id\n          sequence\n          image\n          git {\n            commitHash\n            repositoryUrl\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentClaimRollbackDocument,
    "\n  mutation AgentRenewLease($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) {\n      id\n    }\n  }\n": typeof types.AgentRenewLeaseDocument,
    "\n  mutation AgentFailRollback($input: FailRollbackInput!) {\n    failRollback(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AgentFailRollbackDocument,
    "\n  fragment AgentLoad on ProjectLoad {\n    id\n    sequence\n    status\n    loadedAt\n    recordedBy\n    error {\n      message\n      stack\n    }\n  }\n": typeof types.AgentLoadFragmentDoc,
    "\n  query AgentViewer {\n    viewer {\n      name\n      roles {\n        deployment\n        role\n      }\n    }\n  }\n": typeof types.AgentViewerDocument,
    "\n  query AgentProject($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      latestLoad {\n        ...AgentLoad\n      }\n    }\n  }\n": typeof types.AgentProjectDocument,
    "\n  query AgentProjects($deployment: String!, $after: String) {\n    projects(deployment: $deployment, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          latestLoad {\n            ...AgentLoad\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentProjectsDocument,
    "\n  mutation AgentRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        ...AgentLoad\n      }\n    }\n  }\n": typeof types.AgentRecordLoadDocument,
    "\n  query CliAssetChangeHistory(\n    $assetKey: String!\n    $deployment: String!\n    $project: String\n    $first: Int!\n    $after: String\n  ) {\n    assetChangeHistory(\n      assetKey: $assetKey\n      deployment: $deployment\n      project: $project\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CliAssetChangeDetail\n          project {\n            name\n          }\n          load {\n            id\n            sequence\n            trigger\n            git {\n              commitHash\n              branch\n              commitUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliAssetChangeHistoryDocument,
    "\n  query CliHistory(\n    $deployment: String!\n    $project: String!\n    $first: Int!\n    $after: String\n    $collapseSimilar: Boolean!\n    $status: LoadStatus\n  ) {\n    project(deployment: $deployment, name: $project) {\n      name\n      history(first: $first, after: $after, collapseSimilar: $collapseSimilar, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstSequence\n            lastSequence\n            firstLoadedAt\n            lastLoadedAt\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliHistoryDocument,
    "\n  query CliProjects($deployment: String, $first: Int!, $after: String) {\n    projects(deployment: $deployment, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          updatedAt\n          deployment {\n            name\n          }\n          currentLoad {\n            sequence\n            image\n            git {\n              commitHash\n            }\n          }\n          latestLoad {\n            sequence\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliProjectsDocument,
    "\n  mutation CliRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      replayed\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n": typeof types.CliRecordLoadDocument,
    "\n  query CliRollbackTargetById($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        id\n        sequence\n        project {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliRollbackTargetByIdDocument,
    "\n  query CliRollbackLoads($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!) {\n    project(deployment: $deployment, name: $project) {\n      currentLoad {\n        ...CliLoadSummary\n      }\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliLoadSummary\n      }\n    }\n  }\n": typeof types.CliRollbackLoadsDocument,
    "\n  query CliSuccessfulLoads($deployment: String!, $project: String!, $first: Int!, $after: String) {\n    project(deployment: $deployment, name: $project) {\n      history(collapseSimilar: false, status: SUCCESS, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliSuccessfulLoadsDocument,
    "\n  query CliRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {\n    project(deployment: $deployment, name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from {\n          ...CliLoadSummary\n        }\n        to {\n          ...CliLoadSummary\n        }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...CliAssetDiffDetail\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliRollbackPreviewDocument,
    "\n  mutation CliRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        reason\n        requestedBy\n        createdAt\n        fromLoad {\n          id\n          sequence\n        }\n        toLoad {\n          id\n          sequence\n        }\n      }\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n": typeof types.CliRollbackDocument,
    "\n  query CliShowLoad(\n    $deployment: String!\n    $project: String!\n    $sequence: Int!\n    $bySequence: Boolean!\n    $current: Boolean!\n    $first: Int!\n    $after: String\n  ) {\n    project(deployment: $deployment, name: $project) {\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliShownLoad\n      }\n      currentLoad @include(if: $current) {\n        ...CliShownLoad\n      }\n      latestLoad @skip(if: $bySequence) {\n        ...CliShownLoad\n      }\n    }\n  }\n\n  fragment CliShownLoad on ProjectLoad {\n    ...CliLoadSummary\n    recordedBy\n    recordedAt\n    assetChanges(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n": typeof types.CliShowLoadDocument,
    "\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      name\n      token\n    }\n  }\n": typeof types.CliCreateTokenDocument,
    "\n  mutation CliRevokeToken($name: String!) {\n    revokeApiToken(name: $name)\n  }\n": typeof types.CliRevokeTokenDocument,
    "\n  query CliTokens($deployment: String) {\n    apiTokens(deployment: $deployment) {\n      name\n      role\n      deployment\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.CliTokensDocument,
    "\n  subscription CliWatch($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      ...CliLoadSummary\n    }\n  }\n": typeof types.CliWatchDocument,
    "\n  query CliWatchStart($deployment: String!, $project: String!, $withProject: Boolean!) {\n    viewer {\n      name\n      roles {\n        deployment\n      }\n    }\n    project(deployment: $deployment, name: $project) @include(if: $withProject) {\n      latestLoad {\n        id\n      }\n    }\n  }\n": typeof types.CliWatchStartDocument,
    "\n  query CliWatchFeedPoint {\n    projects(first: 100) {\n      edges {\n        node {\n          latestLoad {\n            id\n            recordedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliWatchFeedPointDocument,
    "\n  fragment CliLoadSummary on ProjectLoad {\n    id\n    sequence\n    loadedAt\n    status\n    trigger\n    image\n    error {\n      message\n      stack\n    }\n    git {\n      repositoryUrl\n      commitHash\n      branch\n      commitUrl\n    }\n    metadata {\n      key\n      value\n    }\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    assetsAdded\n    assetsRemoved\n    assetsChanged\n    rollback {\n      reason\n      requestedBy\n      fromLoad {\n        id\n        sequence\n      }\n      toLoad {\n        id\n        sequence\n      }\n    }\n  }\n": typeof types.CliLoadSummaryFragmentDoc,
    "\n  fragment CliMapChange on MapChange {\n    added {\n      key\n      old\n      new\n    }\n    removed {\n      key\n      old\n      new\n    }\n    changed {\n      key\n      old\n      new\n    }\n  }\n": typeof types.CliMapChangeFragmentDoc,
    "\n  fragment CliAssetChangeDetail on AssetChange {\n    id\n    assetKey\n    changeTypes\n    changedAt\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n": typeof types.CliAssetChangeDetailFragmentDoc,
    "\n  fragment CliAssetDiffDetail on AssetDiff {\n    assetKey\n    changeTypes\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n": typeof types.CliAssetDiffDetailFragmentDoc,
    "\n  fragment CliWrittenLoad on ProjectLoad {\n    ...CliLoadSummary\n    assetChanges(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n": typeof types.CliWrittenLoadFragmentDoc,
    "\n  query CliKnownNames {\n    deployments {\n      name\n    }\n    projects(first: 100) {\n      edges {\n        node {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliKnownNamesDocument,
    "\n  fragment RollbackState on Rollback {\n    id\n    status\n    error\n    claimedBy\n    snapshotMatchesTarget\n    snapshotDifferences\n    reason\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    toLoad {\n      id\n      sequence\n      image\n      git {\n        commitHash\n        repositoryUrl\n      }\n    }\n    resultingLoad {\n      id\n      sequence\n      status\n      image\n    }\n  }\n": typeof types.RollbackStateFragmentDoc,
    "\n  query RollbackStateById($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        ...RollbackState\n      }\n    }\n  }\n": typeof types.RollbackStateByIdDocument,
    "\n  subscription RollbackUpdates($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      at\n      rollback {\n        ...RollbackState\n      }\n    }\n  }\n": typeof types.RollbackUpdatesDocument,
};
const documents: Documents = {
    "\n  query AgentOpenRollbacks {\n    deployments {\n      name\n      openRollbacks {\n        id\n        status\n        leaseExpiresAt\n        project {\n          name\n        }\n      }\n    }\n  }\n": types.AgentOpenRollbacksDocument,
    "\n  mutation AgentClaimRollback($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback {\n        id\n        project {\n          name\n        }\n        toLoad {\n          id\n          sequence\n          image\n          git {\n            commitHash\n            repositoryUrl\n          }\n        }\n      }\n    }\n  }\n": types.AgentClaimRollbackDocument,
    "\n  mutation AgentRenewLease($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) {\n      id\n    }\n  }\n": types.AgentRenewLeaseDocument,
    "\n  mutation AgentFailRollback($input: FailRollbackInput!) {\n    failRollback(input: $input) {\n      id\n      status\n    }\n  }\n": types.AgentFailRollbackDocument,
    "\n  fragment AgentLoad on ProjectLoad {\n    id\n    sequence\n    status\n    loadedAt\n    recordedBy\n    error {\n      message\n      stack\n    }\n  }\n": types.AgentLoadFragmentDoc,
    "\n  query AgentViewer {\n    viewer {\n      name\n      roles {\n        deployment\n        role\n      }\n    }\n  }\n": types.AgentViewerDocument,
    "\n  query AgentProject($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      latestLoad {\n        ...AgentLoad\n      }\n    }\n  }\n": types.AgentProjectDocument,
    "\n  query AgentProjects($deployment: String!, $after: String) {\n    projects(deployment: $deployment, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          latestLoad {\n            ...AgentLoad\n          }\n        }\n      }\n    }\n  }\n": types.AgentProjectsDocument,
    "\n  mutation AgentRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        ...AgentLoad\n      }\n    }\n  }\n": types.AgentRecordLoadDocument,
    "\n  query CliAssetChangeHistory(\n    $assetKey: String!\n    $deployment: String!\n    $project: String\n    $first: Int!\n    $after: String\n  ) {\n    assetChangeHistory(\n      assetKey: $assetKey\n      deployment: $deployment\n      project: $project\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CliAssetChangeDetail\n          project {\n            name\n          }\n          load {\n            id\n            sequence\n            trigger\n            git {\n              commitHash\n              branch\n              commitUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CliAssetChangeHistoryDocument,
    "\n  query CliHistory(\n    $deployment: String!\n    $project: String!\n    $first: Int!\n    $after: String\n    $collapseSimilar: Boolean!\n    $status: LoadStatus\n  ) {\n    project(deployment: $deployment, name: $project) {\n      name\n      history(first: $first, after: $after, collapseSimilar: $collapseSimilar, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstSequence\n            lastSequence\n            firstLoadedAt\n            lastLoadedAt\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CliHistoryDocument,
    "\n  query CliProjects($deployment: String, $first: Int!, $after: String) {\n    projects(deployment: $deployment, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          updatedAt\n          deployment {\n            name\n          }\n          currentLoad {\n            sequence\n            image\n            git {\n              commitHash\n            }\n          }\n          latestLoad {\n            sequence\n            status\n          }\n        }\n      }\n    }\n  }\n": types.CliProjectsDocument,
    "\n  mutation CliRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      replayed\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n": types.CliRecordLoadDocument,
    "\n  query CliRollbackTargetById($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        id\n        sequence\n        project {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CliRollbackTargetByIdDocument,
    "\n  query CliRollbackLoads($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!) {\n    project(deployment: $deployment, name: $project) {\n      currentLoad {\n        ...CliLoadSummary\n      }\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliLoadSummary\n      }\n    }\n  }\n": types.CliRollbackLoadsDocument,
    "\n  query CliSuccessfulLoads($deployment: String!, $project: String!, $first: Int!, $after: String) {\n    project(deployment: $deployment, name: $project) {\n      history(collapseSimilar: false, status: SUCCESS, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CliSuccessfulLoadsDocument,
    "\n  query CliRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {\n    project(deployment: $deployment, name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from {\n          ...CliLoadSummary\n        }\n        to {\n          ...CliLoadSummary\n        }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...CliAssetDiffDetail\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CliRollbackPreviewDocument,
    "\n  mutation CliRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        reason\n        requestedBy\n        createdAt\n        fromLoad {\n          id\n          sequence\n        }\n        toLoad {\n          id\n          sequence\n        }\n      }\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n": types.CliRollbackDocument,
    "\n  query CliShowLoad(\n    $deployment: String!\n    $project: String!\n    $sequence: Int!\n    $bySequence: Boolean!\n    $current: Boolean!\n    $first: Int!\n    $after: String\n  ) {\n    project(deployment: $deployment, name: $project) {\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliShownLoad\n      }\n      currentLoad @include(if: $current) {\n        ...CliShownLoad\n      }\n      latestLoad @skip(if: $bySequence) {\n        ...CliShownLoad\n      }\n    }\n  }\n\n  fragment CliShownLoad on ProjectLoad {\n    ...CliLoadSummary\n    recordedBy\n    recordedAt\n    assetChanges(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n": types.CliShowLoadDocument,
    "\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      name\n      token\n    }\n  }\n": types.CliCreateTokenDocument,
    "\n  mutation CliRevokeToken($name: String!) {\n    revokeApiToken(name: $name)\n  }\n": types.CliRevokeTokenDocument,
    "\n  query CliTokens($deployment: String) {\n    apiTokens(deployment: $deployment) {\n      name\n      role\n      deployment\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n": types.CliTokensDocument,
    "\n  subscription CliWatch($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      ...CliLoadSummary\n    }\n  }\n": types.CliWatchDocument,
    "\n  query CliWatchStart($deployment: String!, $project: String!, $withProject: Boolean!) {\n    viewer {\n      name\n      roles {\n        deployment\n      }\n    }\n    project(deployment: $deployment, name: $project) @include(if: $withProject) {\n      latestLoad {\n        id\n      }\n    }\n  }\n": types.CliWatchStartDocument,
    "\n  query CliWatchFeedPoint {\n    projects(first: 100) {\n      edges {\n        node {\n          latestLoad {\n            id\n            recordedAt\n          }\n        }\n      }\n    }\n  }\n": types.CliWatchFeedPointDocument,
    "\n  fragment CliLoadSummary on ProjectLoad {\n    id\n    sequence\n    loadedAt\n    status\n    trigger\n    image\n    error {\n      message\n      stack\n    }\n    git {\n      repositoryUrl\n      commitHash\n      branch\n      commitUrl\n    }\n    metadata {\n      key\n      value\n    }\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    assetsAdded\n    assetsRemoved\n    assetsChanged\n    rollback {\n      reason\n      requestedBy\n      fromLoad {\n        id\n        sequence\n      }\n      toLoad {\n        id\n        sequence\n      }\n    }\n  }\n": types.CliLoadSummaryFragmentDoc,
    "\n  fragment CliMapChange on MapChange {\n    added {\n      key\n      old\n      new\n    }\n    removed {\n      key\n      old\n      new\n    }\n    changed {\n      key\n      old\n      new\n    }\n  }\n": types.CliMapChangeFragmentDoc,
    "\n  fragment CliAssetChangeDetail on AssetChange {\n    id\n    assetKey\n    changeTypes\n    changedAt\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n": types.CliAssetChangeDetailFragmentDoc,
    "\n  fragment CliAssetDiffDetail on AssetDiff {\n    assetKey\n    changeTypes\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n": types.CliAssetDiffDetailFragmentDoc,
    "\n  fragment CliWrittenLoad on ProjectLoad {\n    ...CliLoadSummary\n    assetChanges(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n": types.CliWrittenLoadFragmentDoc,
    "\n  query CliKnownNames {\n    deployments {\n      name\n    }\n    projects(first: 100) {\n      edges {\n        node {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CliKnownNamesDocument,
    "\n  fragment RollbackState on Rollback {\n    id\n    status\n    error\n    claimedBy\n    snapshotMatchesTarget\n    snapshotDifferences\n    reason\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    toLoad {\n      id\n      sequence\n      image\n      git {\n        commitHash\n        repositoryUrl\n      }\n    }\n    resultingLoad {\n      id\n      sequence\n      status\n      image\n    }\n  }\n": types.RollbackStateFragmentDoc,
    "\n  query RollbackStateById($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        ...RollbackState\n      }\n    }\n  }\n": types.RollbackStateByIdDocument,
    "\n  subscription RollbackUpdates($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      at\n      rollback {\n        ...RollbackState\n      }\n    }\n  }\n": types.RollbackUpdatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentOpenRollbacks {\n    deployments {\n      name\n      openRollbacks {\n        id\n        status\n        leaseExpiresAt\n        project {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgentOpenRollbacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentClaimRollback($input: ClaimRollbackInput!) {\n    claimRollback(input: $input) {\n      claimToken\n      rollback {\n        id\n        project {\n          name\n        }\n        toLoad {\n          id\n          sequence\n          image\n          git {\n            commitHash\n            repositoryUrl\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgentClaimRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentRenewLease($input: RenewRollbackLeaseInput!) {\n    renewRollbackLease(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AgentRenewLeaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentFailRollback($input: FailRollbackInput!) {\n    failRollback(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AgentFailRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentLoad on ProjectLoad {\n    id\n    sequence\n    status\n    loadedAt\n    recordedBy\n    error {\n      message\n      stack\n    }\n  }\n"): typeof import('./graphql').AgentLoadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentViewer {\n    viewer {\n      name\n      roles {\n        deployment\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AgentViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentProject($deployment: String!, $name: String!) {\n    project(deployment: $deployment, name: $name) {\n      latestLoad {\n        ...AgentLoad\n      }\n    }\n  }\n"): typeof import('./graphql').AgentProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentProjects($deployment: String!, $after: String) {\n    projects(deployment: $deployment, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          latestLoad {\n            ...AgentLoad\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgentProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      load {\n        ...AgentLoad\n      }\n    }\n  }\n"): typeof import('./graphql').AgentRecordLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliAssetChangeHistory(\n    $assetKey: String!\n    $deployment: String!\n    $project: String\n    $first: Int!\n    $after: String\n  ) {\n    assetChangeHistory(\n      assetKey: $assetKey\n      deployment: $deployment\n      project: $project\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CliAssetChangeDetail\n          project {\n            name\n          }\n          load {\n            id\n            sequence\n            trigger\n            git {\n              commitHash\n              branch\n              commitUrl\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliAssetChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliHistory(\n    $deployment: String!\n    $project: String!\n    $first: Int!\n    $after: String\n    $collapseSimilar: Boolean!\n    $status: LoadStatus\n  ) {\n    project(deployment: $deployment, name: $project) {\n      name\n      history(first: $first, after: $after, collapseSimilar: $collapseSimilar, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            collapsedCount\n            firstSequence\n            lastSequence\n            firstLoadedAt\n            lastLoadedAt\n            assetsAdded\n            assetsRemoved\n            assetsChanged\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliProjects($deployment: String, $first: Int!, $after: String) {\n    projects(deployment: $deployment, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          updatedAt\n          deployment {\n            name\n          }\n          currentLoad {\n            sequence\n            image\n            git {\n              commitHash\n            }\n          }\n          latestLoad {\n            sequence\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRecordLoad($input: RecordProjectLoadInput!) {\n    recordProjectLoad(input: $input) {\n      replayed\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n"): typeof import('./graphql').CliRecordLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRollbackTargetById($id: ID!) {\n    node(id: $id) {\n      ... on ProjectLoad {\n        id\n        sequence\n        project {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliRollbackTargetByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRollbackLoads($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!) {\n    project(deployment: $deployment, name: $project) {\n      currentLoad {\n        ...CliLoadSummary\n      }\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliLoadSummary\n      }\n    }\n  }\n"): typeof import('./graphql').CliRollbackLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSuccessfulLoads($deployment: String!, $project: String!, $first: Int!, $after: String) {\n    project(deployment: $deployment, name: $project) {\n      history(collapseSimilar: false, status: SUCCESS, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            load {\n              ...CliLoadSummary\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliSuccessfulLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {\n    project(deployment: $deployment, name: $project) {\n      rollbackPreview(loadId: $loadId) {\n        from {\n          ...CliLoadSummary\n        }\n        to {\n          ...CliLoadSummary\n        }\n        assetsAdded\n        assetsRemoved\n        assetsChanged\n        assetChanges(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...CliAssetDiffDetail\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliRollbackPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRollback($input: RollbackProjectInput!) {\n    rollbackProject(input: $input) {\n      rollback {\n        id\n        status\n        reason\n        requestedBy\n        createdAt\n        fromLoad {\n          id\n          sequence\n        }\n        toLoad {\n          id\n          sequence\n        }\n      }\n      load {\n        ...CliWrittenLoad\n      }\n    }\n  }\n"): typeof import('./graphql').CliRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliShowLoad(\n    $deployment: String!\n    $project: String!\n    $sequence: Int!\n    $bySequence: Boolean!\n    $current: Boolean!\n    $first: Int!\n    $after: String\n  ) {\n    project(deployment: $deployment, name: $project) {\n      load(sequence: $sequence) @include(if: $bySequence) {\n        ...CliShownLoad\n      }\n      currentLoad @include(if: $current) {\n        ...CliShownLoad\n      }\n      latestLoad @skip(if: $bySequence) {\n        ...CliShownLoad\n      }\n    }\n  }\n\n  fragment CliShownLoad on ProjectLoad {\n    ...CliLoadSummary\n    recordedBy\n    recordedAt\n    assetChanges(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliShowLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      name\n      token\n    }\n  }\n"): typeof import('./graphql').CliCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRevokeToken($name: String!) {\n    revokeApiToken(name: $name)\n  }\n"): typeof import('./graphql').CliRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliTokens($deployment: String) {\n    apiTokens(deployment: $deployment) {\n      name\n      role\n      deployment\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').CliTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CliWatch($deployment: String, $project: String, $after: String) {\n    projectLoaded(deployment: $deployment, project: $project, after: $after) {\n      ...CliLoadSummary\n    }\n  }\n"): typeof import('./graphql').CliWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliWatchStart($deployment: String!, $project: String!, $withProject: Boolean!) {\n    viewer {\n      name\n      roles {\n        deployment\n      }\n    }\n    project(deployment: $deployment, name: $project) @include(if: $withProject) {\n      latestLoad {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CliWatchStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliWatchFeedPoint {\n    projects(first: 100) {\n      edges {\n        node {\n          latestLoad {\n            id\n            recordedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliWatchFeedPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliLoadSummary on ProjectLoad {\n    id\n    sequence\n    loadedAt\n    status\n    trigger\n    image\n    error {\n      message\n      stack\n    }\n    git {\n      repositoryUrl\n      commitHash\n      branch\n      commitUrl\n    }\n    metadata {\n      key\n      value\n    }\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    assetsAdded\n    assetsRemoved\n    assetsChanged\n    rollback {\n      reason\n      requestedBy\n      fromLoad {\n        id\n        sequence\n      }\n      toLoad {\n        id\n        sequence\n      }\n    }\n  }\n"): typeof import('./graphql').CliLoadSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliMapChange on MapChange {\n    added {\n      key\n      old\n      new\n    }\n    removed {\n      key\n      old\n      new\n    }\n    changed {\n      key\n      old\n      new\n    }\n  }\n"): typeof import('./graphql').CliMapChangeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliAssetChangeDetail on AssetChange {\n    id\n    assetKey\n    changeTypes\n    changedAt\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n"): typeof import('./graphql').CliAssetChangeDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliAssetDiffDetail on AssetDiff {\n    assetKey\n    changeTypes\n    codeVersion {\n      old\n      new\n    }\n    partitionsDefinition {\n      old\n      new\n    }\n    dependencies {\n      added\n      removed\n      changed\n    }\n    tags {\n      ...CliMapChange\n    }\n    metadata {\n      ...CliMapChange\n    }\n  }\n"): typeof import('./graphql').CliAssetDiffDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliWrittenLoad on ProjectLoad {\n    ...CliLoadSummary\n    assetChanges(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CliAssetChangeDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliWrittenLoadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliKnownNames {\n    deployments {\n      name\n    }\n    projects(first: 100) {\n      edges {\n        node {\n          name\n          deployment {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CliKnownNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollbackState on Rollback {\n    id\n    status\n    error\n    claimedBy\n    snapshotMatchesTarget\n    snapshotDifferences\n    reason\n    project {\n      name\n      deployment {\n        name\n      }\n    }\n    toLoad {\n      id\n      sequence\n      image\n      git {\n        commitHash\n        repositoryUrl\n      }\n    }\n    resultingLoad {\n      id\n      sequence\n      status\n      image\n    }\n  }\n"): typeof import('./graphql').RollbackStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollbackStateById($id: ID!) {\n    node(id: $id) {\n      ... on Rollback {\n        ...RollbackState\n      }\n    }\n  }\n"): typeof import('./graphql').RollbackStateByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RollbackUpdates($deployment: String, $rollbackId: ID, $after: ID) {\n    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {\n      id\n      status\n      error\n      at\n      rollback {\n        ...RollbackState\n      }\n    }\n  }\n"): typeof import('./graphql').RollbackUpdatesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
