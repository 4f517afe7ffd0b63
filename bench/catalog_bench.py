#!/usr/bin/env python
"""Catalog read benchmark: category, product and API pages on a 10,000-product catalog, in-process and over HTTP.

Run from the project root:  .venv/bin/python bench/catalog_bench.py   (see bench/README.md).
It builds (or reuses) a SQLite catalog under var/bench/, times each endpoint with django.test.Client
and counts its SQL queries, then serves the same database with gunicorn (2 sync workers, 127.0.0.1
only) and drives it with a bounded thread pool. Every request carries the cookie currency=CNY.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import itertools
import math
import os
import platform
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
VAR_DIR = PROJECT_DIR / "var" / "bench"
BUYER_COOKIE = "currency=CNY"
HOST = "127.0.0.1"  # the only host this script ever sends a request to
GUNICORN_WORKERS = 2
TARGET_PRODUCT_P95_MS = 60.0
TARGET_CATEGORY_P95_MS = 80.0
TARGET_PRODUCT_OVER_BARE = 0.25


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000, help="products in the catalog (default 10000; sellers stay 50)")
    parser.add_argument("--requests", type=int, default=300, help="in-process requests per endpoint (default 300)")
    parser.add_argument("--http-requests", type=int, default=2_000, help="HTTP requests per endpoint (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="HTTP client threads (default 8)")
    parser.add_argument("--time-cap", type=float, default=25.0, help="seconds at most per endpoint and stage (default 25)")
    parser.add_argument("--http", action=argparse.BooleanOptionalAction, default=True, help="also measure over HTTP with gunicorn (default on)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the catalog even if a cached one exists")
    parser.add_argument("--conn-max-age", type=int, default=None, metavar="SECONDS",
                        help="override CONN_MAX_AGE (the project keeps SQLite connections 600 s) to compare with per-request connections")
    options = parser.parse_args(argv)
    if options.products < 100:
        parser.error("--products: at least 100, so the category page has a page 20")
    return options


def configure_environment(products: int, conn_max_age: int | None = None) -> Path:
    """Point Django at the benchmark database and media before django.setup() reads the settings."""
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    db_path = VAR_DIR / f"catalog-{products}.sqlite3"
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PASSERELLE_VAR_DIR": str(VAR_DIR),
        "DATABASE_URL": f"sqlite:///{db_path}",
        "MEDIA_ROOT": str(VAR_DIR / "media"),
        "DEBUG": "0",
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
    })
    # The per-process memory cache, as on the embedded default; a Redis URL from the shell would change the figures.
    os.environ.pop("REDIS_URL", None)
    if conn_max_age is None:
        os.environ.pop("BENCH_CONN_MAX_AGE", None)
    else:
        os.environ["BENCH_CONN_MAX_AGE"] = str(conn_max_age)
    (VAR_DIR / "static").mkdir(exist_ok=True)  # STATIC_ROOT; WhiteNoise warns when it is missing
    sys.path.insert(0, str(BENCH_DIR))  # bench_settings, bench_urls, catalog_dataset; gunicorn gets --pythonpath
    return db_path


# ---------------------------------------------------------------- the dataset


def sqlite_user_version(db_path: Path) -> int | None:
    if not db_path.exists():
        return None
    with closing(sqlite3.connect(db_path)) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def dataset_ready(db_path: Path, products: int, rebuild: bool) -> str:
    """Reuse the cached database when it was completed by this dataset version; else build it. Returns a one-line note."""
    from django.db import connection

    from catalog_dataset import DATASET_VERSION, dataset_build

    if not rebuild and sqlite_user_version(db_path) == DATASET_VERSION:
        return f"dataset: reused {db_path.relative_to(PROJECT_DIR)} (version {DATASET_VERSION}; --rebuild to rebuild)"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    summary = dataset_build(products=products)
    with connection.cursor() as cursor:
        # Written last: a build that dies half-way leaves version 0, and the next run rebuilds.
        cursor.execute(f"PRAGMA user_version = {int(DATASET_VERSION)}")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (
        f"dataset: built in {summary.seconds:.1f} s: {summary.sellers} sellers, {summary.categories} categories, "
        f"{summary.products} products ({summary.listed_products} listed), {summary.variants} variants, {summary.images} images"
    )


# ---------------------------------------------------------------- what is measured


@dataclass(frozen=True)
class Endpoint:
    name: str
    path_for: Callable[[int], str]  # request number -> path, so product pages vary
    target: str = ""
    target_p95_ms: float | None = None


@dataclass
class Figures:
    queries: tuple[int, int] | None = None  # min, max over a few warm requests
    in_process: list[float] = field(default_factory=list)  # seconds
    in_process_wall: float = 0.0
    http: list[float] = field(default_factory=list)
    http_wall: float = 0.0
    http_errors: int = 0


def endpoints() -> list[Endpoint]:
    """The pages a buyer hits most, on the biggest top-level category and on random listed products."""
    from django.db.models import Count

    from passerelle.catalog.models import Category
    from passerelle.catalog.selectors import category_with_descendant_ids, listed_products

    tops = list(Category.objects.filter(parent=None))
    listed_per_top = {
        top: listed_products().filter(category_id__in=category_with_descendant_ids(top)).aggregate(n=Count("id"))["n"] for top in tops
    }
    top = max(listed_per_top, key=listed_per_top.__getitem__)
    deep_page = min(20, math.ceil(listed_per_top[top] / 24))
    rng = random.Random(7)
    listed = list(listed_products().values_list("pk", "slug"))
    sample = rng.sample(listed, min(1000, len(listed)))
    category_target = f"in-proc p95 ≤ {TARGET_CATEGORY_P95_MS:.0f} ms"
    return [
        Endpoint("bare view /bare/", lambda i: "/bare/"),
        Endpoint(f"category /c/{top.slug}/ p1", lambda i: f"/c/{top.slug}/", category_target, TARGET_CATEGORY_P95_MS),
        Endpoint(f"category /c/{top.slug}/ p{deep_page}", lambda i: f"/c/{top.slug}/?page={deep_page}", category_target, TARGET_CATEGORY_P95_MS),
        Endpoint("product /p/<id>/<slug>/", lambda i: "/p/{}/{}/".format(*sample[i % len(sample)]), f"in-proc p95 ≤ {TARGET_PRODUCT_P95_MS:.0f} ms", TARGET_PRODUCT_P95_MS),
        Endpoint("API /api/v1/products page_size=24", lambda i: "/api/v1/products?page_size=24", "queries same as page_size=100"),
        Endpoint("API /api/v1/products page_size=100", lambda i: "/api/v1/products?page_size=100", "queries same as page_size=24"),
    ]


def check_response(endpoint: Endpoint, status: int, body: bytes) -> None:
    if status != 200:
        raise RuntimeError(f"{endpoint.name}: HTTP {status}, expected 200; first bytes: {body[:300]!r}")


def measure_in_process(endpoint: Endpoint, figures: Figures, requests: int, time_cap: float) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies["currency"] = "CNY"
    for i in range(5):  # warm: caches (category tree, rate table, origins), Babel locale data, templates
        response = client.get(endpoint.path_for(i))
        check_response(endpoint, response.status_code, response.content)
    counts = []
    for i in range(5):
        with CaptureQueriesContext(connection) as captured:
            client.get(endpoint.path_for(1000 + i))
        counts.append(len(captured.captured_queries))
    figures.queries = (min(counts), max(counts))
    # Timed separately: capturing queries forces a debug cursor, which would add to the latency.
    deadline = time.perf_counter() + time_cap
    started = time.perf_counter()
    for i in range(requests):
        begin = time.perf_counter()
        response = client.get(endpoint.path_for(i))
        figures.in_process.append(time.perf_counter() - begin)
        check_response(endpoint, response.status_code, response.content)
        if begin > deadline:
            break
    figures.in_process_wall = time.perf_counter() - started


def check_buyer_currency() -> str:
    """Prove the cookie reached the pages: prices in CNY on the product page and in the API."""
    from django.test import Client

    client = Client()
    client.cookies["currency"] = "CNY"
    api = client.get("/api/v1/products?page_size=1").json()
    if api["currency"] != "CNY" or api["items"][0]["price"]["currency"] != "CNY":
        raise RuntimeError(f"API ignored the currency=CNY cookie: {api['currency']!r}")
    return "buyer currency: CNY (cookie currency=CNY), checked in the API response"


# ---------------------------------------------------------------- over HTTP


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def http_get(connection: http.client.HTTPConnection | None, port: int, path: str) -> tuple[http.client.HTTPConnection | None, int, bytes]:
    """One GET, reusing the connection while the server keeps it open (gunicorn's sync workers close it)."""
    for attempt in (1, 2):
        if connection is None:
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            connection.request("GET", path, headers={"Cookie": BUYER_COOKIE, "Connection": "keep-alive"})
            response = connection.getresponse()
            body = response.read()
        except (ConnectionError, http.client.HTTPException):
            connection.close()
            connection = None
            if attempt == 2:
                raise
            continue
        if response.will_close:
            connection.close()
            connection = None
        return connection, response.status, body
    raise AssertionError("unreachable")


@contextmanager
def gunicorn_server() -> Iterator[int]:
    """gunicorn on 127.0.0.1 and a free port, stopped on the way out whatever happens."""
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "passerelle.wsgi:application", "--bind", f"{HOST}:{port}",
        "--workers", str(GUNICORN_WORKERS), "--worker-class", "sync", "--pythonpath", str(BENCH_DIR),
        "--log-level", "warning", "--timeout", "60", "--graceful-timeout", "5",
    ]
    log_path = VAR_DIR / "gunicorn.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=PROJECT_DIR, env=os.environ.copy(), stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log_path}")
                try:
                    _, status, _ = http_get(None, port, "/bare/")
                    if status == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn not answering on {HOST}:{port} after 30 s; see {log_path}")
                time.sleep(0.2)
            yield port
        finally:
            process.terminate()  # SIGTERM: gunicorn stops its workers, then itself
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def measure_http(endpoint: Endpoint, figures: Figures, port: int, total: int, concurrency: int, time_cap: float) -> None:
    # Warm both workers (their caches are per process) before the clock starts.
    connection = None
    for i in range(4 * GUNICORN_WORKERS):
        connection, status, body = http_get(connection, port, endpoint.path_for(i))
        check_response(endpoint, status, body)
    if connection is not None:
        connection.close()
    numbers = itertools.count()  # next() on it is atomic under the GIL: each request number is taken once
    deadline = time.perf_counter() + time_cap
    stop = threading.Event()  # set on Ctrl-C or SIGTERM, so the clients let gunicorn be stopped at once

    def client() -> tuple[list[float], int]:
        latencies: list[float] = []
        errors = 0
        connection: http.client.HTTPConnection | None = None
        while not stop.is_set() and (i := next(numbers)) < total and time.perf_counter() < deadline:
            begin = time.perf_counter()
            try:
                connection, status, _ = http_get(connection, port, endpoint.path_for(i))
            except OSError:
                connection, status = None, 0
            latencies.append(time.perf_counter() - begin)
            errors += status != 200
        if connection is not None:
            connection.close()
        return latencies, errors

    started = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=concurrency)
    try:
        results = [future.result() for future in [pool.submit(client) for _ in range(concurrency)]]
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True)
    figures.http_wall = time.perf_counter() - started
    figures.http = [latency for latencies, _ in results for latency in latencies]
    figures.http_errors = sum(errors for _, errors in results)


