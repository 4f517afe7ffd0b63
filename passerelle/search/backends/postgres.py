"""PostgreSQL search: full text over a tsvector column (GIN), and pg_trgm over the term vocabulary.

The tsvector is written by the indexer as a literal of the terms made in Python (passerelle.search.text),
with their positions and weights (A for the title, B for the rest). PostgreSQL's own text parser never
sees them: it drops Thai vowel marks and splits some Japanese runs, depending on the server's locale.
The query is a tsquery literal built from the same terms: bigram phrases with `<->`, prefixes with `:*`,
typo alternatives with `|`.
"""

from __future__ import annotations

from django.db import connection

from passerelle.search.models import SearchDocument
from passerelle.search.text import ParsedQuery, Phrase, Word

from . import BODY_TIER, DOCUMENT_FIELDS, HIT_COLUMNS, TITLE_TIER, SqlSearchBackend

INSTALL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE search_searchdocument ADD COLUMN vector tsvector",
    "CREATE INDEX search_doc_vector_idx ON search_searchdocument USING gin (vector)",
    "CREATE INDEX search_term_trgm_idx ON search_searchterm USING gin (term gin_trgm_ops)",
]
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position; later terms share it


def tsvector_literal(title_terms: str, body_terms: str) -> str:
    """`'term':1A,4A 'other':2B ...`: each term with its positions, weight A in the title and B after it."""
    positions: dict[str, list[str]] = {}
    number = 0
    for weight, terms in (("A", title_terms), ("B", body_terms)):
        for term in terms.split():
            number = min(number + 1, MAX_POSITION)
            kept = positions.setdefault(term, [])
            if len(kept) < 256:  # PostgreSQL keeps at most 256 positions per lexeme
                kept.append(f"{number}{weight}")
    return " ".join(f"{_lexeme(term)}:{','.join(kept)}" for term, kept in positions.items())

_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM search_searchdocument WHERE vector @@ CAST(%s AS tsquery) LIMIT %s) AS matches"
# ts_rank's default weights {0.1, 0.2, 0.4, 1.0} for D, C, B, A: a title (A) term weighs 2.5 times a body (B) one.
_SCORED_SQL = f"""
SELECT {HIT_COLUMNS.format(relevance="ts_rank(d.vector, q)")}
FROM search_searchdocument d, CAST(%s AS tsquery) q
WHERE d.vector @@ q AND d.listed
ORDER BY 2 DESC
LIMIT %s
"""
_TIERED_SQL = f"""
WITH title AS MATERIALIZED (
    SELECT {HIT_COLUMNS.format(relevance=TITLE_TIER)} FROM search_searchdocument d
    WHERE d.vector @@ CAST(%s AS tsquery) AND d.listed LIMIT %s
)
SELECT * FROM title
UNION ALL
(SELECT {HIT_COLUMNS.format(relevance=BODY_TIER)} FROM search_searchdocument d
 WHERE d.vector @@ CAST(%s AS tsquery) AND d.listed AND d.product_id NOT IN (SELECT product_id FROM title) LIMIT %s)
LIMIT %s
"""


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(query: ParsedQuery, weights: str = "") -> str:
    """The tsquery; with weights="A", only lexemes of the title match (`'cafe':A`, `'咖':*A`)."""
    suffix = f":{weights}" if weights else ""
    prefix_suffix = f":*{weights}"
    parts = []
    for term in query.terms:
        if isinstance(term, Phrase):
            if term.prefix:
                parts.append("(" + _lexeme(term.terms[0]) + prefix_suffix + ")")
            else:
                parts.append("(" + " <-> ".join(_lexeme(t) + suffix for t in term.terms) + ")")
        elif isinstance(term, Word):
            spellings = [_lexeme(term.text) + (prefix_suffix if term.prefix else suffix)] + [_lexeme(alternative) + suffix for alternative in term.alternatives]
            parts.append("(" + " | ".join(spellings) + ")")
    return " & ".join(parts)


class PostgresBackend(SqlSearchBackend):
    vendor = "postgresql"
    count_sql, scored_sql, tiered_sql = _COUNT_SQL, _SCORED_SQL, _TIERED_SQL

    def install_statements(self) -> list[str]:
        return INSTALL

    def write_documents(self, documents: list[SearchDocument]) -> None:
        """Upsert the documents with their tsvector in the same statement: one row version per write, not two."""
        if not documents:
            return
        columns = ["product_id", *DOCUMENT_FIELDS, "vector"]
        row = "(" + ", ".join(["%s"] * (len(columns) - 1)) + ", CAST(%s AS tsvector))"
        params: list[object] = []
        for document in documents:
            params += [document.product_id, *(getattr(document, field) for field in DOCUMENT_FIELDS),
                       tsvector_literal(document.title_terms, document.body_terms)]
        updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in columns[1:])
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO search_searchdocument ({', '.join(columns)}) VALUES {', '.join([row] * len(documents))} "
                f"ON CONFLICT (product_id) DO UPDATE SET {updates}",
                params,
            )

    def expression(self, query: ParsedQuery) -> str:
        return tsquery_expression(query)

    def title_expression(self, query: ParsedQuery) -> str:
        return tsquery_expression(query, weights="A")

    def similar_terms(self, word: str, limit: int = 50) -> list[str]:
        with connection.cursor() as cursor:
            # The default threshold (0.3) misses one changed letter in a four-letter word; the caller checks the distance.
            cursor.execute("SET pg_trgm.similarity_threshold = 0.2")
            cursor.execute(
                "SELECT term FROM search_searchterm WHERE term %% %s ORDER BY similarity(term, %s) DESC LIMIT %s",
                [word, word, limit],
            )
            return [row[0] for row in cursor.fetchall()]
