// Synthetic, deterministic workloads for the benchmark: asset snapshots that look like a real code
// location's (keys like "domain_7/asset_1234", code versions, tags, metadata, dependencies, sometimes
// partitions) and the edits deploys make to them.
import type { AssetDefinition } from "../src/domain/asset-diff";
import type { JsonValue } from "../src/domain/json";
import { validateAssets } from "../src/loads/validate";

/** Small seeded PRNG (mulberry32): every run of the benchmark generates the same data. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  hex(length: number): string {
    let out = "";
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, "0");
    return out.slice(0, length);
  }
}

/** One asset as deploy tooling sends it (the GraphQL AssetDefinitionInput shape). */
export interface BenchAsset {
  key: string;
  codeVersion: string;
  tags: Record<string, string>;
  metadata: Record<string, JsonValue>;
  dependencies: string[];
  partitionMappings?: Record<string, string>;
  partitionsDefinition?: string;
}

const TEAMS = ["data-eng", "analytics", "ml-platform", "finance", "growth"];
const TIERS = ["bronze", "silver", "gold"];
const STORAGE = ["snowflake", "s3", "duckdb", "bigquery"];
const COLUMNS = ["id", "created_at", "updated_at", "customer_id", "amount", "currency", "region", "status"];
const PARTITIONS = [
  'DailyPartitionsDefinition(start_date="2023-01-01", timezone="UTC")',
  'HourlyPartitionsDefinition(start_date="2024-06-01-00:00")',
  'StaticPartitionsDefinition(["us", "eu", "apac"])',
];
const MAPPINGS = ["TimeWindowPartitionMapping(start_offset=-1)", "AllPartitionMapping()"];

export function assetKey(index: number): string {
  return `domain_${index % 12}/asset_${String(index).padStart(4, "0")}`;
}

function makeTags(random: Random): Record<string, string> {
  const tags: Record<string, string> = { team: random.pick(TEAMS), tier: random.pick(TIERS) };
  if (random.chance(0.5)) tags["dagster/storage_kind"] = random.pick(STORAGE);
  return tags;
}

function makeMetadata(random: Random, index: number): Record<string, JsonValue> {
  const columns = COLUMNS.slice(0, random.int(3, 6));
  return {
    owner: `${random.pick(TEAMS)}@example.com`,
    description: `Table ${index} of the ${random.pick(TIERS)} layer, refreshed by the nightly job`,
    row_count_estimate: random.int(1_000, 50_000_000),
    columns,
  };
}

/** A realistic definition for the index-th asset; dependencies point at earlier assets only. */
export function makeAsset(random: Random, index: number, existingKeys: readonly string[]): BenchAsset {
  const asset: BenchAsset = {
    key: assetKey(index),
    codeVersion: random.hex(12),
    tags: makeTags(random),
    metadata: makeMetadata(random, index),
    dependencies: [],
  };
  if (existingKeys.length > 0) {
    const count = Math.min(existingKeys.length, random.int(1, 3));
    const dependencies = new Set<string>();
    while (dependencies.size < count) dependencies.add(random.pick(existingKeys));
    asset.dependencies = [...dependencies];
  }
  if (random.chance(0.25)) {
    asset.partitionsDefinition = random.pick(PARTITIONS);
    const parent = asset.dependencies[0];
    if (parent !== undefined && random.chance(0.5)) {
      asset.partitionMappings = { [parent]: random.pick(MAPPINGS) };
    }
  }
  return asset;
}

/** A new definition of `asset` with one kind of change, weighted like real deploys (mostly code). */
export function editAsset(random: Random, asset: BenchAsset, allKeys: readonly string[]): BenchAsset {
  const next: BenchAsset = {
    ...asset,
    tags: { ...asset.tags },
    metadata: { ...asset.metadata },
    dependencies: [...asset.dependencies],
  };
  const roll = random.next();
  if (roll < 0.6) {
    next.codeVersion = random.hex(12);
  } else if (roll < 0.72) {
    if (random.chance(0.5))
      next.tags.tier = TIERS.filter((tier) => tier !== asset.tags.tier)[random.int(0, 1)] ?? "gold";
    else if (next.tags["dagster/storage_kind"] !== undefined) delete next.tags["dagster/storage_kind"];
    else next.tags["dagster/storage_kind"] = random.pick(STORAGE);
  } else if (roll < 0.9) {
    next.metadata.row_count_estimate = random.int(1_000, 50_000_000);
    if (random.chance(0.3)) next.metadata.description = `${String(asset.metadata.description)} (revised)`;
  } else if (roll < 0.95) {
    const candidate = random.pick(allKeys);
    if (next.dependencies.length > 1 && random.chance(0.5)) next.dependencies.pop();
    else if (candidate !== asset.key && !next.dependencies.includes(candidate))
      next.dependencies.push(candidate);
    else next.codeVersion = random.hex(12);
  } else if (next.partitionsDefinition === undefined) {
    next.partitionsDefinition = random.pick(PARTITIONS);
  } else {
    next.partitionsDefinition = PARTITIONS.find((definition) => definition !== asset.partitionsDefinition);
  }
  return next;
}

