"""Product search for buyers: parse, match in the database's index, then rank, filter, facet and page in one place.

The storefront search page, the autocomplete and GET /api/v1/search all call search_products(), so
they return the same products in the same order whatever the database.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db.models import OuterRef, Subquery

from passerelle.catalog.models import Category, Product, Variant
from passerelle.catalog.selectors import category_tree, listed_products
from passerelle.money import Money
from passerelle.money.fx import RateTable

from .backends import Hit, current_backend
from .models import SearchTerm
from .text import ParsedQuery, Word, edit_distance, parse_query, typo_limit

PER_PAGE = 24
MAX_PAGE = 400
# Price band edges in US dollars, rescaled into the buyer's currency and rounded to a "nice" figure there.
PRICE_BAND_EDGES_USD = (Decimal(10), Decimal(25), Decimal(50), Decimal(100), Decimal(250), Decimal(1000))
# Products whose relevance is within this fraction of each other are ranked by popularity.
RELEVANCE_TIE = 0.1


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    currency: str = "USD"
    category: Category | None = None
    seller_id: int | None = None  # search within one shop
    origin: str | None = None
    price_low: Decimal | None = None  # in `currency`
    price_high: Decimal | None = None
    page: int = 1
    per_page: int = PER_PAGE
    sort: str = "relevance"  # or price_asc, price_desc, newest
    autocomplete: bool = False


SORTS = ("relevance", "price_asc", "price_desc", "newest")


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int


@dataclass(frozen=True)
class PriceBand:
    low: Money | None
    high: Money | None
    count: int

    @property
    def value(self) -> str:
        return f"{self.low.amount if self.low else ''}-{self.high.amount if self.high else ''}"


@dataclass(frozen=True)
class Facets:
    categories: list[FacetValue] = field(default_factory=list)  # top-level categories, then their subcategories
    origins: list[FacetValue] = field(default_factory=list)
    price_bands: list[PriceBand] = field(default_factory=list)


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    total_is_lower_bound: bool  # more than backends.HIT_LIMIT matched: the rest are not ranked or counted
    page: int
    pages: int
    product_ids: list[int]  # this page, best first
    facets: Facets
    corrections: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a query word -> what it was read as


def _with_typo_alternatives(query: ParsedQuery) -> tuple[ParsedQuery, dict[str, tuple[str, ...]]]:
    """A word the index does not know is also matched as the known words one or two edits away."""
    words = [term for term in query.terms if isinstance(term, Word) and term.may_have_typo and not term.prefix]
    if not words:
        return query, {}
    known = set(SearchTerm.objects.filter(term__in=[w.text for w in words]).values_list("term", flat=True))
    backend = current_backend()
    corrections: dict[str, tuple[str, ...]] = {}
    terms = []
    for term in query.terms:
        if term in words and term.text not in known:
            limit = typo_limit(term.text)
            scored = sorted((edit_distance(term.text, candidate, limit), candidate) for candidate in backend.similar_terms(term.text))
            alternatives = tuple(candidate for distance, candidate in scored if distance <= limit)[:5]
            if alternatives:
                corrections[term.text] = alternatives
                term = replace(term, alternatives=alternatives)
        terms.append(term)
    return replace(query, terms=tuple(terms)), corrections


def _nice(amount: Decimal) -> Decimal:
    """`amount` rounded to a round figure, 1, 2, 5 or 10 times a power of ten (¥1,493 -> ¥1,000; ¥7,466 -> ¥5,000)."""
    if amount <= 0:
        return Decimal(1)
    power = Decimal(10) ** math.floor(math.log10(amount))
    step = next((step for step in (1, 2, 5) if amount <= step * power * Decimal("1.5")), 10)
    figure = step * power
    return figure.quantize(Decimal(1)) if figure >= 1 else figure.normalize()  # 1000, not 1E+3


def price_band_edges(currency: str, table: RateTable | None) -> list[Decimal]:
    if table is None or not table.has(currency) or not table.has("USD"):
        return list(PRICE_BAND_EDGES_USD) if currency == "USD" else []
    rate = table.rate("USD", currency)
    edges = sorted({_nice(edge * rate) for edge in PRICE_BAND_EDGES_USD})
    return edges


def _prices_in(currency: str, hits: list[Hit], table: RateTable | None) -> dict[int, Decimal | None]:
    rates: dict[str, Decimal | None] = {}
    prices: dict[int, Decimal | None] = {}
    for hit in hits:
        if hit.currency not in rates:
            same = hit.currency == currency
            rates[hit.currency] = Decimal(1) if same else table.rate(hit.currency, currency) if table and table.has(hit.currency) and table.has(currency) else None
        rate = rates[hit.currency]
        prices[hit.product_id] = None if hit.price_min is None or rate is None else hit.price_min * rate
    return prices


def _category_ids(category: Category) -> set[int]:
    ids = {category.pk}
    for top, subs in category_tree():
        if top.pk == category.pk:
            ids.update(sub.pk for sub in subs)
    return ids


def _ranked(hits: list[Hit]) -> list[Hit]:
    """By relevance, then popularity among products about as relevant (within RELEVANCE_TIE of each other)."""
    if not hits:
        return []
    best = max(hit.relevance for hit in hits) or 1.0
    return sorted(hits, key=lambda hit: (math.floor((1 - hit.relevance / best) / RELEVANCE_TIE), -hit.popularity, -hit.product_id))


def _sorted(hits: list[Hit], sort: str, prices: dict[int, Decimal | None]) -> list[Hit]:
    if sort == "newest":
        return sorted(hits, key=lambda hit: -hit.product_id)
    if sort in ("price_asc", "price_desc"):
        priced = sorted((hit for hit in hits if prices[hit.product_id] is not None),
                        key=lambda hit: (prices[hit.product_id], hit.product_id), reverse=sort == "price_desc")
        return priced + [hit for hit in hits if prices[hit.product_id] is None]
    return _ranked(hits)


def search_products(request: SearchRequest, table: RateTable | None) -> SearchResults:
    query, corrections = _with_typo_alternatives(parse_query(request.query, autocomplete=request.autocomplete))
    hits, capped = current_backend().hits(query) if not query.is_empty else ([], False)
    if request.seller_id is not None:
        hits = [hit for hit in hits if hit.seller_id == request.seller_id]
    prices = _prices_in(request.currency, hits, table)
    in_category = _category_ids(request.category) if request.category else None

    def in_price(hit: Hit) -> bool:
        price = prices[hit.product_id]
        if request.price_low is None and request.price_high is None:
            return True
        return price is not None and (request.price_low is None or price >= request.price_low) and (request.price_high is None or price <= request.price_high)

    by_category = [hit for hit in hits if in_category is None or hit.category_id in in_category]
    by_origin = [hit for hit in hits if not request.origin or hit.origin_country == request.origin]
    matching = [hit for hit in by_category if (not request.origin or hit.origin_country == request.origin) and in_price(hit)]

    facets = Facets(
        categories=_category_facet([hit for hit in by_origin if in_price(hit)]),
        origins=[FacetValue(code, count) for code, count in Counter(
            hit.origin_country for hit in by_category if in_price(hit)).most_common()],
        price_bands=_price_facet(
            [hit for hit in by_category if not request.origin or hit.origin_country == request.origin], prices, request.currency, table),
    )
    per_page = max(1, min(request.per_page, 100))
    pages = max(1, math.ceil(len(matching) / per_page))
    page = max(1, min(request.page, pages, MAX_PAGE))
    ranked = _sorted(matching, request.sort, prices)
    return SearchResults(
        query=query.text, total=len(matching), total_is_lower_bound=capped, page=page, pages=min(pages, MAX_PAGE),
        product_ids=[hit.product_id for hit in ranked[(page - 1) * per_page:page * per_page]],
        facets=facets, corrections=corrections,
    )


def _category_facet(hits: list[Hit]) -> list[FacetValue]:
    counts = Counter(hit.category_id for hit in hits)
    values = []
    for top, subs in category_tree():
        sub_values = [FacetValue(str(sub.pk), counts[sub.pk]) for sub in subs if counts[sub.pk]]
        total = counts[top.pk] + sum(value.count for value in sub_values)
        if total:
            values.append(FacetValue(str(top.pk), total))
            values += sub_values
    return values


def _price_facet(hits: list[Hit], prices: dict[int, Decimal | None], currency: str, table: RateTable | None) -> list[PriceBand]:
    edges = price_band_edges(currency, table)
    if not edges:
        return []
    bounds = [None, *edges, None]
    counts = Counter()
    for hit in hits:
        price = prices[hit.product_id]
        if price is not None:
            counts[sum(1 for edge in edges if price >= edge)] += 1
    return [
        PriceBand(low=Money(bounds[i], currency) if bounds[i] is not None else None,
                  high=Money(bounds[i + 1], currency) if bounds[i + 1] is not None else None, count=counts[i])
        for i in range(len(edges) + 1) if counts[i]
    ]


def products_in_order(product_ids: list[int]) -> list[Product]:
    """The page's products, still listed at read time, in the ranked order."""
    # The cheapest variant's weight rides along: duties on a "from" price need it.
    cheapest = Variant.objects.filter(product=OuterRef("pk"), is_active=True).order_by("price", "id").values("weight_grams")[:1]
    products = listed_products().select_related("seller").filter(pk__in=product_ids).annotate(cheapest_weight=Subquery(cheapest))
    found = {product.pk: product for product in products}
    return [found[pk] for pk in product_ids if pk in found]
