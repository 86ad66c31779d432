// "scheme://" prefix; everything up to the first "/", "?" or "#" after it is the authority.
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const SSH_SCHEMES = new Set(["ssh", "git+ssh", "ssh+git"]);

/**
 * Removes credentials embedded in a repository URL before it is stored, shown, logged or sent.
 * - http(s) (and other non-ssh schemes): the whole user info goes, a lone user too, since
 *   `https://<token>@github.com/...` is a common way to embed a token.
 * - ssh URLs, scp-like `user@host:path` and other strings: the user names the account to connect as and
 *   is kept (`git@github.com:...`); a password after it (`user:secret@`) goes.
 * Everything else, case included, is returned unchanged.
 */
export function sanitizeRepositoryUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
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
