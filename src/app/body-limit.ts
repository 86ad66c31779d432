/**
 * Request bodies over the limit are refused with HTTP 413 and BAD_USER_INPUT. A declared Content-Length
 * over it is refused before anything is read; a body without one (chunked) or one that lies is counted as
 * it streams into the parser, which fails as soon as the count passes the limit, so no more than the limit
 * is ever held.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LIMITS } from "../domain/limits";

function tooLarge(limit: number, length?: number): GraphQLError {
  const size = length === undefined ? "over the limit" : `${length} bytes`;
  return new GraphQLError(
    `The request body is ${size}; the limit is ${limit} (${Math.round(limit / 1024 / 1024)} MB)`,
    { extensions: { code: "BAD_USER_INPUT", http: { status: 413 } } },
  );
}

/**
 * A copy of `request` whose body errors once more than `limit` bytes went through it, and whether that
 * happened (the parser reports a failed body in its own words, so the count is asked, not the error).
 */
function limitedRequest(
  request: Request,
  limit: number,
  RequestClass: typeof Request,
): { request: Request; exceeded: () => boolean } {
  if (!request.body) return { request, exceeded: () => false };
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new Error("request body over the limit"));
        else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new RequestClass(request.url, {
    method: request.method,
    headers: request.headers,
    body: counted,
    signal: request.signal,
    // Node's fetch needs this for a streamed body.
    duplex: "half",
  } as RequestInit);
  return { request: limited, exceeded: () => seen > limit };
}

export function bodyLimitPlugin(limit: number = LIMITS.requestBodyBytes): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > limit) {
        const error = tooLarge(limit, length);
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: error.message, extensions: { code: "BAD_USER_INPUT" } }] }),
            { status: 413, headers: { "content-type": "application/json" } },
          ),
        );
      }
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.method === "GET" || request.method === "HEAD") return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        const limited = limitedRequest(original, limit, fetchAPI.Request);
        try {
          return await parse(limited.request);
        } catch (error) {
          if (limited.exceeded()) throw tooLarge(limit);
          throw error;
        }
      });
    },
  };
}