# ---------------------------------------------------------------- the report


def percentile_ms(samples: list[float], percent: float) -> float:
    """Nearest-rank percentile, in milliseconds."""
    ordered = sorted(samples)
    return 1000 * ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def rate(samples: list[float], wall: float) -> float:
    return len(samples) / wall if wall else 0.0


def report(rows: list[tuple[Endpoint, Figures]], with_http: bool) -> str:
    header = ["endpoint", "queries/req", "in-proc p50 ms", "in-proc p95 ms", "in-proc req/s"]
    if with_http:
        header += ["HTTP p50 ms", "HTTP p95 ms", "HTTP req/s", "HTTP n (errors)"]
    header += ["target", "met"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    by_name = {endpoint.name: figures for endpoint, figures in rows}
    api_queries = [figures.queries for endpoint, figures in rows if endpoint.name.startswith("API ")]
    api_constant = len(set(api_queries)) == 1 and api_queries[0] is not None and api_queries[0][0] == api_queries[0][1]
    for endpoint, figures in rows:
        low, high = figures.queries or (0, 0)
        cells = [endpoint.name, str(low) if low == high else f"{low}–{high}"]
        p95 = percentile_ms(figures.in_process, 95)
        cells += [f"{percentile_ms(figures.in_process, 50):.1f}", f"{p95:.1f}", f"{rate(figures.in_process, figures.in_process_wall):.0f}"]
        if with_http:
            cells += [f"{percentile_ms(figures.http, 50):.1f}", f"{percentile_ms(figures.http, 95):.1f}",
                      f"{rate(figures.http, figures.http_wall):.0f}", f"{len(figures.http)} ({figures.http_errors})"]
        if endpoint.target_p95_ms is not None:
            met = "yes" if p95 <= endpoint.target_p95_ms else "NO"
        elif endpoint.name.startswith("API "):
            met = "yes" if api_constant else "NO"
        else:
            met = ""
        cells += [endpoint.target or "baseline", met]
        lines.append("| " + " | ".join(cells) + " |")
    notes = [f"Query count constant in page size (API 24 vs 100): {'yes' if api_constant else 'NO'} ({api_queries[0]} vs {api_queries[-1]})."]
    if with_http:
        bare = rate(by_name["bare view /bare/"].http, by_name["bare view /bare/"].http_wall)
        product = next(f for e, f in rows if e.name.startswith("product "))
        ratio = rate(product.http, product.http_wall) / bare if bare else 0.0
        verdict = "met" if ratio >= TARGET_PRODUCT_OVER_BARE else "NOT met"
        notes.append(f"Product page req/s ÷ bare view req/s over HTTP: {ratio:.1%} (goal ≥ {TARGET_PRODUCT_OVER_BARE:.0%}: {verdict}).")
    return "\n".join(lines + [""] + notes)


def environment_line() -> str:
    import django
    from django.conf import settings

    return (
        f"date {datetime.date.today().isoformat()} · {os.cpu_count()} CPUs · Python {platform.python_version()} · "
        f"SQLite {sqlite3.sqlite_version} · Django {django.get_version()} · {platform.platform()} · "
        f"CONN_MAX_AGE {settings.DATABASES['default']['CONN_MAX_AGE']}"
    )


def load_line(when: str) -> str:
    # Other work on the machine moves every figure here; say how busy it was.
    one, five, fifteen = os.getloadavg()
    return f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def main(argv: list[str] | None = None) -> None:
    options = parse_args(argv)
    db_path = configure_environment(options.products, options.conn_max_age)
    # So `kill <pid>` still runs the finally blocks that stop gunicorn.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    import django

    django.setup()
    started = time.perf_counter()
    print(environment_line(), flush=True)
    print(load_line("at start"), flush=True)
    print(dataset_ready(db_path, options.products, options.rebuild), flush=True)
    print(check_buyer_currency(), flush=True)
    rows = [(endpoint, Figures()) for endpoint in endpoints()]
    for endpoint, figures in rows:
        measure_in_process(endpoint, figures, options.requests, options.time_cap)
        print(f"in-process {endpoint.name}: {len(figures.in_process)} requests, p95 {percentile_ms(figures.in_process, 95):.1f} ms", flush=True)
    if options.http:
        from django.db import connections

        connections.close_all()
        with gunicorn_server() as port:
            print(f"gunicorn: {GUNICORN_WORKERS} sync workers on {HOST}:{port}; {options.concurrency} client threads", flush=True)
            for endpoint, figures in rows:
                measure_http(endpoint, figures, port, options.http_requests, options.concurrency, options.time_cap)
                print(f"HTTP {endpoint.name}: {len(figures.http)} requests, {rate(figures.http, figures.http_wall):.0f} req/s", flush=True)
    print(load_line("at end"))
    print()
    print(report(rows, options.http))
    print(f"\nTotal run time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
