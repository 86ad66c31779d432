// Every GraphQL operation the agent sends to the Dagster webserver, with the types of their answers.
//
// They are checked against src/agent/dagster-schema.graphql (printed from the pinned dagster-webserver) by a
// unit test, and against the live webserver's own schema when the agent starts (dagster-client.ts). They are
// plain strings marked `/* GraphQL */`, not `graphql(...)` calls: the project's codegen types operations of
// the history server's schema, and these belong to Dagster's.

/** The poll: one cheap query per interval, for every code location. */
export const LOCATION_STATUSES = /* GraphQL */ `
  query AgentLocationStatuses {
    locationStatusesOrError {
      __typename
      ... on WorkspaceLocationStatusEntries {
        entries {
          name
          loadStatus
          updateTimestamp
          versionKey
        }
      }
      ... on PythonError {
        message
      }
    }
  }
`;

const PYTHON_ERROR_FIELDS = /* GraphQL */ `
  fragment AgentPythonError on PythonError {
    message
    className
    stack
    errorChain {
      isExplicitLink
      error {
        message
        className
        stack
      }
    }
  }
`;

/** One location with everything a load records: display metadata, library versions and every asset node. */
export const LOCATION_ENTRY = /* GraphQL */ `
  query AgentLocationEntry($name: String!) {
    workspaceLocationEntryOrError(name: $name) {
      __typename
      ... on WorkspaceLocationEntry {
        name
        loadStatus
        updatedTimestamp
        versionKey
        displayMetadata {
          key
          value
        }
        locationOrLoadError {
          __typename
          ... on RepositoryLocation {
            name
            dagsterLibraryVersions {
              name
              version
            }
            repositories {
              name
              assetNodes {
                ...AgentAssetNode
              }
            }
          }
          ...AgentPythonError
        }
      }
      ...AgentPythonError
    }
  }

  fragment AgentAssetNode on AssetNode {
    assetKey {
      path
    }
    isAutoCreatedStub
    opVersion
    tags {
      key
      value
    }
    dependencyKeys {
      path
    }
    dependencies {
      asset {
        assetKey {
          path
        }
      }
      partitionMapping {
        className
        description
      }
    }
    partitionDefinition {
      type
      description
      name
      fmt
      dimensionTypes {
        name
        type
        description
        dynamicPartitionsDefinitionName
      }
    }
    metadataEntries {
      ...AgentMetadataEntry
    }
  }

  fragment AgentMetadataEntry on MetadataEntry {
    __typename
    label
    ... on TextMetadataEntry {
      text
    }
    ... on IntMetadataEntry {
      intValue
      intRepr
    }
    ... on FloatMetadataEntry {
      floatValue
      floatRepr
    }
    ... on BoolMetadataEntry {
      boolValue
    }
    ... on JsonMetadataEntry {
      jsonString
    }
    ... on UrlMetadataEntry {
      url
    }
    ... on PathMetadataEntry {
      path
    }
    ... on NotebookMetadataEntry {
      path
    }
    ... on MarkdownMetadataEntry {
      mdStr
    }
    ... on PythonArtifactMetadataEntry {
      module
      name
    }
    ... on PipelineRunMetadataEntry {
      runId
    }
    ... on AssetMetadataEntry {
      assetKey {
        path
      }
    }
    ... on JobMetadataEntry {
      jobName
      repositoryName
      locationName
    }
    ... on TimestampMetadataEntry {
      timestamp
    }
    ... on PoolMetadataEntry {
      pool
    }
    ... on TableSchemaMetadataEntry {
      schema {
        ...AgentTableSchema
      }
    }
    ... on TableMetadataEntry {
      table {
        schema {
          ...AgentTableSchema
        }
        records
      }
    }
    ... on TableColumnLineageMetadataEntry {
      lineage {
        columnName
        columnDeps {
          assetKey {
            path
          }
          columnName
        }
      }
    }
    ... on CodeReferencesMetadataEntry {
      codeReferences {
        __typename
        ... on LocalFileCodeReference {
          filePath
          lineNumber
          label
        }
        ... on UrlCodeReference {
          url
          label
        }
      }
    }
  }

  fragment AgentTableSchema on TableSchema {
    constraints {
      other
    }
    columns {
      name
      type
      description
      constraints {
        nullable
        unique
        other
      }
      tags {
        key
        value
      }
    }
  }

  ${PYTHON_ERROR_FIELDS}
`;

/** Every operation the agent sends, by name: what the start-up check validates. */
export const DAGSTER_OPERATIONS = {
  AgentLocationStatuses: LOCATION_STATUSES,
  AgentLocationEntry: LOCATION_ENTRY,
} as const;

