// The history's first page, asked for at start-up while the stored token is being checked: a history link
// opened by a signed-in user then waits for one round trip to the API before its rows, not two in turn
// (the sign-in check, then the page; bench/ui.ts). The page takes this answer when it asks for the same
// variables, once; otherwise it goes unused.
import type { Client, OperationResult } from "urql";
import type { LoadStatus, UiHistoryQuery, UiHistoryQueryVariables } from "../generated/graphql";
import { HISTORY } from "./operations";

export const HISTORY_PAGE_SIZE = 50;

/** The history's view from its URL: ?all=1 turns collapsing off, ?status= filters. */
export function historyFilters(params: URLSearchParams): { collapse: boolean; status: LoadStatus | null } {
  const status = params.get("status");
  return {
    collapse: params.get("all") !== "1",
    status: status === "SUCCESS" || status === "FAILURE" ? status : null,
  };
}

type Result = OperationResult<UiHistoryQuery, UiHistoryQueryVariables>;

let early: { key: string; result: Promise<Result> } | null = null;

const HISTORY_PATH = /^\/deployments\/([^/]+)\/projects\/([^/]+)\/history\/?$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Starts the first page's query when `location` is a project's history (else does nothing). */
export function prefetchFirstPage(client: Client, location: Pick<Location, "pathname" | "search">): void {
  const match = HISTORY_PATH.exec(location.pathname);
  const deployment = match?.[1] && decode(match[1]);
  const project = match?.[2] && decode(match[2]);
  if (!deployment || !project) return;
  const variables: UiHistoryQueryVariables = {
    deployment,
    project,
    first: HISTORY_PAGE_SIZE,
    after: null,
    ...historyFilters(new URLSearchParams(location.search)),
  };
  early = {
    key: JSON.stringify(variables),
    result: client.query(HISTORY, variables, { requestPolicy: "network-only" }).toPromise(),
  };
}

/**
 * The early answer for these variables, if there is one. It stays until `firstPageShown` (a page that
 * unmounts before showing it, as React's strict mode does once, leaves it to the next).
 */
export function earlyFirstPage(variables: UiHistoryQueryVariables): Promise<Result> | null {
  return early?.key === JSON.stringify(variables) ? early.result : null;
}

/** Called once the first page is shown, and when the token turned out bad: the answer is not reused. */
export function dropFirstPage(): void {
  early = null;
}
