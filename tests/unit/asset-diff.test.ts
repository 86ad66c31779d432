import { describe, expect, it } from "vitest";
import {
  type AssetDefinitionInput,
  type AssetDiff,
  diffAsset,
  diffSnapshots,
  normalizeAsset,
  parseAsset,
  serializeAsset,
} from "../../src/domain/asset-diff";
import { compareCodeUnits, type JsonValue } from "../../src/domain/json";
import { loadVectors } from "./vectors";

interface AssetDiffCase {
  name: string;
  previous: AssetDefinitionInput[] | null;
  next: AssetDefinitionInput[];
  changes: AssetDiff[];
}

const vectors = loadVectors<{ cases: AssetDiffCase[] }>("asset-diff.json");

function diffInputs(previous: AssetDefinitionInput[] | null, next: AssetDefinitionInput[]): AssetDiff[] {
  return diffSnapshots(previous?.map(normalizeAsset) ?? null, next.map(normalizeAsset));
}

describe("asset-diff.json vectors", () => {
  it("has cases", () => {
    expect(vectors.cases.length).toBeGreaterThan(0);
  });

  for (const vector of vectors.cases) {
    it(vector.name, () => {
      expect(diffInputs(vector.previous, vector.next)).toStrictEqual(vector.changes);
    });
  }

  // The server diffs only assets whose stored form differs; that shortcut must give the same rows.
  for (const vector of vectors.cases) {
    it(`${vector.name} (diffing only assets whose serialized form differs)`, () => {
      const before = new Map((vector.previous ?? []).map((input) => [input.key, normalizeAsset(input)]));
      const after = new Map(vector.next.map((input) => [input.key, normalizeAsset(input)]));
      const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits);
      const rows = keys.flatMap((key) => {
        const previous = before.get(key);
        const next = after.get(key);
        if (previous && next && serializeAsset(previous) === serializeAsset(next)) return [];
        const row = diffAsset(previous, next);
        return row ? [row] : [];
      });
      expect(rows).toStrictEqual(vector.changes);
    });
  }
});

describe("normalizeAsset / serializeAsset / parseAsset", () => {
  const input: AssetDefinitionInput = {
    key: "raw/orders",
    codeVersion: "v3",
    tags: { tier: "gold", team: "data" },
    metadata: { schema: { pk: "id", cols: ["id", "name"] }, rows: 12, owner: null, ok: true },
    dependencies: ["raw/customers", "raw/customers", "raw/a"],
    partitionMappings: { "raw/customers": "LastPartitionMapping", "not/a/parent": "Identity" },
    partitionsDefinition: "daily",
  };

  it("fills missing fields with their empty values", () => {
    expect(normalizeAsset({ key: "a" })).toStrictEqual({
      key: "a",
      codeVersion: null,
      tags: {},
      metadata: {},
      dependencies: [],
      partitionMappings: {},
      partitionsDefinition: null,
    });
    expect(normalizeAsset({ key: "a", tags: null, metadata: null, dependencies: null })).toStrictEqual(
      normalizeAsset({ key: "a" }),
    );
  });

  it("de-duplicates and sorts dependencies, sorts object keys", () => {
    const asset = normalizeAsset(input);
    expect(asset.dependencies).toEqual(["raw/a", "raw/customers"]);
    expect(Object.keys(asset.tags)).toEqual(["team", "tier"]);
    expect(Object.keys(asset.metadata)).toEqual(["ok", "owner", "rows", "schema"]);
  });

  it("round-trips through serialize and parse, non-parent partition mappings included", () => {
    const asset = normalizeAsset(input);
    const parsed = parseAsset(serializeAsset(asset));
    expect(parsed).toStrictEqual(asset);
    expect(parsed.partitionMappings).toEqual({
      "not/a/parent": "Identity",
      "raw/customers": "LastPartitionMapping",
    });
    expect(serializeAsset(parsed)).toBe(serializeAsset(asset));
  });

  it("serializes equal definitions equally, whatever the input order", () => {
    const reordered: AssetDefinitionInput = {
      partitionsDefinition: "daily",
      partitionMappings: { "not/a/parent": "Identity", "raw/customers": "LastPartitionMapping" },
      dependencies: ["raw/a", "raw/customers"],
      metadata: { ok: true, owner: null, rows: 12, schema: { cols: ["id", "name"], pk: "id" } },
      tags: { team: "data", tier: "gold" },
      codeVersion: "v3",
      key: "raw/orders",
    };
    expect(serializeAsset(normalizeAsset(reordered))).toBe(serializeAsset(normalizeAsset(input)));
  });

  it("serializes differently when any field differs", () => {
    const base = serializeAsset(normalizeAsset(input));
    expect(serializeAsset(normalizeAsset({ ...input, codeVersion: "v4" }))).not.toBe(base);
    expect(
      serializeAsset(normalizeAsset({ ...input, metadata: { ...input.metadata, rows: "12" } })),
    ).not.toBe(base);
    expect(serializeAsset(normalizeAsset({ ...input, partitionsDefinition: null }))).not.toBe(base);
  });

  it("keeps a __proto__ key as data through the round trip", () => {
    const metadata = JSON.parse('{"__proto__":"x","constructor":1}');
    const asset = normalizeAsset({ key: "a", metadata });
    expect(Object.keys(asset.metadata)).toEqual(["__proto__", "constructor"]);
    expect(parseAsset(serializeAsset(asset))).toStrictEqual(asset);
  });

  it("rejects a stored form of the wrong shape", () => {
    expect(() => parseAsset("[]")).toThrow(/malformed/);
    expect(() => parseAsset('{"key":"a","tags":{"t":1}}')).toThrow(/tags/);
    expect(() => parseAsset('{"key":"a","dependencies":"b"}')).toThrow(/dependencies/);
    expect(() => parseAsset('{"key":"a","codeVersion":2}')).toThrow(/codeVersion/);
  });
});

