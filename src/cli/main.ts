// Entry of the `project-history` command (bin/project-history.mjs, or `npm run cli -- <command>`).
import { runCli } from "./program";

// A reader that goes away (`project-history history ... | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const exitCode = await runCli(process.argv);
// Exit explicitly (a WebSocket closing towards a dead server could hold the process for its 30 s timeout),
// but only once what was written has reached the pipes.
let streamsToFlush = 2;
const exitWhenFlushed = () => {
  streamsToFlush -= 1;
  if (streamsToFlush === 0) process.exit(exitCode);
};
process.stdout.write("", exitWhenFlushed);
process.stderr.write("", exitWhenFlushed);
