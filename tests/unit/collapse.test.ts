import { describe, expect, it } from "vitest";
import {
  type CollapseIdentity,
  collapseHistory,
  joinsPreviousEntry,
  loadFingerprint,
} from "../../src/domain/collapse";
import { loadVectors } from "./vectors";

interface CollapseLoad extends CollapseIdentity {
  sequence: number;
  changesAssets: boolean;
}
interface CollapseCase {
  name: string;
  loads: CollapseLoad[];
  entries: number[][];
}

const vectors = loadVectors<{ cases: CollapseCase[] }>("history-collapse.json");

function withFingerprints(loads: readonly CollapseLoad[]) {
  return loads.map((load) => ({ ...load, fingerprint: loadFingerprint(load) }));
}

function sequences(entries: readonly (readonly { sequence: number }[])[]): number[][] {
  return entries.map((entry) => entry.map((load) => load.sequence));
}

const base: CollapseIdentity = {
  status: "SUCCESS",
  trigger: "DEPLOY",
  image: "img:1",
  git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "aaa1", branch: "main" },
  metadata: [
    { key: "a", value: "1" },
    { key: "b", value: "2" },
  ],
  error: null,
};

describe("history-collapse.json vectors", () => {
  it("has cases", () => {
    expect(vectors.cases.length).toBeGreaterThan(0);
  });

  for (const vector of vectors.cases) {
    it(vector.name, () => {
      expect(sequences(collapseHistory(withFingerprints(vector.loads)))).toEqual(vector.entries);
    });
  }

  // The server stores entries one load at a time; replaying that must give the same entries.
  for (const vector of vectors.cases) {
    it(`${vector.name} (built incrementally with joinsPreviousEntry)`, () => {
      const entries: number[][] = [];
      let previous: { fingerprint: string } | null = null;
      for (const load of withFingerprints(vector.loads)) {
        const current = entries[0];
        if (current && joinsPreviousEntry(previous, load)) current.unshift(load.sequence);
        else entries.unshift([load.sequence]);
        previous = load;
      }
      expect(entries).toEqual(vector.entries);
    });
  }
});

describe("loadFingerprint", () => {
  it("is stable and equal for equal identities", () => {
    const copy: CollapseIdentity = JSON.parse(JSON.stringify(base));
    expect(loadFingerprint(copy)).toBe(loadFingerprint(base));
    expect(loadFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("equates a null git with a git whose fields are all null", () => {
    expect(loadFingerprint({ ...base, git: null })).toBe(
      loadFingerprint({ ...base, git: { repositoryUrl: null, commitHash: null, branch: null } }),
    );
  });

  it("differs when any field differs", () => {
    const variants: CollapseIdentity[] = [
      { ...base, status: "FAILURE" },
      { ...base, trigger: "ROLLBACK" },
      { ...base, image: "img:2" },
      { ...base, image: null },
      { ...base, git: null },
      { ...base, git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "aaa1", branch: "dev" } },
      { ...base, git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "aaa2", branch: "main" } },
      { ...base, git: { repositoryUrl: "https://github.com/acme/etl2", commitHash: "aaa1", branch: "main" } },
      { ...base, metadata: [] },
      { ...base, metadata: [{ key: "a", value: "1" }] },
      { ...base, error: "E1" },
      { ...base, error: "" },
    ];
    const fingerprints = new Set([base, ...variants].map(loadFingerprint));
    expect(fingerprints.size).toBe(variants.length + 1);
  });

  it("counts display metadata in the order given", () => {
    const reversed = { ...base, metadata: [...base.metadata].reverse() };
    expect(loadFingerprint(reversed)).not.toBe(loadFingerprint(base));
  });

  it("does not confuse values across field boundaries", () => {
    expect(loadFingerprint({ ...base, metadata: [{ key: "a,b", value: "" }] })).not.toBe(
      loadFingerprint({ ...base, metadata: [{ key: "a", value: "b" }] }),
    );
    expect(loadFingerprint({ ...base, image: null })).not.toBe(loadFingerprint({ ...base, image: "null" }));
  });
});

describe("joinsPreviousEntry", () => {
  const fingerprint = loadFingerprint(base);

  it("joins an identical deploy that changed no asset", () => {
    expect(
      joinsPreviousEntry({ fingerprint }, { fingerprint, trigger: "DEPLOY", changesAssets: false }),
    ).toBe(true);
  });

  it("does not join without a previous load, with another fingerprint, or with changed assets", () => {
    expect(joinsPreviousEntry(null, { fingerprint, trigger: "DEPLOY", changesAssets: false })).toBe(false);
    expect(
      joinsPreviousEntry({ fingerprint: "other" }, { fingerprint, trigger: "DEPLOY", changesAssets: false }),
    ).toBe(false);
    expect(joinsPreviousEntry({ fingerprint }, { fingerprint, trigger: "DEPLOY", changesAssets: true })).toBe(
      false,
    );
  });

  it("keeps a rollback with unchanged assets and an identical fingerprint in its own entry", () => {
    const rollback = { ...base, trigger: "ROLLBACK" as const };
    const rollbackFingerprint = loadFingerprint(rollback);
    expect(
      joinsPreviousEntry(
        { fingerprint: rollbackFingerprint },
        { fingerprint: rollbackFingerprint, trigger: "ROLLBACK", changesAssets: false },
      ),
    ).toBe(false);

    const loads = [1, 2, 3].map((sequence) => ({
      sequence,
      fingerprint: rollbackFingerprint,
      trigger: "ROLLBACK" as const,
      changesAssets: false,
    }));
    expect(sequences(collapseHistory(loads))).toEqual([[3], [2], [1]]);
  });
});

describe("collapseHistory", () => {
  it("returns no entries for no loads", () => {
    expect(collapseHistory([])).toEqual([]);
  });

  it("orders by sequence whatever the input order", () => {
    const fingerprint = loadFingerprint(base);
    const load = (sequence: number, changesAssets: boolean) => ({
      sequence,
      fingerprint,
      trigger: "DEPLOY" as const,
      changesAssets,
    });
    expect(sequences(collapseHistory([load(3, false), load(1, true), load(2, true)]))).toEqual([[3, 2], [1]]);
  });
});
