// The architecture as rules (`npm run deps:check`, in CI): no import cycles, and dependencies point down.
//   app -> graphql -> loads -> alerts (outbox) -> db -> domain
//                  -> live ---------------------^
//   cli -> agent -> client; auth and observability sit beside, used by app and graphql; ui is a browser app
//   that only the server's static serving (ui/serve.ts) touches.
/** Folders of src/ a part may not import. */
const below = (part, forbidden, comment) => ({
  name: `${part}-imports-down`,
  comment,
  severity: "error",
  from: { path: `^src/${part}/` },
  to: { path: `^src/(${forbidden.join("|")})/` },
});

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "domain-is-pure",
      comment: "domain/ holds plain modules: no GraphQL, no database, no other part of src/.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^(src/(?!domain/)|node_modules/(graphql|graphql-yoga|@pothos|@prisma|prisma)/)" },
    },
    below("db", ["app", "graphql", "loads", "live", "alerts", "auth", "observability", "cli", "client"]),
    below("auth", ["app", "graphql", "loads", "live", "alerts", "observability", "cli", "client"]),
    below("alerts", ["app", "graphql", "loads", "live", "observability", "cli", "client"]),
    below("live", ["app", "graphql", "loads", "alerts", "observability", "cli", "client"]),
    below("loads", ["app", "graphql", "live", "observability", "cli", "client"]),
    below("observability", ["app", "graphql", "loads", "live", "alerts", "db", "cli", "client"]),
    below("graphql", ["app", "cli", "client"]),
    below("client", ["app", "graphql", "loads", "live", "alerts", "auth", "db", "observability", "cli"]),
    below("cli", ["app", "graphql", "loads", "live", "alerts", "auth", "db"]),
    below("agent", ["app", "graphql", "loads", "live", "alerts", "auth", "db", "cli", "ui"]),
    below("ui", [
      "app",
      "graphql",
      "loads",
      "live",
      "alerts",
      "auth",
      "db",
      "observability",
      "cli",
      "client",
      "agent",
      "domain",
    ]),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/|/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
