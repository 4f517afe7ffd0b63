"""Search API: the same service as the storefront's search page, in the language and currency asked for."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema

from passerelle.api.schemas import ErrorOut, MoneyOut, SellerOut
from passerelle.catalog.api import PriceOut, category_param, price_out, requested_currency
from passerelle.catalog.selectors import category_names, category_tree, localized_texts, product_cards
from passerelle.core.countries import check_country, country_name
from passerelle.core.errors import InvalidInput
from passerelle.core.languages import supported_language
from passerelle.fx.selectors import current_rate_table

from .selectors import MAX_PAGE, SORTS, SearchRequest, products_in_order, search_products

router = Router(tags=["search"])


class SearchQuery(Schema):
    q: str = ""
    lang: str | None = None
    currency: str | None = None
    category: str | None = None
    origin: str | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 24


class SearchHitOut(Schema):
    id: int
    title: str
    title_language: str
    translated: bool
    url: str
    origin_country: str
    category: str
    seller: SellerOut
    price: PriceOut | None
    in_stock: bool
    image: str | None


class FacetOut(Schema):
    value: str
    label: str
    count: int


class PriceBandOut(Schema):
    min: MoneyOut | None
    max: MoneyOut | None
    count: int


class FacetsOut(Schema):
    categories: list[FacetOut]
    origins: list[FacetOut]
    price_bands: list[PriceBandOut]


class SearchOut(Schema):
    query: str
    language: str
    currency: str
    count: int
    count_is_lower_bound: bool
    page: int
    pages: int
    page_size: int
    corrections: dict[str, list[str]]
    items: list[SearchHitOut]
    facets: FacetsOut


class SuggestOut(Schema):
    query: str
    language: str
    suggestions: list[str]


def _money(money: Any) -> dict[str, str] | None:
    return {"amount": str(money.amount), "currency": money.currency} if money is not None else None


@router.get("/search", response={200: SearchOut, 422: ErrorOut}, summary="Search products in any of the ten languages")
def search(request: HttpRequest, params: Query[SearchQuery]) -> dict[str, Any]:
    """Words in any language find products through every translation (`咖啡`, `コーヒー`, `coffee`).
    Titles come back in `lang` (an unsupported language falls back to English), prices in `currency`.
    Facets count the matches for each category, origin and price band (in `currency`)."""
    language = supported_language(params.lang)
    currency = requested_currency(request, params.currency)
    if not 1 <= params.page_size <= 100:
        raise InvalidInput(_("page_size: between 1 and 100"), field="page_size")
    if not 1 <= params.page <= MAX_PAGE:
        raise InvalidInput(_("page: between 1 and %(limit)s") % {"limit": MAX_PAGE}, field="page")
    if params.sort not in SORTS:
        raise InvalidInput(_("sort: %(value)s; expected one of %(choices)s") % {"value": repr(params.sort), "choices": ", ".join(SORTS)}, field="sort")
    for field, value in (("price_min", params.price_min), ("price_max", params.price_max)):
        if value is not None and value < 0:
            raise InvalidInput(_("%(field)s: must be 0 or more") % {"field": field}, field=field)
    category = category_param(params.category)
    origin = check_country(params.origin, field="origin") if params.origin else None
    table = current_rate_table()
    results = search_products(SearchRequest(
        query=params.q, currency=currency, category=category, origin=origin, price_low=params.price_min, price_high=params.price_max,
        page=params.page, per_page=params.page_size, sort=params.sort,
    ), table)
    with translation.override(language):
        cards = product_cards(products_in_order(results.product_ids), currency, table, language)
        names = category_names(language)
        slugs = {c.pk: c.slug for top, subs in category_tree() for c in (top, *subs)}
        locale = translation.to_locale(language)
        items = [{
            "id": card.id, "title": card.title, "title_language": card.title_language, "translated": not card.is_fallback,
            "url": request.build_absolute_uri(f"/p/{card.id}/{card.slug}/") if language == "en" else request.build_absolute_uri(f"/{language}/p/{card.id}/{card.slug}/"),
            "origin_country": card.origin_country, "category": slugs.get(card.category_id, ""),
            "seller": {"id": card.seller_id, "slug": card.seller_slug, "name": card.seller_name, "country": card.seller_country},
            "price": price_out(card.price) if card.price else None, "in_stock": card.in_stock, "image": card.image_url and request.build_absolute_uri(card.image_url),
        } for card in cards]
        facets = {
            "categories": [{"value": slugs.get(int(f.value), f.value), "label": names.get(int(f.value), ""), "count": f.count} for f in results.facets.categories],
            "origins": [{"value": f.value, "label": country_name(f.value, locale), "count": f.count} for f in results.facets.origins],
            "price_bands": [{"min": _money(band.low), "max": _money(band.high), "count": band.count} for band in results.facets.price_bands],
        }
    return {
        "query": results.query, "language": language, "currency": currency, "count": results.total, "count_is_lower_bound": results.total_is_lower_bound,
        "page": results.page, "pages": results.pages, "page_size": params.page_size,
        "corrections": {word: list(spellings) for word, spellings in results.corrections.items()}, "items": items, "facets": facets,
    }


@router.get("/search/suggest", response={200: SuggestOut}, summary="Autocomplete: product titles for what has been typed so far")
def suggest(request: HttpRequest, q: str = "", lang: str | None = None) -> dict[str, Any]:
    language = supported_language(lang)
    results = search_products(SearchRequest(query=q, per_page=8, autocomplete=True), None)
    products = products_in_order(results.product_ids)
    texts = localized_texts(products, language)
    return {"query": results.query, "language": language, "suggestions": list(dict.fromkeys(texts[p.pk].title for p in products))}
