import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { YogaServerOptions } from "graphql-yoga";
import { DEFAULT_DEPLOYMENT } from "../domain/names";

/**
 * The editor's default tabs: the four operations of the README's walkthrough. GraphiQL's scripts are served
 * inline from this server, so the page works with no internet access.
 */
export const DEFAULT_QUERY = `# Project deployment history.
# Put your token in the Headers tab: { "Authorization": "Bearer <token>" }
# Then record a load (Mutation below) and read the history.

query ProjectHistory {
  project(deployment: "${DEFAULT_DEPLOYMENT}", name: "my-project") {
    name
    updatedAt
    currentLoad { sequence image git { commitHash commitUrl } }
    history(first: 20, collapseSimilar: true) {
      totalCount
      edges {
        node {
          collapsedCount
          firstLoadedAt
          lastLoadedAt
          load {
            id
            sequence
            status
            trigger
            loadedAt
            image
            error { message }
            git { branch commitHash commitUrl }
            assetsAdded
            assetsRemoved
            assetsChanged
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}

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

/**
 * The same operations, one per tab: a document holds at most one operation (QUERY_MAX_OPERATIONS), and
 * GraphiQL sends a tab's whole text.
 */
export const DEFAULT_TABS = DEFAULT_QUERY.split(/\n\n(?=(?:#[^\n]*\n)*(?:query|mutation|subscription) )/)
  .reduce<string[]>((tabs, part, index, parts) => {
    // Comments with no operation (the page's header) open the tab of the operation after them.
    if (!/^(query|mutation|subscription) /m.test(part) && index + 1 < parts.length) {
      parts[index + 1] = `${part}\n\n${parts[index + 1]}`;
      return tabs;
    }
    tabs.push(`${part.trim()}\n`);
    return tabs;
  }, [])
  .map((query) => ({ query }));

/** Yoga's GraphiQL settings: the page at GET /graphql in a browser, rendered once and kept. */
export function graphiqlOptions(): Pick<
  YogaServerOptions<Record<string, unknown>, Record<string, unknown>>,
  "graphiql" | "renderGraphiQL"
> {
  let page: string | undefined;
  return {
    graphiql: { title: "Project history", defaultTabs: DEFAULT_TABS, subscriptionsProtocol: "WS" },
    renderGraphiQL: (options) => {
      page ??= renderGraphiQL(options);
      return page;
    },
  };
}
