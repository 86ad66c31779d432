// prisma/schema.prisma is the one source of the data model (written for SQLite). This script derives
// prisma/postgresql/schema.prisma from it; with --check it fails when the committed copy is stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export const SOURCE = new URL("../prisma/schema.prisma", import.meta.url);
export const POSTGRES = new URL("../prisma/postgresql/schema.prisma", import.meta.url);

export function postgresSchema(source: string): string {
  const withoutPothos = source.replace(/\ngenerator pothos \{[^}]*\}\n/, "\n");
  const replaced = withoutPothos
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./data/history.db"', 'url      = "postgresql://localhost/project_history"')
    .replace(
      'output       = "../src/generated/prisma"',
      'output       = "../../src/generated/prisma-postgresql"',
    );
  for (const expected of ['provider = "postgresql"', "prisma-postgresql", "postgresql://"]) {
    if (!replaced.includes(expected))
      throw new Error(`prisma/schema.prisma no longer has what ${expected} replaces`);
  }
  return `// Generated from prisma/schema.prisma by scripts/prisma-variants.ts: edit that file, not this one.\n${replaced}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const wanted = postgresSchema(readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(POSTGRES, "utf8");
    } catch {}
    if (committed !== wanted) {
      console.error("prisma/postgresql/schema.prisma is stale: run `npm run prisma:variants` and commit it.");
      process.exit(1);
    }
    console.log("prisma/postgresql/schema.prisma matches prisma/schema.prisma.");
  } else {
    mkdirSync(new URL(".", POSTGRES), { recursive: true });
    writeFileSync(POSTGRES, wanted);
    console.log("wrote prisma/postgresql/schema.prisma");
  }
}
