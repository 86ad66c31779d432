// Near names for a project or deployment that does not exist: a misspelling answered with what was meant.
import { graphql } from "../client/generated";
import type { CliKnownNamesQuery } from "../client/generated/graphql";
import type { CommandContext } from "./context";
import { apiError, type CliError } from "./errors";

export const KNOWN_NAMES = graphql(`
  query CliKnownNames {
    deployments {
      name
    }
    projects(first: 100) {
      edges {
        node {
          name
          deployment {
            name
          }
        }
      }
    }
  }
`);

/** Levenshtein distance, case-insensitive: a typo costs 1 per character. */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** Names close to `wanted` (a few typos, or one containing the other), nearest first, at most three. */
export function nearNames(wanted: string, names: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return [...new Set(names)]
    .map((name) => ({ name, distance: editDistance(wanted, name) }))
    .filter(
      ({ name, distance }) =>
        name !== wanted &&
        (distance <= limit || (wanted.length >= 3 && name.toLowerCase().includes(wanted.toLowerCase()))),
    )
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map(({ name }) => name);
}

function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? "" : `; did you mean ${names.map((name) => `"${name}"`).join(" or ")}?`;
}

/** Whether a deployment exists and, if not, the near names (from what the caller may read). */
export async function deploymentNotFound(ctx: CommandContext, deployment: string): Promise<CliError | null> {
  const known = await ctx.client.request(KNOWN_NAMES);
  const deployments = known.deployments.map((entry) => entry.name);
  if (deployments.includes(deployment)) return null;
  return apiError(
    `No deployment "${deployment}"${didYouMean(nearNames(deployment, deployments))}`,
    "NOT_FOUND",
  );
}

/**
 * The NOT_FOUND for a project the server answered null for, with what was probably meant: a near name in
 * the deployment, the same name in another deployment, or a near deployment name.
 */
export async function projectNotFound(
  ctx: CommandContext,
  project: string,
  deployment: string,
): Promise<CliError> {
  const plain = `No project "${project}" in deployment "${deployment}"`;
  let known: CliKnownNamesQuery;
  try {
    known = await ctx.client.request(KNOWN_NAMES);
  } catch {
    // The suggestion is a courtesy: without it the answer is still right.
    return apiError(plain, "NOT_FOUND");
  }
  const deployments = known.deployments.map((entry) => entry.name);
  const projects = known.projects.edges.map((edge) => edge.node);
  if (!deployments.includes(deployment)) {
    return apiError(
      `No deployment "${deployment}"${didYouMean(nearNames(deployment, deployments))}`,
      "NOT_FOUND",
    );
  }
  const elsewhere = projects.filter((entry) => entry.name === project).map((entry) => entry.deployment.name);
  if (elsewhere.length > 0) {
    return apiError(
      `${plain}; it is in ${elsewhere.map((name) => `"${name}"`).join(", ")} (--deployment ${elsewhere[0]})`,
      "NOT_FOUND",
    );
  }
  const here = projects.filter((entry) => entry.deployment.name === deployment).map((entry) => entry.name);
  return apiError(`${plain}${didYouMean(nearNames(project, here))}`, "NOT_FOUND");
}
