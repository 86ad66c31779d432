// Serves the web UI (dist/ui, built by src/ui/vite.config.ts) from the API's own process, as a Yoga plugin
// that answers GET and HEAD before GraphQL sees the request. Everything else (/graphql with GraphiQL,
// /health, /ready, /metrics, /cli/...) goes on to Yoga untouched.
//
// How a request moves: the path is matched to a file under the root (never outside it); a file is read
// once and kept in memory with its ETag and its brotli and gzip forms (the .br/.gz the build wrote next to
// it, or compressed here on first request). Hashed files under assets/ are cached by browsers for a year;
// index.html is made for each request (no-cache), with a fresh nonce in it and in its
// Content-Security-Policy.
// Client routes (/, /deployments/...) answer index.html, so a reload or a shared link opens the same
// screen. `createStaticFiles` is not tied to the UI: GraphiQL's assets (held in memory, see
// src/app/graphiql.ts) are served the same way.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlibConstants } from "node:zlib";
import type { Plugin } from "graphql-yoga";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".txt"]);
/** Below this, compression saves less than the headers it costs. */
const MIN_COMPRESS_BYTES = 1024;

/** Above this, brotli's best quality takes seconds of a core per file. */
const MAX_BEST_BROTLI_BYTES = 512 * 1024;

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

type Encoding = "br" | "gzip";

interface CachedFile {
  body: Buffer;
  type: string;
  /** Strong validator of the bytes; each encoding gets its own (RFC 9110: a representation's ETag). */
  hash: string;
  mtimeMs: number;
  encoded: Map<Encoding, Promise<Buffer | null>>;
}

export interface StaticFilesOptions {
  /** The folder served; nothing outside it is ever read. */
  root: string;
  /**
   * Files held in memory (path relative to the root → bytes), served instead of the folder's: assets made
   * at start-up, such as GraphiQL's. They never change, so no file is read or checked for them.
   */
  files?: ReadonlyMap<string, Buffer>;
  /** Files whose names carry their content's hash: cached by browsers for a year. */
  isImmutable?: (relativePath: string) => boolean;
}

export interface RespondOptions {
  /** Added to the answer (a CSP for HTML, say). */
  headers?: Record<string, string>;
  /**
   * Makes this answer's body from the file's text (a per-request nonce put into a page). Such an answer
   * is made for this request alone: no ETag, no 304, not compressed.
   */
  rewrite?: (text: string) => string;
  /** The Response class of the server's fetch API (Yoga's). */
  Response?: typeof Response;
}

export interface StaticFiles {
  /**
   * Answers a GET or HEAD for `relativePath` (URL path without the leading slash, decoded), or null when
   * there is no such file.
   */
  respond(request: Request, relativePath: string, options?: RespondOptions): Promise<Response | null>;
}

/** The encodings a client accepts, best first (brotli, then gzip); `q=0` refuses one. */
export function acceptedEncodings(header: string | null): Encoding[] {
  if (!header) return [];
  const accepted = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params
      .map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1])
      .find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get("*");
  const ok = (name: Encoding) => (accepted.get(name) ?? wildcard ?? 0) > 0;
  return (["br", "gzip"] as const).filter(ok);
}

