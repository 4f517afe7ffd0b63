"""API test fixtures: an anonymous JSON client and a catalog big enough to page through."""

from __future__ import annotations

import pytest
from django.test import Client

from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_image_add
from passerelle.conftest import make_product, png_upload
from passerelle.sellers.models import Seller


@pytest.fixture(autouse=True)
def _fast_password_hashing(fast_password_hashing: None) -> None:
    """Every test in this folder uses the fast hasher (passerelle/conftest.py says why)."""


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
