// What the commands print: fragments shared by several commands, tables for people, JSON for scripts.
import { graphql } from "../client/generated";
import type {
  CliAssetChangeDetailFragment,
  CliLoadSummaryFragment,
  CliMapChangeFragment,
} from "../client/generated/graphql";

/** The fields of a load every command shows (and prints with --json). */
export const LOAD_SUMMARY = graphql(`
  fragment CliLoadSummary on ProjectLoad {
    id
    sequence
    loadedAt
    status
    trigger
    image
    error {
      message
      stack
    }
    git {
      repositoryUrl
      commitHash
      branch
      commitUrl
    }
    metadata {
      key
      value
    }
    project {
      name
      deployment {
        name
      }
    }
    assetsAdded
    assetsRemoved
    assetsChanged
    rollback {
      reason
      requestedBy
      fromLoad {
        id
        sequence
      }
      toLoad {
        id
        sequence
      }
    }
  }
`);

export const MAP_CHANGE = graphql(`
  fragment CliMapChange on MapChange {
    added {
      key
      old
      new
    }
    removed {
      key
      old
      new
    }
    changed {
      key
      old
      new
    }
  }
`);

/** One asset change with its old and new values. */
export const ASSET_CHANGE_DETAIL = graphql(`
  fragment CliAssetChangeDetail on AssetChange {
    id
    assetKey
    changeTypes
    changedAt
    codeVersion {
      old
      new
    }
    partitionsDefinition {
      old
      new
    }
    dependencies {
      added
      removed
      changed
    }
    tags {
      ...CliMapChange
    }
    metadata {
      ...CliMapChange
    }
  }
`);

/** One asset's difference between two loads (compareLoads, rollbackPreview), with old and new values. */
export const ASSET_DIFF_DETAIL = graphql(`
  fragment CliAssetDiffDetail on AssetDiff {
    assetKey
    changeTypes
    codeVersion {
      old
      new
    }
    partitionsDefinition {
      old
      new
    }
    dependencies {
      added
      removed
      changed
    }
    tags {
      ...CliMapChange
    }
    metadata {
      ...CliMapChange
    }
  }
`);

/** A load just written (recorded, or the load a rollback made) with its first 100 asset changes. */
export const WRITTEN_LOAD = graphql(`
  fragment CliWrittenLoad on ProjectLoad {
    ...CliLoadSummary
    assetChanges(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CliAssetChangeDetail
        }
      }
    }
  }
`);

export type LoadSummary = CliLoadSummaryFragment;

/** Writes to stdout; a reader that goes away (`| head`) ends the process quietly. */
export function print(text = ""): void {
  process.stdout.write(`${text}\n`);
}

/** Notices (progress, prompts, warnings) go to stderr so that stdout stays the result alone. */
export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}

/** ISO time to the second: `2026-11-26T13:48:00Z`. */
export function formatTime(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, "Z");
}

export function shortHash(hash: string): string {
  return /^[0-9a-f]{40}$/i.test(hash) ? hash.slice(0, 7) : hash;
}

/** `0a1b2c3 (main)`, or "-" without git metadata. */
export function formatCommit(git: { commitHash: string | null; branch: string | null } | null): string {
  if (!git?.commitHash && !git?.branch) return "-";
  const hash = git.commitHash ? shortHash(git.commitHash) : "?";
  return git.branch ? `${hash} (${git.branch})` : hash;
}

/** `+2 -1 ~3`: assets added, removed and changed. */
export function formatChangeCounts(
  load: Pick<LoadSummary, "assetsAdded" | "assetsRemoved" | "assetsChanged">,
) {
  return `+${load.assetsAdded.length} -${load.assetsRemoved.length} ~${load.assetsChanged.length}`;
}

