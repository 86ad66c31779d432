// Keeps the committed migrations of both databases in step with prisma/schema.prisma.
//   tsx scripts/migrations.ts <name>   writes a new migration for SQLite and PostgreSQL when the schema changed
//   tsx scripts/migrations.ts --check  fails when the schema has changes no migration covers
// Each migration folder keeps the schema it was made from (schema.prisma), so the next one is the diff from
// there: `prisma migrate diff` needs no shadow database that way. The PostgreSQL diff needs a reachable
// server (PRISMA_POSTGRES_URL, default the local one); it only reads.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { POSTGRES, postgresSchema, SOURCE } from "./prisma-variants";

const root = new URL("..", import.meta.url).pathname;
const providers = [
  {
    name: "sqlite",
    dir: join(root, "prisma/migrations/sqlite"),
    schema: join(root, "prisma/schema.prisma"),
    config: "prisma.config.ts",
  },
  {
    name: "postgresql",
    dir: join(root, "prisma/migrations/postgresql"),
    schema: join(root, "prisma/postgresql/schema.prisma"),
    config: "prisma.postgresql.config.ts",
  },
];

const EMPTY = "-- This is an empty migration.";

function diff(config: string, from: string | null, to: string): string {
  const args = [
    "prisma",
    "migrate",
    "diff",
    "--config",
    config,
    ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
  ];
  return execFileSync("npx", [...args, "--to-schema-datamodel", to, "--script"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

const check = process.argv.includes("--check");
const name = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!check && !name) {
  console.error("usage: tsx scripts/migrations.ts <name> | --check");
  process.exit(2);
}
if (readFileSync(POSTGRES, "utf8") !== postgresSchema(readFileSync(SOURCE, "utf8"))) {
  console.error("prisma/postgresql/schema.prisma is stale: run `npm run prisma:variants` first.");
  process.exit(1);
}

let stale = false;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of providers) {
  mkdirSync(provider.dir, { recursive: true });
  const existing = readdirSync(provider.dir).filter((entry) =>
    existsSync(join(provider.dir, entry, "migration.sql")),
  );
  const last = existing.sort().at(-1);
  const snapshot = last ? join(provider.dir, last, "schema.prisma") : null;
  if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing`);
  const sql = diff(provider.config, snapshot, provider.schema);
  if (sql === "" || sql.includes(EMPTY)) {
    console.log(`${provider.name}: migrations are current`);
    continue;
  }
  if (check) {
    console.error(
      `${provider.name}: prisma/schema.prisma has changes that no migration covers; run npm run migrations:generate -- <name>`,
    );
    stale = true;
    continue;
  }
  const folder = join(provider.dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "migration.sql"), `${sql}\n`);
  copyFileSync(provider.schema, join(folder, "schema.prisma"));
  console.log(`${provider.name}: wrote ${folder}`);
}
if (stale) process.exit(1);
