"""Shop test fixtures: fast password hashing for the fixture shops, and a paid two-shop order."""

from __future__ import annotations

from typing import Any

import pytest

from passerelle.catalog.models import Product
from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Fixture shops sign up through the real service; Argon2 at production cost would dominate the run.
    The Argon2 hash itself is checked by the dashboard sign-up tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def paid_order(coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> Order:
    """One coffee bag and one watch, paid: a sub-order for each shop, both waiting to ship."""
    cart = cart_create(currency="CNY")
    cart_add_line(cart=cart, variant_id=coffee.variants.get(sku="RUI-AA-250").pk, quantity=1)
    cart_add_line(cart=cart, variant_id=watch.variants.get(sku="JUR-AUTO-1").pk, quantity=1)
    order = checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address)
    order_pay(order=order, gateway="test", card_number="4242 4242 4242 4242")
    return order
