// Pure formatting for the screens: times, commits, JSON values, and asset changes turned into rows of
// "what → what". No React here, so the rules are tested on their own (tests/ui/format.test.ts).

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * DAY],
  ["month", 30 * DAY],
  ["week", 7 * DAY],
  ["day", DAY],
  ["hour", HOUR],
  ["minute", MINUTE],
];

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago"; a time ahead of `now` (clock skew) reads "in ...". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const delta = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(delta)) return iso;
  if (Math.abs(delta) < 45 * SECOND) return "just now";
  // Under an hour counts in minutes (45 s reads "1 minute ago"), then in the largest unit reached.
  const [unit, size] = UNITS.find(([, size]) => Math.abs(delta) >= size) ?? ["minute", MINUTE];
  return relativeFormat.format(Math.round(delta / size), unit);
}

const EXACT: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
};
const SHORT: Intl.DateTimeFormatOptions = {
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per style and time zone, made once: making an Intl.DateTimeFormat costs far more than
 * using one, and a history page shows three times per row.
 */
function dateFormat(style: "exact" | "short", timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style} ${timeZone ?? ""}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...(style === "exact" ? EXACT : SHORT), timeZone });
    formats.set(key, format);
  }
  return format;
}

/** The full date and time, to the second, with its time zone: what the "Updated" hover shows. */
export function exactTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat("exact", timeZone).format(date);
}

/** A compact date and time for table cells: "10 Mar 2026, 15:30". */
export function shortTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat("short", timeZone).format(date);
}

/** The first 7 characters of a commit hash, as git and the hosts show it. */
export function shortCommit(hash: string | null | undefined): string | null {
  if (!hash) return null;
  return /^[0-9a-f]{8,}$/i.test(hash) ? hash.slice(0, 7) : hash;
}

/**
 * A JSON value of tags or metadata as text: strings as they are, anything else as JSON; null for absent.
 * (`"3"` and `3` must not look alike, so a string that reads as another JSON value keeps its quotes.)
 */
export function jsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed !== "string") return JSON.stringify(value);
    } catch {
      // Not JSON: shown as it is.
    }
    return value;
  }
  return JSON.stringify(value);
}

export type AssetChangeType =
  | "CODE_VERSION"
  | "DEPENDENCIES"
  | "METADATA"
  | "NEW"
  | "PARTITIONS_DEFINITION"
  | "REMOVED"
  | "TAGS";

const CHANGE_TYPE_LABELS: Record<AssetChangeType, string> = {
  NEW: "Added",
  REMOVED: "Removed",
  CODE_VERSION: "Code version",
  TAGS: "Tags",
  METADATA: "Metadata",
  DEPENDENCIES: "Dependencies",
  PARTITIONS_DEFINITION: "Partitions",
};

export function changeTypeLabel(type: AssetChangeType): string {
  return CHANGE_TYPE_LABELS[type];
}

/** The parts of an AssetChange the screens show (the API's shape, as the UI's documents select it). */
export interface AssetChangeValues {
  changeTypes: readonly AssetChangeType[];
  codeVersion?: { old?: string | null; new?: string | null } | null;
  partitionsDefinition?: { old?: string | null; new?: string | null } | null;
  dependencies?: {
    added: readonly string[];
    removed: readonly string[];
    changed: readonly string[];
  } | null;
  tags?: MapChangeValues | null;
  metadata?: MapChangeValues | null;
}

export interface MapChangeValues {
  added: readonly MapEntryValues[];
  removed: readonly MapEntryValues[];
  changed: readonly MapEntryValues[];
}

export interface MapEntryValues {
  key: string;
  old?: unknown;
  new?: unknown;
}

/** One line of a change: which part, and its value before and after (null: absent). */
export interface ChangeLine {
  /** "Code version", "Tags", "Dependencies"... */
  field: string;
  /** The entry within the field (a tag or metadata key, an upstream asset key); null for the field itself. */
  entry: string | null;
  old: string | null;
  new: string | null;
  /** How to read the line: a value set, removed, or replaced. */
  kind: "added" | "removed" | "changed";
  /** Said instead of old → new where the API sends no values (an asset or a dependency added, removed...). */
  note?: string;
}

function valueLine(field: string, change: { old?: string | null; new?: string | null }): ChangeLine {
  const old = change.old ?? null;
  const next = change.new ?? null;
  return {
    field,
    entry: null,
    old,
    new: next,
    kind: old === null ? "added" : next === null ? "removed" : "changed",
  };
}

function mapLines(field: string, change: MapChangeValues): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const entry of change.added)
    lines.push({ field, entry: entry.key, old: null, new: jsonText(entry.new), kind: "added" });
  for (const entry of change.changed)
    lines.push({
      field,
      entry: entry.key,
      old: jsonText(entry.old),
      new: jsonText(entry.new),
      kind: "changed",
    });
  for (const entry of change.removed)
    lines.push({ field, entry: entry.key, old: jsonText(entry.old), new: null, kind: "removed" });
  return lines.sort((a, b) => (a.entry ?? "").localeCompare(b.entry ?? ""));
}

/**
 * Every value an asset change touched, one line each, in the order of its change types. NEW and REMOVED
 * stand alone (the API sends no values with them): one line saying so.
 */
export function changeLines(change: AssetChangeValues): ChangeLine[] {
  if (change.changeTypes.includes("NEW"))
    return [{ field: "Asset", entry: null, old: null, new: null, kind: "added", note: "added" }];
  if (change.changeTypes.includes("REMOVED"))
    return [{ field: "Asset", entry: null, old: null, new: null, kind: "removed", note: "removed" }];
  const lines: ChangeLine[] = [];
  for (const type of change.changeTypes) {
    switch (type) {
      case "CODE_VERSION":
        if (change.codeVersion) lines.push(valueLine("Code version", change.codeVersion));
        break;
      case "PARTITIONS_DEFINITION":
        if (change.partitionsDefinition) lines.push(valueLine("Partitions", change.partitionsDefinition));
        break;
      case "TAGS":
        if (change.tags) lines.push(...mapLines("Tags", change.tags));
        break;
      case "METADATA":
        if (change.metadata) lines.push(...mapLines("Metadata", change.metadata));
        break;
      case "DEPENDENCIES": {
        const deps = change.dependencies;
        if (!deps) break;
        const line = (entry: string, kind: ChangeLine["kind"], note: string): ChangeLine => ({
          field: "Dependencies",
          entry,
          old: null,
          new: null,
          kind,
          note,
        });
        for (const key of deps.added) lines.push(line(key, "added", "added"));
        for (const key of deps.removed) lines.push(line(key, "removed", "removed"));
        // The API names the parents whose partition mapping changed, without the mappings themselves.
        for (const key of deps.changed) lines.push(line(key, "changed", "partition mapping changed"));
        break;
      }
    }
  }
  return lines;
}

/** "3 added, 1 removed, 2 changed", leaving out the zeros; "no asset changes" for none. */
export function changeSummary(counts: { added: number; removed: number; changed: number }): string {
  const parts = [
    counts.added > 0 ? `${counts.added} added` : null,
    counts.removed > 0 ? `${counts.removed} removed` : null,
    counts.changed > 0 ? `${counts.changed} changed` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(", ") : "no asset changes";
}

/** "#56", or "#56–58" for a collapsed run. */
export function sequenceRange(first: number, last: number): string {
  return first === last ? `#${last}` : `#${first}–${last}`;
}

/** The first line of an error message (the rest is one click away, in the load's drawer). */
export function errorSummary(message: string, max = 160): string {
  const line = message.split("\n").find((part) => part.trim() !== "") ?? message;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
