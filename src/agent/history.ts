// The agent's side of the history server: what it reads (its token, each project's newest load) and how it
// records a load so that it is recorded exactly once, whichever agent sends it and however often.
//
//   Recorder.record(location, observation) ─ latest load (project query) ─ key ─ recordProjectLoad
//
// Idempotency keys (unique per project on the server; a repeat returns the first load):
// - a successful load: the location and its versionKey (Dagster's [server id, image] of the code server);
// - the same versionKey back after a failure (the webserver reconnected to the same code server): the
//   versionKey plus the failed load's sequence, since the first key already names the load before the failure;
// - a failure: the error's fingerprint plus the sequence of the load it follows. Before recording one, the
//   newest load is read: if it is this very failure, nothing is sent. Refreshes of a failed location (each a
//   new versionKey) and restarted or concurrent agents therefore record a failure once.
import { createHash } from "node:crypto";
import { type GraphQLClient, GraphQLRequestError } from "../client";
import { graphql } from "../client/generated";
import type {
  AgentLoadFragment,
  AgentProjectsQuery,
  RecordProjectLoadInput,
  Role,
} from "../client/generated/graphql";
import { errorFingerprint, type LoadFailure, type LoadSnapshot } from "./snapshot";

export const AGENT_LOAD = graphql(`
  fragment AgentLoad on ProjectLoad {
    id
    sequence
    status
    loadedAt
    recordedBy
    error {
      message
      stack
    }
  }
`);

export const AGENT_VIEWER = graphql(`
  query AgentViewer {
    viewer {
      name
      roles {
        deployment
        role
      }
    }
  }
`);

export const AGENT_PROJECT = graphql(`
  query AgentProject($deployment: String!, $name: String!) {
    project(deployment: $deployment, name: $name) {
      latestLoad {
        ...AgentLoad
      }
    }
  }
`);

export const AGENT_PROJECTS = graphql(`
  query AgentProjects($deployment: String!, $after: String) {
    projects(deployment: $deployment, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          latestLoad {
            ...AgentLoad
          }
        }
      }
    }
  }
`);

export const AGENT_RECORD_LOAD = graphql(`
  mutation AgentRecordLoad($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        ...AgentLoad
      }
    }
  }
`);

export type RecordedLoad = AgentLoadFragment;

/** What the agent saw of a location, ready to record. */
export type Observation = (
  | { kind: "loaded"; versionKey: string; snapshot: LoadSnapshot }
  /** `git`: what the location's display metadata still says (its workspace entry's commit_hash and url). */
  | { kind: "failed"; failure: LoadFailure; git?: LoadSnapshot["git"] }
) & {
  /** The claimed rollback this load carries out (src/agent/executor.ts): recorded with trigger ROLLBACK. */
  rollback?: { rollbackId: string; claimToken: string };
};

export type RecordOutcome =
  | { outcome: "recorded"; load: RecordedLoad }
  /** Already in the history (recorded earlier, or by another agent): nothing new was written. */
  | { outcome: "present"; load: RecordedLoad | null };

const ROLE_ORDER: readonly Role[] = ["VIEWER", "LAUNCHER", "EDITOR", "ADMIN", "ORGANIZATION_ADMIN"];

/** The token's name, or an error saying why it cannot record loads in the deployment. */
export async function checkToken(client: GraphQLClient, deployment: string): Promise<string> {
  const { viewer } = await client.request(AGENT_VIEWER);
  if (!viewer) {
    throw new GraphQLRequestError([
      {
        message: "The history server refused the token (unknown or revoked): give an EDITOR token",
        extensions: { code: "UNAUTHENTICATED" },
      },
    ]);
  }
  const editor = ROLE_ORDER.indexOf("EDITOR");
  const allowed = viewer.roles.some(
    (grant) =>
      (grant.deployment === null || grant.deployment === deployment) &&
      ROLE_ORDER.indexOf(grant.role) >= editor,
  );
  if (!allowed) {
    throw new GraphQLRequestError([
      {
        message: `The token "${viewer.name}" cannot record loads in deployment "${deployment}": it needs EDITOR there (it has ${viewer.roles.map((grant) => `${grant.role}${grant.deployment ? ` in ${grant.deployment}` : ""}`).join(", ") || "no role"})`,
        extensions: { code: "FORBIDDEN" },
      },
    ]);
  }
  return viewer.name;
}

function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}

/** Keys stay under the server's 200 characters whatever the location's name. */
function keyPrefix(location: string): string {
  return `dagster:${location.length > 60 ? digest(location).slice(0, 16) : location}`;
}

export function loadKey(location: string, versionKey: string, afterFailure?: number): string {
  const base = `${keyPrefix(location)}:load:${digest([location, versionKey])}`;
  return afterFailure === undefined ? base : `${base}:after:${afterFailure}`;
}

export function failureKey(location: string, fingerprint: string, afterSequence: number): string {
  return `${keyPrefix(location)}:failure:${fingerprint}:after:${afterSequence}`;
}

