"""Dashboard test fixtures: fast hashing for fixture shops (opt-in), uploads, and placed orders."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from passerelle.catalog.models import Product
from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay


@pytest.fixture
def fast_password_hashing(settings: Any) -> None:
    """Fixture shops sign up through the real service; Argon2 at production cost would dominate the run.
    Modules that do not check the hash itself opt in with usefixtures."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (6, 4), (120, 80, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def place_order(lines: list[tuple[Product, str, int]], address: dict[str, str], *, paid: bool, currency: str = "CNY") -> Order:
    cart = cart_create(currency=currency)
    for product, sku, quantity in lines:
        cart_add_line(cart=cart, variant_id=product.variants.get(sku=sku).pk, quantity=quantity)
    order = checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address)
    if paid:
        order_pay(order=order, gateway="test", card_number="4242 4242 4242 4242")
    return order
