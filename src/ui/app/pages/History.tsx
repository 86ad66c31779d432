import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Switch,
} from "react-aria-components";
import { useClient } from "urql";
import { Link, useSearchParams } from "wouter";
import type { UiHistoryQuery, UiLoadBriefFragment, UiLoadRowFragment } from "../../generated/graphql";
import { errorMessage } from "../client";
import { Image } from "../components/Commit";
import { HistoryTable, type RowActions } from "../components/HistoryTable";
import { LoadDrawer } from "../components/LoadDrawer";
import { RollbackDialog } from "../components/RollbackDialog";
import { RelativeTime } from "../components/Time";
import { dropFirstPage, earlyFirstPage, HISTORY_PAGE_SIZE, historyFilters } from "../first-page";
import { type Expansion, entryKey, flattenRows, keepUnchanged, mergeEntries } from "../history-rows";
import { useLiveLoads } from "../hooks";
import { ENTRY_LOADS, HISTORY } from "../operations";
import { canRollback, rollbackNote } from "../roles";
import { useSession } from "../session";
import { projectsUrl } from "../urls";

/**
 * A project's history, like the hosted product's history modal, as a page of its own: one row per load,
 * or per run of identical loads with "Collapse similar entries" on (the default; a collapsed row opens to
 * its loads). 50 rows at a time over the Relay cursors, a status filter, and a menu per row: "View
 * metadata" (a drawer) and, for editors and above, "Rollback to this version". New loads arrive live:
 * the head of the history is fetched again and merged, and what is new is highlighted for a moment.
 *
 * State lives in the URL where it can be shared: ?all=1 (the switch off), ?status=FAILURE, ?load=<id>
 * (the drawer of that load).
 */

const PAGE_SIZE = HISTORY_PAGE_SIZE;
/** Entries fetched again when a load arrives live: enough for a burst of loads between two fetches. */
const HEAD_SIZE = 20;
const LOADS_PAGE = 50;
const HIGHLIGHT_MS = 3_000;

type Project = NonNullable<UiHistoryQuery["project"]>;
type Entry = Project["history"]["edges"][number]["node"] & { cursor: string };

