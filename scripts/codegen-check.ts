// CI: regenerates the typed documents in memory and fails when the committed files differ (someone changed an
// operation or the schema without `npm run codegen`). Codegen itself fails when an operation no longer
// validates against schema/schema.graphql.
import { readFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

interface GeneratedFile {
  filename: string;
  content: string;
}
const outputs: GeneratedFile[] = await generate({ ...config, silent: true }, false);
const stale = outputs.filter((output) => {
  try {
    return readFileSync(output.filename, "utf8") !== output.content;
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  console.error(
    `Generated typed documents are stale; run \`npm run codegen\` and commit:\n${stale.map((output) => `  ${output.filename}`).join("\n")}`,
  );
  process.exit(1);
}
console.log(`Typed documents are current (${outputs.length} files).`);
