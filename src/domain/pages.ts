import { InvalidInput } from "./errors";
import { decodeCursor, encodeCursor } from "./ids";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a connection. The total is computed only when a client selects it. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number> | number;
}

/** `first` defaults to 20 and is capped at 100; anything outside 0..100 is the caller's mistake. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidInput(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`);
  }
  return first;
}

/**
 * Builds a page from rows fetched with a limit of `size + 1` (the extra row only tells that another page
 * exists).
 */
function pageFrom<T>(
  rows: readonly T[],
  size: number,
  hasPrevious: boolean,
  cursorOf: (row: T) => string,
  totalCount: () => Promise<number> | number,
): Page<T> {
  const edges = rows.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** One keyset-paginated list: rows ordered by an integer key that the cursor carries. */
export interface KeysetList<T> {
  /** Names the list in its cursors, so that a cursor of another list is refused. */
  kind: string;
  args: { first?: number | null; after?: string | null };
  /** Up to `take` rows that follow the row whose key is `after` (null: from the start), in list order. */
  fetch: (after: number | null, take: number) => Promise<readonly T[]> | readonly T[];
  /** The key of a row: what its cursor holds. */
  keyOf: (row: T) => number;
  /** The whole list's size, computed only when a client selects totalCount. */
  totalCount: () => Promise<number> | number;
}

/** A page of a keyset list: the size and cursor checked, one extra row fetched to tell if more follow. */
export async function keysetPage<T>(list: KeysetList<T>): Promise<Page<T>> {
  const size = pageSize(list.args.first);
  const after = decodeCursor(list.kind, list.args.after);
  const rows = await list.fetch(after, size + 1);
  return pageFrom(
    rows,
    size,
    after !== null,
    (row) => encodeCursor(list.kind, list.keyOf(row)),
    list.totalCount,
  );
}
