import { useState } from "react";
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  TextArea,
  TextField,
} from "react-aria-components";
import { useMutation, useQuery } from "urql";
import type { UiLoadBriefFragment, UiRollbackMutation } from "../../generated/graphql";
import { errorMessage } from "../client";
import { type RollbackUpdate, useRollbackUpdates } from "../hooks";
import { ROLLBACK, ROLLBACK_PREVIEW } from "../operations";
import { useSession } from "../session";
import { AssetKeys } from "./AssetKeys";
import { ChangeDetail, ChangeTypes } from "./ChangeList";
import { Commit, Image } from "./Commit";
import { DateTime } from "./Time";

/** crypto.randomUUID exists only on secure pages; getRandomValues everywhere. */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ui:${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

interface Props {
  deployment: string;
  project: string;
  /** The load to go back to (null: the dialog is closed). */
  target: UiLoadBriefFragment | null;
  /** What runs now (the project's currentLoad). */
  current: UiLoadBriefFragment | null;
  onClose: () => void;
  /** Called once the rollback is recorded, with the new load's sequence. */
  onDone: (sequence: number) => void;
}

/**
 * "Rollback to this version": the server's exact preview (Project.rollbackPreview: image → image,
 * commit → commit, the assets restored, removed and changed, each change old → new), a reason, and the
 * outcome.
 * A modal dialog: focus starts in it, Tab stays in it, Escape or Cancel closes it and focus returns to the
 * row's menu button.
 */
export function RollbackDialog(props: Props) {
  return (
    <ModalOverlay
      isOpen={props.target !== null}
      onOpenChange={(open) => (open ? null : props.onClose())}
      isDismissable
      className="overlay dialog-overlay"
    >
      <Modal className="dialog">
        <Dialog className="dialog-body" aria-labelledby="rollback-title">
          {props.target ? <RollbackForm {...props} target={props.target} /> : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function RollbackForm({
  deployment,
  project,
  target,
  current,
  onClose,
  onDone,
}: Props & {
  target: UiLoadBriefFragment;
}) {
  const [reason, setReason] = useState("");
  // One key per opened dialog: a double submit or a retry after a lost answer rolls back once.
  const [key] = useState(randomKey);
  const [state, rollback] = useMutation(ROLLBACK);
  const [done, setDone] = useState<UiRollbackMutation["rollbackProject"] | null>(null);
  // Asked for again each time the dialog opens: the preview is from what runs now.
  const [preview] = useQuery({
    query: ROLLBACK_PREVIEW,
    variables: { deployment, project, loadId: target.id },
    requestPolicy: "network-only",
  });
  const comparison = preview.data?.project?.rollbackPreview ?? null;
  // The preview's own loads when it came: what the server compared.
  const from = comparison?.from ?? current;
  const to = comparison?.to ?? target;

  if (done && done.load === null) {
    // The deployment's executor carries it out: followed live until it ends.
    return <RollbackProgress requested={done.rollback} onDone={onDone} />;
  }

  if (done?.load) {
    const load = done.load;
    return (
      <>
        <Heading slot="title" id="rollback-title">
          Rolled back to #{done.rollback.toLoad.sequence}
        </Heading>
        {/* Recorded directly: the rollback is done when the answer arrives. */}
        <p role="status" className="rollback-status">
          <span className="badge badge-success">
            <span aria-hidden="true">✓</span> Done
          </span>{" "}
          New load #{load.sequence} ({load.trigger.toLowerCase()}) runs <Image image={load.image} />.
        </p>
        <h3>What the rollback changed</h3>
        <AssetKeys
          deployment={deployment}
          project={project}
          added={load.assetsAdded}
          removed={load.assetsRemoved}
          changed={load.assetsChanged}
          limit={20}
        />
        <div className="dialog-actions">
          <Button className="button primary" slot="close" autoFocus>
            Close
          </Button>
        </div>
      </>
    );
  }

  return (
    <Form
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await rollback({
          input: { loadId: target.id, deployment, project, reason: reason.trim(), idempotencyKey: key },
        });
        if (result.data) {
          setDone(result.data.rollbackProject);
          const load = result.data.rollbackProject.load;
          if (load) onDone(load.sequence);
        }
      }}
    >
      <Heading slot="title" id="rollback-title">
        Roll back {project} to #{target.sequence}?
      </Heading>
      <p>
        A new load is recorded in {deployment} with the image, git metadata and exact asset snapshot of load #
        {target.sequence} (<DateTime iso={target.loadedAt} />
        ).
      </p>
      <table className="preview">
        <caption className="visually-hidden">What changes</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">What</span>
            </th>
            <th scope="col">Now{from ? ` (#${from.sequence})` : ""}</th>
            <th scope="col">After the rollback (#{to.sequence})</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Image</th>
            <td>
              <Image image={from?.image} />
            </td>
            <td>
              <Image image={to.image} />
            </td>
          </tr>
          <tr>
            <th scope="row">Commit</th>
            <td>
              <Commit git={from?.git} showBranch />
            </td>
            <td>
              <Commit git={to.git} showBranch />
            </td>
          </tr>
        </tbody>
      </table>
      <section aria-labelledby="rollback-assets" className="rollback-assets">
        <h3 id="rollback-assets">Assets</h3>
        {preview.fetching && !comparison ? (
          <p role="status">Comparing the snapshots…</p>
        ) : preview.error ? (
          <p role="alert" className="error-text">
            {errorMessage(preview.error)}
          </p>
        ) : comparison ? (
          <>
            <AssetGroup
              title="To restore"
              kind="added"
              empty="No asset to restore."
              keys={comparison.assetsAdded}
              deployment={deployment}
              project={project}
            />
            <AssetGroup
              title="To remove"
              kind="removed"
              empty="No asset to remove."
              keys={comparison.assetsRemoved}
              deployment={deployment}
              project={project}
            />
            <AssetGroup
              title="To change"
              kind="changed"
              empty="No asset to change."
              keys={comparison.assetsChanged}
              deployment={deployment}
              project={project}
            />
            {comparison.assetChanges.edges.length > 0 ? (
              <details className="rollback-changes">
                <summary>
                  Every change, old → new ({comparison.assetChanges.totalCount}
                  {comparison.assetChanges.totalCount > comparison.assetChanges.edges.length
                    ? `, the first ${comparison.assetChanges.edges.length} shown`
                    : ""}
                  )
                </summary>
                <ul className="change-list">
                  {comparison.assetChanges.edges.map(({ node }) => (
                    <li key={node.assetKey} className="change">
                      <div className="change-head">
                        <span className="mono">{node.assetKey}</span>
                        <ChangeTypes types={node.changeTypes} />
                      </div>
                      <ChangeDetail change={node} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : null}
      </section>
      <TextField
        className="field"
        isRequired
        value={reason}
        onChange={setReason}
        validate={(value) =>
          value.trim() === "" ? "Say why: it is shown in the history and sent with alerts." : null
        }
        autoFocus
      >
        <Label>Reason</Label>
        <TextArea rows={3} />
        <FieldError className="error-text" />
      </TextField>
      {state.error ? (
        <p role="alert" className="error-text">
          {errorMessage(state.error)}
        </p>
      ) : null}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          Cancel
        </Button>
        <Button type="submit" className="button danger" isDisabled={state.fetching}>
          {state.fetching ? "Rolling back…" : `Roll back to #${target.sequence}`}
        </Button>
      </div>
    </Form>
  );
}

/** One group of the preview's asset keys (restored, removed or changed), each a link to its page. */
function AssetGroup({
  title,
  kind,
  empty,
  keys,
  deployment,
  project,
}: {
  title: string;
  kind: "added" | "removed" | "changed";
  empty: string;
  keys: readonly string[];
  deployment: string;
  project: string;
}) {
  return (
    <div className="asset-group">
      <h4>
        {title} ({keys.length})
      </h4>
      {keys.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <AssetKeys
          deployment={deployment}
          project={project}
          added={kind === "added" ? keys : []}
          removed={kind === "removed" ? keys : []}
          changed={kind === "changed" ? keys : []}
          limit={20}
        />
      )}
    </div>
  );
}

const STATUS_TEXT: Record<string, string> = {
  REQUESTED: "Requested: waiting for the deployment's executor to take it",
  IN_PROGRESS: "In progress: the executor is redeploying the old image",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
};

/** A rollback an executor carries out, from REQUESTED to SUCCEEDED or FAILED, as the server reports it. */
function RollbackProgress({
  requested,
  onDone,
}: {
  requested: UiRollbackMutation["rollbackProject"]["rollback"];
  onDone: (sequence: number) => void;
}) {
  const session = useSession();
  const [latest, setLatest] = useState<RollbackUpdate | null>(null);
  const refused = useRollbackUpdates(session.live, requested.id, (update) => {
    setLatest(update);
    if (update.status === "SUCCEEDED" && update.resultingLoad) onDone(update.resultingLoad.sequence);
  });
  const status = latest?.status ?? requested.status;
  const badge =
    status === "SUCCEEDED" ? "badge badge-success" : status === "FAILED" ? "badge badge-failure" : "badge";
  return (
    <>
      <Heading slot="title" id="rollback-title">
        Rollback to #{requested.toLoad.sequence}
      </Heading>
      <p className="rollback-status" role="status" aria-live="polite">
        <span className={badge}>{status.replace("_", " ").toLowerCase()}</span>{" "}
        {STATUS_TEXT[status] ?? status}
        {status === "SUCCEEDED" && latest?.resultingLoad ? (
          <>
            {" "}
            New load #{latest.resultingLoad.sequence} ({latest.resultingLoad.trigger.toLowerCase()}) runs{" "}
            <Image image={latest.resultingLoad.image} />.
          </>
        ) : null}
      </p>
      {status === "FAILED" && latest?.error ? <pre className="stack">{latest.error}</pre> : null}
      {refused ? <p role="alert">Live updates stopped: {refused}</p> : null}
      <div className="dialog-actions">
        <Button className="button primary" slot="close" autoFocus>
          Close
        </Button>
      </div>
    </>
  );
}
