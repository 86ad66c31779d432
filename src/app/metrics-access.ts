import type { Plugin } from "graphql-yoga";
import { hashToken, sameDigest } from "../auth/secrets";

/** With a metrics token, /metrics is refused (401) to whoever does not send it. */
export function metricsAccessPlugin(metricsToken: string | null | undefined): Plugin {
  const expected = metricsToken ? hashToken(metricsToken) : null;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== "/metrics" || expected === null) return;
      const sent = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
      if (sent && sameDigest(hashToken(sent), expected)) return;
      endResponse(
        new fetchAPI.Response("metrics need Authorization: Bearer <METRICS_TOKEN>\n", {
          status: 401,
          headers: { "content-type": "text/plain", "www-authenticate": "Bearer" },
        }),
      );
    },
  };
}
