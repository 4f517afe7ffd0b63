"""Landed-cost quotes per second: a 5-line basket through the pure engine and through POST /api/v1/quotes.

    .venv/bin/python bench/quote_bench.py [--seconds 5]

Target (issue 3): at least 5,000 quotes/s per core in the engine.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASKET = [
    {"description": "Roasted coffee", "hs_code": "090121", "origin": "KE", "quantity": 2, "unit_price": "120.00", "weight_grams": 280},
    {"description": "Black tea", "hs_code": "090230", "origin": "IN", "quantity": 1, "unit_price": "80.00", "weight_grams": 120},
    {"description": "Manuka honey", "hs_code": "040900", "origin": "NZ", "quantity": 1, "unit_price": "260.00", "weight_grams": 600},
    {"description": "Olive oil", "hs_code": "150920", "origin": "IT", "quantity": 2, "unit_price": "95.00", "weight_grams": 800},
    {"description": "Face cream", "hs_code": "330499", "origin": "FR", "quantity": 1, "unit_price": "420.00", "weight_grams": 60},
]
REQUESTS = {
    "CN auto (CBEC vs postal)": {"destination": "CN", "currency": "CNY", "lines": BASKET, "shipping": "60.00", "buyer": {"cbec_used_this_year": "3000.00"}},
    "CN cbec (channel named)": {"destination": "CN", "channel": "cbec", "currency": "CNY", "lines": BASKET, "shipping": "60.00", "buyer": {"cbec_used_this_year": "3000.00"}},
    "JP (truncation)": {"destination": "JP", "currency": "CNY", "lines": BASKET, "shipping": "60.00"},
    "DE (EU €3 per classification)": {"destination": "DE", "currency": "CNY", "lines": BASKET, "shipping": "60.00"},
}


def measure(function, seconds: float) -> tuple[float, float, float]:
    """quotes/s, p50 µs, p95 µs over `seconds` of back-to-back calls."""
    timings = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    timings.sort()
    return len(timings) / sum(timings), timings[len(timings) // 2] * 1e6, timings[int(len(timings) * 0.95)] * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
    options = parser.parse_args()

    var = Path(tempfile.mkdtemp(prefix="quote-bench-"))
    os.environ.update({"PASSERELLE_VAR_DIR": str(var), "DATABASE_URL": f"sqlite:///{var}/bench.sqlite3", "ALLOWED_HOSTS": "testserver"})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "passerelle.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from passerelle.crossborder.engine import landed_cost_quote, parse_quote_request
    from passerelle.fx.selectors import current_rate_table
    from passerelle.fx.services import fx_update_from_ecb_xml

    call_command("migrate", verbosity=0)
    fx_update_from_ecb_xml(xml=(ROOT / "passerelle" / "fx" / "data" / "eurofxref-demo.xml").read_bytes())
    rates = current_rate_table()
    today = datetime.date(2026, 11, 26)
    client = Client()

    print(f"date {today} · {os.cpu_count()} CPUs · Python {sys.version.split()[0]} · {options.seconds:.0f} s per row · 5-line basket in CNY")
    print()
    print("| path | destination | quotes/s | p50 µs | p95 µs | total |")
    print("|---|---|---|---|---|---|")
    for name, request in REQUESTS.items():
        parsed = parse_quote_request(request, today=today)
        total = landed_cost_quote(parsed, rates=rates).total
        per_s, p50, p95 = measure(lambda: landed_cost_quote(parsed, rates=rates), options.seconds)
        print(f"| engine (quote a parsed request) | {name} | {per_s:,.0f} | {p50:,.0f} | {p95:,.0f} | {total} |")
        per_s, p50, p95 = measure(lambda: landed_cost_quote(parse_quote_request(request, today=today), rates=rates), options.seconds)
        print(f"| engine (parse JSON-like input + quote) | {name} | {per_s:,.0f} | {p50:,.0f} | {p95:,.0f} | {total} |")
    for name, request in REQUESTS.items():
        body = json.dumps(request)
        assert client.post("/api/v1/quotes", body, content_type="application/json").status_code == 200
        per_s, p50, p95 = measure(lambda: client.post("/api/v1/quotes", body, content_type="application/json"), options.seconds)
        print(f"| API in process | {name} | {per_s:,.0f} | {p50:,.0f} | {p95:,.0f} | |")
    print()
    print("Target: engine ≥ 5,000 quotes/s per core (one process is one core).")


if __name__ == "__main__":
    main()
