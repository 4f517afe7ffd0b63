"""GET /api/v1/search and /search/suggest: the storefront's search service over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_translation_set
from passerelle.conftest import make_lot
from passerelle.search.services import search_index_all
from passerelle.sellers.models import Seller


@pytest.fixture
def coffee_in_japanese(coffee: Product, watch: Product, fx_rates: None) -> Product:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    search_index_all()
    return coffee


def _search(api: Client, **params: Any) -> dict[str, Any]:
    response = api.get("/api/v1/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_search_shape(api: Client, coffee_in_japanese: Product) -> None:
    body = _search(api, q="コーヒー", lang="ja", currency="JPY")
    assert (body["query"], body["language"], body["currency"], body["count"], body["page"], body["pages"]) == ("コーヒー", "ja", "JPY", 1, 1, 1)
    item = body["items"][0]
    assert (item["id"], item["title"], item["title_language"], item["translated"]) == (coffee_in_japanese.pk, "ケニア AA コーヒー豆", "ja", True)
    assert item["url"].endswith(f"/ja/p/{coffee_in_japanese.pk}/{coffee_in_japanese.slug}/")
    assert item["price"]["currency"] == "JPY" and item["price"]["converted"] is True
    assert item["category"] == "whole-bean" and item["seller"]["country"] == "KE"
    assert body["facets"]["origins"] == [{"value": "KE", "label": "ケニア", "count": 1}]
    assert [f["value"] for f in body["facets"]["categories"]] == ["coffee", "whole-bean"]
    assert all(band["min"] is None or band["min"]["currency"] == "JPY" for band in body["facets"]["price_bands"])


def test_an_untranslated_language_gets_the_sellers_title(api: Client, coffee_in_japanese: Product) -> None:
    item = _search(api, q="kenya", lang="ko")["items"][0]
    assert (item["title"], item["title_language"], item["translated"]) == ("Kenya AA whole bean", "en", False)


def test_an_unsupported_language_falls_back_to_english(api: Client, coffee_in_japanese: Product) -> None:
    body = _search(api, q="コーヒー", lang="tlh")
    assert body["language"] == "en" and body["items"][0]["title"] == "Kenya AA whole bean"
    assert _search(api, q="コーヒー", lang="ja-JP")["language"] == "ja"


@pytest.mark.parametrize("q", ["", "   ", '"', "*", "NEAR(", "-", "'", "x" * 1000, "\x00\x01", "' OR 1=1 --", "coffee\" OR \"1"])
def test_hostile_queries_answer_200(api: Client, coffee_in_japanese: Product, q: str) -> None:
    body = _search(api, q=q)
    assert isinstance(body["items"], list)


@pytest.mark.parametrize(("params", "field"), [
    ({"currency": "XXX1"}, "currency"), ({"category": "nope"}, "category"), ({"origin": "ZZ"}, "origin"),
    ({"page": 0}, "page"), ({"page_size": 101}, "page_size"), ({"sort": "random"}, "sort"), ({"price_min": -1}, "price_min"),
])
def test_bad_parameters_name_the_field(api: Client, coffee_in_japanese: Product, params: dict[str, Any], field: str) -> None:
    response = api.get("/api/v1/search", {"q": "coffee", **params})
    assert response.status_code == 422
    assert response.json()["field"] == field


def test_filters_and_pages(api: Client, kenya_coffee: Seller, categories: dict[str, Category], coffee_in_japanese: Product) -> None:
    for n in range(5):
        make_lot(kenya_coffee, categories["whole-bean"], n)
    search_index_all()
    assert _search(api, q="lot", page_size=2, page=3)["items"][0]["title"].startswith("Lot")
    assert _search(api, q="lot", page_size=2)["pages"] == 3
    assert _search(api, q="coffee", category="watches")["count"] == 0
    assert (_search(api, q="watch", origin="CH")["count"], _search(api, q="watch", origin="KE")["count"]) == (1, 0)
    priced = _search(api, q="lot", currency="USD", price_min="5", price_max="15", sort="price_asc")
    assert priced["count"] == 5


def test_query_count_does_not_grow_with_the_page(api: Client, kenya_coffee: Seller, categories: dict[str, Category],
                                                 fx_rates: None, django_assert_max_num_queries: Any) -> None:
    for n in range(20):
        make_lot(kenya_coffee, categories["whole-bean"], n)
    search_index_all()
    with django_assert_max_num_queries(9):
        assert len(_search(api, q="lot", page_size=20)["items"]) == 20


def test_suggest(api: Client, coffee_in_japanese: Product) -> None:
    body = api.get("/api/v1/search/suggest", {"q": "ken", "lang": "ja"}).json()
    assert body == {"query": "ken", "language": "ja", "suggestions": ["ケニア AA コーヒー豆"]}
    assert api.get("/api/v1/search/suggest", {"q": ""}).json()["suggestions"] == []
