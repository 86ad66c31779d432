import { useState } from "react";
import { Button } from "react-aria-components";
import { Link } from "wouter";
import { assetUrl } from "../urls";

interface Props {
  deployment: string;
  project: string;
  added: readonly string[];
  removed: readonly string[];
  changed: readonly string[];
  /** Keys shown before "n more". */
  limit?: number;
}

/** The assets a load added (+), removed (−) and changed (~), each key a link to its asset page. */
export function AssetKeys({ deployment, project, added, removed, changed, limit = 6 }: Props) {
  const [open, setOpen] = useState(false);
  const all = [
    ...added.map((key) => ({ key, sign: "+", kind: "added" })),
    ...removed.map((key) => ({ key, sign: "−", kind: "removed" })),
    ...changed.map((key) => ({ key, sign: "~", kind: "changed" })),
  ];
  if (all.length === 0) return <span className="muted">no asset changes</span>;
  const shown = open ? all : all.slice(0, limit);
  return (
    <ul className="asset-keys">
      {shown.map(({ key, sign, kind }) => (
        <li key={`${kind}-${key}`} className={`asset-key asset-${kind}`}>
          <span aria-hidden="true" className="sign">
            {sign}
          </span>
          <span className="visually-hidden">{kind} </span>
          <Link href={assetUrl(deployment, project, key)} className="mono">
            {key}
          </Link>
        </li>
      ))}
      {all.length > limit ? (
        <li>
          <Button className="link-button" onPress={() => setOpen(!open)}>
            {open ? "Show fewer" : `${all.length - limit} more`}
          </Button>
        </li>
      ) : null}
    </ul>
  );
}
