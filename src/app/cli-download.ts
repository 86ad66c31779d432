import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * The command-line tool as one ES module with its dependencies inside (commander, graphql-ws, ws): a CI job
 * downloads it from the server and runs it with Node 20+, no clone and no `npm install`.
 */
export async function buildCliBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../cli/main.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    minify: true,
    legalComments: "none",
    // ws loads these native accelerators only if present.
    external: ["bufferutil", "utf-8-validate"],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: {
      js: `#!/usr/bin/env node\nimport { createRequire as __cliCreateRequire } from "node:module";\nconst require = __cliCreateRequire(import.meta.url);`,
    },
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no output for the CLI");
  return output.text;
}
