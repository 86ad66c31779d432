// The agent's rollback executor (--deploy-command): claims the rollbacks requested in its deployment, runs
// the operator's deploy command with the target in its environment, and lets the recording loop report the
// load Dagster then serves as the rollback's load.
//
//   rollbackUpdated subscription (and a catch-up query of Deployment.openRollbacks on every (re)connect, and
//   a periodic one for leases that ran out) ─ claimRollback ─ renewRollbackLease every lease/3
//     ─ /bin/sh -c <command> with PROJECT, DEPLOYMENT, IMAGE, COMMIT_HASH, REPOSITORY_URL, TARGET_SEQUENCE,
//       ROLLBACK_ID, TARGET_LOAD_ID in its environment (the command line is the operator's alone: nothing from
//       the API is put on it)
//     ─ non-zero exit: failRollback with the tail of stderr
//     ─ then the agent's poll loop looks at the location on every poll (claimFor): the first load with the
//       target's image is recorded with input.rollback (trigger ROLLBACK; the server ends the rollback
//       SUCCEEDED and compares snapshots), a load error FAILED
//     ─ no such load within the timeout (default 10 min from the claim): failRollback
// One rollback at a time; a lease lost to another executor (this one was too slow to renew) ends the attempt.
import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { type GraphQLClient, GraphQLRequestError } from "../client";
import { graphql } from "../client/generated";
import { followRollbacks } from "../client/rollback-updates";
import type { Logger } from "../observability/logger";

export const DEFAULT_ROLLBACK_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_LEASE_SECONDS = 60;
/** What of the command's stderr becomes the rollback's error. */
const STDERR_TAIL = 2_000;

export const AGENT_OPEN_ROLLBACKS = graphql(`
  query AgentOpenRollbacks {
    deployments {
      name
      openRollbacks {
        id
        status
        leaseExpiresAt
        project {
          name
        }
      }
    }
  }
`);

export const AGENT_CLAIM_ROLLBACK = graphql(`
  mutation AgentClaimRollback($input: ClaimRollbackInput!) {
    claimRollback(input: $input) {
      claimToken
      rollback {
        id
        project {
          name
        }
        toLoad {
          id
          sequence
          image
          git {
            commitHash
            repositoryUrl
          }
        }
      }
    }
  }
`);

export const AGENT_RENEW_LEASE = graphql(`
  mutation AgentRenewLease($input: RenewRollbackLeaseInput!) {
    renewRollbackLease(input: $input) {
      id
    }
  }
`);

export const AGENT_FAIL_ROLLBACK = graphql(`
  mutation AgentFailRollback($input: FailRollbackInput!) {
    failRollback(input: $input) {
      id
      status
    }
  }
`);

export interface ExecutorOptions {
  history: GraphQLClient;
  deployment: string;
  /** The operator's command, run by /bin/sh -c (never with anything from the API on its command line). */
  command: string;
  /** Only rollbacks of these projects (the agent's locations); all when empty. */
  locations?: readonly string[];
  timeoutMs?: number;
  leaseSeconds?: number;
  /** Shown in Rollback.claimedBy (with the token's name). */
  label: string;
  logger: Logger;
  /** The deploy command's working directory (default: the agent's). */
  cwd?: string;
}

export interface RollbackClaim {
  rollbackId: string;
  claimToken: string;
}

interface Active extends RollbackClaim {
  project: string;
  image: string | null;
  sequence: number;
  /** The command has exited 0: the location is looked at on every poll. */
  deployed: boolean;
  /** A load was handed to the recorder for it. */
  reported: boolean;
  deadline: number;
  done: () => void;
  abort: AbortController;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isLostClaim(error: unknown): boolean {
  return error instanceof GraphQLRequestError && (error.code === "CONFLICT" || error.code === "NOT_FOUND");
}

/** The last `max` characters of a command's stderr, from a line start where possible. */
export function stderrTail(stderr: string, max = STDERR_TAIL): string {
  const trimmed = stderr.trimEnd();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(-max);
  const newline = cut.indexOf("\n");
  return `…${newline >= 0 && newline < max / 2 ? cut.slice(newline + 1) : cut}`;
}

/** Runs the deploy command: resolves with its exit code (or signal) and the tail of its stderr. */
export function runDeployCommand(
  command: string,
  env: Record<string, string>,
  signal: AbortSignal,
  cwd?: string,
): Promise<{ code: number | null; signal: string | null; stderr: string; error?: string }> {
  return new Promise((resolve) => {
    let stderr = "";
    let child: ChildProcess;
    try {
      // An explicit shell that gets no values on its command line: the command is the operator's text, and
      // the rollback's values reach it only as environment variables.
      child = spawn("/bin/sh", ["-c", command], {
        env: { ...process.env, ...env },
        stdio: ["ignore", "ignore", "pipe"],
        signal,
        ...(cwd ? { cwd } : {}),
      });
    } catch (error) {
      resolve({ code: null, signal: null, stderr: "", error: describe(error) });
      return;
    }
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL * 4);
    });
    child.on("error", (error) => {
      if (error.name === "AbortError") return; // reported by "close" with the signal
      stderr += `\n${error.message}`;
    });
    child.on("close", (code, killed) => resolve({ code, signal: killed, stderr }));
  });
}

