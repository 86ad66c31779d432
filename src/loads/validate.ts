import { createHash } from "node:crypto";
import { type AssetDefinition, type AssetDefinitionInput, normalizeAsset } from "../domain/asset-diff";
import { checkInstant } from "../domain/dates";
import { InvalidInput } from "../domain/errors";
import { sanitizeRepositoryUrl, validateRepositoryUrl } from "../domain/git";
import { canonicalJson, isPlainObject, type JsonValue, normalizeJsonInput } from "../domain/json";
import { LIMITS } from "../domain/limits";
import type { GitFields, LoadContent, LoadStatus, MetadataEntry } from "../domain/load";
import { DEFAULT_DEPLOYMENT, validateAssetKey, validateName } from "../domain/names";
import { normalizeIdentifier, optionalText } from "../domain/text";

// What each field may hold is set in src/domain/text.ts: names and keys are identifiers (NFC, no invisible
// characters), errors, stacks and other free text may span lines, everything else is one line.

/** RecordProjectLoadInput as the GraphQL layer hands it over (unvalidated). */
export interface RecordProjectLoadArgs {
  deployment?: string | null;
  project: string;
  status?: LoadStatus | null;
  error?: string | null;
  errorStack?: string | null;
  image?: string | null;
  git?: { repositoryUrl?: string | null; commitHash?: string | null; branch?: string | null } | null;
  metadata?: readonly MetadataEntry[] | null;
  assets?: readonly RawAssetInput[] | null;
  loadedAt?: Date | null;
  idempotencyKey?: string | null;
}

export interface RawAssetInput {
  key: string;
  codeVersion?: string | null;
  tags?: JsonValue | null;
  metadata?: JsonValue | null;
  dependencies?: readonly string[] | null;
  partitionMappings?: JsonValue | null;
  partitionsDefinition?: string | null;
}

export interface ValidRecordInput {
  deployment: string;
  project: string;
  content: LoadContent;
  loadedAt: Date | null;
  idempotencyKey: string | null;
  /** Identifies the request's content, to tell a retry from a reuse of its idempotency key (null without one). */
  inputHash: string | null;
}

/**
 * An object of strings (tags; partition mappings, keyed by upstream asset key). Keys in NFC; with
 * `keysAreAssetKeys` they follow the asset key rules, so that they match the dependencies they name.
 */
