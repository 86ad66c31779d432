import { InMemoryStore, RedisStore, type Store } from "@envelop/rate-limiter";
import { GraphQLError, getOperationAST, Kind } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Context } from "../graphql/index";

export interface MutationRateLimit {
  /** RATE_LIMIT_MUTATIONS_PER_MINUTE: mutation fields one token may call in a sliding minute. */
  perMinute: number;
  /** With REDIS_URL: the counts are shared by every instance. */
  redis?: Redis | null;
  /** Where a store that stopped answering is reported (the limit then lets mutations through). */
  logError?: (message: string, error: unknown) => void;
}

const WINDOW_MS = 60_000;

/**
 * A store that lets requests through when Redis does not answer: recording a load matters more than
 * limiting it, and the cost bounds still hold.
 */
function failOpen(store: Store, logError: MutationRateLimit["logError"]): Store {
  const report = (error: unknown) =>
    logError?.("mutation rate limit: store unavailable, not limiting", error);
  return {
    async getForIdentity(identity) {
      try {
        return await store.getForIdentity(identity);
      } catch (error) {
        report(error);
        return [];
      }
    },
    async setForIdentity(identity, timestamps, windowMs) {
      try {
        await store.setForIdentity(identity, timestamps, windowMs);
      } catch (error) {
        report(error);
      }
    },
  };
}

/**
 * Each token may call `perMinute` mutation fields in a sliding minute; past that, the operation is refused
 * before it runs with RATE_LIMITED (HTTP 429, Retry-After). The timestamps are kept in @envelop/rate-limiter's
 * stores: in memory per instance, or in Redis across instances (read, then written: concurrent requests of one
 * token may pass a few over the limit). Its plugin is not used: it reads every field's directives, and
 * Pothos gives `@requiresRole` a string where the schema declares an enum. Requests without a valid token
 * never get this far (limits.ts lets them read only `viewer` and introspection).
 */
export function mutationRateLimitPlugin(options: MutationRateLimit): Plugin {
  const store = options.redis
    ? failOpen(new RedisStore(options.redis), options.logError)
    : new InMemoryStore();
  const refusal = () =>
    new GraphQLError(
      `Too many mutations: a token may make ${options.perMinute} a minute (RATE_LIMIT_MUTATIONS_PER_MINUTE); retry in a minute`,
      {
        extensions: {
          code: "RATE_LIMITED",
          retryAfterSeconds: 60,
          http: { status: 429, headers: { "Retry-After": "60" } },
        },
      },
    );
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const caller = (args.contextValue as unknown as Context).caller;
      if (operation?.operation !== "mutation" || !caller) return;
      // Each root field is one mutation (aliases included); fragments cannot appear at a mutation's root
      // without naming fields, and those are counted by the selection they spread.
      const calls =
        operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length || 1;
      const identity = { contextIdentity: caller.name, fieldIdentity: "mutations" };
      const now = Date.now();
      const recent = (await store.getForIdentity(identity)).filter((time) => time + WINDOW_MS > now);
      if (recent.length + calls > options.perMinute) {
        setResultAndStopExecution({ errors: [refusal()] });
        return;
      }
      await store.setForIdentity(
        identity,
        [...recent, ...Array.from({ length: calls }, () => now)],
        WINDOW_MS,
      );
    },
  };
}
