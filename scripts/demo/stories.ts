/**
 * Demo data (`npm run demo`): a deterministic, realistic history of a few projects in `prod` and `staging`,
 * so that GraphiQL and the CLI have something to show. Every load goes through recordLoad and the
 * rollbacks through rollback, exactly as the API would write them (counters, collapsed history,
 * feed positions and the alert outbox included); nothing is inserted by hand.
 *
 * Idempotent: each demo load carries the idempotency key `demo:<deployment>/<project>/<n>` and each
 * rollback `demo:<deployment>/<project>/rollback`. A project whose demo data is complete is left alone
 * without a single write; one whose seeding was interrupted is completed, with timestamps anchored on its
 * first demo load, so that a later day's run finishes it with the same input. A project that already has
 * loads the demo did not record, or that an alert policy watches, is skipped: the demo never mixes its
 * loads into real history nor sends its failures to a real webhook.
 */
import { createHash } from "node:crypto";
import type { Database } from "../../src/db/index";
import { Conflict } from "../../src/domain/errors";
import type { JsonValue } from "../../src/domain/json";
import type { MetadataEntry } from "../../src/domain/load";
import { type AfterCommit, NOTHING_AFTER_COMMIT } from "../../src/loads/after-commit";
import { recordLoad } from "../../src/loads/record";
import { rollback } from "../../src/loads/rollback";
import type { RawAssetInput, RecordProjectLoadArgs } from "../../src/loads/validate";

export type DemoDeployment = "prod" | "staging";

export interface DemoCounts {
  projects: number;
  /** Loads of every kind, the loads that rollbacks created included. */
  loads: number;
  rollbacks: number;
}

export interface DemoProjectResult {
  deployment: string;
  project: string;
  /**
   * created: seeded from scratch; completed: an interrupted seeding was finished; present: the demo data
   * was already there; skipped: left untouched (see note).
   */
  outcome: "created" | "completed" | "present" | "skipped";
  created: { loads: number; rollbacks: number };
  present: { loads: number; rollbacks: number };
  /** Why a project was skipped. */
  note: string | null;
}

export interface DemoSummary {
  created: DemoCounts;
  present: DemoCounts;
  projects: DemoProjectResult[];
}

export interface SeedDemoOptions {
  /**
   * The clock the timestamps derive from: a fresh project's loads span the 60 days before the start of
   * this day (UTC), so runs on the same day record the same input. Default: now.
   */
  now?: Date;
  /** Called after each load or rollback the demo writes (a test interrupts a run with it). */
  onWrite?: (write: { deployment: string; project: string; key: string }) => void;
  /** The steps after each write (default: none; a server in the same process passes its own). */
  afterCommit?: AfterCommit;
}

/** Who the demo's loads and rollbacks are recorded by (a token name elsewhere). */
export const DEMO_RECORDER = "demo";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The demo's history spans this much time ... */
const SPAN = 60 * DAY;
/** ... and ends this long before the start of the anchor day. */
const END_GAP = 2 * HOUR;

// ---------------------------------------------------------------------------------------------------------
// The stories: what each project's code looks like and how it evolves, release by release.

interface DemoAsset {
  key: string;
  codeVersion?: string;
  tags?: Record<string, string>;
  metadata?: Record<string, JsonValue>;
  dependencies?: string[];
  partitionMappings?: Record<string, string>;
  partitionsDefinition?: string;
}

/** The project's asset definitions as the code at one release defines them. */
class Code {
  private readonly assets = new Map<string, DemoAsset>();

  constructor(assets: readonly DemoAsset[]) {
    for (const asset of assets) this.add(asset);
  }

  add(asset: DemoAsset): void {
    this.assets.set(asset.key, structuredClone(asset));
  }

  remove(key: string): void {
    if (!this.assets.delete(key)) throw new Error(`demo story: no asset "${key}" to remove`);
  }

  edit(key: string, change: (asset: DemoAsset) => void): void {
    const asset = this.assets.get(key);
    if (!asset) throw new Error(`demo story: no asset "${key}" to edit`);
    change(asset);
  }

  snapshot(): RawAssetInput[] {
    return [...this.assets.values()].map((asset) => structuredClone(asset));
  }
}

interface Failure {
  error: string;
  stack?: string;
}