interface Shown {
  key: string;
  project: Project | null;
  /** Where live updates start: the newest load when the first page came (kept while loads arrive). */
  liveAfter: string | null;
  entries: Entry[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loadingMore: boolean;
}

function entriesOf(project: Project): Entry[] {
  return project.history.edges.map((edge) => ({ ...edge.node, cursor: edge.cursor }));
}

export function History({ deployment, project: name }: { deployment: string; project: string }) {
  const session = useSession();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const { collapse, status } = historyFilters(params);
  const drawerLoad = params.get("load");
  const queryKey = JSON.stringify([deployment, name, collapse, status]);

  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [expansions, setExpansions] = useState<ReadonlyMap<string, Expansion<UiLoadRowFragment>>>(new Map());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [rollbackTarget, setRollbackTarget] = useState<UiLoadBriefFragment | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const keyRef = useRef(queryKey);
  keyRef.current = queryKey;

  const fetchPage = useCallback(
    (first: number, after: string | null) =>
      client
        .query(
          HISTORY,
          { deployment, project: name, first, after, collapse, status },
          { requestPolicy: "network-only" },
        )
        .toPromise(),
    [client, deployment, name, collapse, status],
  );

  // The first page, again whenever the project, the switch or the filter changes.
  useEffect(() => {
    let current = true;
    setShown(null);
    setError(null);
    setExpansions(new Map());
    const early = earlyFirstPage({
      deployment,
      project: name,
      first: PAGE_SIZE,
      after: null,
      collapse,
      status,
    });
    (early ?? fetchPage(PAGE_SIZE, null)).then((result) => {
      if (!current) return;
      dropFirstPage();
      const project = result.data?.project ?? null;
      if (result.error) setError(errorMessage(result.error));
      setShown({
        key: queryKey,
        project,
        liveAfter: project?.latestLoad?.id ?? null,
        entries: project ? entriesOf(project) : [],
        totalCount: project?.history.totalCount ?? 0,
        endCursor: project?.history.pageInfo.endCursor ?? null,
        hasNextPage: project?.history.pageInfo.hasNextPage ?? false,
        loadingMore: false,
      });
    });
    return () => {
      current = false;
    };
  }, [fetchPage, queryKey, deployment, name, collapse, status]);

  const loadMore = async () => {
    if (!shown?.hasNextPage || shown.loadingMore) return;
    setShown({ ...shown, loadingMore: true });
    const result = await fetchPage(PAGE_SIZE, shown.endCursor);
    if (keyRef.current !== queryKey) return;
    const project = result.data?.project;
    setShown((before) => {
      if (!before) return before;
      if (!project) return { ...before, loadingMore: false };
      const merged = mergeEntries(before.entries, entriesOf(project));
      return {
        ...before,
        entries: merged.entries,
        endCursor: project.history.pageInfo.endCursor ?? null,
        hasNextPage: project.history.pageInfo.hasNextPage,
        loadingMore: false,
      };
    });
    if (result.error) setError(errorMessage(result.error));
    else setAnnouncement(`${project?.history.edges.length ?? 0} more rows loaded`);
  };

  /** After a live load: the head again, merged; new or grown rows highlighted. */
  const refreshHead = useCallback(
    async (sequence?: number) => {
      const key = keyRef.current;
      const result = await fetchPage(HEAD_SIZE, null);
      const project = result.data?.project;
      if (keyRef.current !== key || !project) return;
      let freshKeys: string[] = [];
      setShown((before) => {
        if (!before) return before;
        const merged = mergeEntries(before.entries, entriesOf(project));
        freshKeys = merged.fresh;
        return { ...before, project, entries: merged.entries, totalCount: project.history.totalCount };
      });
      if (freshKeys.length === 0) return;
      setFresh((before) => new Set([...before, ...freshKeys]));
      setAnnouncement(sequence ? `Load #${sequence} arrived` : "The history changed");
      setTimeout(() => {
        setFresh((before) => new Set([...before].filter((key) => !freshKeys.includes(key))));
      }, HIGHLIGHT_MS);
    },
    [fetchPage],
  );

  const project = shown?.key === queryKey ? shown.project : null;
  // The subscription keeps its own resume point once started (live.ts), so `after` stays the first one.
  const liveRefused = useLiveLoads(
    session.live,
    { deployment, project: name, after: shown?.liveAfter ?? null, enabled: project !== null },
    (load) => void refreshHead(load.sequence),
  );

  const loadEntryLoads = async (entry: Entry, after: string | null) => {
    const key = entryKey(entry);
    // The entries as shown now: a row's handlers may come from an earlier render (rows are cached).
    const entries = entriesRef.current;
    const index = entries.findIndex((each) => entryKey(each) === key);
    setExpansions((before) => {
      const next = new Map(before);
      const old = before.get(key);
      next.set(key, { loads: old?.loads ?? [], hasMore: old?.hasMore ?? false, loading: true, error: null });
      return next;
    });
    const result = await client
      .query(
        ENTRY_LOADS,
        {
          deployment,
          project: name,
          entryAfter: index > 0 ? (entries[index - 1]?.cursor ?? null) : null,
          status,
          first: LOADS_PAGE,
          after,
        },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    const found = result.data?.project?.history.edges.find(
      (edge) => edge.node.firstSequence === entry.firstSequence,
    );
    setExpansions((before) => {
      if (!before.has(key)) return before;
      const next = new Map(before);
      const old = before.get(key);
      if (!found) {
        next.set(key, {
          loads: old?.loads ?? [],
          hasMore: false,
          loading: false,
          error: errorMessage(result.error) ?? "This row changed meanwhile; reload the page.",
        });
      } else {
        const loads = found.node.loads;
        next.set(key, {
          loads: [...(after ? (old?.loads ?? []) : []), ...loads.edges.map((edge) => edge.node)],
          hasMore: loads.pageInfo.hasNextPage,
          loading: false,
          error: null,
        });
        loadCursors.current.set(key, loads.pageInfo.endCursor ?? null);
      }
      return next;
    });
  };
  const loadCursors = useRef(new Map<string, string | null>());

  const toggle = (entry: Entry) => {
    const key = entryKey(entry);
    if (expansionsRef.current.has(key)) {
      setExpansions((before) => {
        const next = new Map(before);
        next.delete(key);
        return next;
      });
      return;
    }
    void loadEntryLoads(entry, null);
  };

  const setParam = (changes: Record<string, string | null>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const mayRollback = canRollback(session.viewer.roles, deployment);
  const current = project?.currentLoad ?? null;
  const entries = useMemo(() => (shown?.key === queryKey ? shown.entries : []), [shown, queryKey]);
  // Rows keep their objects while unchanged (so the table renders only new or changed ones); handlers
  // read entries and expansions through refs, since a kept row's handlers come from an earlier render.
  const previousRows = useRef<ReturnType<typeof flattenRows<Entry, UiLoadRowFragment>>>([]);
  const rows = useMemo(
    () => keepUnchanged(previousRows.current, flattenRows(entries, expansions)),
    [entries, expansions],
  );
  previousRows.current = rows;
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const expansionsRef = useRef(expansions);
  expansionsRef.current = expansions;
  const loading = shown?.key !== queryKey;

  // One actions object for the page's lifetime: rows are memoized and must not render again for a new
  // handler; the handlers read the page's state through refs when called.
  const handlers = useRef({ toggle, loadEntryLoads, setParam });
  handlers.current = { toggle, loadEntryLoads, setParam };
  const actions = useMemo<RowActions>(
    () => ({
      toggle: (key) => {
        const entry = entriesRef.current.find((each) => entryKey(each) === key);
        if (entry) handlers.current.toggle(entry);
      },
      moreLoads: (key) => {
        const entry = entriesRef.current.find((each) => entryKey(each) === key);
        if (entry) void handlers.current.loadEntryLoads(entry, loadCursors.current.get(key) ?? null);
      },
      metadata: (load) => handlers.current.setParam({ load: load.id }),
      rollback: (load) => setRollbackTarget(load),
    }),
    [],
  );
  const scope = useMemo(
    () => ({ deployment, project: name, actions, mayRollback }),
    [deployment, name, actions, mayRollback],
  );

  return (
    <main id="main" className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={projectsUrl(deployment)}>{deployment}</Link> <span aria-hidden="true">/</span> {name}
      </nav>
      <div className="page-head">
        <h1>History of {name}</h1>
        {project ? (
          <p className="muted">
            {project.loadCount} loads · current{" "}
            {current ? (
              <>
                #{current.sequence} <Image image={current.image} />
              </>
            ) : (
              "none"
            )}{" "}
            · updated <RelativeTime iso={project.updatedAt} />
          </p>
        ) : null}
        <div className="toolbar">
          <Switch
            className="switch"
            isSelected={collapse}
            onChange={(on) => setParam({ all: on ? null : "1" })}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            Collapse similar entries
          </Switch>
          <Select
            className="select"
            value={status ?? "ALL"}
            onChange={(key) => setParam({ status: key === "SUCCESS" || key === "FAILURE" ? key : null })}
          >
            <Label>Status</Label>
            <Button className="button select-button">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="popover">
              <ListBox className="listbox">
                <ListBoxItem id="ALL" className="listbox-item">
                  All
                </ListBoxItem>
                <ListBoxItem id="SUCCESS" className="listbox-item">
                  Success
                </ListBoxItem>
                <ListBoxItem id="FAILURE" className="listbox-item">
                  Failure
                </ListBoxItem>
              </ListBox>
            </Popover>
          </Select>
        </div>
        {!mayRollback ? <p className="note">{rollbackNote(session.viewer.roles, deployment)}</p> : null}
        {liveRefused ? (
          <p role="alert" className="error-text">
            Live updates stopped: {liveRefused}
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      {!loading && !project && !error ? (
        <p role="alert">
          There is no project {name} in {deployment}.{" "}
          <Link href={projectsUrl(deployment)}>See the projects</Link>
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="table-wrap">
        <HistoryTable
          label={`History of ${name} in ${deployment}`}
          rows={rows}
          fresh={fresh}
          currentId={current?.id ?? null}
          scope={scope}
          empty={loading ? <span role="status">Loading…</span> : project ? "No load matches." : null}
        />
      </div>
      <div className="pager">
        {shown && !loading ? (
          <span className="muted">
            {entries.length} of {shown.totalCount} rows
          </span>
        ) : null}
        {shown?.hasNextPage && !loading ? (
          <Button className="button" isDisabled={shown.loadingMore} onPress={() => void loadMore()}>
            {shown.loadingMore ? "Loading…" : `Load ${PAGE_SIZE} more`}
          </Button>
        ) : null}
      </div>
      <LoadDrawer loadId={drawerLoad} onClose={() => setParam({ load: null })} />
      <RollbackDialog
        deployment={deployment}
        project={name}
        target={rollbackTarget}
        current={current}
        onClose={() => setRollbackTarget(null)}
        onDone={(sequence) => void refreshHead(sequence)}
      />
    </main>
  );
}
