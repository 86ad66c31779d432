"""ASSET_COUNT assets (default 2000) in chains of 20, for the benchmark: a large location to record."""

import os

import dagster as dg

from .common import daily

COUNT = int(os.environ.get("ASSET_COUNT", "2000"))
CODE_VERSION = os.environ.get("BIG_CODE_VERSION", "1")


def make(index: int) -> dg.AssetSpec:
    group = index // 20
    deps = [dg.AssetKey(["big", f"group_{group}", f"asset_{index - 1}"])] if index % 20 else []
    return dg.AssetSpec(
        key=["big", f"group_{group}", f"asset_{index}"],
        code_version=CODE_VERSION if index % 100 == 0 else "1",
        tags={"team": f"team_{group % 7}"},
        metadata={"index": index, "owner": dg.MetadataValue.text(f"owner{group % 13}@example.com")},
        partitions_def=daily if index % 3 == 0 else None,
        deps=deps,
        group_name=f"group_{group}",
    )


defs = dg.Definitions(assets=[make(index) for index in range(COUNT)])
