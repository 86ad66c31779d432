import type { Plugin } from "graphql-yoga";
import type { Database } from "../db/index";
import type { LiveHub } from "../live/index";

/** `/ready` answers 200 when the database answers and live delivery works (Redis, when set), 503 otherwise. */
export function readinessPlugin(db: Database, live: LiveHub): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      const database = await db.ping();
      const ready = database && live.ready;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            ready,
            database: database ? "reachable" : "unreachable",
            liveDelivery: live.ready ? "working" : "interrupted",
          }),
          { status: ready ? 200 : 503, headers: { "content-type": "application/json" } },
        ),
      );
    },
  };
}
