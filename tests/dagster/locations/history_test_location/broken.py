"""A deploy whose code cannot load: a secret the environment lacks, read at import time."""

import os

import dagster as dg

STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]  # raises KeyError('STRIPE_API_KEY'): what Dagster must report


defs = dg.Definitions(assets=[])
