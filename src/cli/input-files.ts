import { readFile } from "node:fs/promises";
import type { AssetDefinitionInput } from "../client/generated/graphql";
import { usageError } from "./errors";

/** `-` reads stdin; it can be read only once, so at most one option may use it. */
export async function readTextInput(path: string, what: string): Promise<string> {
  try {
    if (path === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString("utf8");
    }
    return await readFile(path, "utf8");
  } catch (error) {
    throw usageError(
      `cannot read ${what} ${path === "-" ? "from stdin" : `"${path}"`}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The snapshot of an assets file: a JSON array of AssetDefinitionInput, or `{ "assets": [...] }`. Only the
 * shape is checked here (so that a typo fails before anything is sent); the server validates the rest.
 */
export function parseAssets(text: string, source: string): AssetDefinitionInput[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw usageError(
      `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const assets = isPlainObject(parsed) && "assets" in parsed ? parsed.assets : parsed;
  if (!Array.isArray(assets)) {
    throw usageError(`${source} must hold a JSON array of asset definitions, or { "assets": [...] }`);
  }
  const known = new Set([
    "key",
    "codeVersion",
    "tags",
    "metadata",
    "dependencies",
    "partitionMappings",
    "partitionsDefinition",
  ]);
  return assets.map((asset: unknown, index) => {
    if (!isPlainObject(asset) || typeof asset.key !== "string") {
      throw usageError(`${source}: asset ${index} must be an object with a string "key"`);
    }
    const unknownField = Object.keys(asset).find((field) => !known.has(field));
    if (unknownField) {
      throw usageError(
        `${source}: asset "${asset.key}" has an unknown field "${unknownField}" (known: ${[...known].join(", ")})`,
      );
    }
    return asset as unknown as AssetDefinitionInput;
  });
}

/** `key=value` pairs of --metadata, in the order given. */
export function parseMetadataEntries(entries: readonly string[]): { key: string; value: string }[] {
  return entries.map((entry) => {
    const separator = entry.indexOf("=");
    if (separator <= 0) throw usageError(`--metadata "${entry}" must be key=value`);
    return { key: entry.slice(0, separator), value: entry.slice(separator + 1) };
  });
}

/** An ISO-8601 time with a time zone; a time without one would be read in the machine's zone. */
export function parseLoadedAt(value: string): string {
  const hasZone = /T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const time = Date.parse(value);
  if (!hasZone || Number.isNaN(time)) {
    throw usageError(
      `--loaded-at "${value}" must be an ISO-8601 time with a zone, e.g. 2026-11-26T13:48:00Z`,
    );
  }
  return new Date(time).toISOString();
}
