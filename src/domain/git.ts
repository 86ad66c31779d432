import { InvalidInput } from "./errors";

// "scheme://" prefix; everything up to the first "/", "?" or "#" after it is the authority.
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const SSH_SCHEMES = new Set(["ssh", "git+ssh", "ssh+git"]);

/**
 * Removes credentials embedded in a repository URL before it is stored, shown, logged or sent.
 * - http(s) (and other non-ssh schemes): the whole user info goes, a lone user too, since
 *   `https://<token>@github.com/...` is a common way to embed a token.
 * - ssh URLs, scp-like `user@host:path` and other strings: the user names the account to connect as and
 *   is kept (`git@github.com:...`); a password after it (`user:secret@`) goes.
 * - Query and fragment parameters whose name (percent-decoded, any case) speaks of a secret
 *   (`private_token`, `access_token`, `token`, `password`, `api_key`, `sig`, ...) go, with the `?` or `#`
 *   when nothing else is left.
 * Everything else, case included, is returned unchanged.
 */
export function sanitizeRepositoryUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  return withoutCredentialParams(withoutUserInfo(url));
}

// Names of query parameters that carry secrets: GitLab's private_token, OAuth's access_token, signed URLs'
// sig/signature (Azure, S3), and the generic ones. A repository URL needs none of them to be shown.
const SECRET_PARAM = /token|secret|pass|pwd|auth|key|sig|credential|session/i;