interface Release {
  tag: string;
  /** What this release changes in the asset definitions (none: same assets in a new image). */
  change?: (code: Code) => void;
  /** Deployed only there (a release candidate tried in staging); the code still moves on everywhere. */
  only?: DemoDeployment;
  /** The release does not load there: every attempt fails until the next release. */
  fails?: Partial<Record<DemoDeployment, Failure>>;
  /** Rolled back there, soon after it was deployed, to the last good load before it. Must come last. */
  rolledBack?: { deployment: DemoDeployment; reason: string };
}

interface Story {
  name: string;
  /** GitHub owner/name; the image is ghcr.io/<repository>:<tag>. */
  repository: string;
  /** Identical reloads after each deploy, per deployment the project runs in. */
  deployments: Partial<Record<DemoDeployment, { reloads: [number, number] }>>;
  /** Whether loads carry display metadata (the CI run that built the image). */
  ciMetadata: boolean;
  assets: DemoAsset[];
  releases: Release[];
}

const daily = (start: string) => `DailyPartitionsDefinition(start_date="${start}", timezone="UTC")`;
const hourly = (start: string) => `HourlyPartitionsDefinition(start_date="${start}", timezone="UTC")`;
const weekly = (start: string) => `WeeklyPartitionsDefinition(start_date="${start}", timezone="UTC")`;
const monthly = (start: string) => `MonthlyPartitionsDefinition(start_date="${start}", timezone="UTC")`;
const timeWindow = (start: number) => `TimeWindowPartitionMapping(start_offset=${start}, end_offset=0)`;

/** A Python traceback as Dagster reports a code location that failed to load. */
function traceback(frames: [file: string, line: number, fn: string, code: string][], error: string): string {
  const lines = frames.map(
    ([file, line, fn, code]) => `  File "${file}", line ${line}, in ${fn}\n    ${code}`,
  );
  return `Traceback (most recent call last):\n${lines.join("\n")}\n${error}`;
}

const IMPORT_FRAMES: [string, number, string, string][] = [
  [
    "/usr/local/lib/python3.11/site-packages/dagster/_core/code_pointer.py",
    135,
    "load_python_module",
    "return importlib.import_module(module_name)",
  ],
  [
    "/usr/local/lib/python3.11/importlib/__init__.py",
    126,
    "import_module",
    "return _bootstrap._gcd_import(name[level:], package, level)",
  ],
];

function importFailure(module: string, line: number, code: string, error: string): Failure {
  return {
    error,
    stack: traceback(
      [...IMPORT_FRAMES, [`/opt/dagster/app/${module.replaceAll(".", "/")}.py`, line, "<module>", code]],
      error,
    ),
  };
}

/** Failures of a reload that have nothing to do with the code: they come and go. */
const TRANSIENT_FAILURES: Failure[] = [
  {
    error:
      "dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: UNAVAILABLE",
  },
  {
    error:
      '(psycopg2.OperationalError) connection to server at "warehouse.internal" (10.0.3.17), port 5432 failed: timeout expired',
    stack: traceback(
      [
        [
          "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py",
          145,
          "__init__",
          "self._dbapi_connection = engine.raw_connection()",
        ],
        [
          "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py",
          122,
          "connect",
          "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
        ],
      ],
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "warehouse.internal" (10.0.3.17), port 5432 failed: timeout expired',
    ),
  },
  { error: "DagsterImportTimeoutError: loading the code location took longer than 180 seconds" },
];

