import { useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useQuery } from "urql";
import type { UiAssetChangeFragment } from "../../generated/graphql";
import { errorMessage } from "../client";
import { LOAD_DETAILS } from "../operations";
import { ChangeList } from "./ChangeList";
import { Commit, Image } from "./Commit";
import { CopyButton } from "./CopyButton";
import { StatusBadge, TriggerBadge } from "./StatusBadge";
import { DateTime } from "./Time";

interface Props {
  loadId: string | null;
  onClose: () => void;
}

/**
 * "View metadata": everything about one load in a side panel: git, display metadata, the error with its
 * full stack, the rollback it came from, and every asset change with old → new values. A modal dialog:
 * focus moves into it, stays there, and returns to the row's menu button when it closes (Escape closes).
 */
export function LoadDrawer({ loadId, onClose }: Props) {
  return (
    <ModalOverlay
      isOpen={loadId !== null}
      onOpenChange={(open) => (open ? null : onClose())}
      isDismissable
      className="overlay drawer-overlay"
    >
      <Modal className="drawer">
        <Dialog className="drawer-dialog" aria-labelledby="load-drawer-title">
          {loadId ? <LoadDetails id={loadId} /> : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function LoadDetails({ id }: { id: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<UiAssetChangeFragment[]>([]);
  const [result] = useQuery({ query: LOAD_DETAILS, variables: { id, after } });
  const load = result.data?.node?.__typename === "ProjectLoad" ? result.data.node : null;
  const header = (
    <div className="drawer-header">
      <Heading slot="title" id="load-drawer-title">
        {load ? `Load #${load.sequence}` : "Load"}
      </Heading>
      <Button slot="close" className="button" aria-label="Close">
        Close
      </Button>
    </div>
  );
  if (result.fetching && !load)
    return (
      <>
        {header}
        <p role="status">Loading…</p>
      </>
    );
  if (result.error || !load)
    return (
      <>
        {header}
        <p role="alert" className="error-text">
          {errorMessage(result.error) ?? "This load does not exist (any more)."}
        </p>
      </>
    );
  const deployment = load.project.deployment.name;
  const project = load.project.name;
  const changes = [...earlier, ...load.assetChanges.edges.map((edge) => edge.node)];
  return (
    <>
      {header}
      <p className="drawer-sub">
        {deployment}/{project} · <StatusBadge status={load.status} /> <TriggerBadge trigger={load.trigger} />
      </p>
      <section aria-labelledby="drawer-load">
        <h3 id="drawer-load">Load</h3>
        <dl className="facts">
          <dt>Loaded at</dt>
          <dd>
            <DateTime iso={load.loadedAt} />
          </dd>
          <dt>Recorded</dt>
          <dd>
            <DateTime iso={load.recordedAt} /> by {load.recordedBy}
          </dd>
          <dt>Image</dt>
          <dd>
            <Image image={load.image} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="drawer-git">
        <h3 id="drawer-git">Git</h3>
        {load.git ? (
          <dl className="facts">
            <dt>Commit</dt>
            <dd>
              <Commit git={load.git} />
              {load.git.commitHash ? <span className="mono muted"> {load.git.commitHash}</span> : null}
            </dd>
            <dt>Branch</dt>
            <dd>{load.git.branch ?? <span className="muted">—</span>}</dd>
            <dt>Repository</dt>
            <dd className="mono">{load.git.repositoryUrl ?? <span className="muted">—</span>}</dd>
          </dl>
        ) : (
          <p className="muted">No git metadata was reported.</p>
        )}
      </section>
      <section aria-labelledby="drawer-metadata">
        <h3 id="drawer-metadata">Metadata</h3>
        {load.metadata.length > 0 ? (
          <dl className="facts">
            {load.metadata.map((entry) => (
              <div key={entry.key} className="fact">
                <dt>{entry.key}</dt>
                <dd className="mono">{entry.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">None reported.</p>
        )}
      </section>
      {load.error ? (
        <section aria-labelledby="drawer-error">
          <h3 id="drawer-error">Error</h3>
          <p className="error-text">{load.error.message}</p>
          {load.error.stack ? (
            <>
              <CopyButton text={load.error.stack} label="Copy stack" />
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable, so a keyboard can scroll a long stack */}
              <pre className="stack" tabIndex={0} data-testid="stack">
                {load.error.stack}
              </pre>
            </>
          ) : (
            <p className="muted">No stack was reported.</p>
          )}
        </section>
      ) : null}
      {load.rollback ? (
        <section aria-labelledby="drawer-rollback">
          <h3 id="drawer-rollback">Rollback</h3>
          <dl className="facts">
            <dt>Rolled back to</dt>
            <dd>
              #{load.rollback.toLoad.sequence} <Image image={load.rollback.toLoad.image} />
            </dd>
            <dt>From</dt>
            <dd>
              #{load.rollback.fromLoad.sequence} <Image image={load.rollback.fromLoad.image} />
            </dd>
            <dt>Requested by</dt>
            <dd>
              {load.rollback.requestedBy} at <DateTime iso={load.rollback.createdAt} />
            </dd>
            <dt>Reason</dt>
            <dd>{load.rollback.reason ?? <span className="muted">none given</span>}</dd>
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="drawer-changes">
        <h3 id="drawer-changes">Asset changes ({load.assetChanges.totalCount})</h3>
        <ChangeList changes={changes} deployment={deployment} project={project} />
        {load.assetChanges.pageInfo.hasNextPage ? (
          <Button
            className="button"
            isDisabled={result.fetching}
            onPress={() => {
              setEarlier(changes);
              setAfter(load.assetChanges.pageInfo.endCursor ?? null);
            }}
          >
            More changes
          </Button>
        ) : null}
      </section>
    </>
  );
}
