"""Version 2: v1 with one change of each kind, each on its own asset, so tests can tell them apart.

  mart/churn             added
  legacy/export          removed
  staging/orders_clean   code version 1 -> 2
  raw/customers          tags: tier added; partitions: "latam" added to the static partitions
  raw/orders             metadata: expected_rows and runbook changed, freshness_note added
  ml/features            dependencies: mart/revenue_daily added
  mart/revenue_daily     partition mapping of staging/orders_clean: none (identity) -> TimeWindowPartitionMapping
  mart/region_report     partitions definition: daily x region -> daily
  ops/heartbeat          unchanged

Dagster 1.13's GraphQL answers null for the mappings without parameters (All, Identity, Last), so a change
between those cannot be seen through the webserver; the mapping change here is one it serves.
"""

import dagster as dg

from .common import daily, noop, orders_metadata, regions_with_latam

raw_orders = dg.AssetSpec(
    key=["raw", "orders"],
    code_version="1",
    tags={"team": "ingest", "tier": "bronze"},
    metadata={
        **orders_metadata(1_250_000, "Page the ingest team, then #data-oncall."),
        "freshness_note": dg.MetadataValue.text("Lands by 02:00 UTC"),
    },
    partitions_def=daily,
    group_name="raw",
)

raw_customers = dg.AssetSpec(
    key=["raw", "customers"],
    code_version="1",
    tags={"team": "ingest", "tier": "silver"},
    metadata={"owner_email": dg.MetadataValue.text("ingest@example.com")},
    partitions_def=regions_with_latam,
    group_name="raw",
)


@dg.asset(
    key=["staging", "orders_clean"],
    code_version="2",
    tags={"team": "analytics"},
    partitions_def=daily,
    deps=[dg.AssetDep(raw_orders, partition_mapping=dg.TimeWindowPartitionMapping(start_offset=-1))],
    group_name="staging",
)
def orders_clean(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(
    key=["mart", "revenue_daily"],
    code_version="1",
    tags={"team": "analytics", "tier": "gold"},
    metadata={"sla_hours": 6},
    partitions_def=daily,
    deps=[
        dg.AssetDep(orders_clean, partition_mapping=dg.TimeWindowPartitionMapping(start_offset=-1)),
        dg.AssetDep(raw_customers, partition_mapping=dg.AllPartitionMapping()),
    ],
    group_name="mart",
)
def revenue_daily(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(
    key=["mart", "region_report"],
    code_version="1",
    partitions_def=daily,
    deps=[dg.AssetDep(raw_customers, partition_mapping=dg.AllPartitionMapping())],
    group_name="mart",
)
def region_report(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["ml", "features"], code_version="1", deps=[orders_clean, revenue_daily], group_name="ml")
def features(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["mart", "churn"], code_version="1", tags={"team": "growth"}, deps=[features], group_name="mart")
def churn(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["ops", "heartbeat"], code_version="1")
def heartbeat(context: dg.AssetExecutionContext) -> None:
    """Never changes: the control asset of the diff tests."""
    noop(context)


defs = dg.Definitions(
    assets=[raw_orders, raw_customers, orders_clean, revenue_daily, region_report, features, churn, heartbeat]
)
