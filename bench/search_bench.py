#!/usr/bin/env python
"""Search benchmark: 200,000 products written in all ten languages, on SQLite (FTS5) and PostgreSQL.

Run from the project root:  .venv/bin/python bench/search_bench.py   (see bench/README.md).
Each backend runs in its own child process on its own database (var/bench/search.sqlite3, and the
PostgreSQL database passerelle_bench), so the developer's data is never touched.

The corpus: every product draws 4 title words and 10 description words from a vocabulary of concepts
(the demo catalogue's hand-written words, which exist in all ten languages), with a skewed
distribution, and is written in every language from the same draw. The ground truth for a query is
computed from the generated text itself, without the search code: a product is relevant when its text
(in any of its languages: 茶 is in the Chinese and the Japanese text alike) contains every word of the
query (whole words for spaced scripts, substrings for Chinese, Japanese and Thai). recall@24 = relevant products among the first 24 results, divided
by min(24, relevant products).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
VAR_DIR = PROJECT_DIR / "var" / "bench"
LANGUAGES = ("en", "zh-hans", "ja", "ko", "th", "vi", "id", "fr", "es", "ar")
QUERY_LANGUAGES = ("en", "zh-hans", "ja", "th")
UNSPACED = ("zh-hans", "ja", "th")  # written without spaces between words
TITLE_WORDS, BODY_WORDS = 4, 10
TARGET_P95_MS, TARGET_RECALL = 100.0, 0.9
PG_URL = "postgres://postgres@127.0.0.1:5432/passerelle_bench"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=40, help="queries per language (default 40)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- The corpus: pure Python, no Django ----------------------------------------------------


def vocabulary() -> list[dict[str, str]]:
    """Concepts with a word in every language: the demo catalogue's translated words (one to three words each)."""
    sys.path.insert(0, str(PROJECT_DIR))
    from passerelle.demo.content_translations import load_translation, source_strings

    translations = [load_translation(language) for language in LANGUAGES[1:]]
    concepts = []
    for english in source_strings()["words"]:
        if not re.fullmatch(r"[A-Za-z][A-Za-z' -]{2,30}", english) or len(english.split()) > 3:
            continue
        forms = {"en": english}
        for translation in translations:
            word = translation.get("words", english)
            if not word or "{" in word:
                break
            forms[translation.language] = word
        else:
            concepts.append(forms)
    return concepts


def draws(products: int, concepts: int, seed: int) -> list[tuple[list[int], list[int]]]:
    """(title concept ids, body concept ids) per product; a few concepts are common, most are rare (Zipf-like)."""
    rng = random.Random(seed)
    weights = [1 / (rank + 8) for rank in range(concepts)]
    ids = list(range(concepts))
    return [(rng.choices(ids, weights, k=TITLE_WORDS), rng.choices(ids, weights, k=BODY_WORDS)) for _ in range(products)]


def render(concept_ids: list[int], concepts: list[dict[str, str]], language: str) -> str:
    separator = "" if language in ("zh-hans", "ja") else " "
    return separator.join(concepts[i][language] for i in concept_ids)