function stringMap(
  what: string,
  value: JsonValue | null | undefined,
  keysAreAssetKeys = false,
): Record<string, string> | null {
  if (value === null || value === undefined) return null;
  if (!isPlainObject(value)) throw new InvalidInput(`${what} must be an object whose values are strings`);
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") {
      throw new InvalidInput(
        `${what} must be an object whose values are strings; "${key.slice(0, 100)}" is ${describe(entry)}`,
      );
    }
  }
  const normalized = normalizeJsonInput(what, value) as Record<string, string>;
  if (!keysAreAssetKeys) return normalized;
  return Object.fromEntries(
    Object.entries(normalized).map(([key, entry]) => [validateAssetKey(`${what}: a key`, key), entry]),
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function validateAsset(asset: RawAssetInput, index: number): AssetDefinitionInput {
  const where = `assets[${index}]`;
  if (typeof asset.key !== "string" || asset.key.trim() === "")
    throw new InvalidInput(`${where}.key must not be empty`);
  if (asset.key.length > LIMITS.assetKeyLength) {
    throw new InvalidInput(
      `asset "${asset.key.slice(0, 200)}": key is ${asset.key.length} characters long; the limit is ${LIMITS.assetKeyLength}`,
    );
  }
  const key = validateAssetKey(`${where}.key`, asset.key);
  const label = `asset "${key.slice(0, 200)}"`;
  if (asset.metadata !== null && asset.metadata !== undefined && !isPlainObject(asset.metadata)) {
    throw new InvalidInput(`${label}: metadata must be an object`);
  }
  const dependencies = asset.dependencies?.map((dependency) => {
    if (dependency.trim() === "")
      throw new InvalidInput(`${label}: dependencies must not contain an empty key`);
    return validateAssetKey(`${label}: a dependency`, dependency);
  });
  return {
    key,
    codeVersion: optionalText(`${label}: codeVersion`, asset.codeVersion, LIMITS.shortText, "line"),
    tags: stringMap(`${label}: tags`, asset.tags),
    metadata:
      asset.metadata === null || asset.metadata === undefined
        ? null
        : (normalizeJsonInput(`${label}: metadata`, asset.metadata) as Record<string, JsonValue>),
    dependencies: dependencies ?? null,
    partitionMappings: stringMap(`${label}: partitionMappings`, asset.partitionMappings, true),
    partitionsDefinition: optionalText(
      `${label}: partitionsDefinition`,
      asset.partitionsDefinition,
      LIMITS.longText,
    ),
  };
}

export function validateAssets(assets: readonly RawAssetInput[]): AssetDefinition[] {
  if (assets.length > LIMITS.assetsPerSnapshot) {
    throw new InvalidInput(
      `The snapshot has ${assets.length} assets; the limit is ${LIMITS.assetsPerSnapshot}`,
    );
  }
  const seen = new Set<string>();
  return assets.map((raw, index) => {
    const asset = normalizeAsset(validateAsset(raw, index));
    if (seen.has(asset.key))
      throw new InvalidInput(`Asset key "${asset.key.slice(0, 200)}" is listed twice in the snapshot`);
    seen.add(asset.key);
    return asset;
  });
}

function validateMetadata(entries: readonly MetadataEntry[] | null | undefined): MetadataEntry[] {
  if (!entries) return [];
  if (entries.length > LIMITS.metadataEntries) {
    throw new InvalidInput(`metadata has ${entries.length} entries; the limit is ${LIMITS.metadataEntries}`);
  }
  const seen = new Set<string>();
  return entries.map(({ key: rawKey, value }) => {
    if (rawKey.trim() === "") throw new InvalidInput("metadata keys must not be empty");
    if (rawKey.length > LIMITS.nameLength)
      throw new InvalidInput(`metadata key "${rawKey.slice(0, 50)}..." is too long`);
    const key = normalizeIdentifier("a metadata key", rawKey, LIMITS.nameLength);
    if (seen.has(key)) throw new InvalidInput(`metadata key "${key}" is listed twice`);
    seen.add(key);
    return { key, value: optionalText(`metadata "${key}"`, value, LIMITS.longText) ?? "" };
  });
}

export function validateRecordInput(input: RecordProjectLoadArgs): ValidRecordInput {
  const deployment = validateName("deployment", input.deployment ?? DEFAULT_DEPLOYMENT);
  const project = validateName("project", input.project);
  const status = input.status ?? "SUCCESS";
  const error = optionalText("error", input.error, LIMITS.longText);
  const errorStack = optionalText("errorStack", input.errorStack, LIMITS.stackText);
  let assets: AssetDefinition[] | null = null;
  if (status === "FAILURE") {
    if (error === null || error.trim() === "")
      throw new InvalidInput("A FAILURE load needs error: what went wrong");
    if (input.assets) throw new InvalidInput("A FAILURE load has no asset snapshot: leave assets out");
  } else {
    if (error !== null || errorStack !== null) throw new InvalidInput("error is only for FAILURE loads");
    if (!input.assets)
      throw new InvalidInput("A SUCCESS load needs assets: the full snapshot of its asset definitions");
    assets = validateAssets(input.assets);
  }
  const repositoryUrl = sanitizeRepositoryUrl(
    optionalText("git.repositoryUrl", input.git?.repositoryUrl, LIMITS.shortText, "line"),
  );
  const git: GitFields = {
    // Checked once its credentials are gone: `user:secret@host:path` is an scp-like URL once sanitized.
    repositoryUrl: repositoryUrl === null ? null : validateRepositoryUrl("git.repositoryUrl", repositoryUrl),
    commitHash: optionalText("git.commitHash", input.git?.commitHash, LIMITS.shortText, "line"),
    branch: optionalText("git.branch", input.git?.branch, LIMITS.shortText, "line"),
  };
  const content: LoadContent = {
    status,
    error,
    errorStack,
    image: optionalText("image", input.image, LIMITS.shortText, "line"),
    git,
    metadata: validateMetadata(input.metadata),
    assets,
  };
  const idempotencyKey = optionalText("idempotencyKey", input.idempotencyKey, LIMITS.nameLength, "line");
  if (idempotencyKey !== null && idempotencyKey === "")
    throw new InvalidInput("idempotencyKey must not be empty");
  return {
    deployment,
    project,
    content,
    loadedAt: input.loadedAt ? checkInstant("loadedAt", input.loadedAt) : null,
    idempotencyKey,
    // Hashing a large snapshot costs milliseconds: only done when a key asks for it.
    inputHash:
      idempotencyKey === null
        ? null
        : hashInput({ deployment, project, content, loadedAt: input.loadedAt?.toISOString() ?? null }),
  };
}

export function hashInput(value: unknown): string {
  return createHash("sha256")
    .update(canonicalJson(JSON.parse(JSON.stringify(value)) as JsonValue))
    .digest("hex");
}
