import * as cliDocuments from "../client/generated/graphql";
import * as uiDocuments from "../ui/generated/graphql";
import { DEFAULT_TABS } from "./graphiql";

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;

/** Operation names in a document given as text or as a parsed DocumentNode. */
function namesIn(document: unknown): string[] {
  if (typeof document === "object" && document !== null && "definitions" in document) {
    const definitions = (document as { definitions: { kind: string; name?: { value: string } }[] })
      .definitions;
    return definitions.flatMap((d) => (d.kind === "OperationDefinition" && d.name ? [d.name.value] : []));
  }
  return [...String(document).matchAll(OPERATION_NAME)].map((match) => match[1] as string);
}

/**
 * The operations the project itself sends (the CLI, the agent and the demo; the web UI; GraphiQL's tabs),
 * by name: the metrics keep these names as labels and count every other name as `other`.
 */
export function knownOperationNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const module of [cliDocuments, uiDocuments] as Record<string, unknown>[])
    for (const [exported, document] of Object.entries(module))
      if (exported.endsWith("Document")) for (const name of namesIn(document)) names.add(name);
  for (const tab of DEFAULT_TABS) for (const name of namesIn(tab.query)) names.add(name);
  return names;
}
