#!/usr/bin/env node
// The `project-history` command: runs the TypeScript CLI through tsx (a runtime dependency), from any
// working directory, with the project's own tsconfig.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli/main.ts");
