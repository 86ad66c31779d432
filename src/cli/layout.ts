/**
 * Pure text helpers of the CLI: tables that fit a terminal's width (history, projects), relative times,
 * shortened image names and key lists, and the summary of a failure log (record-load --error-file).
 * Nothing here reads the terminal or the network; commands pass the width in (terminalWidth()).
 */

/** A column of a fitted table. */
export interface Column {
  header: string;
  /** Narrowest width the column may be cut to; absent: never cut (fixed columns like SEQ or STATUS). */
  min?: number;
  /** Width it is cut to first, before any column goes below its own soft width. */
  soft?: number;
  /** Cut below `soft` only once the other columns are at their `min` (IMAGE: the tag matters most). */
  last?: boolean;
  /** How a cell is cut: at its end ("end", the default) or by keeping its end ("start", e.g. image tags). */
  cut?: "end" | "start";
  /** Cuts a cell its own way instead (whole asset keys: fitKeys). */
  fit?: (cell: string, width: number) => string;
}

const GAP = "  ";

/** `text` in at most `width` characters, an ellipsis marking what was cut. */
export function truncate(text: string, width: number, cut: "end" | "start" = "end"): string {
  if (text.length <= width) return text;
  if (width <= 1) return "…".slice(0, width);
  return cut === "start" ? `…${text.slice(text.length - width + 1)}` : `${text.slice(0, width - 1)}…`;
}

/**
 * Columns padded to their widest cell, the last one unpadded. With a finite `width`, the cuttable columns
 * give up characters (the widest first, never below their `min`) until each line fits; Infinity cuts nothing.
 */
export function fitTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
): string {
  const natural = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (columns.length - 1);
  // Three passes: every cuttable column down to its soft width, then all but the `last` ones down to their
  // minimum, then those too. Within a pass the widest column gives up a character first.
  const passes: ((column: Column) => number | null)[] = [
    (column) => (column.min === undefined ? null : Math.max(column.soft ?? column.min, column.min)),
    (column) =>
      column.min === undefined
        ? null
        : column.last
          ? Math.max(column.soft ?? column.min, column.min)
          : column.min,
    (column) => column.min ?? null,
  ];
  for (const floorOf of passes) {
    while (Number.isFinite(width) && total() > width) {
      let widest = -1;
      for (const [index, column] of columns.entries()) {
        const floor = floorOf(column);
        const current = widths[index] ?? 0;
        if (floor === null || current <= Math.max(floor, column.header.length)) continue;
        if (widest === -1 || current > (widths[widest] ?? 0)) widest = index;
      }
      if (widest === -1) break; // This pass can cut no more.
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const text = cells[index] ?? "";
        const available = widths[index] ?? 0;
        const cell =
          text.length <= available
            ? text
            : column.fit
              ? truncate(column.fit(text, available), available)
              : truncate(text, available, column.cut);
        return index === columns.length - 1 ? cell : cell.padEnd(widths[index] ?? 0);
      })
      .join(GAP)
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)].join("\n");
}

/** The width output may use: the terminal's columns, or Infinity when stdout is not a terminal (a pipe, a file). */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : Number.POSITIVE_INFINITY;
}

/** `5m ago`, `3h ago`, `2d ago`, `4mo ago` (or `in 5m` for a clock ahead of ours). */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  const [amount, unit] =
    magnitude < 60
      ? [magnitude, "s"]
      : magnitude < 3600
        ? [Math.floor(magnitude / 60), "m"]
        : magnitude < 86_400
          ? [Math.floor(magnitude / 3600), "h"]
          : magnitude < 60 * 86_400
            ? [Math.floor(magnitude / 86_400), "d"]
            : magnitude < 365 * 86_400
              ? [Math.floor(magnitude / (30 * 86_400)), "mo"]
              : [Math.floor(magnitude / (365 * 86_400)), "y"];
  if (magnitude < 5) return "just now";
  return seconds >= 0 ? `${amount}${unit} ago` : `in ${amount}${unit}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Nov 26 13:48` in UTC (`Nov 26 2025 13:48` in another year than `now`): the absolute half of UPDATED. */