function paramName(part: string): string {
  const name = (part.split("=")[0] ?? "").replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `a=1&token=x` without the parameters SECRET_PARAM names; "" when none is left. */
function keptParams(params: string): string {
  return params
    .split("&")
    .filter((part) => !SECRET_PARAM.test(paramName(part)))
    .join("&");
}

function withoutCredentialParams(url: string): string {
  const hash = url.indexOf("#");
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf("?");
  let result = question === -1 ? beforeHash : beforeHash.slice(0, question);
  if (question !== -1) {
    const query = keptParams(beforeHash.slice(question + 1));
    if (query !== "") result += `?${query}`;
  }
  if (hash !== -1) {
    const fragment = url.slice(hash + 1);
    // A fragment with no "=" is an anchor, not parameters (OAuth puts access_token=... there).
    const kept = fragment.includes("=") ? keptParams(fragment) : fragment;
    if (kept !== "" || fragment === "") result += `#${kept}`;
  }
  return result;
}

function withoutUserInfo(url: string): string {
  const scheme = SCHEME.exec(url);
  const authorityStart = scheme ? scheme[0].length : 0;
  const rest = url.slice(authorityStart);
  const authorityEnd = rest.search(scheme ? /[/?#]/ : /\//);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  // As URL parsers do, the user info ends at the last "@" of the authority (a password may hold an "@").
  const at = authority.lastIndexOf("@");
  if (at === -1) return url;
  const userInfo = authority.slice(0, at);
  const keepsUser = !scheme || SSH_SCHEMES.has(scheme[1]?.toLowerCase() ?? "");
  const colon = userInfo.indexOf(":");
  if (keepsUser && colon === -1) return url;
  const keptUserInfo = keepsUser ? `${userInfo.slice(0, colon)}@` : "";
  return url.slice(0, authorityStart) + keptUserInfo + rest.slice(at + 1);
}

const COMMIT_HASH = /^[0-9a-fA-F]{4,64}$/;
// scheme://[user[:password]@]host[:port]/path, no query or fragment; the user info runs to the last "@".
const URL_FORM = /^(?:https?|ssh|git\+ssh|ssh\+git|git):\/\/(?:[^/?#]*@)?([^/:?#@]+)(?::\d*)?\/([^?#]*)$/i;
// scp-like [user@]host:path, as git accepts it for ssh remotes.
const SCP_FORM = /^(?:[^@/:]+@)?([^/:@]+):(?!\/\/)([^?#]*)$/;
// A GitHub/GitLab name segment; rejects "", ".", "..", "-" (GitLab's route separator) and anything to escape.
const PATH_SEGMENT = /^(?!\.+$)[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;

/** Host (lower case) and repository path segments (case kept), or null when the URL is not understood. */
function parseRepository(repositoryUrl: string): { host: string; segments: string[] } | null {
  const trimmed = repositoryUrl.trim();
  const match = URL_FORM.exec(trimmed) ?? SCP_FORM.exec(trimmed);
  const host = match?.[1];
  const rawPath = match?.[2];
  if (host === undefined || rawPath === undefined) return null;
  const path = rawPath
    .replace(/^\/+/, "")
    .replace(/\/+$/, "")
    .replace(/\.git$/, "");
  const segments = path.split("/");
  if (!segments.every((segment) => PATH_SEGMENT.test(segment))) return null;
  return { host: host.toLowerCase(), segments };
}

/**
 * Link to the commit on github.com or gitlab.com; null for other hosts, unparseable URLs, or a missing or
 * non-hexadecimal hash. The link is built from the host name and the path only, so credentials in the
 * URL never reach it. Never throws.
 */
export function commitUrl(
  repositoryUrl: string | null | undefined,
  commitHash: string | null | undefined,
): string | null {
  if (typeof repositoryUrl !== "string" || typeof commitHash !== "string") return null;
  if (!COMMIT_HASH.test(commitHash)) return null;
  const repository = parseRepository(repositoryUrl);
  if (!repository) return null;
  // Git prints object names in lower case; a link in the canonical form is stable across clients.
  const sha = commitHash.toLowerCase();
  const path = repository.segments.join("/");
  if (repository.host === "github.com" && repository.segments.length === 2) {
    return `https://github.com/${path}/commit/${sha}`;
  }
  // GitLab namespaces nest: group/subgroup/.../project.
  if (repository.host === "gitlab.com" && repository.segments.length >= 2) {
    return `https://gitlab.com/${path}/-/commit/${sha}`;
  }
  return null;
}

const REPOSITORY_SCHEMES = new Set(["http", "https", "ssh", "git", "git+ssh", "ssh+git"]);
// scheme://authority rest; the authority runs to the first "/", "?" or "#".
const WITH_AUTHORITY = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/;
// The host of an authority (after any user info): a name or [IPv6], then an optional :port.
const AUTHORITY_HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[^:[\]]+)(?::\d*)?$/;
// scp-like [user@]host:path as git reads it for ssh remotes (no "//" after the colon).
const SCP_LIKE =
  /^(?:([^@/:]+)@)?([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(?!\/\/)(.+)$/;

/**
 * Refuses a repository URL that is not one git fetches over the network: http(s), ssh (also git+ssh,
 * ssh+git) and git URLs with a host, or scp-like `user@host:path`. An scp-like form without a user needs a
 * dotted host or an IPv6 literal, so that `javascript:alert(1)` (or `data:`, `vbscript:`) is not read as a
 * host named "javascript". Local paths, file: URLs and every other scheme are refused. Returns the URL
 * unchanged; the message never repeats it, since it may hold a secret.
 */
export function validateRepositoryUrl(what: string, url: string): string {
  if (/[\s\\]/.test(url)) throw new InvalidInput(`${what} must not contain whitespace or backslashes`);
  const withAuthority = WITH_AUTHORITY.exec(url);
  if (withAuthority) {
    const scheme = (withAuthority[1] ?? "").toLowerCase();
    if (!REPOSITORY_SCHEMES.has(scheme)) {
      throw new InvalidInput(
        `${what} must be an http, https, ssh or git URL (or user@host:path), not a ${scheme}: URL`,
      );
    }
    const authority = withAuthority[2] ?? "";
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    if (host === "" || !AUTHORITY_HOST.test(host)) throw new InvalidInput(`${what} has no valid host`);
    return url;
  }
  const scp = SCP_LIKE.exec(url);
  const host = scp?.[2] ?? "";
  if (scp && (scp[1] !== undefined || host.includes(".") || host.startsWith("["))) return url;
  throw new InvalidInput(
    `${what} must be an http, https, ssh or git URL, or user@host:path (e.g. git@github.com:acme/etl.git)`,
  );
}
