"""SQLite FTS5 search: an external-content FTS5 table over SearchDocument, and a trigram table over SearchTerm.

The terms are made in Python (passerelle.search.text), so the FTS5 `ascii` tokenizer only has to split
on spaces: every non-ASCII character is part of a term. Short Chinese and Japanese queries work because
the index holds bigrams, not trigrams (SQLite 3.40's trigram tokenizer cannot match under 3 characters).
"""

from __future__ import annotations

from django.db import connection

from passerelle.search.models import SearchDocument
from passerelle.search.text import ParsedQuery, Phrase, Word

from . import BODY_TIER, DOCUMENT_FIELDS, HIT_COLUMNS, TITLE_TIER, SqlSearchBackend

INSTALL = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, body_terms, content='search_searchdocument', "
    "content_rowid='product_id', tokenize='ascii')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.product_id, new.title_terms, new.body_terms); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.product_id, old.title_terms, old.body_terms); END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE OF title_terms, body_terms ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.product_id, old.title_terms, old.body_terms); "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.product_id, new.title_terms, new.body_terms); END",
    # Terms are indexed as "^term$" so a word's first and last letters count even when a typo sits next to them.
    "CREATE VIRTUAL TABLE search_term_fts USING fts5(term, content='', tokenize='trigram')",
    "CREATE TRIGGER search_term_fts_insert AFTER INSERT ON search_searchterm BEGIN "
    "INSERT INTO search_term_fts(rowid, term) VALUES (new.id, '^' || new.term || '$'); END",
    "CREATE TRIGGER search_term_fts_delete AFTER DELETE ON search_searchterm BEGIN "
    "INSERT INTO search_term_fts(search_term_fts, rowid, term) VALUES ('delete', old.id, '^' || old.term || '$'); END",
]

_COUNT_SQL = "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH %s LIMIT %s)"
# A title term weighs ten times a description term. Ordered and cut inside, so only the kept rows are joined.
_SCORED_SQL = f"""
SELECT {HIT_COLUMNS.format(relevance="-h.score")}
FROM (SELECT rowid AS id, bm25(search_fts, 10.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH %s ORDER BY score LIMIT %s) AS h
JOIN search_searchdocument d ON d.product_id = h.id
WHERE d.listed
"""
_TIERED_SQL = f"""
WITH title AS (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH %s LIMIT %s)
SELECT {HIT_COLUMNS.format(relevance=TITLE_TIER)} FROM title JOIN search_searchdocument d ON d.product_id = title.id WHERE d.listed
UNION ALL
SELECT {HIT_COLUMNS.format(relevance=BODY_TIER)}
FROM (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH %s LIMIT %s) AS other JOIN search_searchdocument d ON d.product_id = other.id
WHERE d.listed AND other.id NOT IN (SELECT id FROM title)
LIMIT %s
"""


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: ParsedQuery) -> str:
    """The FTS5 query: every term must match; a word may match one of its typo alternatives instead."""
    parts = []
    for term in query.terms:
        if isinstance(term, Phrase):
            parts.append(_quoted(" ".join(term.terms)) + ("*" if term.prefix else ""))
        elif isinstance(term, Word):
            spellings = [_quoted(term.text) + ("*" if term.prefix else "")] + [_quoted(alternative) for alternative in term.alternatives]
            parts.append(spellings[0] if len(spellings) == 1 else "(" + " OR ".join(spellings) + ")")
    return " AND ".join(parts)


class SqliteBackend(SqlSearchBackend):
    vendor = "sqlite"
    count_sql, scored_sql, tiered_sql = _COUNT_SQL, _SCORED_SQL, _TIERED_SQL

    def install_statements(self) -> list[str]:
        return INSTALL

    def write_documents(self, documents: list[SearchDocument]) -> None:
        # The FTS5 triggers index each row as it is inserted or replaced.
        SearchDocument.objects.bulk_create(documents, update_conflicts=True, unique_fields=["product_id"], update_fields=DOCUMENT_FIELDS)

    def expression(self, query: ParsedQuery) -> str:
        return match_expression(query)

    def title_expression(self, query: ParsedQuery) -> str:
        return "{title_terms} : (" + match_expression(query) + ")"

    def similar_terms(self, word: str, limit: int = 50) -> list[str]:
        padded = f"^{word}$"
        trigrams = {padded[i:i + 3] for i in range(len(padded) - 2)}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.term FROM search_term_fts f JOIN search_searchterm t ON t.id = f.rowid "
                "WHERE search_term_fts MATCH %s ORDER BY f.rank LIMIT %s",
                [" OR ".join(_quoted(trigram) for trigram in sorted(trigrams)), limit],
            )
            return [row[0] for row in cursor.fetchall()]
