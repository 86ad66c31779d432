import { canonicalJson, compareCodeUnits, isPlainObject, type JsonValue } from "./json";

/** In the order the API lists them: changeTypes of a diff row always follow it. */
export const ASSET_CHANGE_TYPES = [
  "NEW",
  "CODE_VERSION",
  "DEPENDENCIES",
  "PARTITIONS_DEFINITION",
  "TAGS",
  "METADATA",
  "REMOVED",
] as const;
export type AssetChangeType = (typeof ASSET_CHANGE_TYPES)[number];

/** One asset of a reported snapshot, as the caller validated it (shape only; nothing normalized yet). */
export interface AssetDefinitionInput {
  key: string;
  codeVersion?: string | null;
  tags?: Record<string, string> | null;
  metadata?: Record<string, JsonValue> | null;
  dependencies?: readonly string[] | null;
  partitionMappings?: Record<string, string> | null;
  partitionsDefinition?: string | null;
}

/**
 * Normalized definition: missing fields hold their empty values, dependencies are a sorted set, object keys
 * are sorted. Partition mappings of non-parents are kept: they never count in a diff, but a snapshot must be
 * recoverable exactly (a rollback restores it).
 */
export interface AssetDefinition {
  key: string;
  codeVersion: string | null;
  tags: Record<string, string>;
  metadata: Record<string, JsonValue>;
  dependencies: string[];
  partitionMappings: Record<string, string>;
  partitionsDefinition: string | null;
}

export interface ValueChange {
  old: string | null;
  new: string | null;
}
export interface KeySetChange {
  added: string[];
  removed: string[];
  changed: string[];
}
export interface MapEntryChange {
  key: string;
  old: JsonValue | null;
  new: JsonValue | null;
}
export interface MapChange {
  added: MapEntryChange[];
  removed: MapEntryChange[];
  changed: MapEntryChange[];
}

/** One row of the diff; a detail field is null unless its change type is present. */
export interface AssetDiff {
  assetKey: string;
  changeTypes: AssetChangeType[];
  codeVersion: ValueChange | null;
  partitionsDefinition: ValueChange | null;
  dependencies: KeySetChange | null;
  tags: MapChange | null;
  metadata: MapChange | null;
}

// Object.fromEntries defines own properties, so a "__proto__" key stays data instead of replacing the prototype.
function sortedRecord<V>(record: Record<string, V> | null | undefined): Record<string, V> {
  return Object.fromEntries(Object.entries(record ?? {}).sort(([a], [b]) => compareCodeUnits(a, b)));
}

// Own properties only: a dependency named "constructor" must not find Object.prototype.constructor.
function ownValue<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function normalizeAsset(input: AssetDefinitionInput): AssetDefinition {
  return {
    key: input.key,
    codeVersion: input.codeVersion ?? null,
    tags: sortedRecord(input.tags),
    metadata: sortedRecord(input.metadata),
    dependencies: [...new Set(input.dependencies ?? [])].sort(compareCodeUnits),
    partitionMappings: sortedRecord(input.partitionMappings),
    partitionsDefinition: input.partitionsDefinition ?? null,
  };
}

/** What gets stored: equal strings iff identical definitions, so comparing strings skips unchanged assets. */
export function serializeAsset(asset: AssetDefinition): string {
  return canonicalJson({
    key: asset.key,
    codeVersion: asset.codeVersion,
    tags: asset.tags,
    metadata: asset.metadata,
    dependencies: asset.dependencies,
    partitionMappings: asset.partitionMappings,
    partitionsDefinition: asset.partitionsDefinition,
  });
}

function malformed(field: string): Error {
  return new Error(`Stored asset definition is malformed: ${field}`);
}

function nullableString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw malformed(field);
  return value;
}

function stringRecord(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw malformed(field);
  const entries = Object.entries(value);
  if (!entries.every((entry): entry is [string, string] => typeof entry[1] === "string"))
    throw malformed(field);
  return Object.fromEntries(entries);
}

function jsonRecord(value: unknown, field: string): Record<string, JsonValue> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw malformed(field);
  // Came out of JSON.parse, so every value is JSON already.
  return value as Record<string, JsonValue>;
}

function stringArray(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
    throw malformed(field);
  }
  return value;
}

