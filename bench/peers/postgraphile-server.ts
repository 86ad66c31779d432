// PostGraphile 5 (preset postgraphile/presets/amber) over the project's tables, for bench/peers.ts, in a
// process of its own: grafserv on node:http, 127.0.0.1, port 0, over a pg pool of 10 connections (the
// project's default pool size) whose clients count the statements they send. No authentication: PostGraphile
// has no notion of the project's tokens. bench/peers.ts starts it with NODE_ENV=production (Grafast's
// development mode plans more expensively).
import "./with-resolvers"; // first: PostGraphile needs Promise.withResolvers, which Node 20 lacks
import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { requiredEnv, type ServerCounters, serveBenchmark } from "./child";

const counters: ServerCounters = { statements: 0, errors: 0 };
const pool = new pg.Pool({ connectionString: requiredEnv("BENCH_DATABASE_URL"), max: 10 });
// Every statement PostGraphile sends goes through one of the pool's clients.
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    counters.statements++;
    return query(...args);
  };
});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
// Builds the schema (introspecting the database) before the benchmark's first request.
await pgl.getSchema();
serveBenchmark(server, counters, async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await pgl.release();
  await pool.end();
});
