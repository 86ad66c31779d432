"""Version 1: the first deploy."""

import dagster as dg

from .common import daily, daily_by_region, noop, orders_metadata, regions

raw_orders = dg.AssetSpec(
    key=["raw", "orders"],
    code_version="1",
    tags={"team": "ingest", "tier": "bronze"},
    metadata=orders_metadata(1_000_000, "Page the ingest team."),
    partitions_def=daily,
    group_name="raw",
)

raw_customers = dg.AssetSpec(
    key=["raw", "customers"],
    code_version="1",
    tags={"team": "ingest"},
    metadata={"owner_email": dg.MetadataValue.text("ingest@example.com")},
    partitions_def=regions,
    group_name="raw",
)


@dg.asset(
    key=["staging", "orders_clean"],
    code_version="1",
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
        dg.AssetDep(orders_clean),
        dg.AssetDep(raw_customers, partition_mapping=dg.AllPartitionMapping()),
    ],
    group_name="mart",
)
def revenue_daily(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(
    key=["mart", "region_report"],
    code_version="1",
    partitions_def=daily_by_region,
    deps=[dg.AssetDep(raw_customers)],
    group_name="mart",
)
def region_report(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["ml", "features"], code_version="1", deps=[orders_clean], group_name="ml")
def features(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["legacy", "export"], code_version="7", deps=[revenue_daily], group_name="legacy")
def legacy_export(context: dg.AssetExecutionContext) -> None:
    noop(context)


@dg.asset(key=["ops", "heartbeat"], code_version="1")
def heartbeat(context: dg.AssetExecutionContext) -> None:
    """Never changes: the control asset of the diff tests."""
    noop(context)


defs = dg.Definitions(
    assets=[raw_orders, raw_customers, orders_clean, revenue_daily, region_report, features, legacy_export, heartbeat]
)
