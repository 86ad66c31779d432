// What a Dagster code location becomes in the history: its asset nodes mapped to the API's
// AssetDefinitionInput, and its load-level data (image, git, display metadata, library versions).
//
//   LocationEntry (dagster-operations.ts) ─ snapshotOf ─ { assets, image, git, metadata, loadedAt }
//   PythonError                            ─ failureOf  ─ { error, errorStack, fingerprint }
//
// The mapping follows Dagster's own AssetGraphDiffer, so the history reports what Dagster would:
// - codeVersion is the asset's code version (opVersion), compared as a value;
// - tags and metadata are whole maps; metadata values become JSON that is the same on every reload;
// - partitionsDefinition is the definition's value as Dagster describes it (type, description, format);
// - partitionMappings hold each parent's explicit mapping, so that a changed mapping is a dependency change.
//   Dagster 1.13's GraphQL serves a mapping only when it has parameters: AllPartitionMapping,
//   IdentityPartitionMapping and LastPartitionMapping are NamedTuples without fields, which its resolver
//   treats as false and answers null for. A change between two of those (or between one of them and none)
//   cannot be seen through the webserver; a change of a TimeWindowPartitionMapping's offsets, a static or
//   specific-partitions mapping, or a multi-partition mapping can.
import { createHash } from "node:crypto";
import type { AssetDefinitionInput } from "../domain/asset-diff";
import type { JsonValue } from "../domain/json";
import type {
  AssetNode,
  KeyValue,
  LocationEntry,
  MetadataEntry,
  PythonError,
  PythonErrorFields,
  RepositoryLocation,
  TableSchema,
} from "./dagster-operations";

/** What the operator chose to leave out of the history: display-metadata keys and asset metadata keys. */
export interface SnapshotOptions {
  /** Display-metadata keys (of the location) not to record; `*` matches any run of characters. */
  ignoreDisplayMetadata?: readonly string[];
  /** Asset metadata keys not to record; `*` matches any run of characters. */
  ignoreMetadata?: readonly string[];
}

/** A successful load as the history records it (RecordProjectLoadInput without deployment and key). */
export interface LoadSnapshot {
  assets: AssetDefinitionInput[];
  image: string | null;
  git: { commitHash: string | null; repositoryUrl: string | null } | null;
  metadata: KeyValue[];
  loadedAt: string;
}

/** A failed load: what the history shows, and what identifies this error among refreshes. */
export interface LoadFailure {
  error: string;
  errorStack: string;
  /** Equal for the same error on every refresh (and when read back from the history). */
  fingerprint: string;
}

/** The server's limits (src/domain/limits.ts): longer text is refused, so the agent cuts it. */
const LONG_TEXT_LIMIT = 100_000;
const STACK_LIMIT = 1_000_000;
const METADATA_KEY_LIMIT = 200;

/** Display-metadata keys the load records in its own fields rather than as metadata entries. */
export const DISPLAY_METADATA_FIELDS = {
  image: "image",
  commitHash: "commit_hash",
  repositoryUrl: "url",
} as const;

/** Prefix of the load metadata entries that give the Dagster library versions of the code server. */
export const LIBRARY_METADATA_PREFIX = "library/";

function keyMatcher(patterns: readonly string[] | undefined): (key: string) => boolean {
  if (!patterns || patterns.length === 0) return () => false;
  const expressions = patterns.map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .split("*")
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*")}$`,
      ),
  );
  return (key) => expressions.some((expression) => expression.test(key));
}

export function assetKeyString(key: { path: readonly string[] }): string {
  return key.path.join("/");
}

/** Cuts text to the server's limit, keeping a hash of the whole so that two long texts still differ. */
function bounded(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const digest = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const suffix = `… [${text.length} characters, sha256 ${digest}]`;
  return text.slice(0, limit - suffix.length) + suffix;
}

function tableSchemaJson(schema: TableSchema): JsonValue {
  return {
    columns: schema.columns.map((column) => ({
      name: column.name,
      type: column.type,
      description: column.description,
      nullable: column.constraints.nullable,
      unique: column.constraints.unique,
      other: column.constraints.other,
      tags: Object.fromEntries(column.tags.map((tag) => [tag.key, tag.value])),
    })),
    constraints: schema.constraints?.other ?? [],
  };
}