const ANALYTICS: Story = {
  name: "analytics",
  repository: "acme/analytics",
  deployments: { prod: { reloads: [4, 12] }, staging: { reloads: [3, 10] } },
  ciMetadata: true,
  assets: [
    {
      key: "raw/orders",
      codeVersion: "3",
      tags: { team: "data-platform", source: "postgres" },
      metadata: {
        description: "Orders replicated from the shop database",
        owner: "data-platform@acme.example",
      },
      partitionsDefinition: daily("2024-01-01"),
    },
    {
      key: "raw/customers",
      codeVersion: "2",
      tags: { team: "data-platform", source: "postgres" },
      metadata: { description: "Customer accounts", pii: true },
    },
    {
      key: "raw/payments",
      codeVersion: "1",
      tags: { team: "data-platform", source: "stripe" },
      partitionsDefinition: daily("2024-01-01"),
    },
    {
      key: "staging/orders_clean",
      codeVersion: "5",
      dependencies: ["raw/orders"],
      partitionsDefinition: daily("2024-01-01"),
    },
    { key: "staging/customers_clean", codeVersion: "2", dependencies: ["raw/customers"] },
    {
      key: "staging/legacy_sessions",
      codeVersion: "1",
      tags: { deprecated: "true" },
      metadata: { description: "Web sessions from the old tracker; replaced by ml-features raw/events" },
    },
    {
      key: "mart/revenue_daily",
      codeVersion: "7",
      tags: { tier: "gold", team: "analytics" },
      metadata: { sla_hours: 6, dashboard: "https://metabase.acme.example/dashboard/12" },
      dependencies: ["staging/orders_clean", "raw/payments"],
      partitionsDefinition: daily("2024-01-01"),
    },
    {
      key: "mart/customer_ltv",
      codeVersion: "3",
      tags: { team: "analytics" },
      dependencies: ["staging/customers_clean", "staging/orders_clean"],
      partitionMappings: { "staging/orders_clean": "AllPartitionMapping()" },
    },
    {
      key: "mart/orders_by_region",
      codeVersion: "2",
      tags: { team: "analytics" },
      dependencies: ["staging/orders_clean", "staging/customers_clean"],
      partitionsDefinition: daily("2024-01-01"),
    },
  ],
  releases: [
    { tag: "1.12.0" },
    {
      tag: "1.12.1",
      // Deduplicate orders by order_id.
      change: (code) => code.edit("staging/orders_clean", (a) => (a.codeVersion = "6")),
    },
    {
      tag: "1.13.0",
      change: (code) => {
        code.add({
          key: "raw/refunds",
          codeVersion: "1",
          tags: { team: "data-platform", source: "stripe" },
          partitionsDefinition: daily("2024-01-01"),
        });
        code.edit("mart/revenue_daily", (a) => {
          a.codeVersion = "8";
          a.dependencies = ["staging/orders_clean", "raw/payments", "raw/refunds"];
        });
      },
    },
    {
      tag: "1.14.0",
      only: "staging",
      fails: {
        staging: importFailure(
          "analytics.definitions",
          4,
          "from analytics.assets.revenue import RefundsConfig, revenue_assets",
          "ImportError: cannot import name 'RefundsConfig' from 'analytics.assets.revenue' (/opt/dagster/app/analytics/assets/revenue.py)",
        ),
      },
    },
    {
      tag: "1.14.1",
      change: (code) => {
        code.remove("staging/legacy_sessions");
        code.edit(
          "mart/revenue_daily",
          (a) => (a.tags = { tier: "gold", team: "analytics", owner: "finance" }),
        );
        code.edit("mart/orders_by_region", (a) => (a.tags = { team: "analytics", tier: "silver" }));
      },
    },
    {
      tag: "1.15.0",
      change: (code) => {
        code.edit("mart/revenue_daily", (a) => {
          a.metadata = {
            sla_hours: 4,
            dashboard: "https://metabase.acme.example/dashboard/12",
            runbook: "https://wiki.acme.example/data/revenue-daily",
          };
        });
        code.edit("raw/orders", (a) => {
          a.metadata = {
            description: "Orders replicated from the shop database (CDC)",
            owner: "data-platform@acme.example",
          };
        });
      },
    },
    {
      tag: "1.16.0",
      // Backfill 2023: the partitioned assets start a year earlier; LTV only needs the last 90 days.
      change: (code) => {
        for (const key of ["raw/orders", "raw/payments", "raw/refunds", "staging/orders_clean"]) {
          code.edit(key, (a) => (a.partitionsDefinition = daily("2023-01-01")));
        }
        code.edit("mart/customer_ltv", (a) => {
          a.partitionMappings = { "staging/orders_clean": timeWindow(-90) };
        });
      },
    },
    {
      tag: "1.17.0",
      change: (code) => {
        code.add({
          key: "mart/revenue_weekly",
          codeVersion: "1",
          tags: { tier: "gold", team: "analytics" },
          dependencies: ["mart/revenue_daily"],
          partitionMappings: { "mart/revenue_daily": timeWindow(-6) },
          partitionsDefinition: weekly("2023-01-02"),
        });
        code.edit("mart/customer_ltv", (a) => (a.codeVersion = "4"));
      },
    },
  ],
};