// The answers' shapes: exactly the selections above (Dagster's schema spells the nullability).

export type LocationLoadStatus = "LOADING" | "LOADED";

export interface LocationStatus {
  name: string;
  loadStatus: LocationLoadStatus;
  updateTimestamp: number;
  versionKey: string;
}

export interface LocationStatusesResult {
  locationStatusesOrError:
    | { __typename: "WorkspaceLocationStatusEntries"; entries: LocationStatus[] }
    | { __typename: "PythonError"; message: string };
}

export interface PythonErrorFields {
  message: string;
  className: string | null;
  stack: string[];
}

export interface PythonError extends PythonErrorFields {
  __typename: "PythonError";
  errorChain: { isExplicitLink: boolean; error: PythonErrorFields }[];
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface AssetKey {
  path: string[];
}

export interface TableSchema {
  constraints: { other: string[] } | null;
  columns: {
    name: string;
    type: string;
    description: string | null;
    constraints: { nullable: boolean; unique: boolean; other: string[] };
    tags: KeyValue[];
  }[];
}

/** One definition-metadata entry, by its GraphQL type (Dagster's MetadataValue kinds). */
export type MetadataEntry = { label: string } & (
  | { __typename: "TextMetadataEntry"; text: string }
  | { __typename: "IntMetadataEntry"; intValue: number | null; intRepr: string }
  | { __typename: "FloatMetadataEntry"; floatValue: number | null; floatRepr: string }
  | { __typename: "BoolMetadataEntry"; boolValue: boolean | null }
  | { __typename: "JsonMetadataEntry"; jsonString: string }
  | { __typename: "UrlMetadataEntry"; url: string }
  | { __typename: "PathMetadataEntry"; path: string }
  | { __typename: "NotebookMetadataEntry"; path: string }
  | { __typename: "MarkdownMetadataEntry"; mdStr: string }
  | { __typename: "PythonArtifactMetadataEntry"; module: string; name: string }
  | { __typename: "PipelineRunMetadataEntry"; runId: string }
  | { __typename: "AssetMetadataEntry"; assetKey: AssetKey }
  | {
      __typename: "JobMetadataEntry";
      jobName: string;
      repositoryName: string | null;
      locationName: string;
    }
  | { __typename: "TimestampMetadataEntry"; timestamp: number }
  | { __typename: "PoolMetadataEntry"; pool: string }
  | { __typename: "NullMetadataEntry" }
  | { __typename: "TableSchemaMetadataEntry"; schema: TableSchema }
  | { __typename: "TableMetadataEntry"; table: { schema: TableSchema; records: string[] } }
  | {
      __typename: "TableColumnLineageMetadataEntry";
      lineage: { columnName: string; columnDeps: { assetKey: AssetKey; columnName: string }[] }[];
    }
  | {
      __typename: "CodeReferencesMetadataEntry";
      codeReferences: (
        | {
            __typename: "LocalFileCodeReference";
            filePath: string;
            lineNumber: number | null;
            label: string | null;
          }
        | { __typename: "UrlCodeReference"; url: string; label: string | null }
      )[];
    }
);

export type PartitionDefinitionType = "TIME_WINDOW" | "STATIC" | "MULTIPARTITIONED" | "DYNAMIC";

export interface AssetNode {
  assetKey: AssetKey;
  isAutoCreatedStub: boolean;
  opVersion: string | null;
  tags: KeyValue[];
  dependencyKeys: AssetKey[];
  dependencies: {
    asset: { assetKey: AssetKey };
    partitionMapping: { className: string; description: string } | null;
  }[];
  partitionDefinition: {
    type: PartitionDefinitionType;
    description: string;
    name: string | null;
    fmt: string | null;
    dimensionTypes: {
      name: string;
      type: PartitionDefinitionType;
      description: string;
      dynamicPartitionsDefinitionName: string | null;
    }[];
  } | null;
  metadataEntries: MetadataEntry[];
}

export interface RepositoryLocation {
  __typename: "RepositoryLocation";
  name: string;
  dagsterLibraryVersions: { name: string; version: string }[] | null;
  repositories: { name: string; assetNodes: AssetNode[] }[];
}

export interface LocationEntry {
  __typename: "WorkspaceLocationEntry";
  name: string;
  loadStatus: LocationLoadStatus;
  updatedTimestamp: number;
  versionKey: string;
  displayMetadata: KeyValue[];
  locationOrLoadError: RepositoryLocation | PythonError | null;
}

export interface LocationEntryResult {
  workspaceLocationEntryOrError: LocationEntry | PythonError | null;
}

/** GET /server_info. */
export interface ServerInfo {
  dagster_webserver_version?: string;
  dagster_version?: string;
  dagster_graphql_version?: string;
}
