"""API test fixtures: an anonymous JSON client, a catalog big enough to page through, placed orders."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_image_add
from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
from passerelle.conftest import make_product
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay
from passerelle.sellers.models import Seller


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Fixture shops sign up through the real service; Argon2 at production cost would dominate the run.
    The Argon2 hash itself is checked by the dashboard sign-up tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (6, 4), (120, 80, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def api() -> Client:
    return Client()


@pytest.fixture
def many_coffees(kenya_coffee: Seller, categories: dict[str, Category]) -> list[Product]:
    """25 listed products, each with a photo and two variants."""
    products = []
    for n in range(25):
        product = make_product(
            kenya_coffee, categories["whole-bean"], f"Estate lot {n:02d}",
            [
                {"sku": f"LOT-{n:02d}-250", "price": "10.00", "weight_grams": 280, "stock": 10},
                {"sku": f"LOT-{n:02d}-1KG", "price": "30.00", "weight_grams": 1050, "stock": 4},
            ],
        )
        product_image_add(product=product, upload=png_upload(f"lot-{n:02d}.png"))
        products.append(product)
    return products


def place_order(lines: list[tuple[Product, str, int]], address: dict[str, str], *, paid: bool, currency: str = "CNY") -> Order:
    """An order placed through the checkout services (and paid with the test card when asked)."""
    cart = cart_create(currency=currency)
    for product, sku, quantity in lines:
        cart_add_line(cart=cart, variant_id=product.variants.get(sku=sku).pk, quantity=quantity)
    order = checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address)
    if paid:
        order_pay(order=order, gateway="test", card_number="4242 4242 4242 4242")
    return order
