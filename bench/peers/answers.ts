// The rows of a dashboard page, read out of each server's answer, so that bench/peers.ts can check that the
// three servers answer the same page: the same loads (database id, sequence, time, status, image, commit),
// the same keys added/removed/changed per load, and the same asset changes (key and change types, in order).
// The project's and the floor's answers must moreover be byte-equal; PostGraphile answers raw columns.
import { ASSET_CHANGE_TYPES } from "../../src/domain/asset-diff";

export interface PageRows {
  loads: {
    id: number;
    sequence: number;
    loadedAt: number;
    status: string;
    image: string | null;
    commitHash: string | null;
    added: string[];
    removed: string[];
    changed: string[];
    changes: { assetKey: string; changeTypes: string[] }[];
  }[];
}

interface ProjectAnswer {
  data?: {
    project: {
      history: {
        edges: {
          node: {
            load: {
              id: string;
              sequence: number;
              loadedAt: string;
              status: string;
              image: string | null;
              git: { commitHash: string | null } | null;
              assetsAdded: string[];
              assetsRemoved: string[];
              assetsChanged: string[];
              assetChanges: { edges: { node: { assetKey: string; changeTypes: string[] } }[] };
            };
          };
        }[];
      };
    } | null;
  };
  errors?: unknown[];
}

type Flags = Record<
  | "isNew"
  | "isCodeVersion"
  | "isDependencies"
  | "isPartitionsDefinition"
  | "isTags"
  | "isMetadata"
  | "isRemoved",
  boolean
>;

interface PostGraphileAnswer {
  data?: {
    allDeployments: {
      nodes: {
        projectsByDeploymentId: {
          nodes: {
            projectLoadsByProjectId: {
              edges: {
                node: {
                  rowId: number;
                  sequence: number;
                  loadedAt: string;
                  status: string;
                  image: string | null;
                  gitCommitHash: string | null;
                  keys: { nodes: { assetKey: string; isNew: boolean; isRemoved: boolean }[] };
                  assetChangesByLoadId: {
                    edges: { node: Flags & { assetKey: string; details: string | null } }[];
                  };
                };
              }[];
            };
          }[];
        };
      }[];
    };
  };
  errors?: unknown[];
}

const FLAG_OF: Record<(typeof ASSET_CHANGE_TYPES)[number], keyof Flags> = {
  NEW: "isNew",
  CODE_VERSION: "isCodeVersion",
  DEPENDENCIES: "isDependencies",
  PARTITIONS_DEFINITION: "isPartitionsDefinition",
  TAGS: "isTags",
  METADATA: "isMetadata",
  REMOVED: "isRemoved",
};

function failIfErrors(server: string, answer: { errors?: unknown[] }): void {
  if (answer.errors?.length)
    throw new Error(`${server} answered errors: ${JSON.stringify(answer.errors).slice(0, 1_000)}`);
}

/** The load's database id from the project's global ID (base64url of "ProjectLoad:<id>"). */
function loadIdOf(globalId: string): number {
  const match = /^ProjectLoad:(\d+)$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  if (!match) throw new Error(`unexpected load ID ${globalId}`);
  return Number(match[1]);
}

export function projectRows(server: string, text: string): PageRows {
  const answer = JSON.parse(text) as ProjectAnswer;
  failIfErrors(server, answer);
  const project = answer.data?.project;
  if (!project) throw new Error(`${server} found no project`);
  return {
    loads: project.history.edges.map(({ node: { load } }) => ({
      id: loadIdOf(load.id),
      sequence: load.sequence,
      loadedAt: Date.parse(load.loadedAt),
      status: load.status,
      image: load.image,
      commitHash: load.git?.commitHash ?? null,
      added: load.assetsAdded,
      removed: load.assetsRemoved,
      changed: load.assetsChanged,
      changes: load.assetChanges.edges.map(({ node }) => ({
        assetKey: node.assetKey,
        changeTypes: node.changeTypes,
      })),
    })),
  };
}

/** PostGraphile's Datetime for a `timestamp` (no time zone) column has no zone; the project stores UTC. */
function utc(datetime: string): number {
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(datetime) ? datetime : `${datetime}Z`);
}

export function postgraphileRows(text: string): PageRows {
  const answer = JSON.parse(text) as PostGraphileAnswer;
  failIfErrors("PostGraphile", answer);
  const project = answer.data?.allDeployments.nodes[0]?.projectsByDeploymentId.nodes[0];
  if (!project) throw new Error("PostGraphile found no project");
  return {
    loads: project.projectLoadsByProjectId.edges.map(({ node: load }) => {
      const keys = load.keys.nodes;
      return {
        id: load.rowId,
        sequence: load.sequence,
        loadedAt: utc(load.loadedAt),
        status: load.status,
        image: load.image,
        commitHash: load.gitCommitHash,
        added: keys.filter((key) => key.isNew).map((key) => key.assetKey),
        removed: keys.filter((key) => key.isRemoved).map((key) => key.assetKey),
        changed: keys.filter((key) => !key.isNew && !key.isRemoved).map((key) => key.assetKey),
        changes: load.assetChangesByLoadId.edges.map(({ node }) => ({
          assetKey: node.assetKey,
          changeTypes: ASSET_CHANGE_TYPES.filter((type) => node[FLAG_OF[type]]),
        })),
      };
    }),
  };
}

/** Where two pages differ first (a short description), or null when they hold the same rows. */
export function rowDifference(a: PageRows, b: PageRows): string | null {
  if (a.loads.length !== b.loads.length) return `${a.loads.length} loads against ${b.loads.length}`;
  for (const [index, load] of a.loads.entries()) {
    const other = b.loads[index];
    const left = JSON.stringify(load);
    const right = JSON.stringify(other);
    if (left !== right)
      return `load #${index + 1} (sequence ${load.sequence}): ${left.slice(0, 300)} against ${right.slice(0, 300)}`;
  }
  return null;
}

/** Where two strings differ first, with some context on each side (null when equal). */
export function textDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const context = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `lengths ${a.length} and ${b.length}, first difference at character ${at}:\n    ${context(a)}\n    ${context(b)}`;
}
