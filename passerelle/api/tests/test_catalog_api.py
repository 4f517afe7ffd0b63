"""GET /api/v1/products and /api/v1/products/{id} through HTTP: shape, filters, FX conversion, errors, query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_archive
from passerelle.conftest import make_product
from passerelle.sellers.models import Seller
from passerelle.sellers.services import seller_suspend

pytestmark = pytest.mark.django_db

# Demo snapshot of 2026-11-25: 1 EUR = 1.1612 USD = 8.2390 CNY = 0.9312 CHF, HALF_UP to 2 decimals.
#   12.50 USD   -> 12.50 * 8.2390 / 1.1612   =    88.6906.. ->    88.69 CNY
#   39.00 USD   -> 39.00 * 8.2390 / 1.1612   =   276.7146.. ->   276.71 CNY
#   1450.00 CHF -> 1450 * 8.2390 / 0.9312    = 12829.1988.. -> 12829.20 CNY


def _titles(body: dict[str, Any]) -> list[str]:
    return [item["title"] for item in body["items"]]


def test_product_list_shape_in_cny(api: Client, coffee: Product, watch: Product, fx_rates: None) -> None:
    response = api.get("/api/v1/products", {"currency": "CNY"})
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["page"], body["pages"], body["page_size"], body["currency"], body["rates_date"]) == (2, 1, 1, 24, "CNY", "2026-11-25")
    by_title = {item["title"]: item for item in body["items"]}
    assert _titles(body) == ["Automatic watch, steel", "Kenya AA whole bean"]  # newest first

    item = by_title["Kenya AA whole bean"]
    seller = coffee.seller
    assert item["id"] == coffee.pk
    assert item["seller"] == {"id": seller.pk, "slug": seller.slug, "name": "Ruiru Highlands Coffee Cooperative", "country": "KE"}
    assert item["price"] == {
        "amount": "88.69", "currency": "CNY", "converted": True, "rates_date": "2026-11-25",
        "seller_price": {"amount": "12.50", "currency": "USD"},
    }
    small, large = coffee.variants.order_by("position")
    assert item["variants"] == [
        {"id": small.pk, "sku": "RUI-AA-250", "options": {"size": "250 g"}, "stock": 40, "weight_grams": 280,
         "price": {"amount": "88.69", "currency": "CNY", "converted": True, "rates_date": "2026-11-25", "seller_price": {"amount": "12.50", "currency": "USD"}}},
        {"id": large.pk, "sku": "RUI-AA-1KG", "options": {"size": "1 kg"}, "stock": 5, "weight_grams": 1050,
         "price": {"amount": "276.71", "currency": "CNY", "converted": True, "rates_date": "2026-11-25", "seller_price": {"amount": "39.00", "currency": "USD"}}},
    ]
    assert (item["category"], item["hs_code"], item["origin_country"], item["in_stock"], item["images"]) == ("whole-bean", "090121", "KE", True, [])

    watch_price = by_title["Automatic watch, steel"]["price"]
    assert (watch_price["amount"], watch_price["currency"], watch_price["seller_price"]) == ("12829.20", "CNY", {"amount": "1450.00", "currency": "CHF"})


def test_product_list_in_the_sellers_own_currency_is_not_converted(api: Client, coffee: Product, fx_rates: None) -> None:
    item = api.get("/api/v1/products", {"currency": "usd"}).json()["items"][0]
    assert item["price"] == {"amount": "12.50", "currency": "USD", "converted": False, "rates_date": None, "seller_price": {"amount": "12.50", "currency": "USD"}}


def test_product_list_defaults_to_the_buyers_currency_cookie(api: Client, coffee: Product, fx_rates: None) -> None:
    api.cookies["currency"] = "CNY"
    body = api.get("/api/v1/products").json()
    assert (body["currency"], body["items"][0]["price"]["amount"]) == ("CNY", "88.69")


def test_product_list_filters(api: Client, coffee: Product, watch: Product, kenya_coffee: Seller, categories: dict[str, Category], fx_rates: None) -> None:
    ethiopian = make_product(kenya_coffee, categories["coffee"], "Yirgacheffe green beans", [{"sku": "ETH-G1", "price": "20.00", "weight_grams": 500, "stock": 9}], origin_country="ET")
    assert _titles(api.get("/api/v1/products", {"query": "kenya"}).json()) == ["Kenya AA whole bean"]
    assert _titles(api.get("/api/v1/products", {"query": "jura"}).json()) == ["Automatic watch, steel"]  # the shop's name matches too
    # "coffee" includes its subcategory "whole-bean".
    assert _titles(api.get("/api/v1/products", {"category": "coffee"}).json()) == ["Yirgacheffe green beans", "Kenya AA whole bean"]
    assert _titles(api.get("/api/v1/products", {"category": "whole-bean"}).json()) == ["Kenya AA whole bean"]
    assert _titles(api.get("/api/v1/products", {"origin": "et"}).json()) == [ethiopian.title]
    assert _titles(api.get("/api/v1/products", {"origin": "CH", "category": "watches"}).json()) == ["Automatic watch, steel"]
    assert api.get("/api/v1/products", {"query": "nothing like this"}).json()["count"] == 0


def test_product_list_pages(api: Client, many_coffees: list[Product], fx_rates: None) -> None:
    newest_first = [p.title for p in reversed(many_coffees)]
    first = api.get("/api/v1/products", {"page_size": 10}).json()
    third = api.get("/api/v1/products", {"page_size": 10, "page": 3}).json()
    beyond = api.get("/api/v1/products", {"page_size": 10, "page": 4}).json()
    assert (first["count"], first["pages"], _titles(first)) == (25, 3, newest_first[:10])
    assert (third["page"], _titles(third)) == (3, newest_first[20:])
    assert (beyond["count"], beyond["items"]) == (25, [])
    far_beyond = api.get("/api/v1/products", {"page_size": 10, "page": 10**20})  # once overflowed the SQL OFFSET: a 500
    assert (far_beyond.status_code, far_beyond.json()["items"]) == (200, [])


def test_product_list_items_carry_their_image_and_both_variants(api: Client, many_coffees: list[Product], fx_rates: None) -> None:
    item = api.get("/api/v1/products", {"page_size": 1}).json()["items"][0]
    assert item["title"] == "Estate lot 24"
    assert [v["sku"] for v in item["variants"]] == ["LOT-24-250", "LOT-24-1KG"]
    assert len(item["images"]) == 1 and item["images"][0].startswith("http://127.0.0.1:8000/media/products/") and item["images"][0].endswith(".png")


@pytest.mark.parametrize(
    "params, queries",
    [
        # count, the page of products (+seller, category), their variants, their images
        ({}, 4),
        ({"currency": "CNY"}, 4),
        # + the category by slug (its subcategories come from the cached tree)
        ({"currency": "CNY", "category": "coffee", "origin": "KE", "query": "estate lot"}, 5),
    ],
)
def test_product_list_query_count_is_the_same_for_2_and_20_items(
    api: Client, many_coffees: list[Product], fx_rates: None, params: dict[str, str], queries: int
) -> None:
    api.get("/api/v1/products", params)  # warm the rate-table and category caches
    with CaptureQueriesContext(connection) as two:
        small = api.get("/api/v1/products", {**params, "page_size": 2})
    with CaptureQueriesContext(connection) as twenty:
        large = api.get("/api/v1/products", {**params, "page_size": 20})
    assert (len(small.json()["items"]), len(large.json()["items"])) == (2, 20)
    assert len(two) == len(twenty) == queries


def test_product_detail(api: Client, coffee: Product, fx_rates: None, django_assert_num_queries: Any) -> None:
    api.get(f"/api/v1/products/{coffee.pk}")  # warm the rate-table cache
    with django_assert_num_queries(4):
        response = api.get(f"/api/v1/products/{coffee.pk}", {"currency": "CNY"})
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["title"], body["url"]) == (coffee.pk, "Kenya AA whole bean", f"http://127.0.0.1:8000/p/{coffee.pk}/kenya-aa-whole-bean/")
    assert body["price"]["amount"] == "88.69"
    assert [(v["sku"], v["price"]["amount"]) for v in body["variants"]] == [("RUI-AA-250", "88.69"), ("RUI-AA-1KG", "276.71")]


def test_product_detail_unknown_suspended_or_archived_is_404_json(api: Client, coffee: Product, watch: Product) -> None:
    expected = {"code": "not_found", "field": "product_id"}
    response = api.get("/api/v1/products/999999")
    assert response.status_code == 404
    assert {k: response.json()[k] for k in expected} == expected
    assert response.json()["message"] == "product: no product 999999 is for sale"

    seller_suspend(seller=coffee.seller, reason="Counterfeit certificates")
    response = api.get(f"/api/v1/products/{coffee.pk}")
    assert (response.status_code, response.json()["code"]) == (404, "not_found")
    assert [item["id"] for item in api.get("/api/v1/products").json()["items"]] == [watch.pk]

    product_archive(product=watch)
    assert api.get(f"/api/v1/products/{watch.pk}").status_code == 404
    assert api.get("/api/v1/products").json()["count"] == 0


@pytest.mark.parametrize(
    "params, field, code",
    [
        ({"currency": "ZZZ"}, "currency", "unknown_currency"),
        ({"currency": "dollars"}, "currency", "unknown_currency"),
        ({"origin": "ZZ"}, "origin", "unknown_country"),
        ({"origin": "Kenya"}, "origin", "unknown_country"),
        ({"category": "no-such-category"}, "category", "invalid"),
        ({"page_size": 0}, "page_size", "invalid"),
        ({"page_size": 101}, "page_size", "invalid"),
        ({"page": 0}, "page", "invalid"),
        ({"page_size": "ten"}, "page_size", "invalid"),
    ],
)
def test_product_list_errors_name_the_field(api: Client, coffee: Product, params: dict[str, Any], field: str, code: str) -> None:
    response = api.get("/api/v1/products", params)
    assert response.status_code == 422
    body = response.json()
    assert (body["field"], body["code"]) == (field, code)
    assert body["message"].startswith(f"{field}: ")


def test_product_detail_unknown_currency_is_422(api: Client, coffee: Product) -> None:
    response = api.get(f"/api/v1/products/{coffee.pk}", {"currency": "XYZ"})
    assert response.status_code == 422
    assert (response.json()["field"], response.json()["code"]) == ("currency", "unknown_currency")


def test_openapi_lists_every_path(api: Client) -> None:
    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    expected = {
        "/api/v1/products": {"get"},
        "/api/v1/products/{product_id}": {"get"},
        "/api/v1/carts": {"post"},
        "/api/v1/carts/{cart_id}": {"get"},
        "/api/v1/carts/{cart_id}/lines": {"post"},
        "/api/v1/carts/{cart_id}/lines/{variant_id}": {"put"},
        "/api/v1/carts/{cart_id}/checkout": {"post"},
        "/api/v1/orders/{order_id}": {"get"},
        "/api/v1/orders/{order_id}/payments": {"post"},
        "/api/v1/seller/products": {"get", "post"},
        "/api/v1/seller/products/{product_id}": {"get", "patch", "delete"},
        "/api/v1/seller/products/{product_id}/variants": {"post"},
        "/api/v1/seller/variants/{variant_id}": {"patch"},
        "/api/v1/seller/orders": {"get"},
        "/api/v1/seller/orders/{sub_order_id}": {"get"},
        "/api/v1/seller/orders/{sub_order_id}/shipment": {"post"},
    }
    missing = {path: operations - set(paths.get(path, {})) for path, operations in expected.items() if operations - set(paths.get(path, {}))}
    assert missing == {}


def test_api_docs_serve_without_any_cdn(api: Client) -> None:
    response = api.get("/api/v1/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    for host in ("cdn.", "unpkg", "jsdelivr", "cdnjs"):
        assert host not in page