export class RollbackExecutor {
  private readonly controller = new AbortController();
  private active: Active | null = null;
  private kicking: Promise<void> | null = null;
  private kickAgain = false;
  private running: Promise<void> | null = null;
  private readonly timeoutMs: number;
  private readonly leaseSeconds: number;

  constructor(private readonly options: ExecutorOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_ROLLBACK_TIMEOUT_MS;
    this.leaseSeconds = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  }

  start(): void {
    const signal = this.controller.signal;
    const follow = followRollbacks(
      this.options.history,
      { deployment: this.options.deployment },
      {
        onConnected: async () => {
          // Caught up by query: a request made while disconnected is claimed now.
          await this.catchUp();
          return false;
        },
        onUpdate: (update) => {
          if (update.status === "REQUESTED") this.kick();
          return false;
        },
        onDisconnected: (reason) =>
          this.options.logger.warn({ reason }, "rollback requests: lost the subscription; reconnecting"),
      },
      signal,
    ).catch((error) => {
      this.options.logger.error(
        { error: describe(error) },
        "rollback requests: cannot subscribe; the agent carries out no rollbacks",
      );
    });
    // A lease that ran out sends no event: look for one now and then.
    const sweep = (async () => {
      while (!signal.aborted) {
        try {
          await sleep(this.leaseSeconds * 1000, undefined, { signal });
        } catch {
          return;
        }
        await this.catchUp();
      }
    })();
    this.running = Promise.all([follow, sweep]).then(() => {});
  }

  async stop(): Promise<void> {
    this.controller.abort();
    this.active?.abort.abort();
    await this.running;
    await this.kicking?.catch(() => {});
  }

  private async catchUp(): Promise<void> {
    try {
      const { deployments } = await this.options.history.request(AGENT_OPEN_ROLLBACKS);
      const open =
        deployments.find((deployment) => deployment.name === this.options.deployment)?.openRollbacks ?? [];
      const now = Date.now();
      const claimable = open.some(
        (rollback) =>
          this.watches(rollback.project.name) &&
          (rollback.status === "REQUESTED" ||
            (rollback.leaseExpiresAt !== null && Date.parse(rollback.leaseExpiresAt) < now)),
      );
      if (claimable) this.kick();
    } catch (error) {
      this.options.logger.warn({ error: describe(error) }, "rollback requests: cannot read open rollbacks");
    }
  }

  private watches(project: string): boolean {
    const only = this.options.locations ?? [];
    return only.length === 0 || only.includes(project);
  }

  /** Claims and carries out rollbacks one after the other while there are any. */
  kick(): void {
    if (this.kicking) {
      this.kickAgain = true;
      return;
    }
    this.kicking = (async () => {
      do {
        this.kickAgain = false;
        while (!this.controller.signal.aborted && (await this.claimAndRun())) {
          // The next one, if any.
        }
      } while (this.kickAgain && !this.controller.signal.aborted);
    })().finally(() => {
      this.kicking = null;
    });
  }

  /** Claims one rollback and carries it out; false when there was none to claim. */
  private async claimAndRun(): Promise<boolean> {
    let claimed: Awaited<ReturnType<typeof this.claim>>;
    try {
      claimed = await this.claim();
    } catch (error) {
      this.options.logger.warn({ error: describe(error) }, "rollback requests: cannot claim");
      return false;
    }
    if (!claimed) return false;
    await this.carryOut(claimed);
    return true;
  }

  private async claim() {
    const locations = this.options.locations ?? [];
    const { claimRollback } = await this.options.history.request(AGENT_CLAIM_ROLLBACK, {
      input: {
        deployment: this.options.deployment,
        leaseSeconds: this.leaseSeconds,
        executor: this.options.label,
        ...(locations.length > 0 ? { projects: [...locations] } : {}),
      },
    });
    if (!claimRollback.rollback || !claimRollback.claimToken) return null;
    return { rollback: claimRollback.rollback, claimToken: claimRollback.claimToken };
  }

