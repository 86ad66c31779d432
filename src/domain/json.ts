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
