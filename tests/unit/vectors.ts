import { readFileSync } from "node:fs";

/**
 * Reads a contract test-vector file from /work/shared/vectors (../shared/vectors from the project root).
 * The type is the caller's promise about the file's shape; the vectors are part of the API contract.
 */
export function loadVectors<T>(fileName: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../../shared/vectors/${fileName}`, import.meta.url), "utf8"),
  ) as T;
}
