"""The code location the agent's tests deploy: one module whose definitions are chosen by DEFS_VERSION.

A "deploy" restarts the code server with another DEFS_VERSION (and another DAGSTER_CURRENT_IMAGE):
  v1      assets with code versions, tags, metadata of many types, dependencies, partitions and mappings
  v2      v1 with one change of every kind the history reports (see v2.py)
  broken  an import error, as a missing secret gives: Dagster serves the traceback as a PythonError
  big     ASSET_COUNT assets (default 2000) for the benchmark
"""

import importlib
import os

_VERSIONS = ("v1", "v2", "broken", "big")
_version = os.environ.get("DEFS_VERSION", "v1")
if _version not in _VERSIONS:
    raise ValueError(f"DEFS_VERSION must be one of {', '.join(_VERSIONS)}, not {_version!r}")

defs = importlib.import_module(f"{__name__}.{_version}").defs
