"""Carts, checkout and payment through /api/v1: the whole buyer journey and every refusal, as JSON."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.catalog.models import Product, Variant
from passerelle.checkout.models import Cart
from passerelle.orders.models import Order, SubOrder
from passerelle.payments.models import Payment

pytestmark = pytest.mark.django_db

OK_CARD = "4242 4242 4242 4242"
DECLINED_CARD = "4000 0000 0000 0002"


def _post(api: Client, path: str, body: dict[str, Any]) -> Any:
    return api.post(path, body, content_type="application/json")


def _variant(product: Product, sku: str) -> Variant:
    return product.variants.get(sku=sku)


def _stock(*variants: Variant) -> list[int]:
    return [Variant.objects.get(pk=v.pk).stock for v in variants]


def _cart(api: Client, currency: str = "CNY") -> str:
    response = _post(api, "/api/v1/carts", {"currency": currency})
    assert response.status_code == 201, response.content
    return response.json()["id"]


def _placed_order(api: Client, coffee: Product, watch: Product, address: dict[str, str]) -> dict[str, Any]:
    cart_id = _cart(api)
    assert _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": _variant(coffee, "RUI-AA-250").pk, "quantity": 2}).status_code == 201
    assert _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": _variant(watch, "JUR-AUTO-1").pk, "quantity": 1}).status_code == 201
    response = _post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "Li.Wei@Example.com", "shipping_address": address})
    assert response.status_code == 201, response.content
    return response.json()


def _assert_error(response: Any, status: int, field: str | None, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert (body["field"], body["code"]) == (field, code)
    assert body["message"]
    return body


def test_full_journey_two_sellers_in_cny(api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None, django_capture_on_commit_callbacks: Any) -> None:
    cart_id = _cart(api, "CNY")
    small, watch_variant = _variant(coffee, "RUI-AA-250"), _variant(watch, "JUR-AUTO-1")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": small.pk, "quantity": 2})
    cart = _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": watch_variant.pk, "quantity": 1}).json()
    assert [(line["sku"], line["quantity"], line["unit_price"], line["line_total"]) for line in cart["lines"]] == [
        ("RUI-AA-250", 2, {"amount": "88.69", "currency": "CNY"}, {"amount": "177.38", "currency": "CNY"}),
        ("JUR-AUTO-1", 1, {"amount": "12829.20", "currency": "CNY"}, {"amount": "12829.20", "currency": "CNY"}),
    ]
    assert cart["total"] == {"amount": "13006.58", "currency": "CNY"}

    order = _post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "Li.Wei@Example.com", "shipping_address": address}).json()
    assert (order["status"], order["email"], order["currency"], order["fx_rates_date"]) == ("pending_payment", "li.wei@example.com", "CNY", "2026-11-25")
    # Duties to China by post (no CBEC identity given): coffee 13% × 177.38 = 23.06, waived (≤ RMB 50);
    # the high-end watch 50% × 12,829.20 = 6,414.60.
    assert order["totals"] == {"subtotal": {"amount": "13006.58", "currency": "CNY"}, "duties": {"amount": "6414.60", "currency": "CNY"},
                               "total": {"amount": "19421.18", "currency": "CNY"}}
    assert order["shipping_address"] == address
    assert len(order["sub_orders"]) == 2
    coffee_sub, watch_sub = order["sub_orders"]
    assert (coffee_sub["seller"]["slug"], coffee_sub["status"], coffee_sub["subtotal"], coffee_sub["seller_subtotal"], coffee_sub["shipment"]) == (
        coffee.seller.slug, "pending_payment", {"amount": "177.38", "currency": "CNY"}, {"amount": "25.00", "currency": "USD"}, None,
    )
    assert [(line["sku"], line["quantity"], line["unit_price"]["amount"], line["seller_unit_price"]) for line in coffee_sub["lines"]] == [
        ("RUI-AA-250", 2, "88.69", {"amount": "12.50", "currency": "USD"}),
    ]
    assert (watch_sub["seller"]["slug"], watch_sub["status"], watch_sub["subtotal"]["amount"], watch_sub["seller_subtotal"]) == (
        watch.seller.slug, "pending_payment", "12829.20", {"amount": "1450.00", "currency": "CHF"},
    )
    assert [line["sku"] for line in watch_sub["lines"]] == ["JUR-AUTO-1"]
    assert [(sub["customs_regime"], sub["duties"]["amount"]) for sub in order["sub_orders"]] == [("cn-postal", "0.00"), ("cn-postal", "6414.60")]
    assert _stock(small, watch_variant) == [38, 2]  # reserved at checkout
    assert api.get(f"/api/v1/carts/{cart_id}").json()["checked_out"] is True

    with django_capture_on_commit_callbacks(execute=True):
        paid = _post(api, f"/api/v1/orders/{order['id']}/payments?token={order['token']}", {"gateway": "test", "card_number": OK_CARD})
    assert paid.status_code == 201, paid.content
    payment = paid.json()["payment"]
    assert (payment["status"], payment["gateway"], payment["amount"], payment["card_last4"]) == ("succeeded", "test", {"amount": "19421.18", "currency": "CNY"}, "4242")

    fetched = api.get(f"/api/v1/orders/{order['id']}", {"token": order["token"]})
    assert fetched.status_code == 200
    body = fetched.json()
    assert body["status"] == "paid"
    assert body["paid_at"] is not None
    assert [sub["status"] for sub in body["sub_orders"]] == ["paid", "paid"]
    assert _stock(small, watch_variant) == [38, 2]  # taken once, not again on payment
    assert [m.to for m in mail.outbox] == [["li.wei@example.com"]]


def test_get_cart_unknown_or_malformed_id_is_404(api: Client) -> None:
    _assert_error(api.get("/api/v1/carts/not-a-uuid"), 404, "cart_id", "not_found")
    _assert_error(api.get("/api/v1/carts/00000000-0000-0000-0000-000000000000"), 404, "cart_id", "not_found")
    _assert_error(_post(api, "/api/v1/carts/00000000-0000-0000-0000-000000000000/lines", {"variant_id": 1, "quantity": 1}), 404, "cart_id", "not_found")


def test_create_cart_with_unknown_currency_is_422_and_creates_nothing(api: Client) -> None:
    _assert_error(_post(api, "/api/v1/carts", {"currency": "ZZZ"}), 422, "currency", "unknown_currency")
    assert Cart.objects.count() == 0


def test_quantity_above_stock_is_409_and_keeps_the_line(api: Client, coffee: Product) -> None:
    cart_id = _cart(api, "USD")
    large = _variant(coffee, "RUI-AA-1KG")  # 5 in stock
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": large.pk, "quantity": 3})
    body = _assert_error(_post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": large.pk, "quantity": 3}), 409, "quantity", "insufficient_stock")
    assert body["message"] == "quantity: 6 of RUI-AA-1KG requested, only 5 left"
    assert [(line["sku"], line["quantity"]) for line in api.get(f"/api/v1/carts/{cart_id}").json()["lines"]] == [("RUI-AA-1KG", 3)]


@pytest.mark.parametrize("quantity", [-1, 0, 1000])
def test_bad_quantity_is_422_and_adds_nothing(api: Client, coffee: Product, quantity: int) -> None:
    cart_id = _cart(api, "USD")
    _assert_error(_post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": _variant(coffee, "RUI-AA-250").pk, "quantity": quantity}), 422, "quantity", "invalid")
    assert api.get(f"/api/v1/carts/{cart_id}").json()["lines"] == []


def test_unknown_variant_is_404(api: Client, coffee: Product) -> None:
    cart_id = _cart(api, "USD")
    _assert_error(_post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": 999999, "quantity": 1}), 404, "variant_id", "not_found")


def test_set_line_quantity_zero_removes_the_line(api: Client, coffee: Product) -> None:
    cart_id = _cart(api, "USD")
    small = _variant(coffee, "RUI-AA-250")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": small.pk, "quantity": 2})
    changed = api.put(f"/api/v1/carts/{cart_id}/lines/{small.pk}?quantity=4")
    assert [line["quantity"] for line in changed.json()["lines"]] == [4]
    removed = api.put(f"/api/v1/carts/{cart_id}/lines/{small.pk}?quantity=0")
    assert (removed.status_code, removed.json()["lines"], removed.json()["total"]) == (200, [], {"amount": "0.00", "currency": "USD"})


def test_removing_a_line_that_is_not_there_changes_nothing(api: Client, coffee: Product) -> None:
    cart_id = _cart(api, "USD")
    small = _variant(coffee, "RUI-AA-250")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": small.pk, "quantity": 2})
    for variant_id in (999999, 10**20):  # the out-of-range id once reached a bulk DELETE: a 500
        response = api.put(f"/api/v1/carts/{cart_id}/lines/{variant_id}?quantity=0")
        assert (response.status_code, [(line["sku"], line["quantity"]) for line in response.json()["lines"]]) == (200, [("RUI-AA-250", 2)])


@pytest.mark.parametrize(
    "change, status, field, code",
    [
        (lambda body: body["shipping_address"].pop("city"), 422, "shipping_address.city", "invalid"),
        (lambda body: body["shipping_address"].update(city="  "), 422, "shipping_address.city", "invalid"),
        (lambda body: body["shipping_address"].update(country="XX"), 422, "shipping_address.country", "unknown_country"),
        (lambda body: body["shipping_address"].update(country="China"), 422, "shipping_address.country", "unknown_country"),
        (lambda body: body.update(email="li.wei@"), 422, "email", "invalid"),
        (lambda body: body.pop("email"), 422, "email", "invalid"),
    ],
    ids=["missing-city", "blank-city", "unknown-country", "country-name", "bad-email", "missing-email"],
)
def test_checkout_refuses_bad_input_and_creates_nothing(
    api: Client, coffee: Product, address: dict[str, str], change: Any, status: int, field: str, code: str
) -> None:
    cart_id = _cart(api, "USD")
    small = _variant(coffee, "RUI-AA-250")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": small.pk, "quantity": 2})
    body: dict[str, Any] = {"email": "li.wei@example.com", "shipping_address": dict(address)}
    change(body)
    _assert_error(_post(api, f"/api/v1/carts/{cart_id}/checkout", body), status, field, code)
    assert Order.objects.count() == 0
    assert _stock(small) == [40]
    assert api.get(f"/api/v1/carts/{cart_id}").json()["checked_out"] is False


def test_checkout_of_an_empty_cart_or_twice_is_refused(api: Client, coffee: Product, address: dict[str, str]) -> None:
    cart_id = _cart(api, "USD")
    _assert_error(_post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "li@example.com", "shipping_address": address}), 422, "cart", "empty_cart")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": _variant(coffee, "RUI-AA-250").pk, "quantity": 1})
    assert _post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "li@example.com", "shipping_address": address}).status_code == 201
    _assert_error(_post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "li@example.com", "shipping_address": address}), 409, "cart_id", "cart_checked_out")
    assert Order.objects.count() == 1


def test_declined_card_is_402_restores_stock_and_leaves_the_order_payable(api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> None:
    order = _placed_order(api, coffee, watch, address)
    small, watch_variant = _variant(coffee, "RUI-AA-250"), _variant(watch, "JUR-AUTO-1")
    assert _stock(small, watch_variant) == [38, 2]

    declined = _post(api, f"/api/v1/orders/{order['id']}/payments?token={order['token']}", {"gateway": "test", "card_number": DECLINED_CARD})
    _assert_error(declined, 402, "card_number", "card_declined")
    assert _stock(small, watch_variant) == [40, 3]
    assert api.get(f"/api/v1/orders/{order['id']}", {"token": order["token"]}).json()["status"] == "pending_payment"
    assert list(Payment.objects.values_list("status", "card_last4")) == [("declined", "0002")]

    # Another card: the stock is taken again and the order is paid.
    paid = _post(api, f"/api/v1/orders/{order['id']}/payments?token={order['token']}", {"gateway": "test", "card_number": OK_CARD})
    assert paid.status_code == 201
    assert paid.json()["order"]["status"] == "paid"
    assert _stock(small, watch_variant) == [38, 2]


def test_paying_twice_is_409_and_charges_once(api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> None:
    order = _placed_order(api, coffee, watch, address)
    path = f"/api/v1/orders/{order['id']}/payments?token={order['token']}"
    assert _post(api, path, {"gateway": "test", "card_number": OK_CARD}).status_code == 201
    _assert_error(_post(api, path, {"gateway": "test", "card_number": OK_CARD}), 409, "order", "already_paid")
    assert Payment.objects.filter(status="succeeded").count() == 1
    assert _stock(_variant(coffee, "RUI-AA-250")) == [38]


@pytest.mark.parametrize(
    "payment, field, code",
    [
        ({"gateway": "test", "card_number": "4242 4242 4242 4241"}, "card_number", "invalid_card_number"),  # fails Luhn
        ({"gateway": "test", "card_number": "5105 1051 0510 5100"}, "card_number", "invalid_card_number"),  # valid, not a test card
        ({"gateway": "paypal", "card_number": OK_CARD}, "gateway", "invalid"),
    ],
)
def test_bad_payment_input_is_422_and_the_order_stays_payable(
    api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None, payment: dict[str, str], field: str, code: str
) -> None:
    order = _placed_order(api, coffee, watch, address)
    _assert_error(_post(api, f"/api/v1/orders/{order['id']}/payments?token={order['token']}", payment), 422, field, code)
    assert Order.objects.get(pk=order["id"]).status == "pending_payment"
    assert Payment.objects.count() == 0
    assert _post(api, f"/api/v1/orders/{order['id']}/payments?token={order['token']}", {"gateway": "test", "card_number": OK_CARD}).status_code == 201


def test_wrong_order_token_is_404_for_reading_and_paying(api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> None:
    order = _placed_order(api, coffee, watch, address)
    wrong = order["token"][:-1] + ("A" if order["token"][-1] != "A" else "B")
    _assert_error(api.get(f"/api/v1/orders/{order['id']}", {"token": wrong}), 404, "order_id", "not_found")
    _assert_error(api.get(f"/api/v1/orders/{order['id'] + 1}", {"token": order["token"]}), 404, "order_id", "not_found")
    _assert_error(_post(api, f"/api/v1/orders/{order['id']}/payments?token={wrong}", {"gateway": "test", "card_number": OK_CARD}), 404, "order_id", "not_found")
    assert Order.objects.get(pk=order["id"]).status == "pending_payment"
    assert Payment.objects.count() == 0
    assert list(SubOrder.objects.values_list("status", flat=True)) == ["pending_payment", "pending_payment"]


def test_order_detail_query_count(api: Client, coffee: Product, watch: Product, address: dict[str, str], fx_rates: None, django_assert_num_queries: Any) -> None:
    order = _placed_order(api, coffee, watch, address)
    # order, then its token check's order, sub-orders, their lines, sellers, shipments
    with django_assert_num_queries(6):
        response = api.get(f"/api/v1/orders/{order['id']}", {"token": order["token"]})
    assert response.status_code == 200


def test_cart_query_count_does_not_grow_with_its_lines(api: Client, many_coffees: list[Product], fx_rates: None) -> None:
    cart_id = _cart(api)
    for product in many_coffees[:2]:
        _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": product.variants.first().pk, "quantity": 1})
    api.get(f"/api/v1/carts/{cart_id}")  # warm the rate-table cache
    with CaptureQueriesContext(connection) as two:
        assert len(api.get(f"/api/v1/carts/{cart_id}").json()["lines"]) == 2
    for product in many_coffees[2:20]:
        _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": product.variants.first().pk, "quantity": 1})
    with CaptureQueriesContext(connection) as twenty:
        assert len(api.get(f"/api/v1/carts/{cart_id}").json()["lines"]) == 20
    # the cart, its lines (+variant, product, seller)
    assert len(two) == len(twenty) == 2


def test_checkout_with_a_cbec_identity_uses_cbec_and_a_bad_id_number_is_422(api: Client, coffee: Product, address: dict[str, str]) -> None:
    cart_id = _cart(api, "CNY")
    _post(api, f"/api/v1/carts/{cart_id}/lines", {"variant_id": _variant(coffee, "RUI-AA-1KG").pk, "quantity": 5})
    bad = _post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "li@example.com", "shipping_address": address,
                                                            "cbec_identity": {"name": "李伟", "id_number": "110105194912310021"}})
    assert (bad.status_code, bad.json()["field"]) == (422, "cbec_identity.id_number")
    assert not Order.objects.exists()
    order = _post(api, f"/api/v1/carts/{cart_id}/checkout", {"email": "li@example.com", "shipping_address": address,
                                                              "cbec_identity": {"name": "李伟", "id_number": "11010519491231002X"}}).json()
    # 1,383.57 (customs value) × 13% × 70% = 125.90
    assert (order["sub_orders"][0]["customs_regime"], order["totals"]["duties"]["amount"]) == ("cn-cbec", "125.90")
