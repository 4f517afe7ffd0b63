"""The search index: one document per product (its terms in every language, and what facets filter on).

The full-text structures over these tables are the database's own (an FTS5 table on SQLite, a tsvector
column and pg_trgm index on PostgreSQL), created by this app's migrations and kept in step by triggers
or generated columns, so writing a SearchDocument row is all the indexer does.
Careful: on SQLite, most ALTERs of search_searchdocument remake the table, which drops the FTS5 triggers
of migration 0002; a migration that changes this table must install them again.
"""

from __future__ import annotations

from django.db import models

from passerelle.core.models import currency_field, money_field


class SearchDocument(models.Model):
    product_id = models.BigIntegerField(primary_key=True)
    title_terms = models.TextField(help_text="Index terms of the title in every language, space-separated")
    body_terms = models.TextField(help_text="Index terms of descriptions, category, shop and origin in every language")
    listed = models.BooleanField(help_text="Buyers may see the product (active, priced, shop not suspended)")
    category_id = models.BigIntegerField()
    seller_id = models.BigIntegerField()
    origin_country = models.CharField(max_length=2)
    currency = currency_field()
    price_min = money_field(null=True)
    popularity = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["listed", "category_id"], name="search_doc_category_idx")]


class SearchTerm(models.Model):
    """Every word term in the index that typo tolerance may correct a query word to."""

    term = models.CharField(max_length=64, unique=True)
