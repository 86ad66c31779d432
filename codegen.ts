import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the operations the project itself sends, generated from the printed schema.
// Operations live in .graphql files next to their users; codegen also validates each of them against
// schema/schema.graphql.
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["src/**/*.graphql", "tests/**/*.graphql"],
  ignoreNoDocuments: true,
  generates: {
    "tests/generated/": {
      preset: "client",
      config: {
        scalars: { DateTime: "string", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