function parseJson(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

/**
 * A metadata entry's value as JSON. Text, numbers, booleans and JSON entries are their plain values; the other
 * kinds are one-key objects named after Dagster's MetadataValue constructor ({ "url": ... }, { "path": ... },
 * { "md": ... }, { "table_schema": ... }), so a path and a text with the same characters still differ.
 */
export function metadataValue(entry: MetadataEntry): JsonValue {
  switch (entry.__typename) {
    case "TextMetadataEntry":
      return entry.text;
    case "IntMetadataEntry": {
      if (entry.intValue !== null) return entry.intValue;
      // Beyond 32 bits GraphQL's Int is null: the repr keeps the digits.
      const value = Number(entry.intRepr);
      return Number.isSafeInteger(value) ? value : entry.intRepr;
    }
    case "FloatMetadataEntry":
      // nan, inf and -inf have no JSON number.
      return entry.floatValue ?? entry.floatRepr;
    case "BoolMetadataEntry":
      return entry.boolValue;
    case "JsonMetadataEntry":
      return parseJson(entry.jsonString);
    case "NullMetadataEntry":
      return null;
    case "UrlMetadataEntry":
      return { url: entry.url };
    case "PathMetadataEntry":
      return { path: entry.path };
    case "NotebookMetadataEntry":
      return { notebook_path: entry.path };
    case "MarkdownMetadataEntry":
      return { md: entry.mdStr };
    case "PythonArtifactMetadataEntry":
      return { python_artifact: { module: entry.module, name: entry.name } };
    case "PipelineRunMetadataEntry":
      return { dagster_run: entry.runId };
    case "AssetMetadataEntry":
      return { asset: assetKeyString(entry.assetKey) };
    case "JobMetadataEntry":
      return {
        job: { name: entry.jobName, repository: entry.repositoryName, location: entry.locationName },
      };
    case "TimestampMetadataEntry":
      return { timestamp: entry.timestamp };
    case "PoolMetadataEntry":
      return { pool: entry.pool };
    case "TableSchemaMetadataEntry":
      return { table_schema: tableSchemaJson(entry.schema) };
    case "TableMetadataEntry":
      return {
        table: { schema: tableSchemaJson(entry.table.schema), records: entry.table.records.map(parseJson) },
      };
    case "TableColumnLineageMetadataEntry":
      return {
        column_lineage: Object.fromEntries(
          entry.lineage.map((column) => [
            column.columnName,
            column.columnDeps.map((dep) => ({ asset: assetKeyString(dep.assetKey), column: dep.columnName })),
          ]),
        ),
      };
    case "CodeReferencesMetadataEntry":
      return {
        code_references: entry.codeReferences.map(
          (reference): JsonValue =>
            reference.__typename === "LocalFileCodeReference"
              ? { file: reference.filePath, line: reference.lineNumber, label: reference.label }
              : { url: reference.url, label: reference.label },
        ),
      };
  }
}

/** The partitions definition's value: its type and Dagster's description (which names every static key). */
export function partitionsDefinitionValue(definition: AssetNode["partitionDefinition"]): string | null {
  if (!definition) return null;
  let value = `${definition.type}: ${definition.description}`;
  if (definition.fmt) value += ` [format ${definition.fmt}]`;
  return bounded(value, LONG_TEXT_LIMIT);
}

/** Maps one asset node to the API's AssetDefinitionInput. */
export function assetDefinitionOf(node: AssetNode, options: SnapshotOptions = {}): AssetDefinitionInput {
  const ignored = keyMatcher(options.ignoreMetadata);
  const metadata: Record<string, JsonValue> = {};
  for (const entry of node.metadataEntries) {
    if (!ignored(entry.label)) metadata[entry.label] = metadataValue(entry);
  }
  const partitionMappings: Record<string, string> = {};
  for (const dependency of node.dependencies) {
    const mapping = dependency.partitionMapping;
    if (mapping) {
      partitionMappings[assetKeyString(dependency.asset.assetKey)] = bounded(
        `${mapping.className}: ${mapping.description}`,
        LONG_TEXT_LIMIT,
      );
    }
  }
  return {
    key: assetKeyString(node.assetKey),
    codeVersion: node.opVersion,
    tags: Object.fromEntries(node.tags.map((tag) => [tag.key, tag.value])),
    metadata,
    dependencies: node.dependencyKeys.map(assetKeyString),
    partitionsDefinition: partitionsDefinitionValue(node.partitionDefinition),
    partitionMappings,
  };
}

/**
 * Every asset of a loaded location. Auto-created stubs (parents that no repository defines) are left out:
 * they are not this location's definitions, and their keys stay in their children's dependencies.
 */
export function assetsOf(
  location: RepositoryLocation,
  options: SnapshotOptions = {},
): AssetDefinitionInput[] {
  const assets = new Map<string, AssetDefinitionInput>();
  for (const repository of location.repositories) {
    for (const node of repository.assetNodes) {
      if (node.isAutoCreatedStub) continue;
      const asset = assetDefinitionOf(node, options);
      if (!assets.has(asset.key)) assets.set(asset.key, asset);
    }
  }
  return [...assets.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Dagster's timestamps are float seconds; the history takes ISO-8601. */
export function isoTime(seconds: number): string {
  return new Date(Math.round(seconds * 1000)).toISOString();
}

/** The load-level fields of a location entry: image, git and the display metadata left over. */
export function loadFieldsOf(
  entry: Pick<LocationEntry, "displayMetadata">,
  libraries: readonly { name: string; version: string }[],
  options: SnapshotOptions = {},
): Pick<LoadSnapshot, "image" | "git" | "metadata"> {
  const ignored = keyMatcher(options.ignoreDisplayMetadata);
  const display = new Map(entry.displayMetadata.map((item) => [item.key, item.value]));
  const image = display.get(DISPLAY_METADATA_FIELDS.image) ?? null;
  const commitHash = display.get(DISPLAY_METADATA_FIELDS.commitHash) ?? null;
  const repositoryUrl = display.get(DISPLAY_METADATA_FIELDS.repositoryUrl) ?? null;
  const ownFields = new Set<string>(Object.values(DISPLAY_METADATA_FIELDS));
  const metadata: KeyValue[] = [];
  for (const item of entry.displayMetadata) {
    if (ownFields.has(item.key) || ignored(item.key) || item.key.length > METADATA_KEY_LIMIT) continue;
    metadata.push({ key: item.key, value: bounded(item.value, LONG_TEXT_LIMIT) });
  }
  for (const library of libraries) {
    const key = `${LIBRARY_METADATA_PREFIX}${library.name}`;
    if (!ignored(key) && !display.has(key)) metadata.push({ key, value: library.version });
  }
  return {
    image: ignored(DISPLAY_METADATA_FIELDS.image) ? null : image,
    git:
      commitHash === null && repositoryUrl === null
        ? null
        : {
            commitHash: ignored(DISPLAY_METADATA_FIELDS.commitHash) ? null : commitHash,
            repositoryUrl: ignored(DISPLAY_METADATA_FIELDS.repositoryUrl) ? null : repositoryUrl,
          },
    metadata,
  };
}

/** A loaded location as the history records it. */
export function snapshotOf(
  entry: LocationEntry,
  location: RepositoryLocation,
  options: SnapshotOptions = {},
): LoadSnapshot {
  return {
    assets: assetsOf(location, options),
    ...loadFieldsOf(entry, location.dagsterLibraryVersions ?? [], options),
    loadedAt: isoTime(entry.updatedTimestamp),
  };
}

function pythonBlock(error: PythonErrorFields): string {
  const message = error.message.replace(/\s+$/, "");
  return `Traceback (most recent call last):\n${error.stack.join("")}${message}\n`;
}

/**
 * A PythonError as Python prints it: the deepest cause first, each link introduced the way Python does
 * ("The above exception was the direct cause of the following exception:" or "During handling ...").
 */
export function formatPythonError(error: PythonError): string {
  // errorChain lists the causes from the error's own cause downwards; Python prints the deepest first.
  const links = [...error.errorChain].reverse();
  const parts: string[] = [];
  for (const link of links) {
    parts.push(pythonBlock(link.error));
    // A link's flag tells how its error led to the one printed after it: as __cause__ or as __context__.
    parts.push(
      link.isExplicitLink
        ? "\nThe above exception was the direct cause of the following exception:\n\n"
        : "\nDuring handling of the above exception, another exception occurred:\n\n",
    );
  }
  parts.push(pythonBlock(error));
  return parts.join("");
}

/** The first non-empty line of a message. */
function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? text.trim()
  );
}

/**
 * What identifies an error among refreshes and restarts: its recorded message and stack, with memory
 * addresses (0x7f...) blanked out, since a reprinted object differs in them and nothing else.
 */
export function errorFingerprint(message: string, stack: string | null): string {
  const normalize = (text: string) => text.replace(/\b0x[0-9a-fA-F]{6,}\b/g, "0x?");
  return createHash("sha256")
    .update(`${normalize(message)}\n\u0000\n${normalize(stack ?? "")}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * A failed load: the message is Dagster's (on one line) and then the root cause, the deepest error of the
 * chain ("KeyError: 'STRIPE_API_KEY'"); the stack is the whole traceback.
 */
export function failureOf(error: PythonError): LoadFailure {
  const root = error.errorChain.at(-1)?.error;
  const top = error.message.trim().replace(/\s*\n\s*/g, " ");
  const message = bounded(root ? `${top}; caused by ${firstLine(root.message)}` : top, LONG_TEXT_LIMIT);
  const errorStack = bounded(formatPythonError(error), STACK_LIMIT);
  return { error: message, errorStack, fingerprint: errorFingerprint(message, errorStack) };
}

/** The failure recorded when a watched location is no longer in the webserver's workspace. */
export function disappearedFailure(location: string, webserverUrl: string): LoadFailure {
  const message = `Code location "${location}" is no longer in the Dagster workspace of ${webserverUrl}`;
  const errorStack =
    "The webserver's locationStatusesOrError stopped listing the location: it was removed from the workspace " +
    "(workspace.yaml or the Helm values), or the webserver was started without it.";
  return { error: message, errorStack, fingerprint: errorFingerprint(message, errorStack) };
}
