"""The seller API through HTTP: authentication, own products and variants, own orders and shipping."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.accounts.models import User
from passerelle.accounts.tokens import ApiToken, api_token_create
from passerelle.catalog.models import Category, Product, Variant
from passerelle.conftest import make_lot, make_seller, place_order
from passerelle.fulfillment.models import Shipment
from passerelle.orders.models import SubOrder
from passerelle.sellers.models import Seller


pytestmark = pytest.mark.django_db


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _send(api: Client, method: str, path: str, token: str, body: dict[str, Any] | None = None) -> Any:
    return getattr(api, method)(path, body, content_type="application/json", headers=_bearer(token))


def _assert_error(response: Any, status: int, field: str | None, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert (body["field"], body["code"]) == (field, code)
    return body


NEW_PRODUCT: dict[str, Any] = {
    "title": "Kenya peaberry",
    "category": "whole-bean",
    "hs_code": "0901.21",
    "origin_country": "ke",
    "brand": "Ruiru",
    "description": "<p>Small round beans.</p><script>alert(1)</script>",
    "variants": [{"sku": "RUI-PB-250", "price": "14.00", "weight_grams": 280, "stock": 12, "options": {"size": "250 g"}}],
}


@pytest.mark.parametrize(
    "path", ["/api/v1/seller/products", "/api/v1/seller/orders", "/api/v1/seller/products/1", "/api/v1/seller/orders/1"]
)
def test_no_credentials_is_401_json(api: Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 401
    assert response.json() == {"code": "unauthorized", "message": "Sign in or send 'Authorization: Bearer <token>'", "field": None}


@pytest.mark.parametrize("header", ["Bearer psl_not-a-real-token", "Bearer ", "Token abc", "psl_x"])
def test_bad_token_is_401_and_creates_nothing(api: Client, coffee: Product, header: str) -> None:
    response = api.post("/api/v1/seller/products", NEW_PRODUCT, content_type="application/json", headers={"Authorization": header})
    assert (response.status_code, response.json()["code"]) == (401, "unauthorized")
    assert Product.objects.count() == 1


def test_revoked_token_is_401(api: Client, seller_token: str, coffee: Product) -> None:
    assert _send(api, "get", "/api/v1/seller/products", seller_token).status_code == 200
    ApiToken.objects.update(revoked_at="2026-01-01T00:00:00Z")
    assert _send(api, "get", "/api/v1/seller/products", seller_token).status_code == 401


def test_bearer_token_lists_only_own_products(api: Client, seller_token: str, coffee: Product, watch: Product) -> None:
    response = _send(api, "get", "/api/v1/seller/products", seller_token)
    assert response.status_code == 200
    assert [(p["id"], p["title"], p["status"], p["category"]) for p in response.json()] == [(coffee.pk, "Kenya AA whole bean", "active", "whole-bean")]
    variants = response.json()[0]["variants"]
    assert [(v["sku"], v["price"], v["stock"], v["is_active"]) for v in variants] == [
        ("RUI-AA-250", {"amount": "12.50", "currency": "USD"}, 40, True),
        ("RUI-AA-1KG", {"amount": "39.00", "currency": "USD"}, 5, True),
    ]
    token = api_token_create(user=watch.seller.owner)
    assert [p["id"] for p in _send(api, "get", "/api/v1/seller/products", token).json()] == [watch.pk]
    assert ApiToken.objects.get(hint=token[:12]).last_used_at is not None


def test_session_sign_in_works_too(seller_client: Client, coffee: Product) -> None:
    response = seller_client.get(f"/api/v1/seller/products/{coffee.pk}")
    assert (response.status_code, response.json()["id"]) == (200, coffee.pk)


def test_a_token_for_an_account_without_a_shop_is_404(api: Client, db: None) -> None:
    buyer = User.objects.create_user("buyer@example.com", "correct horse battery staple")
    _assert_error(_send(api, "get", "/api/v1/seller/products", api_token_create(user=buyer)), 404, "seller", "not_found")


def test_create_product(api: Client, seller_token: str, kenya_coffee: Seller, categories: dict[str, Category]) -> None:
    response = _send(api, "post", "/api/v1/seller/products", seller_token, NEW_PRODUCT)
    assert response.status_code == 201, response.content
    body = response.json()
    product = Product.objects.get(pk=body["id"])
    assert (body["title"], body["hs_code"], body["origin_country"], body["category"], body["status"]) == ("Kenya peaberry", "090121", "KE", "whole-bean", "active")
    assert body["description"] == "<p>Small round beans.</p>"  # script removed
    assert [(v["sku"], v["price"], v["stock"], v["options"]) for v in body["variants"]] == [("RUI-PB-250", {"amount": "14.00", "currency": "USD"}, 12, {"size": "250 g"})]
    assert (product.seller, product.currency, str(product.price_min), product.in_stock) == (kenya_coffee, "USD", "14.0000", True)
    assert [item["id"] for item in api.get("/api/v1/products").json()["items"]] == [product.pk]


@pytest.mark.parametrize(
    "change, field, code",
    [
        ({"hs_code": "09.01"}, "hs_code", "invalid_hs_code"),
        ({"hs_code": "coffee"}, "hs_code", "invalid_hs_code"),
        ({"origin_country": "XX"}, "origin_country", "unknown_country"),
        ({"category": "no-such-category"}, "category", "invalid"),
        ({"title": " "}, "title", "invalid"),
        ({"variants": [{"sku": "RUI-AA-250", "price": "14.00", "weight_grams": 280, "stock": 1}]}, "sku", "sku_taken"),
        ({"variants": [{"sku": "PB-1", "price": "14.00", "weight_grams": 280, "stock": 1}, {"sku": "PB-1", "price": "15.00", "weight_grams": 280, "stock": 1}]}, "sku", "sku_taken"),
        ({"variants": [{"sku": "RUI-PB-250", "price": "14.00", "weight_grams": 280, "stock": -1}]}, "stock", "invalid"),
        ({"variants": [{"sku": "RUI-PB-250", "price": "14.005", "weight_grams": 280, "stock": 1}]}, "price", "invalid"),
        ({"variants": [{"sku": "RUI-PB-250", "price": "-14.00", "weight_grams": 280, "stock": 1}]}, "price", "invalid"),
        ({"variants": [{"sku": "RUI-PB-250", "price": "NaN", "weight_grams": 280, "stock": 1}]}, "price", "invalid"),
        ({"variants": [{"sku": "RUI-PB-250", "price": "14.00", "weight_grams": 0, "stock": 1}]}, "weight_grams", "invalid"),
        ({"variants": [{"sku": "has space", "price": "14.00", "weight_grams": 280, "stock": 1}]}, "sku", "invalid"),
    ],
)
def test_create_product_with_bad_input_is_422_and_saves_nothing(
    api: Client, seller_token: str, coffee: Product, change: dict[str, Any], field: str, code: str
) -> None:
    response = _send(api, "post", "/api/v1/seller/products", seller_token, {**NEW_PRODUCT, **change})
    body = _assert_error(response, 422, field, code)
    assert body["message"].startswith(f"{field}: ")
    assert list(Product.objects.values_list("title", flat=True)) == ["Kenya AA whole bean"]
    assert sorted(Variant.objects.values_list("sku", flat=True)) == ["RUI-AA-1KG", "RUI-AA-250"]


def test_price_decimals_follow_the_shops_currency(api: Client, categories: dict[str, Category]) -> None:
    shop = make_seller("Kyoto Tea House", "JP", "JPY", "tea@example.com")
    token = api_token_create(user=shop.owner)
    product = {**NEW_PRODUCT, "title": "Gyokuro", "hs_code": "090210", "origin_country": "JP", "category": "coffee"}
    body = _assert_error(
        _send(api, "post", "/api/v1/seller/products", token, {**product, "variants": [{"sku": "GYO-100", "price": "1200.50", "weight_grams": 120}]}),
        422, "price", "invalid",
    )
    assert body["message"] == "price: 1200.50 has more decimals than JPY allows (1201 would be accepted)"
    assert Product.objects.count() == 0
    created = _send(api, "post", "/api/v1/seller/products", token, {**product, "variants": [{"sku": "GYO-100", "price": "1200", "weight_grams": 120}]})
    assert (created.status_code, created.json()["variants"][0]["price"]) == (201, {"amount": "1200", "currency": "JPY"})


def test_patch_own_product_and_variant(api: Client, seller_token: str, coffee: Product) -> None:
    response = _send(api, "patch", f"/api/v1/seller/products/{coffee.pk}", seller_token, {"title": "Kenya AA, whole bean", "hs_code": "0901 21 00"})
    assert (response.status_code, response.json()["title"], response.json()["hs_code"]) == (200, "Kenya AA, whole bean", "09012100")
    large = coffee.variants.get(sku="RUI-AA-1KG")
    response = _send(api, "patch", f"/api/v1/seller/variants/{large.pk}", seller_token, {"stock": 0, "price": "37.50"})
    assert (response.status_code, response.json()["stock"], response.json()["price"]) == (200, 0, {"amount": "37.50", "currency": "USD"})
    coffee.refresh_from_db()
    assert (coffee.title, str(coffee.price_min)) == ("Kenya AA, whole bean", "12.5000")


@pytest.mark.parametrize(
    "patch, field",
    [({"stock": -1}, "stock"), ({"price": "0"}, "price"), ({"price": "12.345"}, "price"), ({"sku": "RUI-AA-250"}, "sku"), ({"weight_grams": 0}, "weight_grams")],
)
def test_patch_variant_with_bad_input_is_422_and_changes_nothing(api: Client, seller_token: str, coffee: Product, patch: dict[str, Any], field: str) -> None:
    large = coffee.variants.get(sku="RUI-AA-1KG")
    before = Variant.objects.filter(pk=large.pk).values("sku", "price", "stock", "weight_grams").get()
    response = _send(api, "patch", f"/api/v1/seller/variants/{large.pk}", seller_token, patch)
    assert (response.status_code, response.json()["field"]) == (422, field)
    assert Variant.objects.filter(pk=large.pk).values("sku", "price", "stock", "weight_grams").get() == before


def test_patch_product_status_must_be_known(api: Client, seller_token: str, coffee: Product) -> None:
    _assert_error(_send(api, "patch", f"/api/v1/seller/products/{coffee.pk}", seller_token, {"status": "deleted"}), 422, "status", "invalid")
    assert Product.objects.get(pk=coffee.pk).status == "active"


def test_delete_archives_and_hides_from_the_storefront(api: Client, seller_token: str, coffee: Product) -> None:
    response = _send(api, "delete", f"/api/v1/seller/products/{coffee.pk}", seller_token)
    assert (response.status_code, response.json()["status"]) == (200, "archived")
    assert api.get(f"/api/v1/products/{coffee.pk}").status_code == 404
    assert [p["status"] for p in _send(api, "get", "/api/v1/seller/products?status=archived", seller_token).json()] == ["archived"]


def test_seller_products_query_count_is_the_same_for_2_and_20_products(api: Client, seller_token: str, kenya_coffee: Seller, categories: dict[str, Category]) -> None:
    def add(n: int) -> None:
        make_lot(kenya_coffee, categories["whole-bean"], n)

    for n in range(2):
        add(n)
    with CaptureQueriesContext(connection) as two:
        assert len(_send(api, "get", "/api/v1/seller/products", seller_token).json()) == 2
    for n in range(2, 20):
        add(n)
    with CaptureQueriesContext(connection) as twenty:
        assert len(_send(api, "get", "/api/v1/seller/products", seller_token).json()) == 20
    # token lookup, its last_used_at, the shop, the products (+category), their variants
    assert len(two) == len(twenty) == 5


def test_seller_orders_list_only_own_sub_orders_with_constant_queries(
    api: Client, seller_token: str, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None
) -> None:
    def order() -> SubOrder:
        placed = place_order([(coffee, "RUI-AA-250", 1), (watch, "JUR-AUTO-1", 1)], address, paid=True)
        return placed.sub_orders.get(seller=coffee.seller)

    Variant.objects.filter(sku="JUR-AUTO-1").update(stock=100)
    mine = [order() for _ in range(2)]
    with CaptureQueriesContext(connection) as two:
        response = _send(api, "get", "/api/v1/seller/orders", seller_token)
    assert [sub["id"] for sub in response.json()] == [sub.pk for sub in reversed(mine)]
    mine += [order() for _ in range(18)]
    with CaptureQueriesContext(connection) as twenty:
        response = _send(api, "get", "/api/v1/seller/orders", seller_token)
    assert [sub["id"] for sub in response.json()] == [sub.pk for sub in reversed(mine)]
    first = response.json()[-1]
    assert (first["status"], first["seller"]["slug"], first["seller_subtotal"], first["subtotal"]) == (
        "paid", coffee.seller.slug, {"amount": "12.50", "currency": "USD"}, {"amount": "88.69", "currency": "CNY"},
    )
    assert [line["sku"] for line in first["lines"]] == ["RUI-AA-250"]
    # token lookup, its last_used_at, the shop, the sub-orders (+seller, order), their lines, their shipments
    assert len(two) == len(twenty) == 6
    assert [sub["id"] for sub in _send(api, "get", "/api/v1/seller/orders?status=shipped", seller_token).json()] == []


def test_seller_order_detail_query_count(api: Client, seller_token: str, coffee: Product, address: dict[str, str], django_assert_num_queries: Any) -> None:
    sub = place_order([(coffee, "RUI-AA-250", 2)], address, paid=True, currency="USD").sub_orders.get()
    # token lookup, its last_used_at, the shop, the sub-order (+order), its seller, lines, shipment
    with django_assert_num_queries(7):
        response = _send(api, "get", f"/api/v1/seller/orders/{sub.pk}", seller_token)
    assert (response.status_code, response.json()["id"], response.json()["status"]) == (200, sub.pk, "paid")


def test_ship_a_paid_sub_order_and_the_buyer_sees_it(api: Client, seller_token: str, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> None:
    order = place_order([(coffee, "RUI-AA-250", 1), (watch, "JUR-AUTO-1", 1)], address, paid=True)
    sub = order.sub_orders.get(seller=coffee.seller)
    response = _send(api, "post", f"/api/v1/seller/orders/{sub.pk}/shipment", seller_token, {"carrier": "DHL Express", "tracking_number": "JD01 4600 0012"})
    assert response.status_code == 201, response.content
    assert (response.json()["carrier"], response.json()["tracking_number"]) == ("DHL Express", "JD0146000012")

    buyer_view = api.get(f"/api/v1/orders/{order.pk}", {"token": order.token}).json()
    shipments = {sub_order["seller"]["slug"]: (sub_order["status"], sub_order["shipment"]) for sub_order in buyer_view["sub_orders"]}
    assert shipments[watch.seller.slug] == ("paid", None)
    assert shipments[coffee.seller.slug][0] == "shipped"
    assert (shipments[coffee.seller.slug][1]["carrier"], shipments[coffee.seller.slug][1]["tracking_number"]) == ("DHL Express", "JD0146000012")

    # A second click cannot ship it twice.
    _assert_error(_send(api, "post", f"/api/v1/seller/orders/{sub.pk}/shipment", seller_token, {"carrier": "UPS", "tracking_number": "1Z999"}), 409, "sub_order", "not_shippable")
    assert list(Shipment.objects.values_list("carrier", flat=True)) == ["DHL Express"]


def test_shipping_an_unpaid_sub_order_is_409_and_records_nothing(api: Client, seller_token: str, coffee: Product, address: dict[str, str]) -> None:
    sub = place_order([(coffee, "RUI-AA-250", 1)], address, paid=False, currency="USD").sub_orders.get()
    body = _assert_error(_send(api, "post", f"/api/v1/seller/orders/{sub.pk}/shipment", seller_token, {"carrier": "DHL Express", "tracking_number": "JD0146000012"}), 409, "sub_order", "not_shippable")
    assert body["message"] == "sub_order: a sub-order that is pending payment cannot be shipped"
    assert Shipment.objects.count() == 0
    assert SubOrder.objects.get(pk=sub.pk).status == "pending_payment"


@pytest.mark.parametrize("shipment, field", [({"carrier": "", "tracking_number": "JD0146000012"}, "carrier"), ({"carrier": "DHL", "tracking_number": "#1"}, "tracking_number")])
def test_ship_with_bad_input_is_422(api: Client, seller_token: str, coffee: Product, address: dict[str, str], shipment: dict[str, str], field: str) -> None:
    sub = place_order([(coffee, "RUI-AA-250", 1)], address, paid=True, currency="USD").sub_orders.get()
    _assert_error(_send(api, "post", f"/api/v1/seller/orders/{sub.pk}/shipment", seller_token, shipment), 422, field, "invalid")
    assert (SubOrder.objects.get(pk=sub.pk).status, Shipment.objects.count()) == ("paid", 0)


def test_seller_product_detail_query_count(api: Client, seller_token: str, coffee: Product, django_assert_num_queries: Any) -> None:
    # token lookup, its last_used_at, the shop, the product (+category), its variants
    with django_assert_num_queries(5):
        response = _send(api, "get", f"/api/v1/seller/products/{coffee.pk}", seller_token)
    assert [v["sku"] for v in response.json()["variants"]] == ["RUI-AA-250", "RUI-AA-1KG"]


def test_patch_stock_with_stock_expected_refuses_to_undo_orders(api: Client, seller_token: str, coffee: Product) -> None:
    variant = coffee.variants.get(sku="RUI-AA-1KG")  # stock 5
    Variant.objects.filter(pk=variant.pk).update(stock=3)  # orders took two since the sync read it
    body = _assert_error(_send(api, "patch", f"/api/v1/seller/variants/{variant.pk}", seller_token, {"stock": 9, "stock_expected": 5}), 409, "stock", "stock_changed")
    assert "changed from 5 to 3" in body["message"]
    assert Variant.objects.get(pk=variant.pk).stock == 3
    ok = _send(api, "patch", f"/api/v1/seller/variants/{variant.pk}", seller_token, {"stock": 9, "stock_expected": 3})
    assert (ok.status_code, ok.json()["stock"]) == (200, 9)
