// Writes schema/schema.graphql from the code, or with --check fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { printedSchema } from "../src/graphql/schema/print";

const path = new URL("../schema/schema.graphql", import.meta.url);
const sdl = printedSchema();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(path, "utf8");
  } catch {}
  if (committed !== sdl) {
    console.error("schema/schema.graphql is stale: run `npm run schema:print` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql matches the code.");
} else {
  writeFileSync(path, sdl);
  console.log("wrote schema/schema.graphql");
}