/** Whether an If-None-Match header names this validator (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

export function createStaticFiles(options: StaticFilesOptions): StaticFiles {
  const root = resolve(options.root);
  const isImmutable = options.isImmutable ?? (() => false);
  const cache = new Map<string, Promise<CachedFile | null>>();

  function fromMemory(path: string, body: Buffer): CachedFile {
    return {
      body,
      type: CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
      hash: createHash("sha256").update(body).digest("base64url").slice(0, 27),
      mtimeMs: 0,
      encoded: new Map(),
    };
  }

  async function read(path: string): Promise<CachedFile | null> {
    if (options.files) {
      const body = options.files.get(
        path
          .slice(root.length + 1)
          .split(sep)
          .join("/"),
      );
      return body ? fromMemory(path, body) : null;
    }
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      const body = await readFile(path);
      return {
        body,
        type: CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
        hash: createHash("sha256").update(body).digest("base64url").slice(0, 27),
        mtimeMs: info.mtimeMs,
        encoded: new Map(),
      };
    } catch {
      return null;
    }
  }

  /** The file, from memory; a file that may change in place (index.html after a rebuild) is checked by mtime. */
  async function load(path: string, immutable: boolean): Promise<CachedFile | null> {
    const cached = cache.get(path);
    if (cached) {
      const file = await cached;
      if ((immutable || options.files) && file) return file;
      const info = await stat(path).catch(() => null);
      if (file && info?.mtimeMs === file.mtimeMs) return file;
    }
    const next = read(path);
    cache.set(path, next);
    // Only files that exist are kept: requests for made-up paths must not grow the cache.
    void next.then((file) => {
      if (!file && cache.get(path) === next) cache.delete(path);
    });
    return next;
  }

  /** The file in an encoding: the build's precompressed copy, or compressed once here. */
  function encodedBody(path: string, file: CachedFile, encoding: Encoding, immutable: boolean) {
    let encoded = file.encoded.get(encoding);
    if (!encoded) {
      encoded = (async () => {
        const sibling = `${path}.${encoding === "br" ? "br" : "gz"}`;
        const prebuilt = options.files ? null : await stat(sibling).catch(() => null);
        if (prebuilt?.isFile() && prebuilt.mtimeMs >= file.mtimeMs) return readFile(sibling);
        return encoding === "br"
          ? brotli(file.body, {
              params: {
                // Files that never change are compressed once, as well as brotli can; others quicker. Quality
                // 11 costs about 10 s per MB (GraphiQL's 5 MB script: 49 s, against 0.6 s at quality 5 for
                // 15% more bytes), so big files get the quick setting.
                [zlibConstants.BROTLI_PARAM_QUALITY]:
                  immutable && file.body.length <= MAX_BEST_BROTLI_BYTES ? 11 : 5,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: file.body.length,
              },
            })
          : gzipAsync(file.body, { level: 9 });
      })().catch(() => null);
      file.encoded.set(encoding, encoded);
    }
    return encoded;
  }

  return {
    async respond(request, relativePath, options = {}) {
      const ResponseClass = options.Response ?? Response;
      const extraHeaders = options.headers ?? {};
      const path = resolve(root, relativePath);
      // `..`, absolute paths and encoded slashes all end up outside the root here.
      if (path !== root && !path.startsWith(root + sep)) return null;
      const immutable = isImmutable(relativePath);
      const file = await load(path, immutable);
      if (!file) return null;

      if (options.rewrite) {
        const text = Buffer.from(options.rewrite(file.body.toString("utf8")));
        return new ResponseClass(request.method === "HEAD" ? null : new Uint8Array(text), {
          status: 200,
          headers: {
            "content-type": file.type,
            "cache-control": "no-cache",
            "x-content-type-options": "nosniff",
            "content-length": String(text.length),
            ...extraHeaders,
          },
        });
      }

      const compressible =
        COMPRESSIBLE.has(extname(path).toLowerCase()) && file.body.length >= MIN_COMPRESS_BYTES;
      let body = file.body;
      let encoding: Encoding | null = null;
      if (compressible) {
        for (const candidate of acceptedEncodings(request.headers.get("accept-encoding"))) {
          const encoded = await encodedBody(path, file, candidate, immutable);
          if (encoded && encoded.length < file.body.length) {
            body = encoded;
            encoding = candidate;
            break;
          }
        }
      }
      const etag = `"${file.hash}${encoding ? `.${encoding}` : ""}"`;
      const headers: Record<string, string> = {
        "content-type": file.type,
        etag,
        "cache-control": immutable ? IMMUTABLE_CACHE : "no-cache",
        "x-content-type-options": "nosniff",
        ...(compressible ? { vary: "Accept-Encoding" } : {}),
        ...extraHeaders,
      };
      if (matchesEtag(request.headers.get("if-none-match"), etag)) {
        return new ResponseClass(null, { status: 304, headers });
      }
      if (encoding) headers["content-encoding"] = encoding;
      headers["content-length"] = String(body.length);
      return new ResponseClass(request.method === "HEAD" ? null : new Uint8Array(body), {
        status: 200,
        headers,
      });
    },
  };
}

/** Where `npm run build:ui` writes the UI. */
export const UI_DIST = fileURLToPath(new URL("../../dist/ui", import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL("./vite.config.ts", import.meta.url));

/** Builds the UI with Vite (a dependency, so a production install has it too). */
export async function buildUi(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: VITE_CONFIG, logLevel: "warn" });
}

/** Whether a build is there: its index.html is the last file Vite writes that the server needs. */
export function uiIsBuilt(root: string = UI_DIST): boolean {
  return existsSync(resolve(root, "index.html"));
}

let uiBuild: Promise<void> | null = null;

/** Builds dist/ui unless its index.html is there (one build at a time in this process). */
export async function ensureUiBuilt(): Promise<void> {
  if (uiIsBuilt()) return;
  uiBuild ??= buildUi().finally(() => {
    uiBuild = null;
  });
  await uiBuild;
}

