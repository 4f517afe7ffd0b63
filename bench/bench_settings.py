"""Settings for the benchmarks in bench/: the project's own settings, plus a URLconf with a bare view to compare against.

catalog_bench.py sets PASSERELLE_VAR_DIR, DATABASE_URL and DEBUG=0 in the environment before
Django reads this module, so the benchmark never touches the developer's var/passerelle.sqlite3.
"""

import os

from passerelle.settings import *  # noqa: F403
from passerelle.settings import ALLOWED_HOSTS, DATABASES, DEBUG

if DEBUG:
    # DEBUG keeps every SQL statement in memory and renders slower error pages: figures would lie.
    raise RuntimeError("bench_settings: run the benchmarks with DEBUG off (DEBUG=0)")

ROOT_URLCONF = "bench_urls"
# django.test.Client sends Host: testserver; setup_test_environment() would allow it, but it
# also instruments template rendering, which would slow the in-process figures.
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]

if "BENCH_CONN_MAX_AGE" in os.environ:
    # catalog_bench.py --conn-max-age: try persistent database connections without editing
    # passerelle/settings.py (which sets 0 for SQLite), to measure what they would change.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ["BENCH_CONN_MAX_AGE"])
