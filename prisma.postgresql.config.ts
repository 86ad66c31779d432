import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The PostgreSQL variant of the schema (generated from prisma/schema.prisma). Generating the client and
// diffing schemas into migration SQL need no database; the URL only satisfies the adapter.
export default defineConfig({
  schema: "prisma/postgresql/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaPg({
      connectionString: process.env.PRISMA_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    });
  },
});
