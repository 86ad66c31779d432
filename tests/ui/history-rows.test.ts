import { describe, expect, it } from "vitest";
import {
  type Expansion,
  entryKey,
  flattenRows,
  keepUnchanged,
  mergeEntries,
} from "../../src/ui/app/history-rows";

interface Entry {
  firstSequence: number;
  lastSequence: number;
  collapsedCount: number;
  label?: string;
}

const entry = (first: number, last = first, label?: string): Entry => ({
  firstSequence: first,
  lastSequence: last,
  collapsedCount: last - first + 1,
  label,
});

describe("merging fetched entries into the shown history", () => {
  it("appends a next page newest first", () => {
    const shown = [entry(60), entry(56, 58), entry(55)];
    const { entries } = mergeEntries(shown, [entry(54), entry(47, 53)]);
    expect(entries.map(entryKey)).toEqual(["entry-60", "entry-56", "entry-55", "entry-54", "entry-47"]);
  });

  it("adds a new head entry and marks it fresh", () => {
    const shown = [entry(60), entry(56, 58)];
    const merged = mergeEntries(shown, [entry(61), entry(60), entry(56, 58)]);
    expect(merged.entries.map(entryKey)).toEqual(["entry-61", "entry-60", "entry-56"]);
    expect(merged.fresh).toEqual(["entry-61"]);
  });

  it("grows the newest collapsed run in place when an identical load joins it", () => {
    const shown = [entry(56, 58, "old"), entry(55)];
    const merged = mergeEntries(shown, [entry(56, 59, "new"), entry(55)]);
    expect(merged.entries).toEqual([entry(56, 59, "new"), entry(55)]);
    expect(merged.fresh).toEqual(["entry-56"]);
  });

  it("marks nothing fresh when the head is unchanged", () => {
    const shown = [entry(60), entry(56, 58)];
    expect(mergeEntries(shown, [entry(60), entry(56, 58)]).fresh).toEqual([]);
  });
});

describe("rows of the history table", () => {
  const expansion = (loads: number[], more: Partial<Expansion<{ sequence: number }>> = {}) => ({
    loads: loads.map((sequence) => ({ sequence })),
    hasMore: false,
    loading: false,
    error: null,
    ...more,
  });

  it("puts an opened run's loads right under it, then a row for the rest", () => {
    const entries = [entry(60), entry(56, 58), entry(55)];
    const rows = flattenRows(entries, new Map([["entry-56", expansion([58, 57], { hasMore: true })]]));
    expect(rows.map((row) => row.key)).toEqual([
      "entry-60",
      "entry-56",
      "entry-56-load-58",
      "entry-56-load-57",
      "entry-56-more",
      "entry-55",
    ]);
    expect(rows[1]).toMatchObject({ kind: "entry", expanded: true });
    expect(rows[3]).toMatchObject({ kind: "load", position: 2, of: 3, parentKey: "entry-56" });
    expect(rows[4]).toMatchObject({ kind: "more", hasMore: true, loading: false });
  });

  it("adds no extra row once all loads are there, and ignores expansions of single loads", () => {
    const rows = flattenRows(
      [entry(56, 58), entry(55)],
      new Map([
        ["entry-56", expansion([58, 57, 56])],
        ["entry-55", expansion([55])],
      ]),
    );
    expect(rows.map((row) => row.key)).toEqual([
      "entry-56",
      "entry-56-load-58",
      "entry-56-load-57",
      "entry-56-load-56",
      "entry-55",
    ]);
    expect(rows.at(-1)).toMatchObject({ kind: "entry", expanded: false });
  });

  it("shows a row that is loading or failed to load", () => {
    const loading = flattenRows([entry(56, 58)], new Map([["entry-56", expansion([], { loading: true })]]));
    expect(loading.map((row) => row.kind)).toEqual(["entry", "more"]);
    const failed = flattenRows([entry(56, 58)], new Map([["entry-56", expansion([], { error: "gone" })]]));
    expect(failed[1]).toMatchObject({ kind: "more", error: "gone" });
  });
});

describe("keeping unchanged rows across renders", () => {
  it("keeps the objects of rows that did not change, so only new and changed rows render again", () => {
    const first = [entry(60), entry(56, 58), entry(55)];
    const shown = flattenRows(first, new Map());
    // "Load more": the same entries, then a next page.
    const more = keepUnchanged(shown, flattenRows([...first, entry(54), entry(47, 53)], new Map()));
    expect(more.slice(0, 3).every((row, index) => row === shown[index])).toBe(true);
    expect(more.map((row) => row.key)).toEqual(["entry-60", "entry-56", "entry-55", "entry-54", "entry-47"]);

    // The run 56-58 opened: its row changes (expanded), its loads are new, the others stay.
    const opened = keepUnchanged(
      more,
      flattenRows(
        [...first, entry(54), entry(47, 53)],
        new Map([["entry-56", { loads: [{ sequence: 58 }], hasMore: true, loading: false, error: null }]]),
      ),
    );
    expect(opened[0]).toBe(more[0]);
    expect(opened[1]).not.toBe(more[1]);
    expect(opened[1]).toMatchObject({ key: "entry-56", expanded: true });
    expect(opened[4]).toBe(more[2]);

    // A run that grew at the head is a new entry object (mergeEntries keeps the others): its row is new.
    const grown = keepUnchanged(shown, flattenRows([entry(60, 61), ...first.slice(1)], new Map()));
    expect(grown[0]).not.toBe(shown[0]);
    expect(grown[1]).toBe(shown[1]);
  });
});
