import { describe, expect, it } from "vitest";
import { canRollback, grantLabel, hasRole, rollbackNote } from "../../src/ui/app/roles";
import {
  clearToken,
  normalizeToken,
  readToken,
  saveToken,
  type TokenStorages,
} from "../../src/ui/app/token-store";
import { assetKeyFromPath, assetUrl, historyUrl, projectsUrl } from "../../src/ui/app/urls";

function memoryStorages(): TokenStorages & { dump(): Record<string, Record<string, string>> } {
  const make = () => {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  };
  const session = make();
  const local = make();
  return {
    session,
    local,
    dump: () => ({ session: Object.fromEntries(session.map), local: Object.fromEntries(local.map) }),
  };
}

describe("where the token is kept", () => {
  it("keeps it in sessionStorage, or in localStorage only when remembered, never both", () => {
    const storages = memoryStorages();
    saveToken({ token: "phist_a", remember: false }, storages);
    expect(storages.dump()).toEqual({ session: { "project-history.token": "phist_a" }, local: {} });
    expect(readToken(storages)).toEqual({ token: "phist_a", remember: false });
    saveToken({ token: "phist_b", remember: true }, storages);
    expect(storages.dump()).toEqual({ session: {}, local: { "project-history.token": "phist_b" } });
    expect(readToken(storages)).toEqual({ token: "phist_b", remember: true });
    clearToken(storages);
    expect(storages.dump()).toEqual({ session: {}, local: {} });
    expect(readToken(storages)).toBeNull();
  });

  it("undoes the usual slips of a pasted token", () => {
    expect(normalizeToken("  Bearer phist_abc \n")).toBe("phist_abc");
    expect(normalizeToken("phist_abc")).toBe("phist_abc");
  });
});

describe("roles", () => {
  it("follows the server's rule: a role includes the ones after it, org-wide grants cover all", () => {
    expect(canRollback([{ role: "EDITOR", deployment: "prod" }], "prod")).toBe(true);
    expect(canRollback([{ role: "EDITOR", deployment: "staging" }], "prod")).toBe(false);
    expect(canRollback([{ role: "VIEWER", deployment: null }], "prod")).toBe(false);
    expect(canRollback([{ role: "LAUNCHER", deployment: "prod" }], "prod")).toBe(false);
    expect(canRollback([{ role: "ADMIN", deployment: null }], "prod")).toBe(true);
    expect(canRollback([{ role: "ORGANIZATION_ADMIN", deployment: "staging" }], "prod")).toBe(true);
    expect(hasRole([{ role: "VIEWER", deployment: "prod" }], "VIEWER", "prod")).toBe(true);
  });

  it("says who may roll back, and what the token holds", () => {
    expect(grantLabel({ role: "EDITOR", deployment: "prod" })).toBe("Editor in prod");
    expect(rollbackNote([{ role: "VIEWER", deployment: null }], "prod")).toBe(
      "Rolling back needs the Editor, Admin or Organization admin role in prod; this token has Viewer.",
    );
  });
});

describe("URLs", () => {
  it("keeps the asset key's slashes as path segments, each encoded", () => {
    const url = assetUrl("prod", "analytics", "mart/revenue daily#1");
    expect(url).toBe("/deployments/prod/projects/analytics/assets/mart/revenue%20daily%231");
    expect(assetKeyFromPath(url.split("/assets/")[1] ?? "")).toBe("mart/revenue daily#1");
  });

  it("puts the history view's state in the query string", () => {
    expect(historyUrl("prod", "billing-pipeline")).toBe(
      "/deployments/prod/projects/billing-pipeline/history",
    );
    expect(historyUrl("prod", "a b", { all: true, status: "FAILURE", load: "UHJ" })).toBe(
      "/deployments/prod/projects/a%20b/history?all=1&status=FAILURE&load=UHJ",
    );
    expect(projectsUrl("staging")).toBe("/?deployment=staging");
  });
});
