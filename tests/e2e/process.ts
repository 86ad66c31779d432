import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root: `npm start` runs there. */
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const URL_LINE = /Project history API on (http:\/\/localhost:(\d+)\/graphql)/;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The variables the test decides about: nothing leaks in from the shell that runs vitest. */
const DECIDED_BY_TESTS = [
  "ADMIN_TOKEN",
  "PORT",
  "DATABASE_URL",
  "HOST",
  "LOG_LEVEL",
  "LOG_FORMAT",
  "ALERT_ALLOWED_NETWORKS",
  "ALERT_ALLOW_PRIVATE_NETWORKS",
];

/** `tsx <script>` from the project's root, as an npm script runs it, with its output collected. */
export class TsxProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  readonly exited: Promise<Exit>;
  protected exit: Exit | null = null;

  /** `npmScript`: run `npm run <npmScript>` instead, whose process is then `child` (tsx runs under it). */
  constructor(script: string, env: Record<string, string>, npmScript?: string) {
    const inherited = { ...process.env };
    for (const name of DECIDED_BY_TESTS) delete inherited[name];
    const [command, args] = npmScript
      ? ["npm", ["run", "--silent", npmScript]]
      : ["node_modules/.bin/tsx", [script]];
    this.child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...inherited, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: tsx runs the script in a child process, and a hard kill must reach both.
      detached: true,
    });
    this.child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stdout += chunk;
    });
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  get running(): boolean {
    return this.exit === null;
  }

  /** Waits for the exit; null if it has not exited within `timeoutMs`. */
  async waitForExit(timeoutMs: number): Promise<Exit | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether any process of its group (npm, sh, tsx, node) is still alive. */
  get groupAlive(): boolean {
    const pid = this.child.pid;
    if (pid === undefined) return false;
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  /** Kills the whole process group (tsx and the script under it) if anything of it is still alive. */
  async kill(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
    if (this.running) await this.waitForExit(5_000);
  }
}

/** `tsx src/app/main.ts` as `npm start` runs it, or `npm start` itself (`viaNpm`). */
export class MainProcess extends TsxProcess {
  /** Where the server writes a bootstrap admin token (no terminal is attached). */
  readonly bootstrapTokenFile: string;
  /** The folder made for the token file, removed by kill(). */
  private readonly tokenDir: string | null;

  constructor(env: Record<string, string>, options: { viaNpm?: boolean } = {}) {
    const tokenDir = env.BOOTSTRAP_TOKEN_FILE ? null : mkdtempSync(join(tmpdir(), "project-history-token-"));
    const bootstrapTokenFile = env.BOOTSTRAP_TOKEN_FILE ?? join(tokenDir ?? tmpdir(), "admin-token");
    super(
      "src/app/main.ts",
      { BOOTSTRAP_TOKEN_FILE: bootstrapTokenFile, ...env },
      options.viaNpm ? "start" : undefined,
    );
    this.tokenDir = tokenDir;
    this.bootstrapTokenFile = bootstrapTokenFile;
  }

  /** Resolves with the printed URL once the server listens; rejects if it exits first or takes too long. */
  async ready(timeoutMs = 30_000): Promise<{ url: string; port: number; baseUrl: string }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = URL_LINE.exec(this.stdout);
      if (match?.[1] && match[2]) {
        const port = Number(match[2]);
        return { url: match[1], port, baseUrl: `http://localhost:${port}` };
      }
      if (!this.running) {
        throw new Error(
          `the server exited (${JSON.stringify(this.exit)}) before listening\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(
      `no "Project history API on ..." line within ${timeoutMs} ms\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
    );
  }

  /** The admin token a fresh database got (written to its file, never to the logs), or null. */
  get bootstrapToken(): string | null {
    try {
      return readFileSync(this.bootstrapTokenFile, "utf8").trim();
    } catch {
      return null;
    }
  }

  override async kill(): Promise<void> {
    if (this.tokenDir) rmSync(this.tokenDir, { recursive: true, force: true });
    await super.kill();
  }
}
