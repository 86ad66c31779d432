import { memo, type ReactNode } from "react";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import type { UiLoadRowFragment } from "../../generated/graphql";
import { errorSummary, sequenceRange } from "../format";
import type { EntryLike, Row } from "../history-rows";
import { AssetKeys } from "./AssetKeys";
import { Commit, Image } from "./Commit";
import { StatusBadge, TriggerBadge } from "./StatusBadge";
import { DateTime, RelativeTime } from "./Time";

/**
 * The history table: a native <table> whose rows are memoized components. Each row renders again only
 * when its own props change (its row object, kept by keepUnchanged while equal, whether it is fresh or
 * the current load), so "Load 50 more" renders 50 rows, and a live load renders the rows it adds or grows.
 *
 * Why not React Aria's Table (the projects table uses it): it builds its collection in a hidden render,
 * then renders every row and cell again with grid hooks whenever the collection or its state changes,
 * which made the first 50 rows and each "Load more" cost time in proportion to every row shown
 * (bench/ui.ts). The history needs no selection or sorting, so it is a plain data table: every control in
 * it (expand button, links, row menu) is reached with Tab, and screen readers get table navigation.
 */

export interface HistoryEntry extends EntryLike {
  lastLoadedAt: string;
  firstLoadedAt: string;
  /** The run's changes: its first load's (the later loads of a run change nothing). */
  assetsAdded: readonly string[];
  assetsRemoved: readonly string[];
  assetsChanged: readonly string[];
  load: UiLoadRowFragment;
}

/** What rows ask the page to do. One object for the page's lifetime, so rows need not render for it. */
export interface RowActions {
  toggle(key: string): void;
  moreLoads(parentKey: string): void;
  metadata(load: UiLoadRowFragment): void;
  rollback(load: UiLoadRowFragment): void;
}

interface Scope {
  deployment: string;
  project: string;
  actions: RowActions;
  mayRollback: boolean;
}

const COLUMNS = ["Load", "Loaded at", "Status", "Trigger", "Image", "Commit", "Assets"] as const;

type Rows = Row<HistoryEntry, UiLoadRowFragment>;

export function HistoryTable({
  label,
  rows,
  fresh,
  currentId,
  scope,
  empty,
}: {
  label: string;
  rows: readonly Rows[];
  fresh: ReadonlySet<string>;
  currentId: string | null;
  scope: Scope;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
}) {
  // The entry whose loads follow (a "more" row closes them).
  let run: HistoryEntry | null = null;
  return (
    <table aria-label={label} className="table history-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={COLUMNS.length + 1}>{empty}</td>
          </tr>
        ) : null}
        {rows.map((row) => {
          if (row.kind === "entry") {
            run = row.entry;
            return (
              <EntryRow
                key={row.key}
                row={row}
                fresh={fresh.has(row.key)}
                current={row.entry.load.id === currentId}
                {...scope}
              />
            );
          }
          if (row.kind === "load")
            return <LoadRow key={row.key} row={row} current={row.load.id === currentId} {...scope} />;
          return (
            <MoreRow
              key={row.key}
              row={row}
              range={run ? sequenceRange(run.firstSequence, run.lastSequence) : ""}
              actions={scope.actions}
            />
          );
        })}
      </tbody>
    </table>
  );
}

type EntryRowProps = Scope & {
  row: Extract<Rows, { kind: "entry" }>;
  fresh: boolean;
  current: boolean;
};

const EntryRow = memo(function EntryRow({ row, fresh, current, ...scope }: EntryRowProps) {
  const { entry } = row;
  const collapsed = entry.collapsedCount > 1;
  return (
    <tr
      className={`row${fresh ? " row-fresh" : ""}${entry.load.status === "FAILURE" ? " row-failure" : ""}`}
      data-sequence={entry.lastSequence}
    >
      <th scope="row" className="row-head" data-label="Load">
        {collapsed ? (
          <Button
            className="button small expand"
            aria-expanded={row.expanded}
            onPress={() => scope.actions.toggle(row.key)}
          >
            <span aria-hidden="true">{row.expanded ? "▾" : "▸"}</span>{" "}
            {sequenceRange(entry.firstSequence, entry.lastSequence)}{" "}
            <span className="count">×{entry.collapsedCount}</span>
            <span className="visually-hidden"> loads</span>
          </Button>
        ) : (
          <span className="strong">#{entry.lastSequence}</span>
        )}
      </th>
      <LoadCells load={entry.load} entry={entry} current={current} {...scope} />
    </tr>
  );
});

