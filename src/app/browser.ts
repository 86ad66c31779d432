/**
 * What browsers may do with the API. Cross-origin pages get CORS answers without credentials unless
 * CORS_ORIGINS lists their origin; and a POST whose body a page could send without a preflight (an HTML
 * form: urlencoded or multipart, or text/plain) is refused, so no other site can make a visitor's browser
 * run a mutation. Clients send JSON (application/json), which needs a preflight, which CORS answers.
 */
import { GraphQLError } from "graphql";
import type { Plugin, YogaServerOptions } from "graphql-yoga";

/** Yoga's `cors` setting: credentials only for the listed origins. */
export function corsOptions(
  allowed: readonly string[],
): NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>["cors"]> {
  const listed = new Set(allowed);
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (origin !== null && listed.has(origin)) return { origin: [origin], credentials: true };
    // The origin is echoed (Yoga's default) so that token-bearing pages elsewhere can still read
    // answers, but never with credentials: a visitor's cookies or HTTP auth are not sent or honoured.
    return { credentials: false };
  };
}

/** Content types an HTML form or a no-preflight fetch can send (the Fetch standard's CORS-safelisted ones). */
const SIMPLE_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

/** Refuses form, multipart and text/plain request bodies with HTTP 415 and BAD_USER_INPUT. */
export function formBodiesRefusedPlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
      const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!SIMPLE_TYPES.has(type)) return;
      throw new GraphQLError(
        `Request bodies of type ${type} are refused (another site's form could send them); send application/json`,
        { extensions: { code: "BAD_USER_INPUT", http: { status: 415 } } },
      );
    },
  };
}
