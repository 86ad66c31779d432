// How Dagster's answers become history input: metadata values, partitions, load-level fields and errors.
// The shapes are Dagster 1.13.28's as its webserver serves them (tests/dagster checks the live ones).
import { describe, expect, it } from "vitest";
import type { AssetNode, MetadataEntry, PythonError } from "../../src/agent/dagster-operations";
import {
  assetDefinitionOf,
  assetsOf,
  errorFingerprint,
  failureOf,
  formatPythonError,
  loadFieldsOf,
  metadataValue,
} from "../../src/agent/snapshot";

function node(overrides: Partial<AssetNode> & { path: string[] }): AssetNode {
  const { path, ...rest } = overrides;
  return {
    assetKey: { path },
    isAutoCreatedStub: false,
    opVersion: null,
    tags: [],
    dependencyKeys: [],
    dependencies: [],
    partitionDefinition: null,
    metadataEntries: [],
    ...rest,
  };
}

describe("metadata values", () => {
  const cases: [MetadataEntry, unknown][] = [
    [{ __typename: "TextMetadataEntry", label: "t", text: "hello" }, "hello"],
    [{ __typename: "IntMetadataEntry", label: "i", intValue: 42, intRepr: "42" }, 42],
    // Beyond 32 bits GraphQL's Int is null; the repr has the digits.
    [{ __typename: "IntMetadataEntry", label: "i", intValue: null, intRepr: "5000000000" }, 5_000_000_000],
    [
      { __typename: "IntMetadataEntry", label: "i", intValue: null, intRepr: "123456789012345678901" },
      "123456789012345678901",
    ],
    [{ __typename: "FloatMetadataEntry", label: "f", floatValue: 0.5, floatRepr: "0.5" }, 0.5],
    [{ __typename: "FloatMetadataEntry", label: "f", floatValue: null, floatRepr: "nan" }, "nan"],
    [{ __typename: "BoolMetadataEntry", label: "b", boolValue: true }, true],
    [{ __typename: "JsonMetadataEntry", label: "j", jsonString: '{"a": [1, 2]}' }, { a: [1, 2] }],
    [{ __typename: "UrlMetadataEntry", label: "u", url: "https://x.example" }, { url: "https://x.example" }],
    [{ __typename: "PathMetadataEntry", label: "p", path: "/data" }, { path: "/data" }],
    [{ __typename: "NotebookMetadataEntry", label: "n", path: "/nb.ipynb" }, { notebook_path: "/nb.ipynb" }],
    [{ __typename: "MarkdownMetadataEntry", label: "m", mdStr: "# T" }, { md: "# T" }],
    [
      { __typename: "PythonArtifactMetadataEntry", label: "a", module: "pkg.mod", name: "fn" },
      { python_artifact: { module: "pkg.mod", name: "fn" } },
    ],
    [{ __typename: "PipelineRunMetadataEntry", label: "r", runId: "abc" }, { dagster_run: "abc" }],
    [{ __typename: "AssetMetadataEntry", label: "a", assetKey: { path: ["a", "b"] } }, { asset: "a/b" }],
    [
      {
        __typename: "JobMetadataEntry",
        label: "j",
        jobName: "daily",
        repositoryName: null,
        locationName: "shop",
      },
      { job: { name: "daily", repository: null, location: "shop" } },
    ],
    [{ __typename: "TimestampMetadataEntry", label: "t", timestamp: 1.5 }, { timestamp: 1.5 }],
    [{ __typename: "PoolMetadataEntry", label: "p", pool: "db" }, { pool: "db" }],
    [{ __typename: "NullMetadataEntry", label: "n" }, null],
    [
      {
        __typename: "TableMetadataEntry",
        label: "t",
        table: { schema: { constraints: null, columns: [] }, records: ['{"a": 1}'] },
      },
      { table: { schema: { columns: [], constraints: [] }, records: [{ a: 1 }] } },
    ],
    [
      {
        __typename: "TableColumnLineageMetadataEntry",
        label: "l",
        lineage: [
          {
            columnName: "total",
            columnDeps: [{ assetKey: { path: ["raw", "orders"] }, columnName: "amount" }],
          },
        ],
      },
      { column_lineage: { total: [{ asset: "raw/orders", column: "amount" }] } },
    ],
    [
      {
        __typename: "CodeReferencesMetadataEntry",
        label: "c",
        codeReferences: [
          { __typename: "LocalFileCodeReference", filePath: "/src/a.py", lineNumber: 3, label: null },
          { __typename: "UrlCodeReference", url: "https://git.example/a.py", label: "a" },
        ],
      },
      {
        code_references: [
          { file: "/src/a.py", line: 3, label: null },
          { url: "https://git.example/a.py", label: "a" },
        ],
      },
    ],
  ];
  it.each(cases)("%o becomes %o", (entry, value) => {
    expect(metadataValue(entry)).toEqual(value);
  });

  it("keep a text and a path with the same characters apart", () => {
    expect(metadataValue({ __typename: "TextMetadataEntry", label: "x", text: "/data" })).not.toEqual(
      metadataValue({ __typename: "PathMetadataEntry", label: "x", path: "/data" }),
    );
  });
});