function normalize(asset: BenchAsset): AssetDefinition {
  // The server's own validation and normalization, one asset at a time.
  return validateAssets([asset])[0] as AssetDefinition;
}

/**
 * A project's asset snapshot, kept both as sent (for GraphQL) and normalized (for writeLoad). Edits replace
 * entries, never mutate them, so arrays handed out earlier stay valid.
 */
export class Snapshot {
  raw: BenchAsset[] = [];
  normalized: AssetDefinition[] = [];
  private nextIndex = 0;
  readonly changesByKey = new Map<string, number>();
  /** Keys never edited nor removed: their only change is NEW. */
  private readonly frozen = new Set<string>();

  /** `frozen` assets (the last ones of the initial snapshot) are never edited nor removed. */
  constructor(
    private readonly random: Random,
    size: number,
    frozen = 0,
  ) {
    for (let i = 0; i < size; i++) this.add();
    for (const asset of this.raw.slice(size - frozen)) this.frozen.add(asset.key);
  }

  private randomEditable(from = 0): number {
    for (;;) {
      const index = this.random.int(from, this.raw.length - 1);
      if (!this.frozen.has((this.raw[index] as BenchAsset).key)) return index;
    }
  }

  private add(): void {
    const asset = makeAsset(
      this.random,
      this.nextIndex++,
      this.raw.map((existing) => existing.key),
    );
    this.raw.push(asset);
    this.normalized.push(normalize(asset));
  }

  private count(key: string): void {
    this.changesByKey.set(key, (this.changesByKey.get(key) ?? 0) + 1);
  }

  /**
   * Edits `count` distinct assets (the one at `hotIndex` with probability `hotChance`, to give one asset a
   * long change history) and returns the new normalized snapshot.
   */
  edit(count: number, hotIndex = -1, hotChance = 0): AssetDefinition[] {
    const keys = this.raw.map((asset) => asset.key);
    const chosen = new Set<number>();
    if (hotIndex >= 0 && this.random.chance(hotChance)) chosen.add(hotIndex);
    while (chosen.size < Math.min(count, this.raw.length - this.frozen.size))
      chosen.add(this.randomEditable());
    this.raw = [...this.raw];
    this.normalized = [...this.normalized];
    for (const index of chosen) {
      const edited = editAsset(this.random, this.raw[index] as BenchAsset, keys);
      this.raw[index] = edited;
      this.normalized[index] = normalize(edited);
      this.count(edited.key);
    }
    return this.normalized;
  }

  /** Removes one asset (never the first `keep`) and adds a new one: a rename, as seen by the differ. */
  replaceOne(keep: number): AssetDefinition[] {
    const index = this.randomEditable(keep);
    const removed = this.raw[index] as BenchAsset;
    this.raw = this.raw.filter((_, i) => i !== index);
    this.normalized = this.normalized.filter((_, i) => i !== index);
    // Dependencies on the removed asset stay: a dangling upstream key is legal input.
    this.add();
    this.count(removed.key);
    this.count((this.raw.at(-1) as BenchAsset).key);
    return this.normalized;
  }

  /** A key never edited (its only change is NEW), or null when there is none. */
  coldest(): string | null {
    return this.raw.find((asset) => !this.changesByKey.has(asset.key))?.key ?? null;
  }

  /** The most often changed key and how often it changed. */
  hottest(): { key: string; changes: number } {
    let best = { key: "", changes: -1 };
    for (const [key, changes] of this.changesByKey) if (changes > best.changes) best = { key, changes };
    return best;
  }
}
