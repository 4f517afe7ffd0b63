"""Search backends: the database's own full-text index, chosen by the database in use.

A backend does four things over the SearchDocument table, and nothing else: install its structures,
index the documents the indexer just wrote, say which listed products match a parsed query (with a
relevance, higher is better), and which known terms look like a misspelt word. Ranking, filters, facets and pages are done once,
in passerelle.search.selectors, so both backends honour the same results contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.db import connection

from passerelle.search.models import SearchDocument
from passerelle.search.text import ParsedQuery

# Hits beyond this many (by relevance) are not ranked, counted or faceted: the page says "10,000+".
HIT_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Hit:
    product_id: int
    relevance: float
    category_id: int
    origin_country: str
    currency: str
    price_min: Decimal | None
    popularity: int
    seller_id: int


class SearchBackend(Protocol):
    vendor: str

    def install_statements(self) -> list[str]: ...

    def write_vectors(self, documents: list[SearchDocument]) -> None: ...

    def hits(self, query: ParsedQuery, limit: int = HIT_LIMIT) -> list[Hit]: ...

    def similar_terms(self, word: str, limit: int = 50) -> list[str]: ...


class SqlSearchBackend:
    """What both backends share: run the hits query with the backend's own query expression."""

    vendor = ""
    hits_sql = ""

    def expression(self, query: ParsedQuery) -> str:
        raise NotImplementedError

    def hits(self, query: ParsedQuery, limit: int = HIT_LIMIT) -> list[Hit]:
        if query.is_empty:
            return []
        with connection.cursor() as cursor:
            cursor.execute(self.hits_sql, [self.expression(query), limit])
            rows = cursor.fetchall()
        # SQLite hands back REAL for the price column; through str() it is the same Decimal PostgreSQL returns.
        return [
            Hit(product_id=row[0], relevance=float(row[1]), category_id=row[2], origin_country=row[3], currency=row[4],
                price_min=None if row[5] is None else Decimal(str(row[5])), popularity=row[6], seller_id=row[7])
            for row in rows
        ]


def current_backend(vendor: str | None = None) -> SearchBackend:
    if (vendor or connection.vendor) == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
