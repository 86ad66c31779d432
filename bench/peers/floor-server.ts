// The floor of bench/peers.ts: the dashboard page served by plain node:http + pg, with the JSON the
// project's server answers, byte for byte (bench/peers.ts checks it). POST /graphql with the project's
// request body; only `variables.deployment` and `variables.name` are read (the query text is not parsed)
// and the Bearer token is compared with BENCH_ADMIN_TOKEN. Two SQL statements per page: the project and its
// 50 newest loads, then every asset change of those loads; the JSON is built from the rows by hand.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { ASSET_CHANGE_TYPES } from "../../src/domain/asset-diff";
import { commitUrl } from "../../src/domain/git";
import { requiredEnv, type ServerCounters, serveBenchmark } from "./child";

const PAGE_SIZE = 50;
const CHANGES_PER_LOAD = 100;

const counters: ServerCounters = { statements: 0, errors: 0 };
const pool = new pg.Pool({ connectionString: requiredEnv("BENCH_DATABASE_URL"), max: 10 });
const expectedAuthorization = Buffer.from(`Bearer ${requiredEnv("BENCH_ADMIN_TOKEN")}`);

// LEFT JOIN: a project without loads still answers one row (of nulls), a missing project none. The time is
// formatted by PostgreSQL: TIMESTAMP(3) holds UTC (Prisma writes it so) and pg would read it as local time.
const LOADS_SQL = `
  SELECT l.id, l.sequence, to_char(l."loadedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "loadedAt", l.status,
         l.image, l."gitRepositoryUrl", l."gitCommitHash", l."gitBranch"
    FROM "Project" p
    JOIN "Deployment" d ON d.id = p."deploymentId"
    LEFT JOIN LATERAL (
      SELECT * FROM "ProjectLoad" WHERE "projectId" = p.id ORDER BY sequence DESC LIMIT $3
    ) l ON true
   WHERE d.name = $1 AND p.name = $2
   ORDER BY l.sequence DESC`;

// Ordered by key as the project's assetKeys loader orders them (in the database's collation); the
// connection's id order is restored per load below.
const CHANGES_SQL = `
  SELECT id, "loadId", "assetKey", "isNew", "isCodeVersion", "isDependencies", "isPartitionsDefinition",
         "isTags", "isMetadata", "isRemoved", details
    FROM "AssetChange"
   WHERE "loadId" = ANY($1::int[])
   ORDER BY "loadId", "assetKey"`;

interface LoadRow {
  id: number | null;
  sequence: number;
  loadedAt: string;
  status: string;
  image: string | null;
  gitRepositoryUrl: string | null;
  gitCommitHash: string | null;
  gitBranch: string | null;
}

interface ChangeRow {
  id: number;
  loadId: number;
  assetKey: string;
  isNew: boolean;
  isCodeVersion: boolean;
  isDependencies: boolean;
  isPartitionsDefinition: boolean;
  isTags: boolean;
  isMetadata: boolean;
  isRemoved: boolean;
  details: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface ValueChange {
  old?: string | null;
  new?: string | null;
}
interface KeySetChange {
  added: string[];
  removed: string[];
  changed: string[];
}
interface MapEntry {
  key: string;
  old?: Json;
  new?: Json;
}
interface MapChange {
  added: MapEntry[];
  removed: MapEntry[];
  changed: MapEntry[];
}
interface Details {
  codeVersion?: ValueChange | null;
  partitionsDefinition?: ValueChange | null;
  dependencies?: KeySetChange | null;
  tags?: MapChange | null;
  metadata?: MapChange | null;
}

const FLAG_OF = {
  NEW: "isNew",
  CODE_VERSION: "isCodeVersion",
  DEPENDENCIES: "isDependencies",
  PARTITIONS_DEFINITION: "isPartitionsDefinition",
  TAGS: "isTags",
  METADATA: "isMetadata",
  REMOVED: "isRemoved",
} as const satisfies Record<(typeof ASSET_CHANGE_TYPES)[number], keyof ChangeRow>;

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
  counters.statements++;
  return (await pool.query<R>(text, values)).rows;
}

function valueChange(change: ValueChange | null | undefined) {
  return change ? { old: change.old ?? null, new: change.new ?? null } : null;
}