  private async carryOut({
    rollback,
    claimToken,
  }: NonNullable<Awaited<ReturnType<RollbackExecutor["claim"]>>>): Promise<void> {
    const logger = this.options.logger.child({ rollback: rollback.id, location: rollback.project.name });
    const target = rollback.toLoad;
    let finished!: () => void;
    const settled = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const active: Active = {
      rollbackId: rollback.id,
      claimToken,
      project: rollback.project.name,
      image: target.image,
      sequence: target.sequence,
      deployed: false,
      reported: false,
      deadline: Date.now() + this.timeoutMs,
      done: finished,
      abort: new AbortController(),
    };
    this.active = active;
    const stopWith = (reason: string) => {
      active.abort.abort();
      finished();
      logger.warn({ reason }, "rollback attempt ended");
    };
    const renew = setInterval(
      () => {
        this.options.history
          .request(AGENT_RENEW_LEASE, {
            input: { rollbackId: rollback.id, claimToken, leaseSeconds: this.leaseSeconds },
          })
          .catch((error) => {
            if (isLostClaim(error)) stopWith("the claim passed to another executor or the rollback ended");
            else logger.warn({ error: describe(error) }, "cannot renew the rollback's lease; retrying");
          });
      },
      Math.max(1_000, (this.leaseSeconds * 1000) / 3),
    );
    const timeout = setTimeout(() => {
      void this.fail(
        active,
        `No load of "${active.project}" with image ${active.image ?? "(none)"} was reported by Dagster within ${Math.round(this.timeoutMs / 1000)} s`,
        logger,
      ).finally(finished);
    }, this.timeoutMs);
    try {
      logger.info(
        { image: target.image, sequence: target.sequence },
        `rolling back to load #${target.sequence}: running the deploy command`,
      );
      const env: Record<string, string> = {
        PROJECT: rollback.project.name,
        DEPLOYMENT: this.options.deployment,
        IMAGE: target.image ?? "",
        COMMIT_HASH: target.git?.commitHash ?? "",
        REPOSITORY_URL: target.git?.repositoryUrl ?? "",
        TARGET_SEQUENCE: String(target.sequence),
        ROLLBACK_ID: rollback.id,
        TARGET_LOAD_ID: target.id,
      };
      const result = await runDeployCommand(this.options.command, env, active.abort.signal, this.options.cwd);
      if (active.abort.signal.aborted) {
        if (!this.controller.signal.aborted) await settled;
        return;
      }
      if (result.code !== 0) {
        const how =
          result.error !== undefined
            ? `could not start: ${result.error}`
            : result.code === null
              ? `was killed by ${result.signal}`
              : `exited with ${result.code}`;
        const tail = stderrTail(result.stderr);
        await this.fail(active, `The deploy command ${how}${tail ? `: ${tail}` : ""}`, logger);
        return;
      }
      logger.info("deploy command done; waiting for Dagster to serve the target's image");
      active.deployed = true;
      await settled;
    } finally {
      clearInterval(renew);
      clearTimeout(timeout);
      active.abort.abort();
      if (this.active === active) this.active = null;
    }
  }

  private async fail(active: Active, error: string, logger: Logger): Promise<void> {
    if (active.reported) return;
    active.reported = true;
    try {
      await this.options.history.request(AGENT_FAIL_ROLLBACK, {
        input: { rollbackId: active.rollbackId, claimToken: active.claimToken, error },
      });
      logger.warn({ error }, "rollback FAILED");
    } catch (failure) {
      logger.warn({ error: describe(failure) }, "could not report the rollback's failure");
    }
    active.done();
  }

  /** Whether the poll loop should look at this location even when its versionKey has not changed. */
  watching(location: string): boolean {
    const active = this.active;
    return active !== null && !active.reported && active.deployed && active.project === location;
  }

  /**
   * The claim a load of `location` carries out, if it does: a successful load with the target's image (any
   * time after the command started: a rolling update may finish before the command returns), or a load
   * error once the command has finished. The load is then this rollback's: the caller records it with the
   * claim and calls reported().
   */
  claimFor(
    location: string,
    load: { kind: "loaded"; image: string | null } | { kind: "failed" },
  ): RollbackClaim | null {
    const active = this.active;
    if (!active || active.reported || active.project !== location) return null;
    if (load.kind === "failed") return active.deployed ? active : null;
    return active.image === null || load.image === active.image ? active : null;
  }

  /** The load carrying out the claim was handed to the history server (or refused: the claim was lost). */
  reported(claim: RollbackClaim): void {
    const active = this.active;
    if (!active || active.rollbackId !== claim.rollbackId) return;
    active.reported = true;
    active.done();
  }

  /** Marks the claim's load as handed to the recorder, so no second load is tagged with it. */
  tagged(claim: RollbackClaim): void {
    const active = this.active;
    if (active && active.rollbackId === claim.rollbackId) active.reported = true;
  }
}
