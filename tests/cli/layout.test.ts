// The CLI's text layout: the history table at 80, 120 and 200 columns (and unlimited), and the summary
// record-load --error-file makes of a log.
import { describe, expect, it } from "vitest";
import { type HistoryRow, historyTable } from "../../src/cli/commands/history";
import { fitKeys, relativeTime, shortImage, stripAnsi, summarizeLog } from "../../src/cli/layout";

const NOW = new Date("2026-11-30T12:00:00Z");

function row(overrides: Partial<HistoryRow>): HistoryRow {
  return {
    firstSequence: 1,
    lastSequence: 1,
    collapsedCount: 1,
    lastLoadedAt: "2026-11-28T09:15:00.000Z",
    status: "SUCCESS",
    trigger: "DEPLOY",
    image: "registry.example.com/analytics/billing-pipeline:2.4.0",
    git: {
      commitHash: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
      branch: "main",
      commitUrl: "https://github.com/example/billing/commit/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
    },
    error: null,
    rollback: null,
    changes: { assetsAdded: [], assetsRemoved: [], assetsChanged: [] },
    ...overrides,
  };
}

const ROWS: HistoryRow[] = [
  row({
    firstSequence: 59,
    lastSequence: 59,
    lastLoadedAt: "2026-11-30T11:55:00.000Z",
    status: "FAILURE",
    image: "registry.example.com/analytics/billing-pipeline:2.5.0-rc1",
    error: {
      message: "KeyError: 'STRIPE_API_KEY' raised while loading the code location billing-pipeline\nstack...",
    },
  }),
  row({
    firstSequence: 56,
    lastSequence: 58,
    collapsedCount: 3,
    changes: { assetsAdded: [], assetsRemoved: [], assetsChanged: ["mart/mrr_monthly"] },
  }),
  row({
    firstSequence: 55,
    lastSequence: 55,
    trigger: "ROLLBACK",
    rollback: {
      reason: "revenue numbers doubled after the 2.3.9 deploy, rolling back",
      toLoad: { sequence: 45 },
    },
    changes: {
      assetsAdded: ["raw/stripe_invoices", "raw/stripe_customers"],
      assetsRemoved: ["staging/legacy_invoices"],
      assetsChanged: ["mart/arr_snapshot", "mart/mrr_monthly", "mart/churn_by_cohort"],
    },
  }),
];

function lines(text: string): string[] {
  return text.split("\n");
}

describe("history table", () => {
  for (const width of [80, 120, 200]) {
    it(`fits ${width} columns with one line per row, and says what the run changed`, () => {
      const text = historyTable(ROWS, { width, now: NOW });
      const output = lines(text);
      expect(output).toHaveLength(1 + ROWS.length);
      for (const line of output) expect(line.length, line).toBeLessThanOrEqual(width);
      expect(output[0]).toMatch(/^SEQ\s+UPDATED\s+STATUS\s+IMAGE\s+COMMIT\s+CHANGES\s+DESCRIPTION$/);
      // The collapsed run shows its first load's change, by key.
      expect(output[2]).toMatch(/^56-58\s/);
      expect(output[2]).toContain(width === 80 ? "~mart/" : "~mart/mrr_monthly");
      expect(output[1]).toContain("FAILURE");
      expect(output[1]).toContain("0a1b2c3");
      expect(output[1]).toContain("5m ago");
      // Cut cells end in an ellipsis or say how many keys are not shown; never half a line.
      if (width === 80) expect(output[3]).toMatch(/\+\d+ more|…/);
    });
  }

  it("at 120 columns shows relative and absolute times, the image's name and tag, and the error's start", () => {
    const output = lines(historyTable(ROWS, { width: 120, now: NOW }));
    expect(output[2]).toContain("2d ago, Nov 28 09:15");
    expect(output[2]).toContain("billing-pipeline:2.4.0");
    expect(output[2]).not.toContain("registry.example.com");
    expect(output[2]).toContain("Deployed, 3 loads");
    expect(output[1]).toContain("KeyError: 'STRIPE_API_KEY'");
  });

  it("gives the room of a wider terminal to the cut columns", () => {
    const at120 = lines(historyTable(ROWS, { width: 120, now: NOW }));
    const at200 = lines(historyTable(ROWS, { width: 200, now: NOW }));
    expect(at120[3]).toContain("+5 more");
    expect(at200[3]).toContain("+raw/stripe_invoices +raw/stripe_customers");
    expect(at200[3]).toContain("Rollback to #45: revenue numbers doubled after the 2.3.9");
    expect(at200[1]).toContain("KeyError: 'STRIPE_API_KEY' raised while loading");
  });

  it("without a width limit (not a terminal) or with --wide shows every value whole", () => {
    const unlimited = historyTable(ROWS, { width: Number.POSITIVE_INFINITY, now: NOW });
    expect(unlimited).toContain(
      "KeyError: 'STRIPE_API_KEY' raised while loading the code location billing-pipeline",
    );
    expect(unlimited).not.toContain("…");
    const wide = lines(historyTable(ROWS, { width: 80, wide: true, now: NOW }));
    expect(wide[0]).toMatch(
      /^SEQ\s+UPDATED\s+STATUS\s+TRIGGER\s+LOADS\s+IMAGE\s+COMMIT\s+CHANGES\s+DESCRIPTION\s+COMMIT LINK$/,
    );
    expect(wide[2]).toContain("registry.example.com/analytics/billing-pipeline:2.4.0");
    expect(wide[2]).toContain(
      "https://github.com/example/billing/commit/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
    );
    expect(wide[3]).toContain("ROLLBACK");
  });
});