describe("diffAsset", () => {
  it("ignores a partition mapping change of a non-parent, though the stored form differs", () => {
    const previous = normalizeAsset({ key: "c", dependencies: ["a"], partitionMappings: { z: "Identity" } });
    const next = normalizeAsset({
      key: "c",
      dependencies: ["a"],
      partitionMappings: { z: "LastPartitionMapping" },
    });
    expect(serializeAsset(previous)).not.toBe(serializeAsset(next));
    expect(diffAsset(previous, next)).toBeNull();
  });

  it("reports a parent whose mapping is removed as changed", () => {
    const previous = normalizeAsset({ key: "c", dependencies: ["a", "b"], partitionMappings: { a: "Last" } });
    const next = normalizeAsset({ key: "c", dependencies: ["a", "b"] });
    expect(diffAsset(previous, next)?.dependencies).toEqual({ added: [], removed: [], changed: ["a"] });
  });

  it("does not count a new parent's mapping as changed, only as added", () => {
    const previous = normalizeAsset({ key: "c", dependencies: ["a"] });
    const next = normalizeAsset({ key: "c", dependencies: ["a", "b"], partitionMappings: { b: "Last" } });
    expect(diffAsset(previous, next)?.dependencies).toEqual({ added: ["b"], removed: [], changed: [] });
  });

  it("treats duplicate dependencies as one", () => {
    const previous = normalizeAsset({ key: "c", dependencies: ["a", "b"] });
    const next = normalizeAsset({ key: "c", dependencies: ["b", "a", "a", "b"] });
    expect(serializeAsset(previous)).toBe(serializeAsset(next));
    expect(diffAsset(previous, next)).toBeNull();
    const grown = normalizeAsset({ key: "c", dependencies: ["a", "a", "d"] });
    expect(diffAsset(previous, grown)?.dependencies).toEqual({ added: ["d"], removed: ["b"], changed: [] });
  });

  it("reports a tag value change as strings (tags cannot change type)", () => {
    const previous = normalizeAsset({ key: "a", tags: { n: "1" } });
    const next = normalizeAsset({ key: "a", tags: { n: "01" } });
    expect(diffAsset(previous, next)).toMatchObject({
      changeTypes: ["TAGS"],
      tags: { added: [], removed: [], changed: [{ key: "n", old: "1", new: "01" }] },
    });
  });

  it("counts a metadata value that changes type", () => {
    const pairs: [JsonValue, JsonValue][] = [
      [true, "true"],
      [null, "null"],
      [0, false],
      [[], {}],
      [{ a: 1 }, [1]],
    ];
    for (const [old, value] of pairs) {
      const previous = normalizeAsset({ key: "a", metadata: { m: old } });
      const next = normalizeAsset({ key: "a", metadata: { m: value } });
      expect(diffAsset(previous, next)?.metadata).toEqual({
        added: [],
        removed: [],
        changed: [{ key: "m", old, new: value }],
      });
    }
  });

  it("compares nested metadata deeply and reports whole values", () => {
    const owner = { name: "data", contacts: [{ kind: "slack", value: "#data" }] };
    const previous = normalizeAsset({ key: "a", metadata: { owner, same: { x: { y: [1, { z: 2 }] } } } });
    const reordered = normalizeAsset({
      key: "a",
      metadata: {
        same: { x: { y: [1, { z: 2 }] } },
        owner: { contacts: [{ value: "#data", kind: "slack" }], name: "data" },
      },
    });
    expect(diffAsset(previous, reordered)).toBeNull();

    const changedOwner = { name: "data", contacts: [{ kind: "slack", value: "#data-eng" }] };
    const next = normalizeAsset({
      key: "a",
      metadata: { owner: changedOwner, same: { x: { y: [1, { z: 2 }] } } },
    });
    expect(diffAsset(previous, next)?.metadata).toEqual({
      added: [],
      removed: [],
      changed: [{ key: "owner", old: owner, new: changedOwner }],
    });
  });

  it("tells a metadata entry whose value is null from a missing one", () => {
    const previous = normalizeAsset({ key: "a" });
    const next = normalizeAsset({ key: "a", metadata: { gone: null } });
    expect(diffAsset(previous, next)?.metadata).toEqual({
      added: [{ key: "gone", old: null, new: null }],
      removed: [],
      changed: [],
    });
  });

  it("sorts map entries and keys by code unit, integer-like keys included", () => {
    const previous = normalizeAsset({ key: "a", dependencies: ["b"] });
    const next = normalizeAsset({
      key: "a",
      dependencies: ["b", "B", "10", "9"],
      tags: { b: "1", B: "1", "10": "1", "9": "1" },
    });
    const row = diffAsset(previous, next);
    expect(row?.dependencies?.added).toEqual(["10", "9", "B"]);
    expect(row?.tags?.added.map((entry) => entry.key)).toEqual(["10", "9", "B", "b"]);
  });

  it("does not mistake inherited properties for parents' mappings or entries", () => {
    const previous = normalizeAsset({ key: "a", dependencies: ["constructor"] });
    const next = normalizeAsset({ key: "a", dependencies: ["constructor"], tags: { toString: "x" } });
    expect(diffAsset(previous, next)).toMatchObject({
      changeTypes: ["TAGS"],
      tags: { added: [{ key: "toString", old: null, new: "x" }], removed: [], changed: [] },
    });
  });

  it("returns null when both sides are missing", () => {
    expect(diffAsset(undefined, undefined)).toBeNull();
  });
});

describe("diffSnapshots", () => {
  it("sorts rows by asset key in code-unit order", () => {
    const rows = diffSnapshots(
      null,
      ["b", "B", "a/x", "a"].map((key) => normalizeAsset({ key })),
    );
    expect(rows.map((row) => row.assetKey)).toEqual(["B", "a", "a/x", "b"]);
  });

  it("stays fast on 20,000 assets", () => {
    const snapshot = (version: string) =>
      Array.from({ length: 20_000 }, (_, i) =>
        normalizeAsset({
          key: `group/asset_${i}`,
          codeVersion: i % 10 === 0 ? version : "stable",
          tags: { team: "data", tier: "gold" },
          metadata: { rows: i, schema: { cols: ["id", "name", "value"] } },
          dependencies: i > 0 ? [`group/asset_${i - 1}`] : [],
        }),
      );
    const before = snapshot("1");
    const after = snapshot("2");
    const started = performance.now();
    const rows = diffSnapshots(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(rows).toHaveLength(2_000);
  });
});