const BILLING: Story = {
  name: "billing-pipeline",
  repository: "acme/billing-pipeline",
  deployments: { prod: { reloads: [4, 10] }, staging: { reloads: [2, 8] } },
  ciMetadata: true,
  assets: [
    {
      key: "raw/invoices",
      codeVersion: "4",
      tags: { source: "stripe", team: "billing" },
      partitionsDefinition: daily("2023-06-01"),
    },
    { key: "raw/subscriptions", codeVersion: "2", tags: { source: "stripe", team: "billing" } },
    {
      key: "raw/stripe_events",
      codeVersion: "1",
      tags: { source: "stripe", team: "billing" },
      metadata: { retention_days: 400 },
      partitionsDefinition: hourly("2024-03-01-00:00"),
    },
    {
      key: "staging/invoices_clean",
      codeVersion: "6",
      dependencies: ["raw/invoices", "raw/stripe_events"],
      partitionMappings: { "raw/stripe_events": timeWindow(-24) },
      partitionsDefinition: daily("2023-06-01"),
    },
    { key: "staging/subscription_periods", codeVersion: "3", dependencies: ["raw/subscriptions"] },
    {
      key: "mart/mrr_monthly",
      codeVersion: "9",
      tags: { tier: "gold", team: "billing" },
      metadata: { description: "Monthly recurring revenue by plan", sla_hours: 12 },
      dependencies: ["staging/subscription_periods", "staging/invoices_clean"],
      partitionMappings: { "staging/invoices_clean": timeWindow(-30) },
      partitionsDefinition: monthly("2023-06-01"),
    },
    {
      key: "mart/arr_snapshot",
      codeVersion: "2",
      tags: { tier: "gold", team: "billing" },
      dependencies: ["mart/mrr_monthly"],
    },
    { key: "mart/churn_cohorts", codeVersion: "5", dependencies: ["staging/subscription_periods"] },
    {
      key: "reports/finance_export",
      codeVersion: "3",
      tags: { kind: "csv", owner: "finance" },
      metadata: { destination: "s3://acme-finance-exports/billing/" },
      dependencies: ["mart/mrr_monthly", "mart/arr_snapshot"],
    },
  ],
  releases: [
    { tag: "2.0.0" },
    {
      tag: "2.0.1",
      // Void invoices no longer count.
      change: (code) => code.edit("staging/invoices_clean", (a) => (a.codeVersion = "7")),
    },
    {
      tag: "2.1.0",
      change: (code) => {
        code.add({
          key: "raw/credit_notes",
          codeVersion: "1",
          tags: { source: "stripe", team: "billing" },
          partitionsDefinition: daily("2023-06-01"),
        });
        code.edit("staging/invoices_clean", (a) => {
          a.dependencies = ["raw/invoices", "raw/stripe_events", "raw/credit_notes"];
        });
      },
    },
    {
      tag: "2.2.0",
      // Staging has the secret, prod does not yet.
      fails: {
        prod: {
          error: "KeyError: 'STRIPE_API_KEY'",
          stack: traceback(
            [
              ...IMPORT_FRAMES,
              [
                "/opt/dagster/app/billing/resources.py",
                18,
                "<module>",
                'stripe_client = StripeClient(api_key=os.environ["STRIPE_API_KEY"])',
              ],
              ["/usr/local/lib/python3.11/os.py", 679, "__getitem__", "raise KeyError(key) from None"],
            ],
            "KeyError: 'STRIPE_API_KEY'",
          ),
        },
      },
      change: (code) => {
        code.edit(
          "reports/finance_export",
          (a) => (a.tags = { kind: "csv", owner: "finance-ops", pii: "false" }),
        );
      },
    },
    {
      tag: "2.2.1",
      change: (code) => {
        code.edit("raw/stripe_events", (a) => (a.codeVersion = "2"));
        code.edit("mart/mrr_monthly", (a) => {
          a.metadata = {
            description: "Monthly recurring revenue by plan and currency",
            sla_hours: 12,
            owner: "billing@acme.example",
          };
        });
      },
    },
    {
      tag: "2.3.0",
      change: (code) => {
        // Churn moved to ml-features.
        code.remove("mart/churn_cohorts");
        code.edit("raw/stripe_events", (a) => (a.partitionsDefinition = hourly("2023-06-01-00:00")));
      },
    },
    { tag: "2.3.1", change: (code) => code.edit("mart/arr_snapshot", (a) => (a.codeVersion = "3")) },
    {
      tag: "2.4.0",
      change: (code) => {
        code.edit("mart/mrr_monthly", (a) => {
          a.codeVersion = "10";
          a.dependencies = ["staging/subscription_periods", "staging/invoices_clean", "raw/credit_notes"];
          a.partitionMappings = {
            "staging/invoices_clean": timeWindow(-31),
            "raw/credit_notes": timeWindow(-31),
          };
        });
      },
      rolledBack: {
        deployment: "prod",
        reason:
          "2.4.0 counts prorated credit notes twice in mart/mrr_monthly (MRR up 4% overnight); back to 2.3.1 until the fix ships",
      },
    },
  ],
};