def _plain(text: str) -> str:
    """Lower case and accents off, for the ground truth only (the search code has its own normalize())."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c) or "\u0e00" <= c <= "\u0e7f"))


def relevant(query: str, text: str, language: str) -> bool:
    """Does the product's text (all its languages, already _plain()) contain the query?

    All languages, because a product "contains" 茶 whether its Chinese or its Japanese text says it.
    """
    if language in UNSPACED:
        return all(part in text for part in _plain(query).split())
    return all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in re.findall(r"\w+", _plain(query)))


def query_set(concepts: list[dict[str, str]], language: str, count: int, seed: int) -> list[str]:
    """Concept words from common to rare, plus (Chinese, Japanese) one- and two-character queries."""
    rng = random.Random(f"{seed}-{language}")
    picks = sorted(rng.sample(range(min(len(concepts), 600)), count))
    queries = [concepts[i][language] for i in picks]
    if language in ("zh-hans", "ja"):
        han = [q for q in queries if len(q) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in q[:2])]
        queries[: min(len(han), count // 4)] = [q[:1] for q in han[: count // 8]] + [q[:2] for q in han[count // 8: count // 4]]
    return list(dict.fromkeys(queries))


# --- One backend, in a child process with Django set up on the bench database ---------------


def run_backend(options: argparse.Namespace) -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from passerelle.search.backends import current_backend
    from passerelle.search.models import SearchDocument, SearchTerm
    from passerelle.search.selectors import SearchRequest, search_products
    from passerelle.search.services import INDEX_BATCH, _vocabulary
    from passerelle.search.text import index_terms

    call_command("migrate", verbosity=0)
    concepts = vocabulary()
    products = draws(options.products, len(concepts), options.seed)

    backend = current_backend()
    started = time.perf_counter()
    SearchDocument.objects.all().delete()
    SearchTerm.objects.all().delete()
    for start in range(0, len(products), INDEX_BATCH):
        documents = []
        for offset, (title_ids, body_ids) in enumerate(products[start:start + INDEX_BATCH]):
            titles = " ".join(render(title_ids, concepts, language) for language in LANGUAGES)
            bodies = " ".join(render(body_ids, concepts, language) for language in LANGUAGES)
            documents.append(SearchDocument(
                product_id=start + offset + 1, title_terms=" ".join(index_terms(titles)), body_terms=" ".join(index_terms(bodies)),
                listed=True, category_id=1 + (start + offset) % 60, seller_id=1 + (start + offset) % 50, origin_country="KE",
                currency="USD", price_min=10 + (start + offset) % 200, popularity=(start + offset) * 7919 % 1000,
            ))
        backend.write_documents(documents)
        SearchTerm.objects.bulk_create([SearchTerm(term=term) for term in sorted(_vocabulary(documents))], ignore_conflicts=True)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    else:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM FULL search_searchdocument")  # the DELETE of the previous run leaves dead rows
            cursor.execute("VACUUM ANALYZE search_searchdocument")
            cursor.execute("VACUUM ANALYZE search_searchterm")
    build_seconds = time.perf_counter() - started

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA page_count")
            pages = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_size")
            size = pages * cursor.fetchone()[0]
        else:
            cursor.execute("SELECT pg_total_relation_size('search_searchdocument') + pg_total_relation_size('search_searchterm')")
            size = cursor.fetchone()[0]

    rows = []
    for language in QUERY_LANGUAGES:
        texts = None
        timings, recalls = [], []
        for query in query_set(concepts, language, options.queries, options.seed):
            search_products(SearchRequest(query=query), None)  # warm this query's pages, as a second visitor would
            began = time.perf_counter()
            results = search_products(SearchRequest(query=query), None)
            timings.append((time.perf_counter() - began) * 1000)
            if texts is None:
                texts = [_plain(" | ".join(render(title_ids, concepts, each) + " | " + render(body_ids, concepts, each) for each in LANGUAGES))
                         for title_ids, body_ids in products]
            truth = {number + 1 for number, text in enumerate(texts) if relevant(query, text, language)}
            if truth:
                found = results.product_ids[:24]
                recalls.append(len(truth.intersection(found)) / min(24, len(truth)))
                if recalls[-1] < 0.9:
                    print(f"low recall {recalls[-1]:.2f} for {query!r} ({language}): {len(truth)} relevant, {results.total} found", file=sys.stderr)
        timings.sort()
        rows.append({
            "language": language, "queries": len(timings), "p50": statistics.median(timings),
            "p95": timings[min(len(timings) - 1, int(len(timings) * 0.95))], "recall": statistics.mean(recalls) if recalls else 0.0,
            "worst_recall": min(recalls) if recalls else 0.0,
        })
    return {"backend": connection.vendor, "products": options.products, "concepts": len(concepts), "build_seconds": build_seconds,
            "index_bytes": size, "rows": rows}


def child_environment(backend: str) -> dict[str, str]:
    environment = dict(os.environ, DJANGO_SETTINGS_MODULE="passerelle.settings", DEBUG="0", PASSERELLE_VAR_DIR=str(VAR_DIR))
    if backend == "sqlite":
        environment["DATABASE_URL"] = f"sqlite:///{VAR_DIR / 'search.sqlite3'}"
    else:
        environment["DATABASE_URL"] = PG_URL
    return environment


def ensure_postgres_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = 'passerelle_bench'").fetchone():
            connection.execute("CREATE DATABASE passerelle_bench")


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    if options.child:
        print(json.dumps(run_backend(options)))
        return 0
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    backends = ("sqlite", "postgresql") if options.backend == "both" else (options.backend,)
    results = []
    for backend in backends:
        if backend == "postgresql":
            ensure_postgres_database()
        else:
            (VAR_DIR / "search.sqlite3").unlink(missing_ok=True)
        command = [sys.executable, __file__, "--child", "--products", str(options.products), "--queries", str(options.queries), "--seed", str(options.seed)]
        print(f"… {backend}: building the index of {options.products:,} products and searching", file=sys.stderr, flush=True)
        child = subprocess.run(command, env=child_environment(backend), cwd=PROJECT_DIR, check=True, capture_output=True, text=True)
        sys.stderr.write(child.stderr)
        output = child.stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    print(f"\nSearch: {options.products:,} products x 10 languages; {options.queries} queries per language; targets p95 <= {TARGET_P95_MS:.0f} ms, recall@24 >= {TARGET_RECALL}")
    print(f"{'backend':<11}{'build':>9}{'index':>10}  {'language':<9}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}{'recall@24':>11}{'worst':>8}  verdict")
    for result in results:
        for number, row in enumerate(result["rows"]):
            head = (f"{result['backend']:<11}{result['build_seconds']:>8.0f}s{result['index_bytes'] / 2**20:>8.0f}MB" if number == 0 else " " * 29)
            verdict = "ok" if row["p95"] <= TARGET_P95_MS and row["recall"] >= TARGET_RECALL else "MISSED"
            print(f"{head}  {row['language']:<9}{row['queries']:>8}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['recall']:>11.3f}{row['worst_recall']:>8.2f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