export interface StartupBuildOptions {
  /** The built UI (default: dist/ui). */
  root?: string;
  build?: () => Promise<void>;
  info: (message: string) => void;
  error: (message: string, error: unknown) => void;
}

/**
 * `npm start` (src/app/main.ts) calls this before the server listens, so that the first visitor does not
 * wait for a build: `npm install` builds the UI, but a checkout whose dist/ is gone (or an install run
 * with --ignore-scripts) has none. The API does not need the UI, so a failed build is logged and the
 * server starts anyway; the UI's URLs then answer 503 saying how to build it. Apps made without main.ts
 * (tests, benchmarks) never build: they call ensureUiBuilt themselves when they need the UI.
 */
export async function buildUiAtStartup(
  options: StartupBuildOptions,
): Promise<"present" | "built" | "failed"> {
  const root = options.root ?? UI_DIST;
  if (uiIsBuilt(root)) return "present";
  options.info(
    `The web UI is not built (no ${resolve(root, "index.html")}): building it now, before the server starts`,
  );
  try {
    await (options.build ?? ensureUiBuilt)();
  } catch (error) {
    options.error("cannot build the web UI; the API starts without it (run `npm run build:ui`)", error);
    return "failed";
  }
  return uiIsBuilt(root) ? "built" : "failed";
}

/**
 * What the build puts where the page's nonce goes (vite.config.ts `html.cspNonce`): in the script and
 * stylesheet tags and in `<meta property="csp-nonce">`, where React Aria reads it for the few style rules
 * it adds at run time (touch-action on pressable elements).
 */
export const CSP_NONCE_PLACEHOLDER = "__PROJECT_HISTORY_CSP_NONCE__";

/**
 * The app page's Content-Security-Policy: scripts, styles and requests from this origin only, plus the
 * API's WebSocket on the same host (CSP's 'self' does not cover ws: everywhere), and style elements that
 * carry this response's nonce.
 */
export function uiContentSecurityPolicy(host: string | null, nonce: string): string {
  // A Host header is the client's to choose: only a plain host[:port] goes into the policy.
  const safeHost = host && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? host : null;
  const sockets = safeHost ? ` ws://${safeHost} wss://${safeHost}` : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths the single-page app routes itself: each answers index.html. */
const CLIENT_ROUTES = [/^\/$/, /^\/deployments(\/|$)/];

export interface WebUiOptions {
  /** The built UI (default: dist/ui at the repository's root). */
  root?: string;
}

/**
 * The web UI as a Yoga plugin: `plugins: [webUiPlugin(), ...]`. It serves what is built and never builds:
 * `npm install` and `npm start` (buildUiAtStartup) do that, so no request waits for a build.
 */
export function webUiPlugin(options: WebUiOptions = {}): Plugin {
  const root = options.root ?? UI_DIST;
  const files = createStaticFiles({ root, isImmutable: (path) => path.startsWith("assets/") });

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const pathname = url.pathname;
      const route = CLIENT_ROUTES.some((pattern) => pattern.test(pathname));
      const asset = pathname.startsWith("/assets/") || pathname === "/index.html";
      if (!route && !asset) return;
      let relative: string;
      try {
        relative = route ? "index.html" : decodeURIComponent(pathname.slice(1));
      } catch {
        return;
      }
      let response: Response | null;
      if (relative === "index.html") {
        // A fresh nonce per page: one that never changes would let injected markup use it too.
        const nonce = randomBytes(18).toString("base64");
        response = await files.respond(request, relative, {
          Response: fetchAPI.Response,
          rewrite: (text) => text.replaceAll(CSP_NONCE_PLACEHOLDER, nonce),
          headers: {
            "content-security-policy": uiContentSecurityPolicy(request.headers.get("host"), nonce),
            "referrer-policy": "no-referrer",
            "x-frame-options": "DENY",
          },
        });
      } else {
        response = await files.respond(request, relative, { Response: fetchAPI.Response });
      }
      if (response) endResponse(response);
      else if (asset)
        endResponse(
          new fetchAPI.Response("Not found\n", {
            status: 404,
            headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" },
          }),
        );
      else
        endResponse(
          new fetchAPI.Response(
            "The web UI is not built: run `npm run build:ui` (`npm install` and `npm start` build it too).\n",
            {
              status: 503,
              headers: { "content-type": "text/plain; charset=utf-8" },
            },
          ),
        );
    },
  };
}
