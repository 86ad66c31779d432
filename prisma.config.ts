import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The JS schema engine with a driver adapter: no native engine download is needed. The CLI only
// generates the client and diffs schemas into migration SQL; the server applies migrations itself.
export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
