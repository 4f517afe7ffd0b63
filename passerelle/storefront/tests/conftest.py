"""Storefront page-test fixtures: a small catalog in three currencies and a buyer's browser session."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from passerelle.catalog.models import Category, Product
from passerelle.conftest import make_product
from passerelle.sellers.models import Seller


@pytest.fixture
def fast_password_hashing(settings: Any) -> None:
    """Fixture shops sign up through the real service; Argon2 at production cost would dominate the run.
    The Argon2 hash itself is checked by the dashboard sign-up tests. Modules opt in with usefixtures."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (6, 4), (120, 80, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


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
