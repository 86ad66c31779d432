import { describe, expect, it } from "vitest";
import { type AttemptOutcome, nextStep, verdictOf } from "../../src/alerts/backoff";
import { errorText, hideUrl } from "../../src/alerts/delivery-error";
import { parseEvents, serializeEvents } from "../../src/alerts/events";
import {
  type AlertSubject,
  formatPayload,
  PAYLOAD_LIMITS,
  slackEscape,
  truncate,
} from "../../src/alerts/payload";
import { validateWebhookUrl } from "../../src/alerts/policies";
import { generateSigningSecret, signatureHeader, verifySignature } from "../../src/alerts/signing";
import { backoffDelay } from "../../src/domain/backoff";
import { InvalidInput } from "../../src/domain/errors";

describe("signing", () => {
  it("signs the raw body with HMAC-SHA256 as sha256=<hex>", () => {
    // RFC-style known answer: HMAC-SHA256(key "key", "The quick brown fox jumps over the lazy dog").
    expect(signatureHeader("The quick brown fox jumps over the lazy dog", "key")).toBe(
      "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });

  it("verifies only the same body with the same secret", () => {
    const secret = generateSigningSecret();
    const body = JSON.stringify({ event: "PROJECT_LOAD_FAILED" });
    const header = signatureHeader(body, secret);
    expect(verifySignature(body, secret, header)).toBe(true);
    expect(verifySignature(`${body} `, secret, header)).toBe(false);
    expect(verifySignature(body, generateSigningSecret(), header)).toBe(false);
    expect(verifySignature(body, secret, null)).toBe(false);
    expect(verifySignature(body, secret, "sha256=00")).toBe(false);
  });

  it("makes distinct, prefixed secrets", () => {
    const secrets = new Set(Array.from({ length: 100 }, generateSigningSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});

describe("retry policy", () => {
  const response = (status: number): AttemptOutcome => ({ kind: "response", status, body: "" });
  const error: AttemptOutcome = {
    kind: "error",
    errorClass: "CONNECTION_REFUSED",
    message: "ECONNREFUSED",
    timedOut: false,
  };
  const settings = { maxAttempts: 6, backoffBaseMs: 1_000, random: () => 0.5 };

  it("delivers on 2xx, retries network errors, timeouts, 408, 429 and 5xx, fails other 4xx and 3xx at once", () => {
    expect([200, 201, 204, 299].map((status) => verdictOf(response(status)))).toEqual(
      Array(4).fill("delivered"),
    );
    expect([408, 429, 500, 502, 503, 504, 599].map((status) => verdictOf(response(status)))).toEqual(
      Array(7).fill("retry"),
    );
    expect(verdictOf(error)).toBe("retry");
    expect(verdictOf({ kind: "error", errorClass: "TIMEOUT", message: "timed out", timedOut: true })).toBe(
      "retry",
    );
    // Nothing was sent, and the next attempt would be refused the same way.
    for (const errorClass of ["BLOCKED_ADDRESS", "INVALID_URL"] as const) {
      expect(verdictOf({ kind: "error", errorClass, message: "refused", timedOut: false })).toBe("fail");
    }
    expect(
      [400, 401, 403, 404, 410, 422, 301, 302, 307].map((status) => verdictOf(response(status))),
    ).toEqual(Array(9).fill("fail"));
  });

  it("waits about 1 s, then doubles, with at most 20% jitter either way", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, 1_000, () => 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
    expect(backoffDelay(1, 1_000, () => 0)).toBe(800);
    expect(backoffDelay(3, 1_000, () => 0.999_999)).toBe(4_800);
    for (let i = 0; i < 1_000; i++) {
      const delay = backoffDelay(2, 1_000);
      expect(delay).toBeGreaterThanOrEqual(1_600);
      expect(delay).toBeLessThanOrEqual(2_400);
    }
  });

  it("gives up after the sixth attempt", () => {
    const steps = [1, 2, 3, 4, 5, 6].map((attempt) => nextStep(response(503), attempt, settings));
    expect(steps).toEqual([
      { status: "PENDING", delayMs: 1_000 },
      { status: "PENDING", delayMs: 2_000 },
      { status: "PENDING", delayMs: 4_000 },
      { status: "PENDING", delayMs: 8_000 },
      { status: "PENDING", delayMs: 16_000 },
      { status: "FAILED" },
    ]);
    expect(nextStep(response(400), 1, settings)).toEqual({ status: "FAILED" });
    expect(nextStep(response(200), 6, settings)).toEqual({ status: "DELIVERED" });
  });
});

describe("events", () => {
  it("are stored sorted and without duplicates", () => {
    expect(serializeEvents(["ROLLBACK_PERFORMED", "PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED"])).toBe(
      "PROJECT_LOAD_FAILED,ROLLBACK_PERFORMED",
    );
    expect(parseEvents("PROJECT_LOAD_FAILED,ROLLBACK_PERFORMED")).toEqual([
      "PROJECT_LOAD_FAILED",
      "ROLLBACK_PERFORMED",
    ]);
    expect(parseEvents("ROLLBACK_PERFORMED")).toEqual(["ROLLBACK_PERFORMED"]);
  });
});

const failure: AlertSubject = {
  event: "PROJECT_LOAD_FAILED",
  deliveryId: "QWxlcnREZWxpdmVyeTox",
  test: false,
  policy: { id: "QWxlcnRQb2xpY3k6MQ", name: "on-call" },
  deployment: "prod",
  project: "etl",
  load: {
    id: "UHJvamVjdExvYWQ6Nw",
    sequence: 7,
    status: "FAILURE",
    trigger: "DEPLOY",
    loadedAt: new Date("2026-11-26T13:48:00.000Z"),
    image: "registry.example.com/etl:42",
    error: "ImportError: cannot import name 'x' <from> y & z",
    commitHash: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
    branch: "main",
    commitUrl: "https://github.com/acme/etl/commit/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
  },
  rollback: null,
};

const rollback: AlertSubject = {
  ...failure,
  event: "ROLLBACK_PERFORMED",
  load: { ...failure.load, sequence: 9, status: "SUCCESS", trigger: "ROLLBACK", error: null },
  rollback: {
    id: "Um9sbGJhY2s6Mw",
    reason: "bad deploy",
    requestedBy: "alice",
    createdAt: new Date("2026-11-26T14:00:00.000Z"),
    status: "SUCCEEDED",
    error: null,
    fromLoad: { id: "UHJvamVjdExvYWQ6OA", sequence: 8 },
    toLoad: { id: "UHJvamVjdExvYWQ6Ng", sequence: 6 },
  },
};

describe("JSON payload", () => {
  it("has the contract's shape, keys first", () => {
    const body = JSON.parse(formatPayload("JSON", failure));
    expect(Object.keys(body).slice(0, 5)).toEqual(["event", "deployment", "project", "load", "rollback"]);
    expect(Object.keys(body.load).slice(0, 7)).toEqual([
      "id",
      "sequence",
      "status",
      "loadedAt",
      "image",
      "error",
      "commitUrl",
    ]);
    expect(body).toMatchObject({
      event: "PROJECT_LOAD_FAILED",
      deployment: "prod",
      project: "etl",
      load: {
        id: failure.load.id,
        sequence: 7,
        status: "FAILURE",
        loadedAt: "2026-11-26T13:48:00.000Z",
        error: failure.load.error,
        commitUrl: failure.load.commitUrl,
      },
      rollback: null,
      deliveryId: failure.deliveryId,
      test: false,
    });
  });

  it("describes a rollback", () => {
    const body = JSON.parse(formatPayload("JSON", rollback));
    expect(body.rollback).toEqual({
      id: "Um9sbGJhY2s6Mw",
      reason: "bad deploy",
      requestedBy: "alice",
      createdAt: "2026-11-26T14:00:00.000Z",
      fromLoad: { id: "UHJvamVjdExvYWQ6OA", sequence: 8 },
      toLoad: { id: "UHJvamVjdExvYWQ6Ng", sequence: 6 },
      status: "SUCCEEDED",
      error: null,
    });
  });

  it("describes a failed rollback with its reason", () => {
    const failed: AlertSubject = {
      ...rollback,
      event: "ROLLBACK_FAILED",
      rollback: rollback.rollback && {
        ...rollback.rollback,
        status: "FAILED",
        error: "The deploy command exited with 1: helm: release not found",
      },
    };
    expect(JSON.parse(formatPayload("JSON", failed)).rollback).toMatchObject({
      status: "FAILED",
      error: "The deploy command exited with 1: helm: release not found",
    });
    const text = JSON.parse(formatPayload("SLACK", failed)).text as string;
    expect(text).toContain("*Rollback failed*: *etl* in *prod* to load #6");
    expect(text).toContain("*Why:* The deploy command exited with 1: helm: release not found");
  });

  it("cuts a long error", () => {
    const body = JSON.parse(
      formatPayload("JSON", { ...failure, load: { ...failure.load, error: "x".repeat(100_000) } }),
    );
    expect(body.load.error).toHaveLength(PAYLOAD_LIMITS.jsonError);
    expect(body.load.error.endsWith("…")).toBe(true);
  });

  it("is the same bytes every time", () => {
    expect(formatPayload("JSON", failure)).toBe(formatPayload("JSON", failure));
  });
});

describe("Slack payload", () => {
  it("names the project and event, quotes the error and links the commit", () => {
    const body = JSON.parse(formatPayload("SLACK", failure));
    expect(Object.keys(body)).toEqual(["text"]);
    const { text } = body as { text: string };
    expect(text).toContain(":red_circle: *Project load failed*: *etl* in *prod* (load #7)");
    expect(text).toContain("```ImportError: cannot import name 'x' &lt;from&gt; y &amp; z```");
    expect(text).toContain(`*Commit:* <${failure.load.commitUrl}|0a1b2c3d4e5f> (main)`);
    expect(text).toContain("*Image:* `registry.example.com/etl:42`");
  });

  it("describes a rollback, and marks a test", () => {
    const { text } = JSON.parse(formatPayload("SLACK", { ...rollback, test: true })) as { text: string };
    expect(
      text.startsWith(
        "[test] :rewind: *Rollback performed*: *etl* in *prod* rolled back to load #6 (from #8) by alice",
      ),
    ).toBe(true);
    expect(text).toContain("*Reason:* bad deploy");
    expect(text).not.toContain("*Error:*");
    expect(text).toContain("*Commit:* <https://github.com/acme/etl/commit/");
  });

  it("shows the hash when there is no link, and stays short with a huge error", () => {
    const subject = {
      ...failure,
      load: { ...failure.load, commitUrl: null, commitHash: "abc123", error: "```\n".repeat(50_000) },
    };
    const { text } = JSON.parse(formatPayload("SLACK", subject)) as { text: string };
    expect(text.length).toBeLessThanOrEqual(PAYLOAD_LIMITS.slackText);
    expect(text).toContain("*Commit:* `abc123` (main)");
    // The error cannot close its code block early.
    expect(text.split("```")).toHaveLength(3);
  });

  it("escapes Slack's control characters", () => {
    expect(slackEscape("<@U123> & <!channel>")).toBe("&lt;@U123&gt; &amp; &lt;!channel&gt;");
  });
});

describe("truncate", () => {
  it("keeps short text and never splits a surrogate pair", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("abcdef", 4)).toBe("abc…");
    const cut = truncate("ab😀cd", 4);
    expect(cut).toBe("ab…");
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});

describe("webhook URLs", () => {
  it("accepts http and https", () => {
    expect(validateWebhookUrl("https://hooks.slack.com/services/T0/B0/xyz")).toBe(
      "https://hooks.slack.com/services/T0/B0/xyz",
    );
    expect(validateWebhookUrl(" http://10.0.0.5:8080/alerts ")).toBe("http://10.0.0.5:8080/alerts");
  });

  it("refuses other schemes, credentials and garbage with BAD_USER_INPUT, without repeating the URL", () => {
    for (const url of [
      "ftp://example.com/x",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "data:text/plain,hi",
      "ws://example.com/socket",
      "example.com/hook",
      "https://user:hunter2@example.com/hook",
      `https://example.com/${"x".repeat(2_100)}`,
    ]) {
      let thrown: unknown;
      try {
        validateWebhookUrl(url);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidInput);
      expect((thrown as InvalidInput).code).toBe("BAD_USER_INPUT");
      expect((thrown as InvalidInput).message).not.toContain("hunter2");
    }
  });
});

describe("lastError", () => {
  const url = "https://hooks.example.com/services/T000/B000/XXXXSECRETXXXX?token=abcdefghijklmnop";

  it("hides the webhook URL a receiver echoes back", () => {
    const echoed = `Cannot POST /services/T000/B000/XXXXSECRETXXXX?token=abcdefghijklmnop (${url}) XXXXSECRETXXXX abcdefghijklmnop`;
    const hidden = hideUrl(echoed, url);
    expect(hidden).not.toContain("XXXXSECRETXXXX");
    expect(hidden).not.toContain("abcdefghijklmnop");
    expect(hidden).toContain("Cannot POST");
  });

  it("says what happened", () => {
    expect(errorText({ kind: "response", status: 200, body: "ok" }, url)).toBeNull();
    expect(errorText({ kind: "response", status: 302, body: "" }, url)).toBe(
      "HTTP 302: redirects are not followed",
    );
    expect(errorText({ kind: "response", status: 500, body: "  oops \n\n later " }, url)).toBe(
      "HTTP 500: oops later",
    );
    expect(errorText({ kind: "response", status: 503, body: "" }, url)).toBe("HTTP 503");
    expect(
      errorText({ kind: "response", status: 400, body: "y".repeat(70_000) }, url)?.length,
    ).toBeLessThanOrEqual(320);
    expect(
      errorText(
        { kind: "error", errorClass: "TIMEOUT", message: "timed out after 5000 ms", timedOut: true },
        url,
      ),
    ).toBe("timed out after 5000 ms");
  });
});
