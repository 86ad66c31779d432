import { Link } from "wouter";
import type { UiAssetChangeFragment } from "../../generated/graphql";
import {
  type AssetChangeType,
  type AssetChangeValues,
  type ChangeLine,
  changeLines,
  changeTypeLabel,
} from "../format";
import { assetUrl } from "../urls";

function Value({ value }: { value: string | null }) {
  return value === null ? <span className="muted">(none)</span> : <code className="value">{value}</code>;
}

function Line({ line }: { line: ChangeLine }) {
  return (
    <li className={`change-line change-${line.kind}`}>
      <span className="change-field">
        {line.field}
        {line.entry ? (
          <>
            {" "}
            <code>{line.entry}</code>
          </>
        ) : null}
      </span>
      {line.note ? (
        <span className="change-note">{line.note}</span>
      ) : (
        <span className="change-values">
          <Value value={line.old} />
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> becomes </span>
          <Value value={line.new} />
        </span>
      )}
    </li>
  );
}

export function ChangeTypes({ types }: { types: readonly AssetChangeType[] }) {
  return (
    <span className="change-types">
      {types.map((type) => (
        <span key={type} className={`chip chip-${type.toLowerCase()}`}>
          {changeTypeLabel(type)}
        </span>
      ))}
    </span>
  );
}

/** One asset's change (a recorded AssetChange or a computed AssetDiff): every value touched, old → new. */
export function ChangeDetail({ change }: { change: AssetChangeValues }) {
  return (
    <ul className="change-lines">
      {changeLines(change).map((line) => (
        <Line key={`${line.field}-${line.entry ?? ""}`} line={line} />
      ))}
    </ul>
  );
}

/** Every asset change of a load, each key a link to its asset page. */
export function ChangeList({
  changes,
  deployment,
  project,
}: {
  changes: readonly UiAssetChangeFragment[];
  deployment: string;
  project: string;
}) {
  if (changes.length === 0) return <p className="muted">This load changed no asset.</p>;
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.id} className="change">
          <div className="change-head">
            <Link href={assetUrl(deployment, project, change.assetKey)} className="mono">
              {change.assetKey}
            </Link>
            <ChangeTypes types={change.changeTypes} />
          </div>
          <ChangeDetail change={change} />
        </li>
      ))}
    </ul>
  );
}
