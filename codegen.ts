import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for every operation the project itself sends, generated from the printed schema. The
// operations are `graphql()` calls next to their users; codegen validates each against schema/schema.graphql
// and fails on one that no longer fits. `npm run codegen` regenerates; `npm run codegen:check` (CI) fails
// when the committed output is stale.
const clientPreset = {
  preset: "client",
  config: {
    scalars: { DateTime: "string", JSON: "unknown" },
    enumsAsTypes: true,
    useTypeImports: true,
    // Documents are sent as strings (fetch and graphql-ws both take the text), so no graphql-js AST ships.
    documentMode: "string",
  },
  presetConfig: { fragmentMasking: false },
} as const;

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: true,
  // Only `graphql(...)` calls are operations to type; `/* GraphQL */` strings stay untyped text (tests keep
  // deliberately invalid operations that way).
  pluckConfig: { gqlMagicComment: "typed-graphql-operation", globalGqlIdentifierName: ["graphql"] },
  generates: {
    // The command-line tool and the demo.
    "src/client/generated/": {
      ...clientPreset,
      documents: ["src/**/*.ts", "!src/client/generated/**", "!src/generated/**", "!src/ui/**"],
    },
    // The web UI (src/ui/app): documents as parsed ASTs, which urql takes as they are (no parsing in the
    // browser, and no graphql-js in the bundle).
    "src/ui/generated/": {
      ...clientPreset,
      config: { ...clientPreset.config, documentMode: "documentNode" },
      documents: ["src/ui/app/**/*.{ts,tsx}"],
    },
    "tests/generated/": { ...clientPreset, documents: ["tests/**/*.ts", "!tests/generated/**"] },
  },
};

export default config;
