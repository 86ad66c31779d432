import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import {
  GraphQLError,
  specifiedRules,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  validate,
} from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context";
import { hashToken } from "./core/auth";
import type { Database } from "./db";
import { createLoaders } from "./loaders";
import { buildSchema } from "./schema/index";
import { LIMITS } from "./services/record-input";
import { authenticate } from "./services/tokens";

export interface AppOptions {
  db: Database;
  /** ADMIN_TOKEN from the environment: an organization admin that is never stored. */
  adminToken?: string | null;
  /** Where unexpected errors are reported with their stack. */
  logError?: (message: string, error: unknown) => void;
}

const DEFAULT_QUERY = `# Project deployment history.
# Put your token in the Headers tab: { "Authorization": "Bearer <token>" }
# Then record a load (Mutation below) and read the history.

query ProjectHistory {
  project(deployment: "prod", name: "my-project") {
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
    deployment: "prod"
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
`;

/** GraphQL validation, with wrong argument values (unknown enum values, wrong types) reported as BAD_USER_INPUT. */
function validateWithInputCodes(
  ...[schema, document, rules, options, typeInfo]: Parameters<typeof validate>
) {
  const valueRules = new Set<ValidationRule>([ValuesOfCorrectTypeRule]);
  const otherRules = (rules ?? specifiedRules).filter((rule) => !valueRules.has(rule));
  const errors = validate(schema, document, otherRules, options, typeInfo);
  const valueErrors = validate(schema, document, [...valueRules], options, typeInfo).map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { code: "BAD_USER_INPUT" },
      }),
  );
  return [...errors, ...valueErrors];
}

function inputErrorsPlugin(): Plugin {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn(validateWithInputCodes);
    },
    // Errors raised before any resolver runs (variables of the wrong type or shape) have no path and no
    // code: they are the caller's input errors.
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (!result.errors.some((error) => !error.path && !error.extensions?.code)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.path || error.extensions?.code
                ? error
                : new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    originalError: error.originalError,
                    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                  }),
            ),
          });
        },
      };
    },
  };
}

/** Refuses request bodies over the limit before they are read. */
function bodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > LIMITS.requestBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `The request body is ${length} bytes; the limit is ${LIMITS.requestBodyBytes} (10 MB)`,
                  extensions: { code: "BAD_USER_INPUT" },
                },
              ],
            }),
            { status: 413, headers: { "content-type": "application/json" } },
          ),
        );
      }
    },
  };
}

/** `/ready` answers 200 when the database answers, 503 otherwise. */
function readinessPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      const ready = await db.ping();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ ready, database: ready ? "reachable" : "unreachable" }), {
          status: ready ? 200 : 503,
          headers: { "content-type": "application/json" },
        }),
      );
    },
  };
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(options: AppOptions): App {
  const { db } = options;
  const adminTokenHash = options.adminToken ? hashToken(options.adminToken) : null;
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  let graphiqlPage: string | undefined;
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    logging: false,
    graphiql: { title: "Project history", defaultQuery: DEFAULT_QUERY },
    // GraphiQL's scripts are served inline from this server, so the page works with no internet access.
    renderGraphiQL: (graphiqlOptions) => {
      graphiqlPage ??= renderGraphiQL(graphiqlOptions);
      return graphiqlPage;
    },
    plugins: [bodyLimitPlugin(), readinessPlugin(db), inputErrorsPlugin()],
    maskedErrors: {
      maskError(error, message) {
        // Errors raised on purpose (ours, with a contract code, and GraphQL's own) reach the client as they
        // are; anything else is a bug or an outage: logged with its stack, masked for the client.
        if (
          error instanceof GraphQLError &&
          (!error.originalError || error.originalError instanceof GraphQLError)
        ) {
          return error;
        }
        const cause = error instanceof GraphQLError ? error.originalError : error;
        logError("unexpected error while executing a request", cause);
        return new GraphQLError(message, {
          nodes: error instanceof GraphQLError ? error.nodes : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
      },
    },
    context: async ({ request }) => {
      const { caller, authFailure } = await authenticate(
        db.prisma,
        request.headers.get("authorization"),
        adminTokenHash,
      );
      return { db, prisma: db.prisma, caller, authFailure, loaders: createLoaders(db.prisma) };
    },
  });
}

export interface RunningServer {
  app: App;
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the app over HTTP on `port` (0: any free port). */
export async function startServer(
  options: AppOptions & { port: number; host?: string },
): Promise<RunningServer> {
  const app = createApp(options);
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    port,
    url: `http://localhost:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
