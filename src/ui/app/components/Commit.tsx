import { shortCommit } from "../format";

interface GitLike {
  commitHash?: string | null;
  commitUrl?: string | null;
  branch?: string | null;
}

/** The commit as its short hash, linking to GitHub or GitLab when the server made a link. */
export function Commit({
  git,
  showBranch = false,
}: {
  git: GitLike | null | undefined;
  showBranch?: boolean;
}) {
  const short = shortCommit(git?.commitHash);
  if (!git || !short) return <span className="muted">—</span>;
  const hash = git.commitUrl ? (
    <a href={git.commitUrl} target="_blank" rel="noreferrer noopener" className="mono">
      {short}
      <span className="visually-hidden"> (commit {git.commitHash}, opens in a new tab)</span>
    </a>
  ) : (
    <span className="mono" title={git.commitHash ?? undefined}>
      {short}
    </span>
  );
  return (
    <span className="commit">
      {hash}
      {showBranch && git.branch ? <span className="muted branch"> on {git.branch}</span> : null}
    </span>
  );
}

export function Image({ image }: { image: string | null | undefined }) {
  if (!image) return <span className="muted">—</span>;
  // Long registry paths break after a "/" or before the tag's ":", never inside a name.
  const parts = image.split(/(?<=\/)|(?=:)/);
  return (
    <span className="mono image" title={image}>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
        <span key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </span>
  );
}
