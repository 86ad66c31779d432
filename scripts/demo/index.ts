// `npm run demo`: records a realistic deployment history into the database `npm start` uses (or
// DATABASE_URL), so that GraphiQL and the CLI have something to show. Safe to run again: it adds nothing
// that is already there. See scripts/demo/stories.ts.
import { loadConfig } from "../../src/app/config";
import { openDatabase } from "../../src/db/index";
import { StartupError } from "../../src/domain/errors";
import { closingHint, probePort } from "./hint";
import { type DemoProjectResult, seedDemo } from "./stories";

function describe(project: DemoProjectResult): string {
  const name = `${project.deployment}/${project.project}`.padEnd(26);
  const counts = (counts: { loads: number; rollbacks: number }) =>
    `${counts.loads} load${counts.loads === 1 ? "" : "s"}${counts.rollbacks > 0 ? `, ${counts.rollbacks} rollback${counts.rollbacks === 1 ? "" : "s"}` : ""}`;
  switch (project.outcome) {
    case "created":
      return `  created    ${name} ${counts(project.created)}`;
    case "completed":
      return `  completed  ${name} ${counts(project.created)} added to ${counts(project.present)} from an interrupted run`;
    case "present":
      return `  present    ${name} ${counts(project.present)} (already seeded)`;
    case "skipped":
      return `  skipped    ${name} ${project.note}`;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    console.log(`Demo data in ${db.description}`);
    const summary = await seedDemo(db);
    for (const project of summary.projects) console.log(describe(project));
    const { created, present } = summary;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Created ${created.projects} projects, ${created.loads} loads, ${created.rollbacks} rollbacks; already present: ${present.projects} projects, ${present.loads} loads, ${present.rollbacks} rollbacks (${seconds} s).`,
    );
    if (summary.projects.some((project) => project.outcome === "skipped")) {
      console.log(
        "Skipped projects keep their own data: to see the full demo, point DATABASE_URL at an empty database.",
      );
    }
    console.log(`\n${closingHint(config.port, await probePort(config.port))}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  // Configuration problems are the operator's to fix: a clear line, not a stack.
  if (error instanceof StartupError) console.error(`Cannot seed the demo: ${error.message}`);
  else console.error("Cannot seed the demo:", error instanceof Error ? error.message : error);
  process.exit(1);
});
