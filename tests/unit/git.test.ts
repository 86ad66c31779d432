import { describe, expect, it } from "vitest";
import { commitUrl, sanitizeRepositoryUrl } from "../../src/domain/git";
import { loadVectors } from "./vectors";

interface CommitUrlCase {
  repositoryUrl: string | null;
  commitHash: string | null;
  commitUrl: string | null;
  storedRepositoryUrl: string | null;
}

const vectors = loadVectors<{ cases: CommitUrlCase[] }>("commit-url.json");

describe("commit-url.json vectors", () => {
  it("has cases", () => {
    expect(vectors.cases.length).toBeGreaterThan(0);
  });

  // The file's cases have no names: name each by its input.
  for (const vector of vectors.cases) {
    it(`${JSON.stringify(vector.repositoryUrl)} @ ${JSON.stringify(vector.commitHash)}`, () => {
      const stored = sanitizeRepositoryUrl(vector.repositoryUrl);
      expect(stored).toBe(vector.storedRepositoryUrl);
      expect(commitUrl(vector.repositoryUrl, vector.commitHash)).toBe(vector.commitUrl);
      // The server builds links from the stored (sanitized) URL: it must give the same link.
      expect(commitUrl(stored, vector.commitHash)).toBe(vector.commitUrl);
      // Sanitizing is idempotent, so re-sanitizing stored rows changes nothing.
      expect(sanitizeRepositoryUrl(stored)).toBe(stored);
    });
  }
});

describe("sanitizeRepositoryUrl", () => {
  it.each([
    ["http://user@host/x", "http://host/x"],
    ["https://ghp_token123@github.com/acme/etl.git", "https://github.com/acme/etl.git"],
    ["https://user:p@ss@github.com/acme/etl", "https://github.com/acme/etl"],
    ["HTTPS://User:Secret@GitHub.com/Acme/ETL", "HTTPS://GitHub.com/Acme/ETL"],
    ["https://:token@host/x?y=1#z", "https://host/x?y=1#z"],
    ["https://user:pw@host", "https://host"],
    ["git://user:pw@host/x", "git://host/x"],
    ["ssh://deploy:hunter2@gitlab.com:2222/grp/proj.git", "ssh://deploy@gitlab.com:2222/grp/proj.git"],
    ["git+ssh://git@github.com/acme/etl.git", "git+ssh://git@github.com/acme/etl.git"],
    ["deploy:hunter2@github.com:acme/etl.git", "deploy@github.com:acme/etl.git"],
    ["https://github.com/acme/etl@v1", "https://github.com/acme/etl@v1"],
    ["https://github.com/@scope/pkg", "https://github.com/@scope/pkg"],
  ])("%s -> %s", (url, expected) => {
    expect(sanitizeRepositoryUrl(url)).toBe(expected);
  });

  it("leaves strings that are not URLs at all unchanged", () => {
    for (const url of ["not a url at all", "", "   ", "/srv/git/etl.git", "C:\\repos\\etl", "::::", "@"]) {
      expect(sanitizeRepositoryUrl(url)).toBe(url);
    }
  });

  it("returns null for null and undefined", () => {
    expect(sanitizeRepositoryUrl(null)).toBeNull();
    expect(sanitizeRepositoryUrl(undefined)).toBeNull();
  });
});

describe("commitUrl", () => {
  it("accepts an uppercase hash and links it in lower case", () => {
    expect(commitUrl("https://github.com/acme/etl", "0A1B2C3D")).toBe(
      "https://github.com/acme/etl/commit/0a1b2c3d",
    );
    expect(commitUrl("git@gitlab.com:grp/proj.git", "ABCDEF")).toBe(
      "https://gitlab.com/grp/proj/-/commit/abcdef",
    );
  });

  it("needs a hexadecimal hash of 4 to 64 digits", () => {
    const url = "https://github.com/acme/etl";
    expect(commitUrl(url, "abcd")).toBe("https://github.com/acme/etl/commit/abcd");
    expect(commitUrl(url, "a".repeat(64))).toBe(`https://github.com/acme/etl/commit/${"a".repeat(64)}`);
    for (const hash of ["abc", "a".repeat(65), "", "abcg", " abcd", "abcd\n", "../../x"]) {
      expect(commitUrl(url, hash)).toBeNull();
    }
  });

  it("handles ssh ports, scp-like paths with a leading slash and trailing slashes", () => {
    expect(commitUrl("ssh://git@gitlab.com:2222/grp/sub/proj.git", "abcd")).toBe(
      "https://gitlab.com/grp/sub/proj/-/commit/abcd",
    );
    expect(commitUrl("git@github.com:/acme/etl.git", "abcd")).toBe("https://github.com/acme/etl/commit/abcd");
    expect(commitUrl("https://github.com/acme/etl.git/", "abcd")).toBe(
      "https://github.com/acme/etl/commit/abcd",
    );
    expect(commitUrl("https://github.com/acme/.github", "abcd")).toBe(
      "https://github.com/acme/.github/commit/abcd",
    );
  });

  it("returns null for garbage, other hosts and paths that are not a repository", () => {
    const hash = "0a1b2c3";
    for (const url of [
      "",
      "not a url at all",
      "github.com",
      "https://github.com",
      "https://github.com/",
      "https://github.com/acme/etl/tree/main",
      "https://github.com/acme/../etl",
      "https://github.com/acme/etl?tab=readme",
      "https://github.com/acme/<script>",
      "https://github.com.evil.example/acme/etl",
      "https://evil.example/github.com/acme/etl",
      "https://gitlab.com/grp",
      "https://gitlab.com/grp/proj/-/tree/main",
      "javascript:alert(1)//github.com/acme/etl",
      "file:///github.com/acme/etl",
      "C:\\github.com\\acme\\etl",
    ]) {
      expect(commitUrl(url, hash)).toBeNull();
    }
    expect(commitUrl(undefined, hash)).toBeNull();
    expect(commitUrl("https://github.com/acme/etl", undefined)).toBeNull();
  });

  it("never throws on non-string input at runtime", () => {
    const garbage: unknown[] = [42, {}, [], Symbol("x"), () => "x"];
    for (const value of garbage) {
      expect(commitUrl(value as string, "abcd")).toBeNull();
      expect(commitUrl("https://github.com/acme/etl", value as string)).toBeNull();
    }
  });
});
