import { InvalidInput } from "./errors";

/**
 * Instants the API accepts: ISO-8601 with a time zone, on a calendar day that exists. JavaScript's own
 * parser rolls impossible dates over (2026-02-30 becomes March 2), so every field is checked here and the
 * instant computed from them, never guessed.
 */

/** The instants a stored time may hold: every database stores them alike, and a load is never older. */
export const EARLIEST_INSTANT = Date.UTC(1970, 0, 1);
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC maps years 0-99 to 19xx, which the
  // range check below has already excluded.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Refuses an instant outside EARLIEST_INSTANT..LATEST_INSTANT (or an invalid Date); returns it. */
export function checkInstant(what: string, date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new InvalidInput(`${what} is not a valid date`);
  if (time < EARLIEST_INSTANT || time > LATEST_INSTANT)
    throw new InvalidInput(`${what} must be between 1970-01-01 and 9999-12-31`);
  return date;
}

/** Parses an ISO-8601 date and time with a time zone (e.g. 2026-11-26T13:48:00.000Z); refuses anything else. */
export function parseInstant(what: string, value: unknown): Date {
  const match = typeof value === "string" ? ISO_INSTANT.exec(value) : null;
  if (!match) {
    throw new InvalidInput(
      `${what} must be an ISO-8601 string with a time zone, e.g. 2026-11-26T13:48:00.000Z`,
    );
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const shown = String(value).slice(0, 40);
  if (year < 1970) throw new InvalidInput(`${what} must be between 1970-01-01 and 9999-12-31`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new InvalidInput(`${what}: "${shown}" is not a day of the calendar`);
  if (hour > 23 || minute > 59 || second > 59)
    throw new InvalidInput(`${what}: "${shown}" is not a time of day`);
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59)
    throw new InvalidInput(`${what}: "${shown}" has an impossible time zone offset`);
  // Fractions finer than a millisecond are dropped: that is what both databases store.
  const millis = Number((match[7] ?? "").padEnd(3, "0").slice(0, 3));
  const offset = (match[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return checkInstant(what, new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset));
}
