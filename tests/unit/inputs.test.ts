// The domain's input rules, one function at a time: text and names (text.ts, names.ts), instants
// (dates.ts), JSON depth and content (json.ts), IDs and cursors (ids.ts) and repository URLs (git.ts).
// tests/integration/inputs.test.ts shows the same rules through the API on both databases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/domain/dates";
import { InvalidInput } from "../../src/domain/errors";
import { sanitizeRepositoryUrl, validateRepositoryUrl } from "../../src/domain/git";
import { decodeCursor, decodeGlobalId, encodeCursor, encodeGlobalId, MAX_KEY } from "../../src/domain/ids";
import { canonicalJson, jsonDepth, normalizeJsonInput } from "../../src/domain/json";
import { validateAssetKey, validateName } from "../../src/domain/names";
import { checkText } from "../../src/domain/text";
import { loadVectors } from "./vectors";

/** Runs `run` and returns the InvalidInput it throws (failing the test on anything else). */
function refusal(run: () => unknown): InvalidInput {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error("expected InvalidInput, nothing was thrown");
}

/** A deterministic seed, printed by fast-check with any failure so that it can be replayed. */
const RUNS = { numRuns: 500, seed: 20_261_126 } as const;

describe("text fields", () => {
  it("refuses NUL and every other control character, naming it as U+XXXX", () => {
    expect(refusal(() => checkText("image", "a\u0000b")).message).toBe(
      "image must not contain control characters other than tab and line breaks (U+0000 at position 1)",
    );
    for (const char of ["\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"]) {
      expect(refusal(() => checkText("error", `x${char}`)).message).toMatch(/U\+00[0-9A-F]{2} at position 1/);
    }
  });

  it("lets free text hold tab and line breaks, and one-line fields none of them", () => {
    const stack = 'Traceback (most recent call last):\r\n\tFile "x.py", line 1\n';
    expect(checkText("errorStack", stack)).toBe(stack);
    for (const char of ["\t", "\n", "\r", "\u2028"]) {
      expect(refusal(() => checkText("image", `img${char}`, "line")).message).toMatch(/control characters/);
    }
  });

  it("refuses lone surrogates, which no database can store, and keeps paired ones", () => {
    expect(refusal(() => checkText("reason", "a\ud800b")).message).toMatch(/lone surrogate.*U\+D800/);
    expect(refusal(() => checkText("reason", "\udfff")).message).toMatch(/U\+DFFF/);
    expect(checkText("reason", "rocket \ud83d\ude80")).toBe("rocket \ud83d\ude80");
  });

  it("accepts every well-formed string without control characters unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the rule refuses.
        fc.pre(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text));
        expect(checkText("text", text)).toBe(text);
      }),
      RUNS,
    );
  });

  it("never throws anything but InvalidInput, for any string at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        for (const check of [() => checkText("t", text), () => checkText("t", text, "line")]) {
          try {
            expect(check()).toBe(text);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidInput);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("names and keys", () => {
  it("are one name whatever the Unicode normalization form (finding 14)", () => {
    const nfc = "caf\u00e9";
    const nfd = "cafe\u0301";
    expect(nfd).not.toBe(nfc);
    expect(validateName("project", nfd)).toBe(nfc);
    expect(validateName("project", nfc)).toBe(nfc);
    expect(validateAssetKey("key", `raw/${nfd}`)).toBe(`raw/${nfc}`);
  });

  it("refuse whitespace at either end (finding 14: ' v ' and 'v')", () => {
    expect(validateName("project", "v")).toBe("v");
    for (const name of [" v ", "v ", " v", "\u00a0v", "v\u3000", "\u2003v"]) {
      expect(refusal(() => validateName("project", name)).message).toBe(
        "project must not begin or end with whitespace",
      );
    }
    expect(validateName("project", "billing pipeline")).toBe("billing pipeline");
  });

  it("refuse bidi controls and zero-width characters", () => {
    for (const char of ["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c"]) {
      expect(refusal(() => validateName("deployment", `pr${char}od`)).message).toMatch(
        /invisible characters/,
      );
    }
    for (const char of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u3164"]) {
      expect(refusal(() => validateAssetKey("key", `raw/${char}orders`)).message).toMatch(
        /invisible characters \(.*\) \(U\+[0-9A-F]{4} at position 4\)/,
      );
    }
  });

  it("refuse empty, blank, over-long and control-character names", () => {
    expect(refusal(() => validateName("project", "")).message).toBe("project must not be empty");
    expect(refusal(() => validateName("project", " \t ")).message).toMatch(/control characters/);
    expect(refusal(() => validateName("project", "   ")).message).toBe("project must not be empty");
    expect(refusal(() => validateName("project", "x".repeat(201))).message).toBe(
      "project is 201 characters long; the limit is 200",
    );
    expect(refusal(() => validateName("project", "a\u0000")).message).toMatch(/U\+0000/);
  });

  it("give every accepted name in NFC, and accept that form unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (raw) => {
        let name: string;
        try {
          name = validateName("name", raw);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInput);
          return;
        }
        expect(name).toBe(name.normalize("NFC"));
        expect(name).toBe(raw.normalize("NFC"));
        expect(validateName("name", name)).toBe(name);
        expect(name.trim()).toBe(name);
      }),
      RUNS,
    );
  });
});

