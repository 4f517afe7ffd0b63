"""Shared fixtures: a small believable marketplace built through the real services."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from passerelle.accounts.tokens import api_token_create
from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_create
from passerelle.checkout.services import cart_add_line, cart_create, checkout_place_order
from passerelle.fx.services import fx_update_from_ecb_xml
from passerelle.orders.models import Order
from passerelle.payments.services import order_pay
from passerelle.sellers.models import Seller
from passerelle.sellers.services import seller_signup

DEMO_FX = Path(__file__).resolve().parent / "fx" / "data" / "eurofxref-demo.xml"
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def fx_rates(db: None) -> None:
    fx_update_from_ecb_xml(xml=DEMO_FX.read_bytes())


@pytest.fixture
def categories(db: None) -> dict[str, Category]:
    coffee = Category.objects.create(slug="coffee", name="Coffee")
    return {
        "coffee": coffee,
        "whole-bean": Category.objects.create(slug="whole-bean", name="Whole bean", parent=coffee),
        "watches": Category.objects.create(slug="watches", name="Watches"),
    }


def make_seller(name: str, country: str, currency: str, email: str) -> Seller:
    return seller_signup(email=email, password=PASSWORD, profile={"name": name, "country": country, "currency": currency, "headcount": 12})


def make_product(seller: Seller, category: Category, title: str, variants: list[dict[str, Any]], **extra: Any) -> Product:
    data = {"title": title, "category": category, "hs_code": "090121", "origin_country": seller.country, "description": "<p>Good.</p>", **extra}
    return product_create(seller=seller, data=data, variants=variants)


def make_lot(seller: Seller, category: Category, n: int) -> Product:
    """A two-variant product "Lot n", for tests that grow a shop's catalogue."""
    return make_product(seller, category, f"Lot {n}", [
        {"sku": f"L{n}-A", "price": "10.00", "weight_grams": 250, "stock": 3},
        {"sku": f"L{n}-B", "price": "30.00", "weight_grams": 1000, "stock": 3},
    ])


@pytest.fixture
def kenya_coffee(categories: dict[str, Category]) -> Seller:
    return make_seller("Ruiru Highlands Coffee Cooperative", "KE", "USD", "coffee@example.com")


@pytest.fixture
def jura_watches(categories: dict[str, Category]) -> Seller:
    return make_seller("Atelier Horloger du Jura", "CH", "CHF", "watches@example.com")


@pytest.fixture
def coffee(kenya_coffee: Seller, categories: dict[str, Category]) -> Product:
    return make_product(
        kenya_coffee, categories["whole-bean"], "Kenya AA whole bean",
        [
            {"sku": "RUI-AA-250", "price": "12.50", "weight_grams": 280, "stock": 40, "options": {"size": "250 g"}},
            {"sku": "RUI-AA-1KG", "price": "39.00", "weight_grams": 1050, "stock": 5, "options": {"size": "1 kg"}},
        ],
    )


@pytest.fixture
def watch(jura_watches: Seller, categories: dict[str, Category]) -> Product:
    return make_product(
        jura_watches, categories["watches"], "Automatic watch, steel", [{"sku": "JUR-AUTO-1", "price": "1450.00", "weight_grams": 300, "stock": 3}],
        hs_code="910211",
    )


@pytest.fixture
def seller_client(kenya_coffee: Seller) -> Client:
    client = Client()
    client.force_login(kenya_coffee.owner)
    return client


@pytest.fixture
def seller_token(kenya_coffee: Seller) -> str:
    return api_token_create(user=kenya_coffee.owner)


@pytest.fixture
def fast_password_hashing(settings: Any) -> None:
    """Fixture shops sign up through the real service; Argon2 at production cost would dominate the run.
    The Argon2 hash itself is checked by the dashboard sign-up tests. Folders opt in."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (6, 4), (120, 80, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def place_order(lines: list[tuple[Product, str, int]], address: dict[str, str], *, paid: bool, currency: str = "CNY") -> Order:
    """An order placed through the checkout services (and paid with the test card when asked)."""
    cart = cart_create(currency=currency)
    for product, sku, quantity in lines:
        cart_add_line(cart=cart, variant_id=product.variants.get(sku=sku).pk, quantity=quantity)
    order = checkout_place_order(cart=cart, email="li.wei@example.com", shipping_address=address)
    if paid:
        order_pay(order=order, gateway="test", card_number="4242 4242 4242 4242")
    return order


ADDRESS = {"name": "Li Wei", "line1": "88 Century Avenue", "line2": "", "city": "Shanghai", "region": "Shanghai", "postal_code": "200120", "country": "CN", "phone": "+86 21 5555 0000"}


@pytest.fixture
def address(fx_rates: None) -> dict[str, str]:
    """A Shanghai address; orders to it need exchange rates for their duties, so the rates come along."""
    return dict(ADDRESS)


def money(value: str) -> Decimal:
    return Decimal(value)


CHROMIUM = Path("/usr/bin/chromium")


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    """Skip what this machine cannot run, loudly; CI's PASSERELLE_REQUIRE_* turn those skips into failures."""
    import os

    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    need_browser = os.environ.get("PASSERELLE_REQUIRE_BROWSER") == "1"
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="PostgreSQL-only test: runs in the PostgreSQL pass of `make test`"))
        # With the requirement set, a missing Chromium is not skipped: the test runs and fails.
        if "browser" in item.keywords and not CHROMIUM.exists() and not need_browser:
            item.add_marker(pytest.mark.skip(reason="no /usr/bin/chromium: install Debian's chromium to run the browser test"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} test(s) SKIPPED on this machine: see the reasons above", yellow=True, bold=True)


@pytest.fixture
def indexed(db: None) -> None:
    """The search index built from the products the test's earlier fixtures made.

    Services reindex after commit, and a test's transaction never commits: list this fixture after the
    product fixtures to search them."""
    from passerelle.search.services import search_index_all

    search_index_all()


def pytest_sessionstart(session: Any) -> None:
    """Compile the interface translations, as `passerelle serve` does: .mo files are build output, not in git.

    A catalogue with problems is left uncompiled; core/tests/test_translations.py names them."""
    from django.conf import settings

    from passerelle.core.translations import catalogue_problems, compile_catalogue

    for locale_dir in settings.LOCALE_PATHS:
        for po_path in Path(locale_dir).glob("*/LC_MESSAGES/django.po"):
            if not catalogue_problems(po_path):
                compile_catalogue(po_path)
            else:
                po_path.with_suffix(".mo").unlink(missing_ok=True)  # a stale .mo would hide the problem