const ML_FEATURES: Story = {
  name: "ml-features",
  repository: "acme/ml-features",
  deployments: { prod: { reloads: [4, 11] } },
  // Deployed by hand from a notebook: no CI run to show.
  ciMetadata: false,
  assets: [
    {
      key: "raw/events",
      codeVersion: "2",
      tags: { source: "kafka" },
      partitionsDefinition: hourly("2024-01-01-00:00"),
    },
    { key: "raw/users", codeVersion: "1", tags: { source: "postgres" } },
    {
      key: "features/user_activity_7d",
      codeVersion: "3",
      dependencies: ["raw/events", "raw/users"],
      partitionMappings: { "raw/events": timeWindow(-168) },
      partitionsDefinition: daily("2024-01-01"),
    },
    {
      key: "features/user_activity_30d",
      codeVersion: "2",
      dependencies: ["raw/events", "raw/users"],
      partitionMappings: { "raw/events": timeWindow(-720) },
      partitionsDefinition: daily("2024-01-01"),
    },
    {
      key: "features/session_embeddings",
      codeVersion: "1",
      tags: { compute: "gpu" },
      metadata: { dimensions: 256, model: "sentence-transformers/all-MiniLM-L6-v2" },
      dependencies: ["raw/events"],
    },
    {
      key: "models/churn_model",
      codeVersion: "4",
      tags: { framework: "lightgbm" },
      metadata: { auc: 0.81, training_window_days: 180 },
      dependencies: [
        "features/user_activity_7d",
        "features/user_activity_30d",
        "features/session_embeddings",
      ],
    },
    {
      key: "models/churn_predictions",
      codeVersion: "2",
      dependencies: ["models/churn_model", "features/user_activity_30d"],
    },
  ],
  releases: [
    { tag: "0.7.0" },
    {
      tag: "0.7.1",
      change: (code) => {
        code.edit("models/churn_model", (a) => {
          a.codeVersion = "5";
          a.metadata = { auc: 0.83, training_window_days: 365 };
        });
      },
    },
    {
      tag: "0.8.0",
      change: (code) => {
        code.add({
          key: "features/purchase_propensity",
          codeVersion: "1",
          dependencies: ["raw/events", "raw/users"],
          partitionsDefinition: daily("2024-01-01"),
        });
        code.edit("features/session_embeddings", (a) => (a.tags = { compute: "gpu-a100" }));
      },
    },
    {
      tag: "0.8.1",
      fails: {
        prod: importFailure(
          "ml_features.embeddings",
          3,
          "import torch",
          "ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory",
        ),
      },
    },
    { tag: "0.8.2" },
    {
      tag: "0.9.0",
      change: (code) => {
        // The 30-day window is computed from the 7-day one now.
        code.remove("features/user_activity_30d");
        code.edit("features/user_activity_7d", (a) => (a.partitionsDefinition = daily("2023-07-01")));
        code.edit("models/churn_model", (a) => {
          a.dependencies = ["features/user_activity_7d", "features/session_embeddings"];
        });
        code.edit("models/churn_predictions", (a) => (a.dependencies = ["models/churn_model"]));
      },
    },
  ],
};