describe("asset definitions", () => {
  it("map code version, tags, metadata, dependencies, partitions and explicit mappings", () => {
    const asset = assetDefinitionOf(
      node({
        path: ["mart", "revenue"],
        opVersion: "3",
        tags: [{ key: "team", value: "analytics" }],
        metadataEntries: [
          { __typename: "IntMetadataEntry", label: "sla_hours", intValue: 6, intRepr: "6" },
          { __typename: "TextMetadataEntry", label: "dagster/internal", text: "x" },
        ],
        dependencyKeys: [{ path: ["raw", "orders"] }, { path: ["raw", "customers"] }],
        dependencies: [
          {
            asset: { assetKey: { path: ["raw", "orders"] } },
            partitionMapping: { className: "TimeWindowPartitionMapping", description: "offset -1" },
          },
          { asset: { assetKey: { path: ["raw", "customers"] } }, partitionMapping: null },
        ],
        partitionDefinition: {
          type: "TIME_WINDOW",
          description: "Daily, starting 2024-01-01 UTC.",
          name: null,
          fmt: "%Y-%m-%d",
          dimensionTypes: [],
        },
      }),
      { ignoreMetadata: ["dagster/*"] },
    );
    expect(asset).toEqual({
      key: "mart/revenue",
      codeVersion: "3",
      tags: { team: "analytics" },
      metadata: { sla_hours: 6 },
      dependencies: ["raw/orders", "raw/customers"],
      partitionsDefinition: "TIME_WINDOW: Daily, starting 2024-01-01 UTC. [format %Y-%m-%d]",
      partitionMappings: { "raw/orders": "TimeWindowPartitionMapping: offset -1" },
    });
  });

  it("leave auto-created stubs out and sort by key", () => {
    const assets = assetsOf({
      __typename: "RepositoryLocation",
      name: "shop",
      dagsterLibraryVersions: [],
      repositories: [
        {
          name: "__repository__",
          assetNodes: [
            node({ path: ["b"] }),
            node({ path: ["external", "thing"], isAutoCreatedStub: true }),
            node({ path: ["a"], dependencyKeys: [{ path: ["external", "thing"] }] }),
          ],
        },
      ],
    });
    expect(assets.map((asset) => asset.key)).toEqual(["a", "b"]);
    expect(assets[0]?.dependencies).toEqual(["external/thing"]);
  });

  it("cut a partitions definition over the server's limit, keeping long ones apart", () => {
    const keys = (suffix: string) =>
      Array.from({ length: 20_000 }, (_, index) => `'key-${index}${suffix}'`).join(", ");
    const definition = (description: string): AssetNode["partitionDefinition"] => ({
      type: "STATIC",
      description,
      name: null,
      fmt: null,
      dimensionTypes: [],
    });
    const one = assetDefinitionOf(node({ path: ["a"], partitionDefinition: definition(keys("")) }));
    const other = assetDefinitionOf(node({ path: ["a"], partitionDefinition: definition(keys("x")) }));
    expect(one.partitionsDefinition?.length).toBe(100_000);
    expect(one.partitionsDefinition).not.toBe(other.partitionsDefinition);
  });
});

