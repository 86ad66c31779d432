import type { Plugin } from "graphql-yoga";
import { LIMITS } from "../domain/limits";

/** Refuses request bodies over the limit before they are read. */
export function bodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > LIMITS.requestBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `The request body is ${length} bytes; the limit is ${LIMITS.requestBodyBytes} (10 MB)`,
                  extensions: { code: "BAD_USER_INPUT" },
                },
              ],
            }),
            { status: 413, headers: { "content-type": "application/json" } },
          ),
        );
      }
    },
  };
}
