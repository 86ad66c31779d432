// Every operation the web UI sends, as typed documents: `npm run codegen` checks each against
// schema/schema.graphql and writes their types into src/ui/generated/ (committed).
import { graphql } from "../generated";

/** Checks a token: `viewer` is null for a bad one, and `deployments` then carries the API's message. */
export const SIGN_IN = graphql(`
  query UiSignIn {
    viewer {
      name
      roles {
        role
        deployment
      }
    }
    deployments {
      name
    }
  }
`);

graphql(`
  fragment UiLoadBrief on ProjectLoad {
    id
    sequence
    status
    loadedAt
    image
    git {
      commitHash
      commitUrl
      branch
    }
  }
`);

graphql(`
  fragment UiLoadRow on ProjectLoad {
    ...UiLoadBrief
    trigger
    error {
      message
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
    }
  }
`);

graphql(`
  fragment UiMapChange on MapChange {
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
`);

graphql(`
  fragment UiAssetChange on AssetChange {
    id
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
      ...UiMapChange
    }
    metadata {
      ...UiMapChange
    }
  }
`);

graphql(`
  fragment UiAssetDiff on AssetDiff {
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
      ...UiMapChange
    }
    metadata {
      ...UiMapChange
    }
  }
`);

export const PROJECTS = graphql(`
  query UiProjects($deployment: String!, $after: String) {
    projects(deployment: $deployment, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          updatedAt
          loadCount
          latestLoad {
            id
            sequence
            status
            error {
              message
            }
          }
          currentLoad {
            ...UiLoadBrief
          }
        }
      }
    }
  }
`);

export const HISTORY = graphql(`
  query UiHistory(
    $deployment: String!
    $project: String!
    $first: Int!
    $after: String
    $collapse: Boolean!
    $status: LoadStatus
  ) {
    project(deployment: $deployment, name: $project) {
      id
      name
      loadCount
      updatedAt
      latestLoad {
        id
      }
      currentLoad {
        ...UiLoadBrief
      }
      history(first: $first, after: $after, collapseSimilar: $collapse, status: $status) {
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
              ...UiLoadRow
            }
          }
        }
      }
    }
  }
`);

/**
 * The loads of one collapsed entry. Entries have no ID of their own: the entry is found again after the one
 * before it (`entryAfter`, that one's cursor), and picked by its first sequence.
 */
export const ENTRY_LOADS = graphql(`
  query UiEntryLoads(
    $deployment: String!
    $project: String!
    $entryAfter: String
    $status: LoadStatus
    $first: Int!
    $after: String
  ) {
    project(deployment: $deployment, name: $project) {
      history(first: 2, after: $entryAfter, collapseSimilar: true, status: $status) {
        edges {
          node {
            firstSequence
            loads(first: $first, after: $after) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  ...UiLoadRow
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Everything about one load, for its drawer. */
export const LOAD_DETAILS = graphql(`
  query UiLoadDetails($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on ProjectLoad {
        ...UiLoadRow
        recordedAt
        recordedBy
        git {
          repositoryUrl
          branch
          commitHash
          commitUrl
        }
        metadata {
          key
          value
        }
        error {
          message
          stack
        }
        rollback {
          id
          reason
          requestedBy
          createdAt
          fromLoad {
            id
            sequence
            image
          }
          toLoad {
            id
            sequence
            image
          }
        }
        project {
          name
          deployment {
            name
          }
        }
        assetChanges(first: 100, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...UiAssetChange
            }
          }
        }
      }
    }
  }
`);

/**
 * What rolling back to a load would do, as the server computes it (the rollback's own check and diff):
 * the current load (`from`), the target (`to`), and the assets restored, removed and changed.
 */
export const ROLLBACK_PREVIEW = graphql(`
  query UiRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {
    project(deployment: $deployment, name: $project) {
      rollbackPreview(loadId: $loadId) {
        from {
          ...UiLoadBrief
        }
        to {
          ...UiLoadBrief
        }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: 100) {
          totalCount
          edges {
            node {
              ...UiAssetDiff
            }
          }
        }
      }
    }
  }
`);

export const ROLLBACK = graphql(`
  mutation UiRollback($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      rollback {
        id
        reason
        status
        requestedBy
        createdAt
        fromLoad {
          sequence
        }
        toLoad {
          sequence
        }
      }
      load {
        ...UiLoadRow
      }
    }
  }
`);

/** An asset's current definition (that of the project's newest successful load). */
export const ASSET_DEFINITION = graphql(`
  query UiAssetDefinition($deployment: String!, $project: String!, $assetKey: String!) {
    project(deployment: $deployment, name: $project) {
      id
      currentLoad {
        id
        sequence
        loadedAt
      }
      asset(key: $assetKey) {
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
`);

export const ASSET_HISTORY = graphql(`
  query UiAssetHistory($assetKey: String!, $deployment: String!, $project: String!, $after: String) {
    assetChangeHistory(
      assetKey: $assetKey
      deployment: $deployment
      project: $project
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UiAssetChange
          changedAt
          load {
            id
            sequence
            status
            trigger
            loadedAt
            image
            git {
              commitHash
              commitUrl
            }
          }
        }
      }
    }
  }
`);

/** New loads, live; the screens fetch what they show again, so the event carries little. */
export const PROJECT_LOADED = graphql(`
  subscription UiProjectLoaded($deployment: String, $project: String, $after: String) {
    projectLoaded(deployment: $deployment, project: $project, after: $after) {
      id
      sequence
      project {
        name
      }
    }
  }
`);

/** A rollback's status changes, from its request on (with rollbackId and no after, the server sends them all). */
export const ROLLBACK_UPDATED = graphql(`
  subscription UiRollbackUpdated($rollbackId: ID, $after: ID) {
    rollbackUpdated(rollbackId: $rollbackId, after: $after) {
      id
      status
      error
      resultingLoad {
        sequence
        trigger
        image
      }
    }
  }
`);
