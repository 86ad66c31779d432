import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

/**
 * The command-line tool as one ES module with its dependencies inside (commander, graphql-ws, ws): a CI job
 * downloads it from the server and runs it with Node 20+, no clone and no `npm install`.
 */
export async function buildCliBundle(): Promise<string> {
  // Loaded on first use: most servers never build it.
  const { build } = await import("esbuild");
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

/** Where the server serves the single-file CLI, for pipelines that only have Node. */
export const CLI_BUNDLE_PATH = "/cli/project-history.mjs";

/**
 * GET /cli/project-history.mjs: the command-line tool in one file, built on first request and kept. CI jobs
 * fetch it from the server they report to, so the tool always matches the server's API.
 */
export function cliDownloadPlugin(logError: (message: string, error: unknown) => void): Plugin {
  let bundle: Promise<{ text: string; etag: string }> | null = null;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== CLI_BUNDLE_PATH || request.method !== "GET") return;
      bundle ??= buildCliBundle().then((text) => ({
        text,
        etag: `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`,
      }));
      try {
        const { text, etag } = await bundle;
        const fresh = request.headers.get("if-none-match") === etag;
        endResponse(
          new fetchAPI.Response(fresh ? null : text, {
            status: fresh ? 304 : 200,
            headers: { "content-type": "text/javascript; charset=utf-8", etag, "cache-control": "no-cache" },
          }),
        );
      } catch (error) {
        bundle = null;
        logError("cannot build the command-line tool for download", error);
        endResponse(
          new fetchAPI.Response("The command-line tool cannot be built on this server\n", { status: 503 }),
        );
      }
    },
  };
}