describe("instants", () => {
  it("refuse impossible dates instead of rolling them over (finding 14: 2026-02-30)", () => {
    expect(refusal(() => parseInstant("loadedAt", "2026-02-30T00:00:00Z")).message).toBe(
      'loadedAt: "2026-02-30T00:00:00Z" is not a day of the calendar',
    );
    for (const value of [
      "2026-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-00-10T00:00:00Z",
      "2026-01-00T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T23:60:00Z",
      "2026-01-01T23:59:60Z",
      "2026-01-01T00:00:00+24:00",
      "2026-01-01T00:00:00+01:60",
    ]) {
      expect(() => parseInstant("loadedAt", value)).toThrow(InvalidInput);
    }
    expect(parseInstant("t", "2024-02-29T12:00:00Z").toISOString()).toBe("2024-02-29T12:00:00.000Z");
  });

  it("refuse dates outside 1970..9999 and strings that are not ISO-8601 with a zone", () => {
    for (const value of ["1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:00-01:00"]) {
      expect(refusal(() => parseInstant("t", value)).message).toBe(
        "t must be between 1970-01-01 and 9999-12-31",
      );
    }
    for (const value of [
      "yesterday",
      "2026-01-01",
      "2026-01-01T00:00:00",
      1_700_000_000,
      null,
      "2026-1-1T0:0Z",
    ]) {
      expect(refusal(() => parseInstant("t", value)).message).toMatch(/ISO-8601/);
    }
  });

  it("read offsets, fractions and a lower-case t and z as JavaScript does for valid dates", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1970-01-02T00:00:00Z"),
          max: new Date("9999-12-30T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offsetMinutes) => {
          const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
          const sign = offsetMinutes < 0 ? "-" : "+";
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          const text = `${shifted.toISOString().slice(0, 23)}${zone}`;
          expect(parseInstant("t", text).getTime()).toBe(date.getTime());
          expect(parseInstant("t", text.toLowerCase()).getTime()).toBe(date.getTime());
        },
      ),
      RUNS,
    );
  });
});

