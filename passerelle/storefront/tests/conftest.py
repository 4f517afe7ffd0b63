"""Storefront page-test fixtures: a third product in another origin and a buyer's browser session."""

from __future__ import annotations

import pytest
from django.test import Client

from passerelle.catalog.models import Category, Product
from passerelle.conftest import make_product
from passerelle.sellers.models import Seller


@pytest.fixture
def ethiopian(kenya_coffee: Seller, categories: dict[str, Category]) -> Product:
    """Green beans the Kenyan cooperative imports from Ethiopia: same shop, another origin, a top-level category."""
    return make_product(
        kenya_coffee, categories["coffee"], "Yirgacheffe green beans", [{"sku": "ETH-G1", "price": "20.00", "weight_grams": 500, "stock": 9}],
        origin_country="ET",
    )


@pytest.fixture
def buyer() -> Client:
    """A browser pricing in CNY."""
    client = Client()
    client.cookies["currency"] = "CNY"
    return client