const SEARCH_INDEXING: Story = {
  name: "search-indexing",
  repository: "acme/search-indexing",
  deployments: { staging: { reloads: [3, 9] } },
  ciMetadata: true,
  assets: [
    { key: "raw/catalog", codeVersion: "2", tags: { source: "postgres" } },
    {
      key: "raw/product_reviews",
      codeVersion: "1",
      tags: { source: "postgres" },
      partitionsDefinition: daily("2024-06-01"),
    },
    { key: "staging/catalog_clean", codeVersion: "4", dependencies: ["raw/catalog"] },
    {
      key: "index/products",
      codeVersion: "3",
      tags: { engine: "opensearch" },
      metadata: { index: "products-v3", shards: 3 },
      dependencies: ["staging/catalog_clean"],
      partitionsDefinition: daily("2024-06-01"),
    },
    {
      key: "index/reviews",
      codeVersion: "1",
      tags: { engine: "opensearch" },
      dependencies: ["raw/product_reviews", "staging/catalog_clean"],
    },
  ],
  releases: [
    { tag: "0.4.0" },
    { tag: "0.4.1", change: (code) => code.edit("staging/catalog_clean", (a) => (a.codeVersion = "5")) },
    {
      tag: "0.5.0",
      change: (code) => {
        code.add({
          key: "index/suggestions",
          codeVersion: "1",
          tags: { engine: "opensearch" },
          dependencies: ["index/products", "raw/product_reviews"],
        });
        code.edit("index/products", (a) => (a.metadata = { index: "products-v4", shards: 6 }));
      },
    },
    {
      tag: "0.6.0",
      change: (code) => {
        code.edit("index/products", (a) => {
          a.codeVersion = "4";
          a.partitionsDefinition = hourly("2024-06-01-00:00");
        });
      },
      rolledBack: {
        deployment: "staging",
        reason: "Hourly re-indexing saturates the staging search cluster; back to daily until it is resized",
      },
    },
  ],
};

const STORIES: readonly Story[] = [ANALYTICS, BILLING, ML_FEATURES, SEARCH_INDEXING];

// ---------------------------------------------------------------------------------------------------------
// Plans: each story turned into the exact loads of one project in one deployment.

/** A load's input, without what the run decides (its time). */
type LoadInput = Omit<RecordProjectLoadArgs, "loadedAt" | "idempotencyKey">;

interface PlannedLoad {
  key: string;
  input: LoadInput;
  /** Milliseconds relative to the anchor (negative: before it). */
  offset: number;
}

export interface DemoPlan {
  deployment: DemoDeployment;
  project: string;
  loads: PlannedLoad[];
  rollback: { key: string; targetKey: string; reason: string } | null;
}

