import { useMemo, useRef, useState } from "react";
import {
  Button,
  Cell,
  Column,
  Input,
  Label,
  Row,
  SearchField,
  Table,
  TableBody,
  TableHeader,
} from "react-aria-components";
import { useQuery } from "urql";
import { Link, useSearchParams } from "wouter";
import { errorMessage } from "../client";
import { Commit, Image } from "../components/Commit";
import { DeploymentSelect } from "../components/DeploymentSelect";
import { StatusBadge } from "../components/StatusBadge";
import { RelativeTime } from "../components/Time";
import { errorSummary } from "../format";
import { useLiveLoads } from "../hooks";
import { PROJECTS } from "../operations";
import { useSession } from "../session";
import { historyUrl } from "../urls";

const HIGHLIGHT_MS = 3_000;

/**
 * Deployments and projects, like the hosted product's Deployment tab: one row per project with the status
 * of its latest load, what runs now (image, commit), when it was last updated, and its history. New loads
 * arrive live: the list is fetched again and the project's row is highlighted for a moment.
 */
export function Projects() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const deployments = session.deployments;
  const fallback = deployments.includes("prod") ? "prod" : (deployments[0] ?? "prod");
  const deployment = params.get("deployment") ?? fallback;
  const [filter, setFilter] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: PROJECTS, variables: { deployment, after } });
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useLiveLoads(session.live, { deployment, enabled: true }, (load) => {
    refetch({ requestPolicy: "network-only" });
    const name = load.project.name;
    setHighlighted((shown) => new Set(shown).add(name));
    clearTimeout(timers.current.get(name));
    timers.current.set(
      name,
      setTimeout(() => {
        setHighlighted((shown) => {
          const next = new Set(shown);
          next.delete(name);
          return next;
        });
      }, HIGHLIGHT_MS),
    );
  });

  const projects = result.data?.projects;
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (projects?.edges ?? [])
      .map((edge) => edge.node)
      .filter((project) => needle === "" || project.name.toLowerCase().includes(needle));
  }, [projects, filter]);

  return (
    <main id="main" className="page">
      <div className="page-head">
        <h1>Projects</h1>
        <div className="toolbar">
          <DeploymentSelect
            deployments={deployments.length > 0 ? deployments : [deployment]}
            value={deployment}
            onChange={(next) => {
              setAfter(null);
              setParams({ deployment: next });
            }}
          />
          <SearchField className="field search" value={filter} onChange={setFilter}>
            <Label>Filter by name</Label>
            <Input className="input" placeholder="e.g. billing" />
          </SearchField>
        </div>
      </div>
      {result.error ? (
        <p role="alert" className="error-text">
          {errorMessage(result.error)}
        </p>
      ) : null}
      <div className="table-wrap">
        <Table aria-label={`Projects in ${deployment}`} className="table projects-table">
          <TableHeader>
            <Column isRowHeader>Name</Column>
            <Column>Status</Column>
            <Column>Current image</Column>
            <Column>Commit</Column>
            <Column>Updated</Column>
            <Column>
              <span className="visually-hidden">Actions</span>
            </Column>
          </TableHeader>
          <TableBody
            items={rows}
            dependencies={[highlighted]}
            renderEmptyState={() =>
              result.fetching ? (
                <span role="status">Loading…</span>
              ) : filter ? (
                `No project of ${deployment} matches “${filter}”.`
              ) : (
                `No project has been recorded in ${deployment} yet.`
              )
            }
          >
            {(project) => (
              <Row
                id={project.id}
                className={highlighted.has(project.name) ? "row row-fresh" : "row"}
                data-project={project.name}
              >
                <Cell data-label="Name">
                  <Link href={historyUrl(deployment, project.name)} className="strong">
                    {project.name}
                  </Link>
                  <span className="muted small"> {project.loadCount} loads</span>
                </Cell>
                <Cell data-label="Status">
                  {project.latestLoad ? (
                    <>
                      <StatusBadge status={project.latestLoad.status} />
                      {project.latestLoad.error ? (
                        <span className="error-summary">
                          {errorSummary(project.latestLoad.error.message, 90)}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </Cell>
                <Cell data-label="Current image">
                  <Image image={project.currentLoad?.image} />
                </Cell>
                <Cell data-label="Commit">
                  <Commit git={project.currentLoad?.git} />
                </Cell>
                <Cell data-label="Updated">
                  <RelativeTime iso={project.updatedAt} />
                </Cell>
                <Cell data-label="Actions">
                  <Link href={historyUrl(deployment, project.name)} className="button small">
                    View history<span className="visually-hidden"> of {project.name}</span>
                  </Link>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      {projects?.pageInfo.hasNextPage ? (
        <Button className="button" onPress={() => setAfter(projects.pageInfo.endCursor ?? null)}>
          Next projects
        </Button>
      ) : null}
    </main>
  );
}
