"""What v1 and v2 share: partitions definitions and metadata builders."""

import dagster as dg

daily = dg.DailyPartitionsDefinition(start_date="2024-01-01")
regions = dg.StaticPartitionsDefinition(["us", "eu", "apac"])
regions_with_latam = dg.StaticPartitionsDefinition(["us", "eu", "apac", "latam"])
daily_by_region = dg.MultiPartitionsDefinition({"date": daily, "region": regions})


def orders_metadata(row_count: int, owner_note: str) -> dict:
    """One entry of each definition-metadata type Dagster serves over GraphQL."""
    return {
        "description_text": dg.MetadataValue.text("Orders as the shop exports them"),
        "expected_rows": dg.MetadataValue.int(row_count),
        "null_ratio_max": dg.MetadataValue.float(0.025),
        "is_pii": dg.MetadataValue.bool(False),
        "source_config": dg.MetadataValue.json({"bucket": "raw-orders", "format": "parquet", "shards": [1, 2]}),
        "dashboard": dg.MetadataValue.url("https://dashboards.example.com/orders"),
        "landing_path": dg.MetadataValue.path("/data/raw/orders"),
        "runbook": dg.MetadataValue.md(f"# Orders\n\n{owner_note}"),
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn("order_id", "string", description="Primary key",
                               constraints=dg.TableColumnConstraints(nullable=False, unique=True)),
                dg.TableColumn("amount", "decimal(12,2)"),
                dg.TableColumn("ordered_at", "timestamp"),
            ]
        ),
        "upstream_system": dg.MetadataValue.asset(dg.AssetKey(["shop", "orders_export"])),
        "published_at": dg.MetadataValue.timestamp(1_704_067_200.0),
    }


def noop(context: dg.AssetExecutionContext) -> None:
    context.log.info("materialized")