// The selection of the project's query: added { key new } removed { key old } changed { key old new }.
function mapChange(change: MapChange | null | undefined) {
  if (!change) return null;
  return {
    added: change.added.map((entry) => ({ key: entry.key, new: entry.new ?? null })),
    removed: change.removed.map((entry) => ({ key: entry.key, old: entry.old ?? null })),
    changed: change.changed.map((entry) => ({
      key: entry.key,
      old: entry.old ?? null,
      new: entry.new ?? null,
    })),
  };
}

function changeNode(row: ChangeRow) {
  const details = row.details ? (JSON.parse(row.details) as Details) : {};
  const dependencies = details.dependencies;
  return {
    node: {
      assetKey: row.assetKey,
      changeTypes: ASSET_CHANGE_TYPES.filter((type) => row[FLAG_OF[type]]),
      codeVersion: valueChange(details.codeVersion),
      partitionsDefinition: valueChange(details.partitionsDefinition),
      dependencies: dependencies
        ? { added: dependencies.added, removed: dependencies.removed, changed: dependencies.changed }
        : null,
      tags: mapChange(details.tags),
      metadata: mapChange(details.metadata),
    },
  };
}

/** The project's answer to the dashboard page, as a JSON string. */
async function dashboardPage(deployment: string, name: string): Promise<string> {
  const loads = await query<LoadRow>(LOADS_SQL, [deployment, name, PAGE_SIZE]);
  if (loads.length === 0) return '{"data":{"project":null}}';
  const ids = loads.flatMap((load) => (load.id === null ? [] : [load.id]));
  const changes = ids.length > 0 ? await query<ChangeRow>(CHANGES_SQL, [ids]) : [];
  const byLoad = new Map<number, ChangeRow[]>(ids.map((id) => [id, []]));
  for (const change of changes) byLoad.get(change.loadId)?.push(change);
  const edges = loads.flatMap((load) => {
    if (load.id === null) return [];
    const rows = byLoad.get(load.id) ?? [];
    const added: string[] = [];
    const removed: string[] = [];
    const changed: string[] = [];
    for (const row of rows) (row.isNew ? added : row.isRemoved ? removed : changed).push(row.assetKey);
    const page = [...rows].sort((a, b) => a.id - b.id).slice(0, CHANGES_PER_LOAD);
    const git =
      load.gitRepositoryUrl === null && load.gitCommitHash === null && load.gitBranch === null
        ? null
        : { commitHash: load.gitCommitHash, commitUrl: commitUrl(load.gitRepositoryUrl, load.gitCommitHash) };
    return [
      {
        node: {
          load: {
            // The project's global ID (src/builder.ts encodeGlobalId): base64url of "ProjectLoad:<id>".
            id: Buffer.from(`ProjectLoad:${load.id}`, "utf8").toString("base64url"),
            sequence: load.sequence,
            loadedAt: load.loadedAt,
            status: load.status,
            image: load.image,
            git,
            assetsAdded: added,
            assetsRemoved: removed,
            assetsChanged: changed,
            assetChanges: { edges: page.map(changeNode) },
          },
        },
      },
    ];
  });
  return JSON.stringify({ data: { project: { history: { edges } } } });
}

function authorized(request: IncomingMessage): boolean {
  const given = Buffer.from(request.headers.authorization ?? "");
  return given.length === expectedAuthorization.length && timingSafeEqual(given, expectedAuthorization);
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "POST" || request.url !== "/graphql") {
    send(response, 404, '{"errors":[{"message":"POST /graphql only"}]}');
    return;
  }
  if (!authorized(request)) {
    send(response, 401, '{"errors":[{"message":"a valid Bearer token is required"}]}');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    variables?: { deployment?: string; name?: string };
  };
  if (typeof variables?.name !== "string") {
    send(response, 400, '{"errors":[{"message":"variables.name is required"}]}');
    return;
  }
  send(response, 200, await dashboardPage(variables.deployment ?? "prod", variables.name));
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    if (counters.errors++ < 3) console.error(`floor server ${process.pid}:`, error);
    if (!response.headersSent) send(response, 500, '{"errors":[{"message":"internal error"}]}');
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
serveBenchmark(server, counters, async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await pool.end();
});
