import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { YogaServerOptions } from "graphql-yoga";
import { DEFAULT_DEPLOYMENT } from "../domain/names";

/**
 * The editor's default tab: the four operations of the README's walkthrough, in its order. The history
 * query names no project, so it answers on the demo's data and after the first RecordLoad alike (and an
 * empty list, not null, before either). GraphiQL's scripts are served inline from this server, so the page
 * works with no internet access.
 */
export const DEFAULT_QUERY = `# Project deployment history.
# Put your token in the Headers tab: { "Authorization": "Bearer <token>" }
# Then run these in order (the run button asks which one):
#   1. RecordLoad records a load of "my-project" (with the demo's data, from npm run demo, you may skip it).
#   2. ProjectHistory shows the history of every project you can read, newest first.
#   3. WatchLoads shows loads as they are recorded: run it, then RecordLoad in another tab.
#   4. Rollback puts a project back on an earlier successful load: paste its id from ProjectHistory.

mutation RecordLoad {
  recordProjectLoad(input: {
    deployment: "${DEFAULT_DEPLOYMENT}"
    project: "my-project"
    image: "registry.example.com/my-project:1"
    git: { repositoryUrl: "https://github.com/acme/my-project", commitHash: "0a1b2c3", branch: "main" }
    assets: [
      { key: "raw/orders", codeVersion: "1", tags: { team: "data" } }
      { key: "mart/revenue", dependencies: ["raw/orders"] }
    ]
  }) {
    load { id sequence assetsAdded assetChanges { edges { node { assetKey changeTypes } } } }
  }
}

# One project instead: project(deployment: "${DEFAULT_DEPLOYMENT}", name: "billing-pipeline") { ...the fields below }
query ProjectHistory {
  projects(first: 10) {
    edges {
      node {
        name
        deployment { name }
        updatedAt
        currentLoad { id sequence image git { commitHash commitUrl } }
        history(first: 10, collapseSimilar: true) {
          totalCount
          edges {
            node {
              firstSequence
              lastSequence
              collapsedCount
              lastLoadedAt
              load { id status trigger image error { message } git { branch commitHash commitUrl } }
              # A row's changes: those of its first load, which started the run.
              assetsAdded
              assetsRemoved
              assetsChanged
              assetChanges(first: 20) { edges { node { assetKey changeTypes codeVersion { old new } } } }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}

# Watch loads arrive live (over WebSocket). Run it, then record a load in another tab.
subscription WatchLoads {
  projectLoaded(deployment: "${DEFAULT_DEPLOYMENT}") {
    id
    sequence
    status
    trigger
    project { name }
    image
    error { message }
    assetsAdded
    assetsRemoved
    assetsChanged
    rollback { reason fromLoad { sequence } toLoad { sequence } }
  }
}

# Put the project back on an earlier successful load: paste its id from the history.
mutation Rollback {
  rollbackProject(input: { loadId: "<id of an earlier successful load>", reason: "bad deploy" }) {
    rollback { id fromLoad { sequence } toLoad { sequence } requestedBy }
    load { id sequence trigger image assetsAdded assetsRemoved assetsChanged }
  }
}
`;

/** Yoga's GraphiQL settings: the page at GET /graphql in a browser, rendered once and kept. */
export function graphiqlOptions(): Pick<
  YogaServerOptions<Record<string, unknown>, Record<string, unknown>>,
  "graphiql" | "renderGraphiQL"
> {
  let page: string | undefined;
  return {
    graphiql: { title: "Project history", defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: "WS" },
    renderGraphiQL: (options) => {
      page ??= renderGraphiQL(options);
      return page;
    },
  };
}
