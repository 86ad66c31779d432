import { describe, expect, it } from "vitest";
import {
  changeLines,
  changeSummary,
  errorSummary,
  exactTime,
  jsonText,
  relativeTime,
  sequenceRange,
  shortCommit,
  shortTime,
} from "../../src/ui/app/format";

const NOW = new Date("2026-03-10T15:30:00.000Z");
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("relative times", () => {
  it.each([
    [10_000, "just now"],
    [44_000, "just now"],
    [50_000, "1 minute ago"],
    [5 * MINUTE, "5 minutes ago"],
    [59 * MINUTE, "59 minutes ago"],
    [HOUR, "1 hour ago"],
    [3 * HOUR + 20 * MINUTE, "3 hours ago"],
    [DAY + HOUR, "yesterday"],
    [3 * DAY, "3 days ago"],
    [8 * DAY, "last week"],
    [20 * DAY, "3 weeks ago"],
    [45 * DAY, "last month"],
    [400 * DAY, "last year"],
  ])("%d ms before now reads %s", (ms, text) => {
    expect(relativeTime(before(ms), NOW)).toBe(text);
  });

  it("says 'in ...' for a time ahead of the clock, and gives back what it cannot read", () => {
    expect(relativeTime(new Date(NOW.getTime() + 2 * HOUR).toISOString(), NOW)).toBe("in 2 hours");
    expect(relativeTime("not a date", NOW)).toBe("not a date");
  });

  it("shows the exact time to the second with its zone, and a compact one in cells", () => {
    expect(exactTime("2026-03-10T15:30:07.000Z", "UTC")).toBe("10 Mar 2026, 15:30:07 UTC");
    expect(exactTime("2026-03-10T15:30:07.000Z", "Europe/Paris")).toBe("10 Mar 2026, 16:30:07 CET");
    expect(shortTime("2026-03-10T15:30:07.000Z", "UTC")).toBe("10 Mar 2026, 15:30");
  });
});

describe("commits, values and summaries", () => {
  it("shortens hashes to 7 characters and leaves other references alone", () => {
    expect(shortCommit("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567")).toBe("0a1b2c3");
    expect(shortCommit("v1.2.3")).toBe("v1.2.3");
    expect(shortCommit(null)).toBeNull();
    expect(shortCommit("")).toBeNull();
  });

  it("shows JSON values so that a string and a number never look alike", () => {
    expect(jsonText("gold")).toBe("gold");
    expect(jsonText(6)).toBe("6");
    expect(jsonText("6")).toBe('"6"');
    expect(jsonText(true)).toBe("true");
    expect(jsonText("true")).toBe('"true"');
    expect(jsonText({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
    expect(jsonText(null)).toBeNull();
    expect(jsonText(undefined)).toBeNull();
  });

  it("summarises counts without zeros, and ranges of a collapsed run", () => {
    expect(changeSummary({ added: 2, removed: 0, changed: 1 })).toBe("2 added, 1 changed");
    expect(changeSummary({ added: 0, removed: 0, changed: 0 })).toBe("no asset changes");
    expect(sequenceRange(56, 58)).toBe("#56–58");
    expect(sequenceRange(7, 7)).toBe("#7");
  });

  it("keeps the first non-blank line of an error, shortened", () => {
    expect(errorSummary("\n  \nKeyError: 'STRIPE_API_KEY'\n  File x")).toBe("KeyError: 'STRIPE_API_KEY'");
    expect(errorSummary("x".repeat(200), 20)).toBe(`${"x".repeat(19)}…`);
  });
});

describe("asset changes as old → new lines", () => {
  it("lists every touched value in the order of the change types, map entries by key", () => {
    const lines = changeLines({
      changeTypes: ["CODE_VERSION", "DEPENDENCIES", "METADATA", "TAGS"],
      codeVersion: { old: "7", new: "8" },
      dependencies: { added: ["raw/refunds"], removed: ["raw/legacy"], changed: ["staging/orders_clean"] },
      tags: {
        added: [{ key: "owner", old: null, new: "finance" }],
        removed: [],
        changed: [{ key: "tier", old: "silver", new: "gold" }],
      },
      metadata: {
        added: [],
        removed: [{ key: "runbook", old: "https://wiki/x", new: null }],
        changed: [{ key: "sla_hours", old: 6, new: 4 }],
      },
    });
    expect(lines).toEqual([
      { field: "Code version", entry: null, old: "7", new: "8", kind: "changed" },
      { field: "Dependencies", entry: "raw/refunds", old: null, new: null, kind: "added", note: "added" },
      { field: "Dependencies", entry: "raw/legacy", old: null, new: null, kind: "removed", note: "removed" },
      {
        field: "Dependencies",
        entry: "staging/orders_clean",
        old: null,
        new: null,
        kind: "changed",
        note: "partition mapping changed",
      },
      { field: "Metadata", entry: "runbook", old: "https://wiki/x", new: null, kind: "removed" },
      { field: "Metadata", entry: "sla_hours", old: "6", new: "4", kind: "changed" },
      { field: "Tags", entry: "owner", old: null, new: "finance", kind: "added" },
      { field: "Tags", entry: "tier", old: "silver", new: "gold", kind: "changed" },
    ]);
  });

  it("reads a value that was set for the first time, or unset, as such", () => {
    expect(
      changeLines({
        changeTypes: ["PARTITIONS_DEFINITION"],
        partitionsDefinition: { old: null, new: "Daily" },
      }),
    ).toEqual([{ field: "Partitions", entry: null, old: null, new: "Daily", kind: "added" }]);
    expect(changeLines({ changeTypes: ["CODE_VERSION"], codeVersion: { old: "3", new: null } })).toEqual([
      { field: "Code version", entry: null, old: "3", new: null, kind: "removed" },
    ]);
  });

  it("says an asset was added or removed in one line (the API sends no values with them)", () => {
    expect(changeLines({ changeTypes: ["NEW"] })).toEqual([
      { field: "Asset", entry: null, old: null, new: null, kind: "added", note: "added" },
    ]);
    expect(changeLines({ changeTypes: ["REMOVED"] })).toEqual([
      { field: "Asset", entry: null, old: null, new: null, kind: "removed", note: "removed" },
    ]);
  });
});
