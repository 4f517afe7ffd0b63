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

from . import SqlSearchBackend

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

# ts_rank's default weights {0.1, 0.2, 0.4, 1.0} for D, C, B, A: a title (A) term weighs 2.5 times a body (B) one.
_HITS_SQL = """
SELECT d.product_id, ts_rank(d.vector, q) AS relevance, d.category_id, d.origin_country, d.currency, d.price_min, d.popularity, d.seller_id
FROM search_searchdocument d, CAST(%s AS tsquery) q
WHERE d.vector @@ q AND d.listed
ORDER BY relevance DESC
LIMIT %s
"""


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(query: ParsedQuery) -> str:
    parts = []
    for term in query.terms:
        if isinstance(term, Phrase):
            parts.append("(" + " <-> ".join(_lexeme(t) for t in term.terms) + (":*" if term.prefix else "") + ")")
        elif isinstance(term, Word):
            spellings = [_lexeme(term.text) + (":*" if term.prefix else "")] + [_lexeme(alternative) for alternative in term.alternatives]
            parts.append("(" + " | ".join(spellings) + ")")
    return " & ".join(parts)


class PostgresBackend(SqlSearchBackend):
    vendor = "postgresql"
    hits_sql = _HITS_SQL

    def install_statements(self) -> list[str]:
        return INSTALL

    def write_vectors(self, documents: list[SearchDocument]) -> None:
        """Set the tsvector of documents just written, in one statement per batch."""
        if not documents:
            return
        values = ", ".join(["(%s, %s)"] * len(documents))
        params: list[object] = []
        for document in documents:
            params += [document.product_id, tsvector_literal(document.title_terms, document.body_terms)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE search_searchdocument AS d SET vector = CAST(v.vector AS tsvector) FROM (VALUES {values}) AS v(product_id, vector) "
                "WHERE d.product_id = v.product_id",
                params,
            )

    def expression(self, query: ParsedQuery) -> str:
        return tsquery_expression(query)

    def similar_terms(self, word: str, limit: int = 50) -> list[str]:
        with connection.cursor() as cursor:
            # The default threshold (0.3) misses one changed letter in a four-letter word; the caller checks the distance.
            cursor.execute("SET pg_trgm.similarity_threshold = 0.2")
            cursor.execute(
                "SELECT term FROM search_searchterm WHERE term %% %s ORDER BY similarity(term, %s) DESC LIMIT %s",
                [word, word, limit],
            )
            return [row[0] for row in cursor.fetchall()]
