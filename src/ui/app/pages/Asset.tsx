import { useState } from "react";
import { Button, Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useQuery } from "urql";
import { Link } from "wouter";
import type { UiAssetHistoryQuery } from "../../generated/graphql";
import { errorMessage } from "../client";
import { ChangeDetail, ChangeTypes } from "../components/ChangeList";
import { Commit, Image } from "../components/Commit";
import { StatusBadge, TriggerBadge } from "../components/StatusBadge";
import { DateTime, RelativeTime } from "../components/Time";
import { ASSET_HISTORY } from "../operations";
import { historyUrl, projectsUrl } from "../urls";

type Change = UiAssetHistoryQuery["assetChangeHistory"]["edges"][number]["node"];

/**
 * One asset of one project: its change history, newest first (each change with its types, old → new
 * values, the load that made it, and a link to that load).
 *
 * Issue 13: the asset's current definition (code version, tags, metadata, dependencies as links,
 * partitions definition) comes from Project.asset(key); it goes in a "Definition" tab before "Change
 * history", with `changeHistory` taking over from assetChangeHistory. Nothing of it is guessed from the
 * changes meanwhile.
 */
export function Asset({
  deployment,
  project,
  assetKey,
}: {
  deployment: string;
  project: string;
  assetKey: string;
}) {
  return (
    <main id="main" className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={projectsUrl(deployment)}>{deployment}</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={historyUrl(deployment, project)}>{project}</Link> <span aria-hidden="true">/</span> assets
      </nav>
      <div className="page-head">
        <h1 className="mono">{assetKey}</h1>
        <p className="muted">
          An asset of {project} in {deployment}.
        </p>
      </div>
      <Tabs className="tabs" defaultSelectedKey="changes">
        <TabList aria-label="Asset details" className="tab-list">
          <Tab id="changes" className="tab">
            Change history
          </Tab>
        </TabList>
        <TabPanel id="changes" className="tab-panel">
          <ChangeHistory deployment={deployment} project={project} assetKey={assetKey} />
        </TabPanel>
      </Tabs>
    </main>
  );
}

function ChangeHistory({
  deployment,
  project,
  assetKey,
}: {
  deployment: string;
  project: string;
  assetKey: string;
}) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Change[]>([]);
  const [result] = useQuery({ query: ASSET_HISTORY, variables: { assetKey, deployment, project, after } });
  const page = result.data?.assetChangeHistory;
  const changes = [...earlier, ...(page?.edges.map((edge) => edge.node) ?? [])];
  if (result.error)
    return (
      <p role="alert" className="error-text">
        {errorMessage(result.error)}
      </p>
    );
  if (!page && result.fetching) return <p role="status">Loading…</p>;
  if (changes.length === 0)
    return (
      <p>
        No change of {assetKey} was recorded in {project}.
      </p>
    );
  return (
    <>
      <p className="muted">{page?.totalCount ?? changes.length} changes, newest first.</p>
      <ol className="timeline">
        {changes.map((change) => (
          <li key={change.id} className="timeline-item">
            <div className="change-head">
              <ChangeTypes types={change.changeTypes} />
              <span>
                <DateTime iso={change.changedAt} /> (<RelativeTime iso={change.changedAt} />)
              </span>
            </div>
            <p className="load-line">
              <Link href={historyUrl(deployment, project, { all: true, load: change.load.id })}>
                Load #{change.load.sequence}
              </Link>{" "}
              <StatusBadge status={change.load.status} /> <TriggerBadge trigger={change.load.trigger} />{" "}
              <Image image={change.load.image} /> <Commit git={change.load.git} />
            </p>
            <ChangeDetail change={change} />
          </li>
        ))}
      </ol>
      {page?.pageInfo.hasNextPage ? (
        <Button
          className="button"
          isDisabled={result.fetching}
          onPress={() => {
            setEarlier(changes);
            setAfter(page.pageInfo.endCursor ?? null);
          }}
        >
          Older changes
        </Button>
      ) : null}
    </>
  );
}
