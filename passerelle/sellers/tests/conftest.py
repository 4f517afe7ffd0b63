"""Shop test fixtures: fast password hashing for the fixture shops, and a paid two-shop order."""

from __future__ import annotations

import pytest

from passerelle.catalog.models import Product
from passerelle.conftest import place_order
from passerelle.orders.models import Order


@pytest.fixture(autouse=True)
def _fast_password_hashing(fast_password_hashing: None) -> None:
    """Every test in this folder uses the fast hasher (passerelle/conftest.py says why)."""


@pytest.fixture
def paid_order(coffee: Product, watch: Product, address: dict[str, str], fx_rates: None) -> Order:
    """One coffee bag and one watch, paid: a sub-order for each shop, both waiting to ship."""
    return place_order([(coffee, "RUI-AA-250", 1), (watch, "JUR-AUTO-1", 1)], address, paid=True)
