// `npm run build:cli [file]`: writes the single-file CLI (the one the server serves at /cli/project-history.mjs).
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildCliBundle } from "../src/app/cli-download";

const file = resolve(process.argv[2] ?? "dist/project-history.mjs");
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await buildCliBundle());
chmodSync(file, 0o755);
console.log(`Wrote ${file}: run it with \`node ${file} --help\` (Node 20 or later, nothing else needed).`);