/** First line of a message, cut to `max` characters. */
export function firstLine(text: string, max = 60): string {
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What a row says besides its columns: a failure's error, or a rollback's target and reason. */
export function loadNote(load: LoadSummary): string {
  if (load.error) return `error: ${firstLine(load.error.message)}`;
  if (load.rollback) {
    const reason = load.rollback.reason ? `: ${firstLine(load.rollback.reason, 40)}` : "";
    return `rollback to #${load.rollback.toLoad.sequence}${reason}`;
  }
  return "";
}

/** Labelled lines with the values in one column, however long the longest label (metadata keys too). */
export function labelled(entries: readonly (readonly [string, string])[], indent = "  "): string {
  const width = Math.max(0, ...entries.map(([label]) => label.length));
  return entries
    .map(([label, value]) => {
      // A value of several lines keeps its later lines in the value column.
      const lines = value.split(/\r?\n/);
      const pad = `${indent}${" ".repeat(width + 2)}`;
      return `${indent}${label.padEnd(width)}  ${lines.join(`\n${pad}`)}`.trimEnd();
    })
    .join("\n");
}

/** The load as a block of labelled lines; `whole`: the error's stack as well (show). */
export function describeLoad(
  load: LoadSummary,
  heading: string,
  { whole = false, extra = [] }: { whole?: boolean; extra?: readonly (readonly [string, string])[] } = {},
): string {
  const entries: [string, string][] = [
    ["id", load.id],
    ["loaded at", formatTime(load.loadedAt)],
    ...extra.map(([label, value]): [string, string] => [label, value]),
    ["image", load.image ?? "-"],
    ["commit", `${formatCommit(load.git)}${load.git?.commitUrl ? `  ${load.git.commitUrl}` : ""}`],
  ];
  if (load.git?.repositoryUrl && !load.git.commitUrl) entries.push(["repository", load.git.repositoryUrl]);
  if (load.error) {
    entries.push(["error", load.error.message]);
    if (whole && load.error.stack) entries.push(["stack", load.error.stack.replace(/\s+$/, "")]);
  }
  if (load.rollback) {
    entries.push([
      "rollback",
      `from #${load.rollback.fromLoad.sequence} to #${load.rollback.toLoad.sequence} by ${load.rollback.requestedBy}${load.rollback.reason ? `: ${load.rollback.reason}` : ""}`,
    ]);
  }
  for (const entry of load.metadata) entries.push([entry.key, entry.value]);
  entries.push([
    "assets",
    `${load.assetsAdded.length} added, ${load.assetsRemoved.length} removed, ${load.assetsChanged.length} changed`,
  ]);
  return [
    `${heading} #${load.sequence} of ${load.project.name} in ${load.project.deployment.name}: ${load.status}, ${load.trigger}`,
    labelled(entries),
  ].join("\n");
}

function jsonText(value: unknown): string {
  return value === null || value === undefined
    ? "∅"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);
}

function formatMapChange(name: string, change: CliMapChangeFragment | null | undefined): string | null {
  if (!change) return null;
  const parts = [
    ...change.added.map((entry) => `+${entry.key}=${jsonText(entry.new)}`),
    ...change.removed.map((entry) => `-${entry.key}`),
    ...change.changed.map((entry) => `~${entry.key}: ${jsonText(entry.old)} → ${jsonText(entry.new)}`),
  ];
  return parts.length > 0 ? `${name} ${parts.join(" ")}` : null;
}

/** What an asset change and an asset diff both carry. */
export type ChangeDetail = Pick<
  CliAssetChangeDetailFragment,
  "assetKey" | "changeTypes" | "codeVersion" | "partitionsDefinition" | "dependencies" | "tags" | "metadata"
>;

/** What changed, in one line: `codeVersion 1 → 2; dependencies +raw/a; tags ~team: a → b`. */
export function formatChangeDetails(change: ChangeDetail): string {
  const parts: (string | null)[] = [];
  if (change.codeVersion)
    parts.push(`codeVersion ${jsonText(change.codeVersion.old)} → ${jsonText(change.codeVersion.new)}`);
  if (change.partitionsDefinition) {
    parts.push(
      `partitions ${jsonText(change.partitionsDefinition.old)} → ${jsonText(change.partitionsDefinition.new)}`,
    );
  }
  if (change.dependencies) {
    const { added, removed, changed } = change.dependencies;
    const dependencyParts = [
      ...added.map((key) => `+${key}`),
      ...removed.map((key) => `-${key}`),
      ...changed.map((key) => `~${key}`),
    ];
    if (dependencyParts.length > 0) parts.push(`dependencies ${dependencyParts.join(" ")}`);
  }
  parts.push(formatMapChange("tags", change.tags), formatMapChange("metadata", change.metadata));
  return parts.filter((part) => part !== null).join("; ");
}

/** The asset changes of a load (or of an asset), one per row. */
export function assetChangeTable(changes: readonly ChangeDetail[]): string {
  return table(
    ["ASSET", "CHANGE", "DETAILS"],
    changes.map((change) => [change.assetKey, change.changeTypes.join(","), formatChangeDetails(change)]),
  );
}

/** Every change as a block: the key and kinds, then one line per changed part with old → new. */
export function assetChangeBlocks(changes: readonly ChangeDetail[]): string {
  return changes
    .map((change) => {
      const details = formatChangeDetails(change)
        .split("; ")
        .filter((part) => part !== "")
        .map((part) => `      ${part}`);
      return [`  ${change.assetKey}  ${change.changeTypes.join(", ")}`, ...details].join("\n");
    })
    .join("\n");
}
