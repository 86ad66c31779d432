import { InvalidInput } from "./errors";
import { LIMITS } from "./limits";
import { checkText } from "./text";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Plain UTF-16 code-unit order. Used instead of localeCompare so that sort order never depends on the
 * server's locale or ICU version: stored and compared strings must be byte-for-byte reproducible.
 */
export function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * JSON with object keys sorted recursively (array order kept), so two values are equal as JSON iff their
 * canonical strings are equal: key order never counts, value types and array order do (1 and "1" differ).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const parts: string[] = [];
  // Sort explicitly: Object.keys puts integer-like keys ("2", "10") first in numeric order.
  for (const key of Object.keys(value).sort(compareCodeUnits)) {
    const item = value[key];
    // JSON has no undefined; skip it the way JSON.stringify does, should one slip through at runtime.
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(",")}}`;
}

/** A JSON object: not null, not an array, not a class instance (Date, Map, ...). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * How deep `value` nests (a scalar is 0, `{}` and `[]` are 1, `{"a":[1]}` is 2), counted without
 * recursion and given up as soon as it passes `stopAbove`: a value nested 100,000 deep is measured without
 * overflowing the stack, and before anything that recurses (canonicalJson, JSON.stringify) sees it.
 */
export function jsonDepth(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== "object") continue;
    const inner = depth + 1;
    if (inner > deepest) {
      deepest = inner;
      if (deepest > stopAbove) return deepest;
    }
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, inner]);
  }
  return deepest;
}

/**
 * A JSON value from a caller, checked and in its stored form: nested at most LIMITS.jsonDepth deep, numbers
 * finite (JSON.parse reads 1e400 as Infinity, which would be stored as null), strings free text (see
 * text.ts), object keys one line and in NFC (two keys equal in NFC are refused as listed twice). Returns a
 * copy with the normalized keys; throws InvalidInput naming `what` and the path of the first fault.
 */
export function normalizeJsonInput(what: string, value: unknown): JsonValue {
  if (jsonDepth(value, LIMITS.jsonDepth) > LIMITS.jsonDepth) {
    throw new InvalidInput(`${what} nests deeper than ${LIMITS.jsonDepth} levels`);
  }
  // Recursion is safe from here: the depth is bounded.
  const walk = (item: unknown, path: string): JsonValue => {
    if (item === null || typeof item === "boolean") return item;
    if (typeof item === "string") return checkText(`${what}${path}`, item);
    if (typeof item === "number") {
      if (!Number.isFinite(item)) throw new InvalidInput(`${what}${path} is a number JSON cannot hold`);
      return item;
    }
    if (Array.isArray(item)) return item.map((child, index) => walk(child, `${path}[${index}]`));
    if (!isPlainObject(item)) throw new InvalidInput(`${what}${path} is not a JSON value`);
    const entries: [string, JsonValue][] = [];
    const seen = new Set<string>();
    for (const [rawKey, child] of Object.entries(item)) {
      const key = checkText(`${what}${path}: a key`, rawKey, "line").normalize("NFC");
      if (seen.has(key)) throw new InvalidInput(`${what}${path}: key "${key.slice(0, 100)}" is listed twice`);
      seen.add(key);
      // JSON has no undefined; skip it the way JSON.stringify does.
      if (child !== undefined) entries.push([key, walk(child, `${path}.${key.slice(0, 100)}`)]);
    }
    // fromEntries defines own properties: a "__proto__" key stays data.
    return Object.fromEntries(entries);
  };
  return walk(value, "");
}
