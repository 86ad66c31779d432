// `npm run bench [-- options]`: bench/run.ts with every option given, then bench/live.ts (with --quick when
// given). npm appends the arguments after `--` to the end of the script's command line, so a script of
// `tsx bench/run.ts && tsx bench/live.ts` would hand them to live.ts alone. The options are bench/run.ts's
// (bench/config.ts), checked here first, so that --help or a wrong option stops before anything runs.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseOptions } from "./args";
import { RUN_COMMAND, RUN_OPTIONS } from "./config";

const args = process.argv.slice(2);
const options = parseOptions(
  { ...RUN_COMMAND, usage: "npm run bench --", about: `${RUN_COMMAND.about} Then bench/live.ts.` },
  RUN_OPTIONS,
  args,
);

function run(script: string, scriptArgs: string[]): number {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL(script, import.meta.url)), ...scriptArgs],
    { stdio: "inherit" },
  );
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const status = run("./run.ts", args);
if (status !== 0) process.exit(status);
process.exit(run("./live.ts", options.quick ? ["--quick"] : []));
