// The real Dagster for the agent's tests: a code server (`dagster code-server start`, as a deployed code
// location runs it) serving tests/dagster/locations with the definitions DEFS_VERSION picks and the image
// DAGSTER_CURRENT_IMAGE names, and `dagster-webserver` pointed at it by a workspace.yaml, on free loopback
// ports, each process in a temporary DAGSTER_HOME of its own.
//
//   start({ version, image })    ─ code server ─ service ─ workspace.yaml (grpc_server + additional_metadata)
//                                 ─ webserver
//   redeploy({ version, image }) ─ a new code server on a port of its own; once it has loaded, the service
//                                  (a TCP proxy: the Kubernetes Service of a rolling update) points at it and
//                                  the old one stops; then the webserver shows the new versionKey
//   stopCodeServer()                 ─ the location fails (unreachable), as a crashed deployment does
//   removeLocation()                 ─ workspace.yaml without it + reloadWorkspace: the location disappears
//
// The Dagster virtualenv comes from scripts/setup-dagster.sh (in the user's cache, see there). Without it, dagsterSetup() says so loudly and the tests
// skip; with it they run.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where scripts/setup-dagster.sh puts the virtualenv: the same rule as there. */
export const VENV =
  process.env.DAGSTER_VENV ||
  join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "project-history", "dagster-venv");
const LOCATIONS_DIR = fileURLToPath(new URL("./locations", import.meta.url));
const MODULE = "history_test_location";

export type DefsVersion = "v1" | "v2" | "broken" | "big";

/** Whether the real Dagster is installed; when it is not, why, loudly (once). */
export function dagsterSetup(): { available: true } | { available: false; reason: string } {
  const missing = ["dagster", "dagster-webserver"].filter((bin) => !existsSync(join(VENV, "bin", bin)));
  if (missing.length === 0) return { available: true };
  const reason = `${VENV} has no ${missing.join(" or ")}: run scripts/setup-dagster.sh`;
  const banner = "!".repeat(100);
  console.warn(`\n${banner}\nSKIPPING the Dagster tests: ${reason}\n${banner}\n`);
  return { available: false, reason };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  return address.port;
}