type LoadRowProps = Scope & {
  row: Extract<Rows, { kind: "load" }>;
  current: boolean;
};

const LoadRow = memo(function LoadRow({ row, current, ...scope }: LoadRowProps) {
  return (
    <tr
      className={`row row-child${row.load.status === "FAILURE" ? " row-failure" : ""}`}
      data-sequence={row.load.sequence}
    >
      <th scope="row" className="row-head" data-label="Load">
        <span className="child-mark" aria-hidden="true">
          └
        </span>{" "}
        #{row.load.sequence}
      </th>
      <LoadCells load={row.load} entry={null} current={current} {...scope} />
    </tr>
  );
});

const MoreRow = memo(function MoreRow({
  row,
  range,
  actions,
}: {
  row: Extract<Rows, { kind: "more" }>;
  range: string;
  actions: RowActions;
}) {
  return (
    <tr className="row row-child">
      <td colSpan={COLUMNS.length + 1}>
        {row.loading ? (
          <span role="status">Loading loads…</span>
        ) : row.error ? (
          <span role="alert" className="error-text">
            {row.error}
          </span>
        ) : row.hasMore ? (
          <Button className="button small" onPress={() => actions.moreLoads(row.parentKey)}>
            More loads of {range}
          </Button>
        ) : null}
      </td>
    </tr>
  );
});

function LoadCells({
  load,
  entry,
  current,
  deployment,
  project,
  actions,
  mayRollback,
}: Scope & { load: UiLoadRowFragment; entry: HistoryEntry | null; current: boolean }) {
  const run = entry !== null && entry.collapsedCount > 1;
  return (
    <>
      <td data-label="Loaded at">
        {run ? (
          <span className="stack-cells">
            <DateTime iso={entry.lastLoadedAt} />
            <span className="muted small">
              since <DateTime iso={entry.firstLoadedAt} />
            </span>
          </span>
        ) : (
          <span className="stack-cells">
            <DateTime iso={load.loadedAt} />
            <span className="muted small">
              <RelativeTime iso={load.loadedAt} />
            </span>
          </span>
        )}
      </td>
      <td data-label="Status">
        <StatusBadge status={load.status} />
        {load.error ? (
          <span className="error-summary" title={load.error.message}>
            {errorSummary(load.error.message)}
          </span>
        ) : null}
      </td>
      <td data-label="Trigger">
        <TriggerBadge trigger={load.trigger} />
        {load.rollback ? (
          <span className="small">
            {" "}
            to #{load.rollback.toLoad.sequence}
            {load.rollback.reason ? (
              <span className="muted reason" title={load.rollback.reason}>
                : {errorSummary(load.rollback.reason, 80)}
              </span>
            ) : null}
          </span>
        ) : null}
        {current ? <span className="badge badge-current">Current</span> : null}
      </td>
      <td data-label="Image">
        <Image image={load.image} />
      </td>
      <td data-label="Commit">
        <Commit git={load.git} />
      </td>
      <td data-label="Assets">
        {/* A run's row shows its changes (its first load's); each load of an opened run shows its own. */}
        <AssetKeys
          deployment={deployment}
          project={project}
          added={run ? entry.assetsAdded : load.assetsAdded}
          removed={run ? entry.assetsRemoved : load.assetsRemoved}
          changed={run ? entry.assetsChanged : load.assetsChanged}
        />
      </td>
      <td data-label="Actions">
        <RowMenu
          load={load}
          rollbackable={mayRollback && load.status === "SUCCESS" && !current}
          actions={actions}
        />
      </td>
    </>
  );
}

function RowMenu({
  load,
  rollbackable,
  actions,
}: {
  load: UiLoadRowFragment;
  rollbackable: boolean;
  actions: RowActions;
}) {
  return (
    <MenuTrigger>
      <Button className="button small icon" aria-label={`Actions for load #${load.sequence}`}>
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          onAction={(action) => {
            if (action === "metadata") actions.metadata(load);
            if (action === "rollback") actions.rollback(load);
          }}
        >
          <MenuItem id="metadata" className="menu-item">
            View metadata
          </MenuItem>
          {rollbackable ? (
            <MenuItem id="rollback" className="menu-item">
              Rollback to this version
            </MenuItem>
          ) : null}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