/**
 * The key of a rollback's load when the code server it names was recorded already as a deploy (a claim taken
 * over after the first executor's deploy was seen): the rollback's load is a load of its own. Otherwise a
 * rollback's load has the usual key, so that an agent restarted later finds it recorded.
 */
export function rollbackKey(key: string, rollbackId: string): string {
  return `${key}:rollback:${digest(rollbackId).slice(0, 16)}`;
}

/** True when the load is the failure described: same message and stack (fingerprint). */
export function isSameFailure(load: RecordedLoad | null, failure: LoadFailure): boolean {
  return (
    load?.status === "FAILURE" &&
    load.error !== null &&
    load.error !== undefined &&
    errorFingerprint(load.error.message, load.error.stack ?? null) === failure.fingerprint
  );
}

function isKeyConflict(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === "CONFLICT";
}

export class Recorder {
  constructor(
    private readonly client: GraphQLClient,
    private readonly deployment: string,
  ) {}

  async latestLoad(project: string): Promise<RecordedLoad | null> {
    const { project: found } = await this.client.request(AGENT_PROJECT, {
      deployment: this.deployment,
      name: project,
    });
    return found?.latestLoad ?? null;
  }

  /** Every project of the deployment with its newest load. */
  async projects(): Promise<{ name: string; latestLoad: RecordedLoad | null }[]> {
    const projects: { name: string; latestLoad: RecordedLoad | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const { projects: page }: AgentProjectsQuery = await this.client.request(AGENT_PROJECTS, {
        deployment: this.deployment,
        after,
      });
      for (const edge of page.edges)
        projects.push({ name: edge.node.name, latestLoad: edge.node.latestLoad ?? null });
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return projects;
      after = page.pageInfo.endCursor;
    }
  }

  /** Sends one load; a CONFLICT on the key means a load with it exists already (sent with other input). */
  private async send(input: RecordProjectLoadInput): Promise<RecordedLoad | "conflict"> {
    try {
      return (await this.client.request(AGENT_RECORD_LOAD, { input })).recordProjectLoad.load;
    } catch (error) {
      if (isKeyConflict(error)) return "conflict";
      throw error;
    }
  }

  /** Records what was observed of a location (its project), unless the history has it already. */
  async record(location: string, observation: Observation): Promise<RecordOutcome> {
    const latest = await this.latestLoad(location);
    const claim = observation.rollback;
    const base = {
      deployment: this.deployment,
      project: location,
      ...(claim ? { rollback: { rollbackId: claim.rollbackId, claimToken: claim.claimToken } } : {}),
    };
    if (observation.kind === "failed") {
      const { failure } = observation;
      if (!claim && isSameFailure(latest, failure)) return { outcome: "present", load: latest };
      const sent = await this.send({
        ...base,
        status: "FAILURE",
        error: failure.error,
        errorStack: failure.errorStack,
        ...(observation.git ? { git: observation.git } : {}),
        // No loadedAt: a failed location's timestamps change on every refresh, and two agents must send the
        // same input under one key. The server's time is when it was noticed.
        idempotencyKey: failureKey(location, failure.fingerprint, latest?.sequence ?? 0),
      });
      return this.outcome(sent, latest);
    }

    const { snapshot, versionKey } = observation;
    const input = (idempotencyKey: string): RecordProjectLoadInput => ({
      ...base,
      status: "SUCCESS",
      // The API's input type has mutable arrays; the snapshot's are read-only.
      assets: snapshot.assets.map((asset) => ({ ...asset, dependencies: [...(asset.dependencies ?? [])] })),
      ...(snapshot.image !== null ? { image: snapshot.image } : {}),
      ...(snapshot.git ? { git: snapshot.git } : {}),
      metadata: snapshot.metadata,
      loadedAt: snapshot.loadedAt,
      idempotencyKey,
    });
    const sent = await this.send(input(loadKey(location, versionKey)));
    const recordedNow = sent !== "conflict" && sent.sequence > (latest?.sequence ?? 0);
    // The rollback's code server was recorded already, as a deploy (a claim taken over after the first
    // executor's deploy was seen): the rollback gets a load of its own.
    if (claim && !recordedNow) {
      return this.outcome(
        await this.send(input(rollbackKey(loadKey(location, versionKey), claim.rollbackId))),
        latest,
      );
    }
    // The key named an older load, and the newest load is a failure: the location came back to the same
    // code server (same versionKey). That recovery is a load of its own, after the failure.
    if (
      !claim &&
      !recordedNow &&
      latest?.status === "FAILURE" &&
      (sent === "conflict" || sent.sequence < latest.sequence)
    ) {
      return this.outcome(await this.send(input(loadKey(location, versionKey, latest.sequence))), latest);
    }
    return this.outcome(sent, latest);
  }

  private outcome(sent: RecordedLoad | "conflict", latest: RecordedLoad | null): RecordOutcome {
    if (sent === "conflict") return { outcome: "present", load: null };
    return sent.sequence > (latest?.sequence ?? 0) && sent.id !== latest?.id
      ? { outcome: "recorded", load: sent }
      : { outcome: "present", load: sent };
  }
}
