"""Stock never oversells: real concurrent checkouts against PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection

from passerelle.catalog.models import Variant
from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
from passerelle.conftest import ADDRESS, DEMO_FX, make_product, make_seller
from passerelle.core.errors import Conflict
from passerelle.fx.services import fx_update_from_ecb_xml
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

BUYERS = 20
STOCK = 5


def test_twenty_buyers_race_for_five_units_and_exactly_five_win(categories) -> None:  # type: ignore[no-untyped-def]
    fx_update_from_ecb_xml(xml=DEMO_FX.read_bytes())  # the parcels' duties to China need USD/CNY
    seller = make_seller("Wausau Ginseng Farm", "US", "USD", "ginseng@example.com")
    product = make_product(seller, categories["coffee"], "Wisconsin ginseng roots", [{"sku": "GIN-1", "price": "80.00", "weight_grams": 120, "stock": STOCK}], hs_code="121120")
    variant_id = product.variants.get().pk
    # Every buyer fills a cart first (stock is only checked, not taken, when adding).
    carts = []
    for _ in range(BUYERS):
        cart = cart_create(currency="USD")
        cart_add_line(cart=cart, variant_id=variant_id, quantity=1)
        carts.append(cart)

    start = threading.Barrier(BUYERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def buy(cart) -> None:  # type: ignore[no-untyped-def]
        try:
            start.wait()
            order = checkout_place_order(cart=cart, email="racer@example.com", shipping_address=ADDRESS)
            order_pay(order=order, gateway="test", card_number="4242424242424242")
            outcome = "paid"
        except Conflict as error:
            outcome = error.code
        except Exception as error:  # a crash must fail the test, not vanish in a thread
            outcome = f"error: {error!r}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=buy, args=(cart,)) for cart in carts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert Counter(outcomes) == Counter({"paid": STOCK, "insufficient_stock": BUYERS - STOCK})
    assert Variant.objects.get(pk=variant_id).stock == 0
    assert Order.objects.filter(status="paid").count() == STOCK
    assert Order.objects.count() == STOCK  # refused checkouts rolled back whole