describe("layout helpers", () => {
  it("cuts key lists at whole keys", () => {
    expect(fitKeys("+raw/a ~mart/b -old/c", 40)).toBe("+raw/a ~mart/b -old/c");
    expect(fitKeys("+raw/a ~mart/b -old/c", 18)).toBe("+raw/a +2 more");
    expect(fitKeys("+raw/a ~mart/b -old/c", 21)).toBe("+raw/a ~mart/b -old/c");
  });

  it("shortens images and times", () => {
    expect(shortImage("registry.example.com/team/etl:42")).toBe("etl:42");
    expect(shortImage(null)).toBe("-");
    expect(relativeTime("2026-11-30T11:00:00Z", NOW)).toBe("1h ago");
    expect(relativeTime("2026-09-15T12:00:00Z", NOW)).toBe("2mo ago");
  });
});

const TRACEBACK = `Loading code location billing-pipeline
\u001b[31mTraceback (most recent call last):\u001b[0m
  File "/app/billing/definitions.py", line 12, in <module>
    api_key = os.environ["STRIPE_API_KEY"]
              ~~~~~~~~~~^^^^^^^^^^^^^^^^^^
  File "<frozen os>", line 714, in __getitem__
KeyError: 'STRIPE_API_KEY'

Error: Process completed with exit code 1.
`;

describe("summary of a failure log (record-load --error-file)", () => {
  it("takes a Python traceback's exception line, not its header", () => {
    expect(summarizeLog(TRACEBACK)).toBe("KeyError: 'STRIPE_API_KEY'");
  });

  it("takes the last traceback's exception when one was raised while handling another", () => {
    const chained = `Traceback (most recent call last):
  File "a.py", line 1, in <module>
ValueError: bad value

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "a.py", line 3, in <module>
dagster._core.errors.DagsterInvalidDefinitionError: Duplicate asset key: mart/mrr_monthly
`;
    expect(summarizeLog(chained)).toBe(
      "dagster._core.errors.DagsterInvalidDefinitionError: Duplicate asset key: mart/mrr_monthly",
    );
  });

  it("takes the last non-blank line of any other log, and nothing of a blank one", () => {
    expect(summarizeLog("step 1 ok\nstep 2 ok\nerror: image pull backoff\n\n")).toBe(
      "error: image pull backoff",
    );
    expect(summarizeLog("\n  \n")).toBeNull();
  });

  it("removes ANSI colours and other control characters the server refuses, keeping lines", () => {
    expect(stripAnsi("\u001b[1;31mfailed\u001b[0m\tnow\r\n\u001b]0;title\u0007done\u0000")).toBe(
      "failed\tnow\r\ndone",
    );
    expect(stripAnsi(TRACEBACK)).not.toContain("\u001b");
  });
});
