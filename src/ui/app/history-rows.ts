// The history table's rows, kept apart from React so the grouping is tested on its own
// (tests/ui/history-rows.test.ts). Pages of entries arrive over Relay cursors ("Load more"); when a load
// arrives live, the head of the history is fetched again and merged in, which either adds an entry or
// grows the newest collapsed one. Expanded collapsed entries show their loads as rows right under them.

/** What the grouping needs of a history entry (the API's ProjectHistoryEntry, as selected). */
export interface EntryLike {
  firstSequence: number;
  lastSequence: number;
  collapsedCount: number;
}

/** An entry's identity across refetches: a run keeps its first load while it grows. */
export function entryKey(entry: EntryLike): string {
  return `entry-${entry.firstSequence}`;
}

export interface Merged<E extends EntryLike> {
  entries: E[];
  /** Keys of entries that are new, or grew, compared with what was shown: highlighted briefly. */
  fresh: string[];
}

/**
 * Merges a fetched list of entries (the head of the history, or a next page) into the shown ones: the
 * fetched version of an entry replaces the shown one, and the result is newest first. (Runs only grow at
 * the head, keeping their first load, so entries never overlap.)
 */
export function mergeEntries<E extends EntryLike>(shown: readonly E[], fetched: readonly E[]): Merged<E> {
  const byKey = new Map<string, E>();
  for (const entry of shown) byKey.set(entryKey(entry), entry);
  const fresh: string[] = [];
  for (const entry of fetched) {
    const key = entryKey(entry);
    const before = byKey.get(key);
    if (before === undefined || before.lastSequence !== entry.lastSequence) fresh.push(key);
    byKey.set(key, entry);
  }
  const entries = [...byKey.values()].sort((a, b) => b.firstSequence - a.firstSequence);
  return { entries, fresh };
}

/** The loads of an expanded entry, as far as they were fetched. */
export interface Expansion<L> {
  loads: L[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
}

export type Row<E, L> =
  | { kind: "entry"; key: string; entry: E; expanded: boolean }
  | { kind: "load"; key: string; parentKey: string; load: L; position: number; of: number }
  | {
      kind: "more";
      key: string;
      parentKey: string;
      loading: boolean;
      error: string | null;
      hasMore: boolean;
    };

/**
 * The table's rows: each entry, followed, when it is expanded, by its loads and one row that loads the
 * rest (or says it is loading or failed).
 */
export function flattenRows<E extends EntryLike, L extends { sequence: number }>(
  entries: readonly E[],
  expansions: ReadonlyMap<string, Expansion<L>>,
): Row<E, L>[] {
  const rows: Row<E, L>[] = [];
  for (const entry of entries) {
    const key = entryKey(entry);
    const expansion = entry.collapsedCount > 1 ? expansions.get(key) : undefined;
    rows.push({ kind: "entry", key, entry, expanded: expansion !== undefined });
    if (!expansion) continue;
    expansion.loads.forEach((load, index) => {
      rows.push({
        kind: "load",
        key: `${key}-load-${load.sequence}`,
        parentKey: key,
        load,
        position: index + 1,
        of: entry.collapsedCount,
      });
    });
    if (expansion.hasMore || expansion.loading || expansion.error) {
      rows.push({
        kind: "more",
        key: `${key}-more`,
        parentKey: key,
        loading: expansion.loading,
        error: expansion.error,
        hasMore: expansion.hasMore,
      });
    }
  }
  return rows;
}

/**
 * `next` with every row that equals (field by field) the row of the same key in `previous` replaced by
 * that previous object. The table renders a row again only when its object changes, so after "Load more"
 * only the new rows render, not the whole history.
 */
export function keepUnchanged<R extends { key: string }>(previous: readonly R[], next: readonly R[]): R[] {
  const before = new Map(previous.map((row) => [row.key, row]));
  return next.map((row) => {
    const old = before.get(row.key);
    if (!old) return row;
    const fields = Object.keys(row) as (keyof R)[];
    const same =
      fields.length === Object.keys(old).length && fields.every((field) => Object.is(old[field], row[field]));
    return same ? old : row;
  });
}