describe("JSON input", () => {
  it("measures depth without recursion, even 100,000 levels deep (finding 10)", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => canonicalJson(deep as never)).toThrow(RangeError);
    expect(jsonDepth(deep, 32)).toBe(33);
    expect(jsonDepth(deep)).toBe(100_000);
    expect(refusal(() => normalizeJsonInput("metadata", deep)).message).toBe(
      "metadata nests deeper than 32 levels",
    );
    expect([jsonDepth(1), jsonDepth({}), jsonDepth([[]]), jsonDepth({ a: [1, { b: 2 }] })]).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it("accepts 32 levels and refuses 33", () => {
    const nested = (levels: number): unknown => (levels === 0 ? "x" : [nested(levels - 1)]);
    expect(normalizeJsonInput("m", nested(32))).toEqual(nested(32));
    expect(() => normalizeJsonInput("m", nested(33))).toThrow(InvalidInput);
  });

  it("refuses non-finite numbers, control characters in strings and keys, and keys equal in NFC", () => {
    expect(refusal(() => normalizeJsonInput("m", { a: [1, JSON.parse("1e400")] })).message).toBe(
      "m.a[1] is a number JSON cannot hold",
    );
    expect(refusal(() => normalizeJsonInput("m", { a: "x\u0000" })).message).toMatch(
      /^m\.a must not contain/,
    );
    expect(refusal(() => normalizeJsonInput("m", { "a\u0000": 1 })).message).toMatch(/^m: a key must not/);
    expect(refusal(() => normalizeJsonInput("m", { "caf\u00e9": 1, "cafe\u0301": 2 })).message).toMatch(
      /listed twice/,
    );
    expect(normalizeJsonInput("m", { "cafe\u0301": "line 1\nline 2" })).toEqual({
      "caf\u00e9": "line 1\nline 2",
    });
  });

  it("keeps every acceptable JSON value as it is, __proto__ keys included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        let normalized: unknown;
        try {
          normalized = normalizeJsonInput("v", value);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInput);
          return;
        }
        expect(canonicalJson(normalized as never)).toBe(canonicalJson(value as never));
      }),
      RUNS,
    );
    const proto = JSON.parse('{"__proto__": {"polluted": true}}');
    const normalized = normalizeJsonInput("v", proto) as Record<string, unknown>;
    expect(Object.hasOwn(normalized, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("IDs and cursors", () => {
  it("refuse keys a 32-bit column cannot hold (finding 9: 2^31 and up)", () => {
    expect(decodeGlobalId(encodeGlobalId("ProjectLoad", MAX_KEY))).toEqual({
      typename: "ProjectLoad",
      id: String(MAX_KEY),
    });
    expect(decodeCursor("load", encodeCursor("load", MAX_KEY))).toBe(MAX_KEY);
    for (const key of [2 ** 31, 2 ** 32, 999_999_999_999_999, Number.MAX_SAFE_INTEGER]) {
      expect(refusal(() => decodeGlobalId(encodeGlobalId("ProjectLoad", key))).message).toMatch(
        /^Malformed ID/,
      );
      expect(refusal(() => decodeCursor("load", encodeCursor("load", key))).message).toMatch(
        /^Malformed cursor/,
      );
    }
  });

  it("refuse keys that are not in their one canonical form", () => {
    for (const text of [
      "ProjectLoad:007",
      "ProjectLoad:-1",
      "ProjectLoad:+1",
      "ProjectLoad:1.0",
      "ProjectLoad:",
    ]) {
      expect(() => decodeGlobalId(Buffer.from(text).toString("base64url"))).toThrow(InvalidInput);
    }
    expect(() => decodeCursor("load", Buffer.from("load:01").toString("base64url"))).toThrow(InvalidInput);
  });

  it("decode any string to a key in range or refuse it, never anything else", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => encodeGlobalId("Project", n)),
          fc
            .bigInt({ min: 0n, max: 10n ** 20n })
            .map((n) => Buffer.from(`project:${n}`).toString("base64url")),
        ),
        (text) => {
          for (const decode of [() => Number(decodeGlobalId(text).id), () => decodeCursor("project", text)]) {
            try {
              const key = decode();
              expect(Number.isInteger(key) && (key as number) >= 0 && (key as number) <= MAX_KEY).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(InvalidInput);
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe("repository URLs", () => {
  interface CommitUrlCase {
    repositoryUrl: string | null;
    storedRepositoryUrl: string | null;
  }

  it("accept every URL of the commit-url.json vectors", () => {
    const { cases } = loadVectors<{ cases: CommitUrlCase[] }>("commit-url.json");
    for (const vector of cases) {
      const stored = sanitizeRepositoryUrl(vector.repositoryUrl);
      if (stored !== null) expect(validateRepositoryUrl("url", stored)).toBe(stored);
    }
  });

  it("accept http(s), ssh and git URLs and scp-like user@host:path", () => {
    for (const url of [
      "https://github.com/acme/etl",
      "http://git.internal.example:8080/acme/etl.git",
      "ssh://git@gitlab.com:2222/grp/proj.git",
      "git+ssh://git@github.com/acme/etl.git",
      "git://git.kernel.org/pub/scm/git/git.git",
      "git@github.com:acme/etl.git",
      "deploy@build-host:repos/etl.git",
      "gitlab.example.com:grp/proj.git",
      "ssh://git@[2001:db8::1]:22/acme/etl.git",
    ]) {
      expect(validateRepositoryUrl("url", url)).toBe(url);
    }
  });

  it("refuse javascript:, data:, file:, local paths and other schemes (finding 14)", () => {
    for (const url of [
      "javascript:alert(1)",
      "javascript:alert(1)//github.com/acme/etl",
      "JavaScript://%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///srv/git/etl.git",
      "ftp://example.com/etl.git",
      "/srv/git/etl.git",
      "../etl",
      "C:\\repos\\etl",
      "https://",
      "https:///acme/etl",
      "https://github.com/acme etl",
      "not a url at all",
      "",
    ]) {
      expect(() => validateRepositoryUrl("git.repositoryUrl", url), url).toThrow(InvalidInput);
    }
    expect(
      refusal(() => validateRepositoryUrl("git.repositoryUrl", "javascript:alert(1)")).message,
    ).not.toMatch(/alert/);
  });

  it("lose credentials in the query and fragment too, percent-encoded or not (finding 14)", () => {
    for (const [url, expected] of [
      ["https://gitlab.com/grp/proj.git?private_token=glpat-secret", "https://gitlab.com/grp/proj.git"],
      ["https://host/x.git?ref=main&access_token=abc&depth=1", "https://host/x.git?ref=main&depth=1"],
      ["https://host/x.git?TOKEN=abc", "https://host/x.git"],
      ["https://host/x.git?%70rivate_token=abc", "https://host/x.git"],
      ["https://host/x.git?password=a&api_key=b&sig=c&X-Amz-Signature=d", "https://host/x.git"],
      ["https://host/x.git#access_token=abc", "https://host/x.git"],
      ["https://host/x.git#readme", "https://host/x.git#readme"],
      ["https://u:p@host/x.git?private_token=s#frag", "https://host/x.git#frag"],
      ["git@github.com:acme/etl.git?token=s", "git@github.com:acme/etl.git"],
    ] as const) {
      expect(sanitizeRepositoryUrl(url)).toBe(expected);
      expect(sanitizeRepositoryUrl(expected)).toBe(expected);
    }
  });

  it("sanitize idempotently and never keep a secret parameter, for any query", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("ref", "private_token", "access_token", "Token", "depth", "auth", "x"),
            fc.string({ maxLength: 8 }).map(encodeURIComponent),
          ),
          { maxLength: 5 },
        ),
        (params) => {
          const url = `https://host/r.git?${params.map(([k, v]) => `${k}=${v}`).join("&")}`;
          const sanitized = sanitizeRepositoryUrl(url) as string;
          expect(sanitizeRepositoryUrl(sanitized)).toBe(sanitized);
          expect(sanitized).not.toMatch(/[?&](private_token|access_token|token|auth)=/i);
          for (const [name, value] of params) {
            if (!/token|auth/i.test(name)) expect(sanitized).toContain(`${name}=${value}`);
          }
        },
      ),
      RUNS,
    );
  });
});
