import { createHash } from "node:crypto";
import {
  css,
  editorWorkerService,
  favicon,
  graphqlWorker,
  js,
  jsonWorker,
} from "@graphql-yoga/render-graphiql/graphiql";
import type { Plugin, YogaServerOptions } from "graphql-yoga";
import { DEFAULT_DEPLOYMENT } from "../domain/names";
import { createStaticFiles } from "../ui/serve";

/**
 * GraphiQL at GET /graphql in a browser, from this server alone (no CDN, so it works offline). Its scripts,
 * styles, editor workers and icon (about 9 MB, from @graphql-yoga/render-graphiql) are files under
 * /graphiql/assets/ named by their content's hash, served by the UI's static module (src/ui/serve.ts) with
 * ETags, brotli or gzip and a year's caching; the page itself is a few hundred bytes that load them and
 * render the editor with this server's settings.
 *
 * The editor's default tab: the four operations of the README's walkthrough, in its order. The history
 * query names no project, so it answers on the demo's data and after the first RecordLoad alike (and an
 * empty list, not null, before either).
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

/** Where GraphiQL's assets are served. */
export const GRAPHIQL_ASSETS = "/graphiql/assets/";

interface GraphiqlAssets {
  /** Path under GRAPHIQL_ASSETS (`<hash>.js`) → bytes. */
  files: Map<string, Buffer>;
  /** The URL of each, by role. */
  urls: { css: string; js: string; favicon: string; workers: Record<string, string> };
}

function hashed(files: Map<string, Buffer>, body: Buffer, extension: string): string {
  const name = `${createHash("sha256").update(body).digest("base64url").slice(0, 20)}.${extension}`;
  files.set(name, body);
  return `${GRAPHIQL_ASSETS}${name}`;
}

let assets: GraphiqlAssets | undefined;

/** GraphiQL's files, made once per process (they are the same for every app). */
export function graphiqlAssets(): GraphiqlAssets {
  if (assets) return assets;
  const files = new Map<string, Buffer>();
  const icon = /^data:image\/x-icon;base64,(.*)$/.exec(favicon)?.[1];
  assets = {
    files,
    urls: {
      css: hashed(files, Buffer.from(css), "css"),
      js: hashed(files, Buffer.from(js), "js"),
      favicon: icon ? hashed(files, Buffer.from(icon, "base64"), "ico") : favicon,
      // The editor's workers load from same-origin files rather than blobs made from strings in the page.
      workers: {
        editorWorkerService: hashed(files, Buffer.from(editorWorkerService), "js"),
        json: hashed(files, Buffer.from(jsonWorker), "js"),
        graphql: hashed(files, Buffer.from(graphqlWorker), "js"),
      },
    },
  };
  return assets;
}

/** JSON that is safe inside a <script> element (no `</script>` or `<!--` can close it). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char] ?? char,
  );

/** The page: what @graphql-yoga/render-graphiql renders, with its inline assets replaced by links. */
export function renderGraphiqlPage(options: Record<string, unknown>): string {
  const { urls } = graphiqlAssets();
  const title = typeof options.title === "string" ? options.title : "GraphiQL";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${urls.favicon}">
<link rel="stylesheet" href="${urls.css}">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>
const workers = ${scriptJson(urls.workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
</script>
<script src="${urls.js}"></script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), ${scriptJson(options)});
</script>
</body>
</html>
`;
}

/** Serves GraphiQL's assets: GET and HEAD under /graphiql/assets/, each cached by browsers for a year. */
export function graphiqlAssetsPlugin(): Plugin {
  const files = createStaticFiles({
    root: "/graphiql-assets",
    files: graphiqlAssets().files,
    isImmutable: () => true,
  });
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS)) return;
      const response = await files.respond(request, url.pathname.slice(GRAPHIQL_ASSETS.length), {
        Response: fetchAPI.Response,
      });
      endResponse(
        response ??
          new fetchAPI.Response("Not found\n", {
            status: 404,
            headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" },
          }),
      );
    },
  };
}
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
      page ??= renderGraphiqlPage({ ...options });
      return page;
    },
  };
}
