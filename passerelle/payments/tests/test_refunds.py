"""Refunding a seller's parcel: money back (goods + duties), stock back if unshipped, CBEC allowance back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from passerelle.catalog.models import Product, Variant
from passerelle.conftest import place_order
from passerelle.core.errors import Conflict, InvalidInput
from passerelle.crossborder.checkout import cbec_quota_used
from passerelle.fulfillment.services import sub_order_ship
from passerelle.payments.models import Refund
from passerelle.payments.services import sub_order_refund

pytestmark = pytest.mark.django_db


def _stock(product: Product, sku: str) -> int:
    return Variant.objects.get(product=product, sku=sku).stock


def test_refund_before_shipping_returns_money_with_duties_and_restocks(coffee: Product, watch: Product, address: dict) -> None:
    order = place_order([(coffee, "RUI-AA-250", 2), (watch, "JUR-AUTO-1", 1)], address, paid=True)
    watch_sub = order.sub_orders.get(seller=watch.seller)
    assert _stock(watch, "JUR-AUTO-1") == 2
    refund = sub_order_refund(sub_order=watch_sub, reason="Strap out of stock")
    # 12,829.20 of goods + 6,414.60 of postal articles tax charged with it.
    assert (refund.amount, refund.currency, refund.restocked) == (Decimal("19243.80"), "CNY", True)
    watch_sub.refresh_from_db()
    order.refresh_from_db()
    assert watch_sub.status == "refunded"
    assert _stock(watch, "JUR-AUTO-1") == 3
    assert order.status == "paid"  # the coffee parcel is still on its way
    sub_order_refund(sub_order=order.sub_orders.get(seller=coffee.seller), reason="Buyer cancelled")
    order.refresh_from_db()
    assert order.status == "refunded"


def test_refund_after_shipping_does_not_restock(coffee: Product, address: dict) -> None:
    order = place_order([(coffee, "RUI-AA-250", 2)], address, paid=True)
    sub = order.sub_orders.get()
    sub_order_ship(sub_order=sub, carrier="DHL Express", tracking_number="JD0146000012")
    refund = sub_order_refund(sub_order=sub, reason="Lost in transit")
    assert (refund.restocked, _stock(coffee, "RUI-AA-250")) == (False, 38)


def test_refund_gives_the_cbec_allowance_back(coffee: Product, address: dict) -> None:
    from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
    from passerelle.payments.services import order_pay

    cart = cart_create(currency="CNY")
    cart_add_line(cart=cart, variant_id=coffee.variants.get(sku="RUI-AA-1KG").pk, quantity=5)
    order = checkout_place_order(cart=cart, email="li@example.com", shipping_address=address,
                                 cbec_identity={"name": "李伟", "id_number": "11010519491231002X"})
    order_pay(order=order, gateway="test", card_number="4242424242424242")
    year = timezone.localdate().year
    assert cbec_quota_used(order.cbec_identity_hash, year) == Decimal("1383.57")
    sub_order_refund(sub_order=order.sub_orders.get(), reason="Damaged")
    assert cbec_quota_used(order.cbec_identity_hash, year) == Decimal("0")


def test_unpaid_twice_or_reasonless_refunds_are_refused_and_change_nothing(coffee: Product, address: dict) -> None:
    unpaid = place_order([(coffee, "RUI-AA-250", 1)], address, paid=False).sub_orders.get()
    with pytest.raises(Conflict):
        sub_order_refund(sub_order=unpaid, reason="x")
    paid = place_order([(coffee, "RUI-AA-250", 1)], address, paid=True).sub_orders.get()
    with pytest.raises(InvalidInput) as error:
        sub_order_refund(sub_order=paid, reason="  ")
    assert error.value.field == "reason"
    sub_order_refund(sub_order=paid, reason="Duplicate order")
    with pytest.raises(Conflict):
        sub_order_refund(sub_order=paid, reason="again")
    assert Refund.objects.count() == 1


def test_seller_refunds_through_dashboard_and_api_but_not_another_shops_order(coffee: Product, watch: Product, address: dict, seller_client: Client, seller_token: str) -> None:
    order = place_order([(coffee, "RUI-AA-250", 1), (watch, "JUR-AUTO-1", 1)], address, paid=True)
    mine, theirs = order.sub_orders.get(seller=coffee.seller), order.sub_orders.get(seller=watch.seller)
    page = seller_client.post(f"/dashboard/orders/{mine.pk}/refund/", {"reason": "Out of beans"})
    assert page.status_code == 302
    mine.refresh_from_db()
    assert mine.status == "refunded"
    assert seller_client.post(f"/dashboard/orders/{theirs.pk}/refund/", {"reason": "x"}).status_code == 404
    api = Client().post(f"/api/v1/seller/orders/{theirs.pk}/refund", {"reason": "x"}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {seller_token}")
    assert api.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "paid"