/** Inverse of serializeAsset. Checks the shape, since stored rows outlive the code that wrote them. */
export function parseAsset(serialized: string): AssetDefinition {
  const raw: unknown = JSON.parse(serialized);
  if (!isPlainObject(raw) || typeof raw.key !== "string") throw malformed("key");
  return normalizeAsset({
    key: raw.key,
    codeVersion: nullableString(raw.codeVersion, "codeVersion"),
    tags: stringRecord(raw.tags, "tags"),
    metadata: jsonRecord(raw.metadata, "metadata"),
    dependencies: stringArray(raw.dependencies, "dependencies"),
    partitionMappings: stringRecord(raw.partitionMappings, "partitionMappings"),
    partitionsDefinition: nullableString(raw.partitionsDefinition, "partitionsDefinition"),
  });
}

// Primitives compare directly (1 !== "1"); only objects and arrays pay for canonical serialization.
function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

function diffValue(old: string | null, next: string | null): ValueChange | null {
  return old === next ? null : { old, new: next };
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodeUnits);
}

/** Parent set, plus parents present on both sides whose partition mapping differs (Dagster's rule). */
function diffDependencies(previous: AssetDefinition, next: AssetDefinition): KeySetChange | null {
  const before = new Set(previous.dependencies);
  const after = new Set(next.dependencies);
  const added = sortedKeys([...after].filter((key) => !before.has(key)));
  const removed = sortedKeys([...before].filter((key) => !after.has(key)));
  const changed = sortedKeys(
    [...after].filter(
      (key) =>
        before.has(key) &&
        ownValue(previous.partitionMappings, key) !== ownValue(next.partitionMappings, key),
    ),
  );
  return added.length + removed.length + changed.length > 0 ? { added, removed, changed } : null;
}

function byKey(a: MapEntryChange, b: MapEntryChange): number {
  return compareCodeUnits(a.key, b.key);
}

function diffMap(before: Record<string, JsonValue>, after: Record<string, JsonValue>): MapChange | null {
  const added: MapEntryChange[] = [];
  const removed: MapEntryChange[] = [];
  const changed: MapEntryChange[] = [];
  for (const [key, old] of Object.entries(before)) {
    const value = ownValue(after, key);
    if (value === undefined) removed.push({ key, old, new: null });
    else if (!sameJson(old, value)) changed.push({ key, old, new: value });
  }
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) added.push({ key, old: null, new: value });
  }
  if (added.length + removed.length + changed.length === 0) return null;
  // Object.entries lists integer-like keys first, so sort explicitly even though normalized maps are sorted.
  return { added: added.sort(byKey), removed: removed.sort(byKey), changed: changed.sort(byKey) };
}

function standalone(assetKey: string, changeType: "NEW" | "REMOVED"): AssetDiff {
  return {
    assetKey,
    changeTypes: [changeType],
    codeVersion: null,
    partitionsDefinition: null,
    dependencies: null,
    tags: null,
    metadata: null,
  };
}

/**
 * The diff of one asset between two snapshots, or null when nothing that counts changed (a non-parent's
 * partition mapping does not count). NEW and REMOVED rows carry no details.
 */
export function diffAsset(
  previous: AssetDefinition | undefined,
  next: AssetDefinition | undefined,
): AssetDiff | null {
  if (next === undefined) return previous === undefined ? null : standalone(previous.key, "REMOVED");
  if (previous === undefined) return standalone(next.key, "NEW");

  const codeVersion = diffValue(previous.codeVersion, next.codeVersion);
  const dependencies = diffDependencies(previous, next);
  const partitionsDefinition = diffValue(previous.partitionsDefinition, next.partitionsDefinition);
  const tags = diffMap(previous.tags, next.tags);
  const metadata = diffMap(previous.metadata, next.metadata);

  // Pushed in the enum's order, which the API promises for changeTypes.
  const changeTypes: AssetChangeType[] = [];
  if (codeVersion) changeTypes.push("CODE_VERSION");
  if (dependencies) changeTypes.push("DEPENDENCIES");
  if (partitionsDefinition) changeTypes.push("PARTITIONS_DEFINITION");
  if (tags) changeTypes.push("TAGS");
  if (metadata) changeTypes.push("METADATA");
  if (changeTypes.length === 0) return null;

  return { assetKey: next.key, changeTypes, codeVersion, partitionsDefinition, dependencies, tags, metadata };
}

/** Every changed asset between two snapshots (previous null: the first load), rows sorted by asset key. */
export function diffSnapshots(
  previous: readonly AssetDefinition[] | null,
  next: readonly AssetDefinition[],
): AssetDiff[] {
  const before = new Map((previous ?? []).map((asset) => [asset.key, asset]));
  const after = new Map(next.map((asset) => [asset.key, asset]));
  const rows: AssetDiff[] = [];
  for (const key of sortedKeys(new Set([...before.keys(), ...after.keys()]))) {
    const row = diffAsset(before.get(key), after.get(key));
    if (row) rows.push(row);
  }
  return rows;
}
