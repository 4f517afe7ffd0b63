"""Search backends: the database's own full-text index, chosen by the database in use.

A backend does four things over the SearchDocument table, and nothing else: install its structures,
write documents with what its index needs, say which listed products match a parsed query (with a
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

# Hits beyond this many are not ranked, counted or faceted: the page says "more than 2,000".
HIT_LIMIT = 2_000
# Title matches count this much more than matches elsewhere when a query matches too many products to
# score each one (past HIT_LIMIT): then the relevance is only "in the title or not".
TITLE_TIER, BODY_TIER = 2.0, 1.0


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

    def write_documents(self, documents: list[SearchDocument]) -> None:
        """Insert or replace these documents, with whatever the backend's index needs, in one statement per batch."""
        ...


    def hits(self, query: ParsedQuery, limit: int = HIT_LIMIT) -> tuple[list[Hit], bool]:
        """The listed products matching, best first when scored, and whether more matched than `limit`."""
        ...

    def similar_terms(self, word: str, limit: int = 50) -> list[str]: ...


# What the hits queries select, in Hit's order; `relevance` is each backend's score or tier.
HIT_COLUMNS = "d.product_id, {relevance}, d.category_id, d.origin_country, d.currency, d.price_min, d.popularity, d.seller_id"
DOCUMENT_FIELDS = ["title_terms", "body_terms", "listed", "category_id", "seller_id", "origin_country", "currency", "price_min", "popularity"]


class SqlSearchBackend:
    """What both backends share: score every match when there are few, tier them when there are many.

    Scoring (BM25, ts_rank) reads every matching document, which costs a few milliseconds per thousand
    matches; a one-character Chinese query can match a third of the catalogue. So a cheap probe counts
    up to HIT_LIMIT + 1 matches first. Up to HIT_LIMIT, every match is scored. Past it, the first
    HIT_LIMIT title matches (then other matches, to fill) are taken unscored: relevance is the tier.
    """

    vendor = ""
    count_sql = ""  # params: expression, limit
    scored_sql = ""  # params: expression, limit
    tiered_sql = ""  # params: title expression, limit, expression, limit, limit

    def expression(self, query: ParsedQuery) -> str:
        raise NotImplementedError

    def title_expression(self, query: ParsedQuery) -> str:
        raise NotImplementedError

    def hits(self, query: ParsedQuery, limit: int = HIT_LIMIT) -> tuple[list[Hit], bool]:
        if query.is_empty:
            return [], False
        expression = self.expression(query)
        with connection.cursor() as cursor:
            cursor.execute(self.count_sql, [expression, limit + 1])
            too_many = cursor.fetchone()[0] > limit
            if too_many:
                cursor.execute(self.tiered_sql, [self.title_expression(query), limit, expression, limit, limit])
            else:
                cursor.execute(self.scored_sql, [expression, limit])
            rows = cursor.fetchall()
        # SQLite hands back REAL for the price column; through str() it is the same Decimal PostgreSQL returns.
        return [
            Hit(product_id=row[0], relevance=float(row[1]), category_id=row[2], origin_country=row[3], currency=row[4],
                price_min=None if row[5] is None else Decimal(str(row[5])), popularity=row[6], seller_id=row[7])
            for row in rows
        ], too_many


def current_backend(vendor: str | None = None) -> SearchBackend:
    if (vendor or connection.vendor) == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