describe("load fields", () => {
  const displayMetadata = [
    { key: "host", value: "shop-code" },
    { key: "port", value: "3030" },
    { key: "commit_hash", value: "abc123" },
    { key: "url", value: "https://github.com/acme/shop" },
    { key: "image", value: "ghcr.io/acme/shop:7" },
  ];
  const libraries = [
    { name: "dagster", version: "1.13.28" },
    { name: "dagster-dbt", version: "0.29.28" },
  ];

  it("take the image and git from display metadata and keep the rest, then the library versions", () => {
    expect(loadFieldsOf({ displayMetadata }, libraries)).toEqual({
      image: "ghcr.io/acme/shop:7",
      git: { commitHash: "abc123", repositoryUrl: "https://github.com/acme/shop" },
      metadata: [
        { key: "host", value: "shop-code" },
        { key: "port", value: "3030" },
        { key: "library/dagster", value: "1.13.28" },
        { key: "library/dagster-dbt", value: "0.29.28" },
      ],
    });
  });

  it("leave out the keys the operator ignores", () => {
    const fields = loadFieldsOf({ displayMetadata }, libraries, {
      ignoreDisplayMetadata: ["port", "library/*", "url"],
    });
    expect(fields.metadata).toEqual([{ key: "host", value: "shop-code" }]);
    expect(fields.git).toEqual({ commitHash: "abc123", repositoryUrl: null });
  });

  it("have no git without commit or URL", () => {
    expect(loadFieldsOf({ displayMetadata: [{ key: "image", value: "x:1" }] }, []).git).toBeNull();
  });
});

describe("load errors", () => {
  const error: PythonError = {
    __typename: "PythonError",
    message:
      "dagster._core.errors.DagsterUserCodeLoadError: Error occurred during the loading of Dagster definitions in\nexecutable_path=/venv/bin/python3\n",
    className: "DagsterUserCodeLoadError",
    stack: ['  File "/venv/dagster/_grpc/server.py", line 504, in __init__\n    self._loaded = Loaded(\n'],
    errorChain: [
      {
        isExplicitLink: true,
        error: {
          message: "KeyError: 'STRIPE_API_KEY'\n",
          className: "KeyError",
          stack: ['  File "/app/defs.py", line 7, in <module>\n    KEY = os.environ["STRIPE_API_KEY"]\n'],
        },
      },
    ],
  };

  it("print as Python does: the cause first, then the error it caused", () => {
    expect(formatPythonError(error)).toBe(
      [
        "Traceback (most recent call last):",
        '  File "/app/defs.py", line 7, in <module>',
        '    KEY = os.environ["STRIPE_API_KEY"]',
        "KeyError: 'STRIPE_API_KEY'",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        '  File "/venv/dagster/_grpc/server.py", line 504, in __init__',
        "    self._loaded = Loaded(",
        "dagster._core.errors.DagsterUserCodeLoadError: Error occurred during the loading of Dagster definitions in",
        "executable_path=/venv/bin/python3",
        "",
      ].join("\n"),
    );
  });

  it("name an implicit link (an error while handling another) as Python does", () => {
    const implicit: PythonError = {
      ...error,
      errorChain: [{ isExplicitLink: false, error: error.errorChain[0]?.error as PythonError }],
    };
    expect(formatPythonError(implicit)).toContain(
      "During handling of the above exception, another exception occurred:",
    );
  });

  it("give Dagster's message on one line and the root cause as the message", () => {
    expect(failureOf(error).error).toBe(
      "dagster._core.errors.DagsterUserCodeLoadError: Error occurred during the loading of Dagster definitions in executable_path=/venv/bin/python3; caused by KeyError: 'STRIPE_API_KEY'",
    );
  });

  it("have a fingerprint that memory addresses do not change, and that the recorded text reproduces", () => {
    const at = (address: string): PythonError => ({
      ...error,
      message: `TypeError: <function f at ${address}> is not a definition\n`,
      errorChain: [],
    });
    const first = failureOf(at("0x7f3a1c2b9d30"));
    const second = failureOf(at("0x7f99aa001122"));
    expect(first.fingerprint).toBe(second.fingerprint);
    expect(failureOf(error).fingerprint).not.toBe(first.fingerprint);
    // What the history gives back (message and stack as recorded) identifies the same failure.
    const failure = failureOf(error);
    expect(errorFingerprint(failure.error, failure.errorStack)).toBe(failure.fingerprint);
  });
});
