import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { type AssetDefinition, parseAsset } from "../domain/asset-diff";

// How an asset definition version is stored: a short hash of its canonical JSON, to compare snapshots
// without reading definitions, and the JSON itself deflated (about half the size, and definitions are most
// of the database on a long history).

export function definitionHash(serialized: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(serialized).digest().subarray(0, 16));
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export function compressDefinition(serialized: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(deflateRawSync(serialized));
}

export function decodeDefinition(definition: Uint8Array): AssetDefinition {
  return parseAsset(inflateRawSync(definition).toString("utf8"));
}