/** A child process in a process group of its own (so that its children end with it), with its output kept. */
class Managed {
  private output = "";
  readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined = undefined;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-200_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.exited = new Promise((resolve) =>
      child.on("exit", (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  static start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Managed {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    return new Managed(name, child);
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Resolves when the output matches; rejects when the process exits first or after `timeoutMs`. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (!this.running)
        throw new Error(`the ${this.name} exited (${this.exitCode}) before ${pattern}:\n${this.tail()}`);
      if (Date.now() > deadline)
        throw new Error(
          `the ${this.name} did not print ${pattern} in ${timeoutMs / 1000} s:\n${this.tail()}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  tail(lines = 40): string {
    return this.output.split("\n").slice(-lines).join("\n");
  }

  /** SIGTERM to the whole group, SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running || this.child.pid === undefined) return;
    const pid = this.child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-pid, name);
      } catch {
        // The group is gone already.
      }
    };
    signal("SIGTERM");
    const killed = setTimeout(() => signal("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(killed);
    // The group's other members (the code server's subprocess) get the same end.
    signal("SIGKILL");
  }
}

/**
 * The code location's address, as a Kubernetes Service gives one: a TCP proxy whose target moves to the new
 * code server once that one serves, so that the webserver sees a server ID change and never an outage.
 * With no target it refuses connections (every code server gone).
 */
class Service {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  target: number | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.target === null) {
        client.destroy();
        return;
      }
      const upstream = connect(this.target, "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {});
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
  }

  /** New connections go to `port`; open ones stay on the old server until it stops. */
  route(port: number | null): void {
    this.target = port;
  }

  /** Drops every open connection (the old pods are gone). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async stop(): Promise<void> {
    this.target = null;
    this.dropConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function waitFor<T>(
  what: string,
  timeoutMs: number,
  attempt: () => Promise<T | undefined>,
  diagnostics: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${lastError})` : ""}\n${diagnostics()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface LocationState {
  versionKey: string;
  updateTimestamp: number;
  /** The location's load result, by its GraphQL type. */
  kind: "RepositoryLocation" | "PythonError";
  /** For a PythonError: its class (DagsterUserCodeLoadError, DagsterUserCodeUnreachableError...). */
  className: string | null;
}

export interface DagsterStackOptions {
  version: DefsVersion;
  image: string;
  location?: string;
  /** additional_metadata of the workspace entry: how open-source Dagster puts these into displayMetadata. */
  commitHash?: string;
  repositoryUrl?: string;
  /** Extra environment of the code server (ASSET_COUNT for `big`, ...). */
  env?: Record<string, string>;
  /** Per wait (start-up, redeploy); the machine may be busy. Default 180 s. */
  timeoutMs?: number;
}

export interface Redeployed {
  /** When the new code server was started (it then loads while the old one still serves). */
  deployStartedAt: number;
  /** When the new code server took over: the service routes to it, and the old one is told to stop. */
  restartedAt: number;
  /** When the webserver first showed the new versionKey. */
  visibleAt: number;
  state: LocationState;
}

export class DagsterStack {
  readonly location: string;
  url = "";
  private readonly dir: string;
  private readonly service = new Service();
  private readonly webserverPort: number;
  private codeServer: Managed | null = null;
  private webserver: Managed | null = null;
  private readonly timeoutMs: number;
  /** When the service last moved to a new code server (and the old one was told to stop). */
  private switchedAt = 0;

  private constructor(
    private options: DagsterStackOptions,
    webserverPort: number,
  ) {
    this.location = options.location ?? "shop";
    this.dir = mkdtempSync(join(tmpdir(), "project-history-dagster-"));
    this.webserverPort = webserverPort;
    this.timeoutMs = options.timeoutMs ?? 180_000;
  }

  /** Starts the code server and the webserver; resolves once the location has loaded (or failed to). */
  static async start(options: DagsterStackOptions): Promise<DagsterStack> {
    const setup = dagsterSetup();
    if (!setup.available) throw new Error(setup.reason);
    const stack = new DagsterStack(options, await freePort());
    try {
      await stack.service.start();
      stack.writeWorkspace(true);
      await stack.startCodeServer(options.version, options.image, options.env);
      stack.startWebserver();
      stack.url = `http://127.0.0.1:${stack.webserverPort}`;
      await waitFor(
        "the Dagster webserver to answer",
        stack.timeoutMs,
        async () => {
          stack.assertRunning();
          const response = await fetch(`${stack.url}/server_info`);
          return response.ok ? true : undefined;
        },
        () => stack.diagnostics(),
      );
      await stack.waitForLocation(undefined, expectedKind(options.version));
      return stack;
    } catch (error) {
      await stack.stop();
      throw error;
    }
  }

  private home(name: string): string {
    const home = join(this.dir, name);
    mkdirSync(home, { recursive: true });
    // Telemetry off: the machine reaches no host but the package registries.
    writeFileSync(join(home, "dagster.yaml"), "telemetry:\n  enabled: false\n");
    return home;
  }

  private writeWorkspace(withLocation: boolean): void {
    const metadata: string[] = [];
    if (this.options.commitHash) metadata.push(`        commit_hash: "${this.options.commitHash}"`);
    if (this.options.repositoryUrl) metadata.push(`        url: "${this.options.repositoryUrl}"`);
    const entry = [
      "  - grpc_server:",
      "      host: 127.0.0.1",
      `      port: ${this.service.port}`,
      `      location_name: ${this.location}`,
      ...(metadata.length > 0 ? ["      additional_metadata:", ...metadata] : []),
    ];
    writeFileSync(
      join(this.dir, "workspace.yaml"),
      `load_from:\n${withLocation ? entry.join("\n") : "  []"}\n`,
    );
  }

  private baseEnv(home: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (!name.startsWith("DAGSTER_") && name !== "DEFS_VERSION" && name !== "VIRTUAL_ENV")
        env[name] = value;
    }
    return {
      ...env,
      DAGSTER_HOME: home,
      PYTHONUNBUFFERED: "1",
      PATH: `${join(VENV, "bin")}:${process.env.PATH}`,
    };
  }

  /** Starts a code server on a port of its own and, once it has loaded its code, routes the service to it. */
  private async startCodeServer(version: DefsVersion, image: string, extraEnv: Record<string, string> = {}) {
    const port = await freePort();
    const env = {
      ...this.baseEnv(this.home("code-server-home")),
      DEFS_VERSION: version,
      DAGSTER_CURRENT_IMAGE: image,
      ...extraEnv,
    };
    const codeServer = Managed.start(
      `code server (${version}, ${image})`,
      join(VENV, "bin", "dagster"),
      [
        "code-server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        String(port),
        "--module-name",
        MODULE,
        "--working-directory",
        LOCATIONS_DIR,
        "--location-name",
        this.location,
      ],
      env,
      LOCATIONS_DIR,
    );
    // Printed once the code has been imported (or has failed to import, which it then serves as an error).
    await codeServer.waitForOutput(/Started Dagster code proxy server/, this.timeoutMs);
    const previous = this.codeServer;
    this.codeServer = codeServer;
    this.service.route(port);
    this.switchedAt = Date.now();
    if (previous) {
      await previous.stop();
      this.service.dropConnections();
    }
  }

  private startWebserver(): void {
    this.webserver = Managed.start(
      "webserver",
      join(VENV, "bin", "dagster-webserver"),
      [
        "--host",
        "127.0.0.1",
        "--port",
        String(this.webserverPort),
        "--workspace",
        join(this.dir, "workspace.yaml"),
      ],
      this.baseEnv(this.home("webserver-home")),
      this.dir,
    );
  }

  private assertRunning(): void {
    if (this.webserver && !this.webserver.running) {
      throw new Error(`dagster-webserver exited\n${this.diagnostics()}`);
    }
  }

  diagnostics(): string {
    const parts: string[] = [];
    for (const process of [this.webserver, this.codeServer]) {
      if (process) parts.push(`--- ${process.name}${process.running ? "" : " (exited)"}:\n${process.tail()}`);
    }
    return parts.join("\n");
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`Dagster answered: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    return body.data;
  }

  /** The location as the webserver shows it now (undefined when it is not listed or still loading). */
  async state(): Promise<LocationState | undefined> {
    const data = await this.graphql<{
      workspaceLocationEntryOrError: {
        __typename: string;
        loadStatus?: string;
        versionKey?: string;
        updatedTimestamp?: number;
        locationOrLoadError: {
          __typename: "RepositoryLocation" | "PythonError";
          className?: string | null;
        } | null;
      } | null;
    }>(
      `query HarnessState($name: String!) {
        workspaceLocationEntryOrError(name: $name) {
          __typename
          ... on WorkspaceLocationEntry { loadStatus versionKey updatedTimestamp
            locationOrLoadError { __typename ... on PythonError { className } } }
        }
      }`,
      { name: this.location },
    );
    const entry = data.workspaceLocationEntryOrError;
    if (entry?.__typename !== "WorkspaceLocationEntry" || entry.loadStatus !== "LOADED") return undefined;
    if (
      !entry.locationOrLoadError ||
      entry.versionKey === undefined ||
      entry.updatedTimestamp === undefined
    ) {
      return undefined;
    }
    return {
      versionKey: entry.versionKey,
      updateTimestamp: entry.updatedTimestamp,
      kind: entry.locationOrLoadError.__typename,
      className: entry.locationOrLoadError.className ?? null,
    };
  }

  /** Waits until the location shows a versionKey other than `previous`, in the expected state. */
  async waitForLocation(previous: string | undefined, expected: Expected): Promise<LocationState> {
    return waitFor(
      `location "${this.location}" to show ${expected}${previous ? " with a new versionKey" : ""}`,
      this.timeoutMs,
      async () => {
        this.assertRunning();
        const state = await this.state();
        return state && state.versionKey !== previous && matches(state, expected) ? state : undefined;
      },
      () => this.diagnostics(),
    );
  }

  /**
   * Rolls the code server over to other definitions and another image (the new one loads while the old one
   * serves, as in a rolling update), and waits for the webserver to show it.
   */
  async redeploy(options: {
    version: DefsVersion;
    image: string;
    env?: Record<string, string>;
  }): Promise<Redeployed> {
    const before = await this.state();
    const deployStartedAt = Date.now();
    await this.startCodeServer(options.version, options.image, options.env);
    const restartedAt = this.switchedAt;
    const state = await this.waitForLocation(before?.versionKey, expectedKind(options.version));
    return { deployStartedAt, restartedAt, visibleAt: Date.now(), state };
  }

  /**
   * The UI's "Reload" (reloadRepositoryLocation): the code server imports the code again. A failed location
   * then shows a new versionKey with the same error.
   */
  async reloadLocation(): Promise<LocationState> {
    const before = await this.state();
    await this.graphql(
      `mutation HarnessReloadLocation($name: String!) { reloadRepositoryLocation(repositoryLocationName: $name) { __typename } }`,
      { name: this.location },
    );
    return waitFor(
      `location "${this.location}" to show a new versionKey after the reload`,
      this.timeoutMs,
      async () => {
        const state = await this.state();
        return state && state.versionKey !== before?.versionKey ? state : undefined;
      },
      () => this.diagnostics(),
    );
  }

  /** Stops the code server for good: the webserver gives up reconnecting and shows the location as failed. */
  async stopCodeServer(): Promise<LocationState> {
    const before = await this.state();
    this.service.route(null);
    await this.codeServer?.stop();
    this.service.dropConnections();
    this.codeServer = null;
    return this.waitForLocation(before?.versionKey, "unreachable");
  }

  /** Takes the location out of the workspace (workspace.yaml, then reloadWorkspace): it disappears. */
  async removeLocation(): Promise<void> {
    this.writeWorkspace(false);
    await this.graphql(`mutation HarnessReload { reloadWorkspace { __typename } }`);
    await waitFor(
      `location "${this.location}" to leave the workspace`,
      this.timeoutMs,
      async () => {
        const data = await this.graphql<{
          locationStatusesOrError: { entries?: { name: string }[] };
        }>(`{ locationStatusesOrError { ... on WorkspaceLocationStatusEntries { entries { name } } } }`);
        return data.locationStatusesOrError.entries?.some((entry) => entry.name === this.location)
          ? undefined
          : true;
      },
      () => this.diagnostics(),
    );
  }

  /** Stops the webserver alone (Dagster "goes away" for the agent); startWebserverAgain() brings it back. */
  async stopWebserver(): Promise<void> {
    await this.webserver?.stop();
  }

  async startWebserverAgain(): Promise<void> {
    this.startWebserver();
    await waitFor(
      "the Dagster webserver to answer again",
      this.timeoutMs,
      async () => {
        this.assertRunning();
        const response = await fetch(`${this.url}/server_info`);
        return response.ok ? true : undefined;
      },
      () => this.diagnostics(),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([this.webserver?.stop(), this.codeServer?.stop()]);
    await this.service.stop();
    this.webserver = null;
    this.codeServer = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What a location shows after a deploy: its definitions, a load error, or no code server to reach. */
type Expected = "loaded" | "load error" | "unreachable";

function expectedKind(version: DefsVersion): Expected {
  return version === "broken" ? "load error" : "loaded";
}

function matches(state: LocationState, expected: Expected): boolean {
  if (expected === "loaded") return state.kind === "RepositoryLocation";
  const unreachable = state.className === "DagsterUserCodeUnreachableError";
  return state.kind === "PythonError" && (expected === "unreachable") === unreachable;
}

/** The brief's API: `start({ version, image, ... })`. */
export function start(options: DagsterStackOptions): Promise<DagsterStack> {
  return DagsterStack.start(options);
}
