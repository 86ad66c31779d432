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
import { jsonText } from "../format";
import { ASSET_DEFINITION, ASSET_HISTORY } from "../operations";
import { assetUrl, historyUrl, projectsUrl } from "../urls";

type Change = UiAssetHistoryQuery["assetChangeHistory"]["edges"][number]["node"];

/**
 * One asset of one project, in two tabs: its current definition (Project.asset: that of the project's
 * newest successful load; code version, partitions definition, dependencies as links, partition mappings,
 * tags, metadata), and its change history, newest first (each change with its types, old → new values,
 * the load that made it, and a link to that load's row). The history comes from assetChangeHistory, which
 * also answers for an asset the current snapshot no longer has.
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
      <Tabs className="tabs" defaultSelectedKey="definition">
        <TabList aria-label="Asset details" className="tab-list">
          <Tab id="definition" className="tab">
            Definition
          </Tab>
          <Tab id="changes" className="tab">
            Change history
          </Tab>
        </TabList>
        <TabPanel id="definition" className="tab-panel">
          <Definition deployment={deployment} project={project} assetKey={assetKey} />
        </TabPanel>
        <TabPanel id="changes" className="tab-panel">
          <ChangeHistory deployment={deployment} project={project} assetKey={assetKey} />
        </TabPanel>
      </Tabs>
    </main>
  );
}

function Definition({
  deployment,
  project,
  assetKey,
}: {
  deployment: string;
  project: string;
  assetKey: string;
}) {
  const [result] = useQuery({ query: ASSET_DEFINITION, variables: { deployment, project, assetKey } });
  if (result.error)
    return (
      <p role="alert" className="error-text">
        {errorMessage(result.error)}
      </p>
    );
  const found = result.data?.project;
  if (!result.data) return <p role="status">Loading…</p>;
  if (!found)
    return (
      <p role="alert">
        There is no project {project} in {deployment}.
      </p>
    );
  const current = found.currentLoad;
  const asset = found.asset;
  if (!asset)
    return (
      <p>
        {current ? (
          <>
            The current snapshot (load #{current.sequence}) has no asset {assetKey}: it was removed, or never
            existed. Its change history says which.
          </>
        ) : (
          <>{project} has no successful load yet.</>
        )}
      </p>
    );
  const mappings = entries(asset.partitionMappings);
  return (
    <>
      {current ? (
        <p className="muted">
          As of load #{current.sequence} (<DateTime iso={current.loadedAt} />
          ), the current one.
        </p>
      ) : null}
      <dl className="facts definition">
        <dt>Code version</dt>
        <dd>
          {asset.codeVersion ? <code>{asset.codeVersion}</code> : <span className="muted">(none)</span>}
        </dd>
        <dt>Partitions</dt>
        <dd>
          {asset.partitionsDefinition ? (
            <code>{asset.partitionsDefinition}</code>
          ) : (
            <span className="muted">not partitioned</span>
          )}
        </dd>
        <dt>Dependencies</dt>
        <dd>
          {asset.dependencies.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="asset-keys" aria-label="Dependencies">
              {asset.dependencies.map((key) => (
                <li key={key}>
                  <Link href={assetUrl(deployment, project, key)} className="mono">
                    {key}
                  </Link>
                  {mappings.has(key) ? (
                    <span className="muted small">
                      {" "}
                      mapped by <code>{jsonText(mappings.get(key))}</code>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <KeyValues title="Tags" value={asset.tags} />
      <KeyValues title="Metadata" value={asset.metadata} />
    </>
  );
}

/** A JSON object's entries; anything else has none. */
function entries(value: unknown): Map<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? new Map(Object.entries(value))
    : new Map();
}

function KeyValues({ title, value }: { title: string; value: unknown }) {
  const all = [...entries(value)];
  return (
    <section className="key-values">
      <h2>{title}</h2>
      {all.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <table className="table key-value-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {all.map(([key, entry]) => (
              <tr key={key}>
                <td data-label="Key">
                  <code>{key}</code>
                </td>
                <td data-label="Value">
                  <code className="value">{jsonText(entry)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
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
