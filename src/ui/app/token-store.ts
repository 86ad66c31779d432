// Where the signed-in token is kept: sessionStorage (gone with the tab) by default, localStorage when
// "remember" is ticked. Only one of them holds it at a time. Never a cookie (the API takes no cookies, so
// no cross-site request can use it) and never a URL.

/** The storage key of the token (benchmarks put one there to open a screen signed in). */
export const TOKEN_KEY = "project-history.token";

export interface StoredToken {
  token: string;
  remember: boolean;
}

export interface TokenStorages {
  session: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  local: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

function browserStorages(): TokenStorages {
  return { session: window.sessionStorage, local: window.localStorage };
}

export function readToken(storages: TokenStorages = browserStorages()): StoredToken | null {
  const inSession = storages.session.getItem(TOKEN_KEY);
  if (inSession) return { token: inSession, remember: false };
  const inLocal = storages.local.getItem(TOKEN_KEY);
  if (inLocal) return { token: inLocal, remember: true };
  return null;
}

export function saveToken(stored: StoredToken, storages: TokenStorages = browserStorages()): void {
  clearToken(storages);
  (stored.remember ? storages.local : storages.session).setItem(TOKEN_KEY, stored.token);
}

export function clearToken(storages: TokenStorages = browserStorages()): void {
  storages.session.removeItem(TOKEN_KEY);
  storages.local.removeItem(TOKEN_KEY);
}

/** What a pasted token looks like once the usual slips are undone (spaces, a copied "Bearer " prefix). */
export function normalizeToken(input: string): string {
  return input
    .trim()
    .replace(/^Bearer\s+/i, "")
    .trim();
}