export function shortTime(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  const year = time.getUTCFullYear() === now.getUTCFullYear() ? "" : ` ${time.getUTCFullYear()}`;
  const clock = time.toISOString().slice(11, 16);
  return `${MONTHS[time.getUTCMonth()]} ${time.getUTCDate()}${year} ${clock}`;
}

/** `registry.example.com/team/billing:2.4.0` → `billing:2.4.0`: the repository's last segment and the tag. */
export function shortImage(image: string | null | undefined): string {
  if (!image) return "-";
  const digestless = image.replace(/@sha256:([0-9a-f]{7})[0-9a-f]+$/i, "@$1");
  const slash = digestless.lastIndexOf("/");
  return slash >= 0 ? digestless.slice(slash + 1) : digestless;
}

/** The row's asset changes as keys: `+raw/a ~mart/b -old/c`, or `-` when nothing changed. */
export function changeKeys(changes: {
  assetsAdded: readonly string[];
  assetsRemoved: readonly string[];
  assetsChanged: readonly string[];
}): string {
  const keys = [
    ...changes.assetsAdded.map((key) => `+${key}`),
    ...changes.assetsRemoved.map((key) => `-${key}`),
    ...changes.assetsChanged.map((key) => `~${key}`),
  ];
  return keys.length === 0 ? "-" : keys.join(" ");
}

/**
 * Space-separated keys within `width`: as many whole keys as fit, then `+N more`. A table cuts at characters;
 * this cuts at keys, so what is shown is never half a key unless a single key is wider than the column.
 */
export function fitKeys(text: string, width: number): string {
  if (text.length <= width) return text;
  const keys = text.split(" ");
  let shown = "";
  for (const [index, key] of keys.entries()) {
    const candidate = shown ? `${shown} ${key}` : key;
    const rest = keys.length - index - 1;
    const suffix = rest > 0 ? ` +${rest} more` : "";
    if (candidate.length + suffix.length > width) {
      if (shown) return `${shown} +${keys.length - index} more`;
      // Not even the first key fits whole: its start, and how many others there are.
      return `${truncate(key, Math.max(1, width - suffix.length))}${suffix}`;
    }
    shown = candidate;
  }
  return shown;
}

// CSI (colours, cursor moves), OSC (titles, hyperlinks) and two-character escapes, as terminals and CI
// logs put them in build output.
const ANSI =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed.
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// What is left of control characters the server refuses in text (all but tab, newline and carriage return).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A log as the server accepts it: without ANSI escape sequences or other control characters. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "").replace(CONTROL, "");
}

// `KeyError: 'X'`, `ValueError: ...`, `dagster._core.errors.DagsterInvalidDefinitionError: ...`, `KeyboardInterrupt`.
const EXCEPTION_LINE =
  /^([A-Za-z_][\w.]*(Error|Exception|Interrupt|Exit|Warning)|[a-z_][\w]*(\.[A-Za-z_]\w*)+)(:.*)?$/;

/**
 * The line a person wants as the error's message: for a Python traceback its last exception line
 * (`KeyError: 'STRIPE_API_KEY'`, after the frames, also when a later chained traceback or logging follows),
 * otherwise the last non-blank line, where build tools put the failure. Null for a blank log.
 */
export function summarizeLog(log: string): string | null {
  const lines = stripAnsi(log)
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
  const traceback = lines.findLastIndex((line) => /^\s*Traceback \(most recent call last\):/.test(line));
  if (traceback >= 0) {
    // After the traceback's header: indented frames and source lines, then the exception at the indentation
    // the header had.
    const indent = /^\s*/.exec(lines[traceback] ?? "")?.[0].length ?? 0;
    for (const line of lines.slice(traceback + 1)) {
      const trimmed = line.trim();
      if (trimmed === "" || line.length - line.trimStart().length > indent) continue;
      if (EXCEPTION_LINE.test(trimmed) || /^\w[\w.]*:/.test(trimmed)) return trimmed;
    }
  }
  const last = lines.findLast((line) => line.trim() !== "");
  return last === undefined ? null : last.trim();
}