/** mulberry32: a tiny seeded PRNG, so that the demo varies between projects yet never between runs. */
function prng(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function between(random: () => number, [min, max]: [number, number]): number {
  return min + Math.floor(random() * (max - min + 1));
}

function hex(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

export function demoKey(deployment: string, project: string, suffix: number | "rollback"): string {
  return `demo:${deployment}/${project}/${suffix}`;
}

function planProject(story: Story, deployment: DemoDeployment, reloads: [number, number]): DemoPlan {
  const random = prng(`${deployment}/${story.name}`);
  const code = new Code(story.assets);
  const inputs: LoadInput[] = [];
  let rollback: { targetIndex: number; reason: string } | null = null;
  const lastGood = () => inputs.findLastIndex((input) => input.status !== "FAILURE");

  for (const release of story.releases) {
    release.change?.(code);
    if (release.only && release.only !== deployment) continue;
    if (rollback) throw new Error(`demo story ${story.name}: a rolled-back release must come last`);
    const build: LoadInput = {
      deployment,
      project: story.name,
      image: `ghcr.io/${story.repository}:${release.tag}`,
      git: {
        repositoryUrl: `https://github.com/${story.repository}`,
        commitHash: hex(`${story.repository}@${release.tag}`, 40),
        branch: "main",
      },
      metadata: story.ciMetadata ? ciMetadata(story, release.tag) : null,
    };
    const failure = release.fails?.[deployment];
    if (failure) {
      // Retried once about half the time: two identical failures collapse into one history row.
      const attempts = random() < 0.5 ? 2 : 1;
      for (let i = 0; i < attempts; i++) {
        inputs.push({ ...build, status: "FAILURE", error: failure.error, errorStack: failure.stack ?? null });
      }
      continue;
    }
    const rolledBack = release.rolledBack?.deployment === deployment ? release.rolledBack : null;
    if (rolledBack) rollback = { targetIndex: lastGood(), reason: rolledBack.reason };
    const deploy: LoadInput = { ...build, status: "SUCCESS", assets: code.snapshot() };
    inputs.push(deploy);
    // A rolled-back release is noticed after a reload or two.
    const count = rolledBack ? between(random, [1, 2]) : between(random, reloads);
    for (let i = 0; i < count; i++) {
      // Now and then a reload fails for reasons outside the code, which splits a run of identical reloads.
      if (random() < 0.06) {
        const transient = TRANSIENT_FAILURES[Math.floor(random() * TRANSIENT_FAILURES.length)];
        if (transient) {
          inputs.push({
            ...build,
            status: "FAILURE",
            error: transient.error,
            errorStack: transient.stack ?? null,
          });
        }
      }
      inputs.push(deploy);
    }
  }

  // Spread over the span, one load per slot at a random point inside it: strictly increasing, whole seconds.
  const slot = (SPAN - END_GAP) / inputs.length;
  const loads = inputs.map((input, index) => {
    const at = -SPAN + slot * (index + 0.15 + 0.7 * random());
    return { key: demoKey(deployment, story.name, index + 1), input, offset: Math.floor(at / 1000) * 1000 };
  });
  const target = rollback ? loads[rollback.targetIndex] : undefined;
  return {
    deployment,
    project: story.name,
    loads,
    rollback:
      rollback && target
        ? { key: demoKey(deployment, story.name, "rollback"), targetKey: target.key, reason: rollback.reason }
        : null,
  };
}

function ciMetadata(story: Story, tag: string): MetadataEntry[] {
  const run = 9_000_000_000 + (Number.parseInt(hex(`${story.repository}#${tag}`, 8), 16) % 900_000_000);
  return [
    { key: "deployed_by", value: "github-actions" },
    { key: "ci_run", value: `https://github.com/${story.repository}/actions/runs/${run}` },
    { key: "dagster_version", value: "1.8.12" },
  ];
}

/** The demo's projects, in seeding order, each with every load it will record. */
export function demoPlans(): DemoPlan[] {
  const plans: DemoPlan[] = [];
  for (const deployment of ["prod", "staging"] as const) {
    for (const story of STORIES) {
      const settings = story.deployments[deployment];
      if (settings) plans.push(planProject(story, deployment, settings.reloads));
    }
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------------------
// Seeding.

interface Work {
  plan: DemoPlan;
  result: DemoProjectResult;
  anchor: number;
  projectId: number | null;
  pending: PlannedLoad[];
  rollbackPending: boolean;
}

function isConflict(error: unknown): error is Conflict {
  return error instanceof Conflict;
}

/** Records the demo history into `db` (already migrated), skipping what is already there. */
/** A pause between the demo's writes on SQLite (see the loop in seedDemo). */
const WRITER_GAP_MS = 5;

export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const deps = { db, afterCommit: options.afterCommit ?? NOTHING_AFTER_COMMIT };
  const now = options.now ?? new Date();
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const results: DemoProjectResult[] = [];
  const work: Work[] = [];
  for (const plan of demoPlans()) {
    const result: DemoProjectResult = {
      deployment: plan.deployment,
      project: plan.project,
      outcome: "created",
      created: { loads: 0, rollbacks: 0 },
      present: { loads: 0, rollbacks: 0 },
      note: null,
    };
    results.push(result);
    const item = await inspect(db, plan, result, today);
    if (item) work.push(item);
  }

  // Recorded in time order across projects, so that feed positions (the order live clients and alert
  // deliveries see) follow the timeline rather than one project after the other.
  const writes = work
    .flatMap((item) => item.pending.map((load) => ({ item, load, at: item.anchor + load.offset })))
    .sort((a, b) => a.at - b.at);
  for (const { item, load, at } of writes) {
    if (item.result.outcome === "skipped") continue;
    try {
      const recorded = await recordLoad(
        deps,
        { ...load.input, loadedAt: new Date(at), idempotencyKey: load.key },
        DEMO_RECORDER,
      );
      item.projectId = recorded.load.projectId;
      // A replay means a concurrent run recorded it first.
      if (recorded.replayed) item.result.present.loads++;
      else item.result.created.loads++;
    } catch (error) {
      if (!isConflict(error)) throw error;
      skip(item.result, "its demo loads differ from this version of the demo; left as they are");
      continue;
    }
    options.onWrite?.({ deployment: item.plan.deployment, project: item.plan.project, key: load.key });
    // SQLite has one writer at a time, and a server writing to the same file retries its lock on a timer:
    // back-to-back transactions would leave it no gap to get in through for as long as the demo runs.
    if (db.provider === "sqlite") await new Promise((resolve) => setTimeout(resolve, WRITER_GAP_MS));
  }

  // Rollbacks happen now (rollback stamps them), after every recorded load.
  for (const item of work) {
    const planned = item.plan.rollback;
    if (!planned || !item.rollbackPending || item.result.outcome === "skipped" || item.projectId === null)
      continue;
    const target = await db.prisma.projectLoad.findUnique({
      where: { projectId_idempotencyKey: { projectId: item.projectId, idempotencyKey: planned.targetKey } },
      select: { id: true },
    });
    if (!target) throw new Error(`demo: load ${planned.targetKey} is missing; cannot roll back to it`);
    try {
      const done = await rollback(deps, {
        targetLoadId: target.id,
        reason: planned.reason,
        idempotencyKey: planned.key,
        expectedProject: { deployment: item.plan.deployment, project: item.plan.project },
        requestedBy: DEMO_RECORDER,
      });
      const counts = done.replayed ? item.result.present : item.result.created;
      counts.rollbacks++;
      counts.loads++;
    } catch (error) {
      if (!isConflict(error)) throw error;
      skip(item.result, "its demo rollback differs from this version of the demo; left as it is");
      continue;
    }
    options.onWrite?.({ deployment: item.plan.deployment, project: item.plan.project, key: planned.key });
  }

  return summarize(results);
}

function skip(result: DemoProjectResult, note: string): void {
  result.outcome = "skipped";
  result.note = note;
}

/**
 * Decides what to do with one planned project from what the database holds: returns the loads (and
 * rollback) still to write, or null when there is nothing to do (present or skipped).
 */
async function inspect(
  db: Database,
  plan: DemoPlan,
  result: DemoProjectResult,
  today: number,
): Promise<Work | null> {
  const prisma = db.prisma;
  const first = plan.loads[0];
  if (!first) return null;
  const project = await prisma.project.findFirst({
    where: { name: plan.project, deployment: { name: plan.deployment } },
    select: { id: true, loadCount: true },
  });
  let anchor = today;
  let pending = plan.loads;
  let rollbackPending = plan.rollback !== null;
  if (project) {
    const keys = plan.loads.map((load) => load.key);
    const present = await prisma.projectLoad.findMany({
      where: { projectId: project.id, idempotencyKey: { in: keys } },
      select: { idempotencyKey: true, loadedAt: true },
    });
    const firstLoad = present.find((load) => load.idempotencyKey === first.key);
    if (!firstLoad) {
      skip(
        result,
        `it already has ${project.loadCount} load(s) that the demo did not record; left untouched (the demo never mixes into real history)`,
      );
      return null;
    }
    const rolledBack = plan.rollback
      ? (await prisma.rollback.count({
          where: { projectId: project.id, idempotencyKey: plan.rollback.key },
        })) > 0
      : false;
    result.present.loads = present.length + (rolledBack ? 1 : 0);
    result.present.rollbacks = rolledBack ? 1 : 0;
    const recorded = new Set(present.map((load) => load.idempotencyKey));
    pending = plan.loads.filter((load) => !recorded.has(load.key));
    rollbackPending = plan.rollback !== null && !rolledBack;
    if (pending.length === 0 && !rollbackPending) {
      result.outcome = "present";
      return null;
    }
    if (project.loadCount > result.present.loads) {
      skip(
        result,
        "its demo seeding was interrupted and other loads were recorded since; left untouched (the demo never mixes into real history)",
      );
      return null;
    }
    // Interrupted earlier: finish with the timestamps of that run, whatever the day is now.
    result.outcome = "completed";
    anchor = firstLoad.loadedAt.getTime() - first.offset;
  }
  // The demo records failures and rollbacks: a watching policy would send them to a real webhook.
  const policy = await prisma.alertPolicy.findFirst({
    where: { enabled: true, deployment: plan.deployment, OR: [{ project: null }, { project: plan.project }] },
    select: { name: true },
  });
  if (policy) {
    skip(
      result,
      `alert policy "${policy.name}" watches it, and the demo's failures and rollbacks would be sent to its webhook`,
    );
    return null;
  }
  return { plan, result, anchor, projectId: project?.id ?? null, pending, rollbackPending };
}

function summarize(projects: DemoProjectResult[]): DemoSummary {
  const created: DemoCounts = { projects: 0, loads: 0, rollbacks: 0 };
  const present: DemoCounts = { projects: 0, loads: 0, rollbacks: 0 };
  for (const project of projects) {
    created.loads += project.created.loads;
    created.rollbacks += project.created.rollbacks;
    present.loads += project.present.loads;
    present.rollbacks += project.present.rollbacks;
    if (project.outcome === "created") created.projects++;
    else if (project.outcome === "present" || project.outcome === "completed") present.projects++;
  }
  return { created, present, projects };
}
