import { readFileSync } from "node:fs";

/**
 * Reads a test-vector file from tests/fixtures/vectors: the API's worked examples (asset diffs, commit links,
 * history collapsing), which every case runs through the pure modules and again through the API.
 * The type is the caller's promise about the file's shape.
 */
export function loadVectors<T>(fileName: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/vectors/${fileName}`, import.meta.url), "utf8")) as T;
}
