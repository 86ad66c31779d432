/**
 * The command-line tool `project-history`: one commander program, a file per command in commands/, each
 * sending typed operations through src/client. Output is a table for people or the GraphQL payload with
 * --json; errors map to exit codes (errors.ts).
 */
import { Command, CommanderError, Option } from "commander";
// Inlined when the CLI is bundled into one file (src/app/cli-download.ts).
import packageJson from "../../package.json" with { type: "json" };
import { registerAgent } from "./commands/agent";
import { registerAssets } from "./commands/assets";
import { registerHistory } from "./commands/history";
import { registerProjects } from "./commands/projects";
import { registerRecordLoad } from "./commands/record-load";
import { registerRollback } from "./commands/rollback";
import { registerShow } from "./commands/show";
import { registerToken } from "./commands/token";
import { registerWatch } from "./commands/watch";
import { DEFAULT_URL, endpointUrl, type GlobalOptions } from "./context";
import { EXIT, type ExitCode, formatError, toCliError } from "./errors";

const { version } = packageJson;

const MAIN_HELP_AFTER = `
Environment:
  PROJECT_HISTORY_URL    the server: its address (http://host:4000) or its GraphQL endpoint (default ${DEFAULT_URL})
  PROJECT_HISTORY_TOKEN  the API token; prefer it to --token (command lines are visible to other users)

Output:
  Tables for people on stdout; notices and prompts on stderr. With --json a command prints the GraphQL
  payload it received, with the API's field names (see each command's --help): stable for scripts.

Exit codes:
  0  done
  1  the server answered with an error, printed as "error: <message> (<CODE>, server <url>)" on stderr; CODE
     is the API's extensions.code: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT...
  2  usage error: unknown command or option, missing or invalid value, unreadable input file, or a rollback
     without --yes where there is no terminal to confirm on; nothing was sent
  3  the server could not be reached (UNAVAILABLE): worth retrying
  4  a rollback was declined at the prompt

Examples:
  project-history record-load --project etl --assets assets.json --image registry/etl:42
  project-history record-load --project etl --status failure --error-file load.log
  project-history projects
  project-history history etl --first 50
  project-history show etl 41
  project-history rollback etl --dry-run
  project-history rollback etl 41 --reason "bad deploy" --yes
  project-history watch --deployment prod
  project-history agent --dagster-url http://dagster-webserver:80 --deployment prod`;

export function buildProgram(): Command {
  const program = new Command("project-history")
    .description(
      "Reports project loads, shows deployment history and rolls projects back, over the GraphQL API.",
    )
    .version(version)
    .addOption(
      new Option("--url <url>", "the server's address or its GraphQL endpoint")
        .env("PROJECT_HISTORY_URL")
        .default(DEFAULT_URL),
    )
    .addOption(new Option("--token <token>", "API token").env("PROJECT_HISTORY_TOKEN"))
    // Errors become exceptions so that main() picks the exit code; subcommands inherit these settings.
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .configureHelp({ showGlobalOptions: true })
    .addHelpText("after", MAIN_HELP_AFTER);
  registerRecordLoad(program);
  registerProjects(program);
  registerHistory(program);
  registerShow(program);
  registerAssets(program);
  registerRollback(program);
  registerWatch(program);
  registerToken(program);
  registerAgent(program);
  return program;
}

/** Runs the command line; resolves with the exit code. */
export async function runCli(argv: readonly string[]): Promise<ExitCode> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    // Commander has printed its own message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // --token falls back to PROJECT_HISTORY_TOKEN in commander itself.
    const { token, url } = program.opts<GlobalOptions>();
    let server: string | undefined;
    try {
      server = endpointUrl(url);
    } catch {
      // A bad --url is the failure itself.
    }
    const failure = toCliError(error, server);
    process.stderr.write(`${formatError(failure, token ? [token] : [])}\n`);
    return failure.exitCode;
  }
}
