/**
 * What a stored string may hold. Every string the API stores or looks up passes one of three checks, so
 * that SQLite and PostgreSQL store exactly what was sent and answer alike (PostgreSQL refuses NUL, and both
 * would store a lone surrogate as U+FFFD), and so that names that look the same are the same name.
 *
 *   text        free text (errors, stacks, reasons, metadata values): Unicode without control characters
 *               other than tab, line feed and carriage return, which logs and stacks legitimately hold
 *   line        one line (images, git fields, code versions, URLs): no control character at all
 *   identifier  names and keys: a line in NFC, with no leading or trailing whitespace and no invisible
 *               characters (bidi controls, zero-width characters and other format or default-ignorable
 *               characters), so that " v " and "v", or NFC and NFD "café", cannot be two names
 *
 * Each check throws InvalidInput naming the field, the offending character (as U+XXXX, never raw) and its
 * position; none echoes the value.
 */
import { InvalidInput } from "./errors";

// C0 controls, DEL and C1 controls; `text` allows \t, \n and \r, which stacks and logs are made of.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// Every control character, plus the line and paragraph separators that also break a line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// With the u flag a paired surrogate is one code point, so this matches only lone (ill-formed) ones.
const LONE_SURROGATE = /\p{Cs}/u;
// Format characters (bidi controls, ZWSP/ZWJ/ZWNJ, word joiner, BOM, soft hyphen, tags) and the other
// characters Unicode says render as nothing (Hangul fillers, variation selectors, ...).
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

export type TextKind = "text" | "line";

function codePoint(value: string, index: number): string {
  const point = value.codePointAt(index) ?? 0;
  return `U+${point.toString(16).toUpperCase().padStart(4, "0")}`;
}

function refuse(what: string, value: string, pattern: RegExp, kind: string): void {
  const match = pattern.exec(value);
  if (match) {
    throw new InvalidInput(
      `${what} must not contain ${kind} (${codePoint(value, match.index)} at position ${match.index})`,
    );
  }
}

/** Refuses a string that is not well-formed Unicode or holds control characters; returns it unchanged. */
export function checkText(what: string, value: string, kind: TextKind = "text"): string {
  refuse(what, value, LONE_SURROGATE, "a lone surrogate (it is not valid Unicode)");
  refuse(
    what,
    value,
    kind === "text" ? CONTROL_IN_TEXT : CONTROL_IN_LINE,
    kind === "text" ? "control characters other than tab and line breaks" : "control characters",
  );
  return value;
}

/** `checkText` plus a length bound, for optional fields: null and undefined pass as null. */
export function optionalText(
  what: string,
  value: string | null | undefined,
  limit: number,
  kind: TextKind = "text",
): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > limit)
    throw new InvalidInput(`${what} is ${value.length} characters long; the limit is ${limit}`);
  return checkText(what, value, kind);
}

/**
 * A name or key in its one stored form: NFC, non-empty, at most `limit` UTF-16 code units (after
 * normalization), one line, no whitespace at either end, no invisible characters.
 */
export function normalizeIdentifier(what: string, value: string | null | undefined, limit: number): string {
  if (value === null || value === undefined || value === "")
    throw new InvalidInput(`${what} must not be empty`);
  // Checked before normalizing: normalize() keeps lone surrogates, and a huge value is refused unread.
  if (value.length > limit * 4)
    throw new InvalidInput(`${what} is ${value.length} characters long; the limit is ${limit}`);
  checkText(what, value, "line");
  const normalized = value.normalize("NFC");
  if (normalized.length > limit)
    throw new InvalidInput(`${what} is ${normalized.length} characters long; the limit is ${limit}`);
  if (normalized.trim() === "") throw new InvalidInput(`${what} must not be empty`);
  if (normalized.trim() !== normalized)
    throw new InvalidInput(`${what} must not begin or end with whitespace`);
  refuse(
    what,
    normalized,
    INVISIBLE,
    "invisible characters (bidi controls, zero-width or format characters)",
  );
  return normalized;
}
