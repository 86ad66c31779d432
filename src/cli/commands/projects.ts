import type { Command } from "commander";
import { graphql } from "../../client/generated";
import { readPages, withContext } from "../context";
import { fitTable, relativeTime, shortImage, shortTime, terminalWidth } from "../layout";
import { print, printJson, shortHash } from "../output";
import { deploymentNotFound } from "../suggest";

export const PROJECTS = graphql(`
  query CliProjects($deployment: String, $first: Int!, $after: String) {
    projects(deployment: $deployment, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          updatedAt
          deployment {
            name
          }
          currentLoad {
            sequence
            image
            git {
              commitHash
            }
          }
          latestLoad {
            sequence
            status
          }
        }
      }
    }
  }
`);

interface ProjectsOptions {
  deployment?: string;
  json?: boolean;
}

export function registerProjects(program: Command): void {
  program
    .command("projects")
    .summary("list projects: deployment, last update, current image and commit, status")
    .description(
      "Lists the projects you can read, by deployment: when each was last updated, the image and commit of its current load (the newest successful one) and the status of its latest load. On a terminal IMAGE is shortened to fit; output to a pipe is whole.",
    )
    .option("--deployment <name>", "only this deployment's projects (default: every deployment you can read)")
    .option(
      "--json",
      "print the ProjectConnection as JSON: { totalCount, pageInfo, edges: [{ node: { name, updatedAt, deployment: { name }, currentLoad: { sequence, image, git: { commitHash } }, latestLoad: { sequence, status } } }] }",
    )
    .action(async (options: ProjectsOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const projects = await readPages(10_000, async (first, after) => {
          const answer = await ctx.client.request(PROJECTS, {
            deployment: options.deployment ?? null,
            first,
            after,
          });
          return answer.projects;
        });
        if (options.json) return printJson(projects);
        if (projects.edges.length === 0 && options.deployment) {
          const missing = await deploymentNotFound(ctx, options.deployment);
          if (missing) throw missing;
        }
        if (projects.edges.length === 0)
          return print("No projects yet: record a load (project-history record-load --help)");
        const width = terminalWidth();
        const now = new Date();
        print(
          fitTable(
            [
              { header: "NAME" },
              { header: "DEPLOYMENT" },
              { header: "UPDATED" },
              { header: "IMAGE", min: 12, cut: "start" },
              { header: "COMMIT" },
              { header: "STATUS" },
            ],
            projects.edges
              .map(({ node }) => node)
              .sort(
                (a, b) => a.deployment.name.localeCompare(b.deployment.name) || a.name.localeCompare(b.name),
              )
              .map((node) => [
                node.name,
                node.deployment.name,
                `${relativeTime(node.updatedAt, now)}, ${shortTime(node.updatedAt, now)}`,
                Number.isFinite(width)
                  ? shortImage(node.currentLoad?.image)
                  : (node.currentLoad?.image ?? "-"),
                node.currentLoad?.git?.commitHash ? shortHash(node.currentLoad.git.commitHash) : "-",
                node.latestLoad
                  ? `${node.latestLoad.status}${node.currentLoad && node.currentLoad.sequence !== node.latestLoad.sequence ? ` (current #${node.currentLoad.sequence})` : ""}`
                  : "-",
              ]),
            width,
          ),
        );
      });
    });
}
