from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from passerelle.accounts.models import User
from passerelle.catalog.models import Category, Product, Variant
from passerelle.catalog.selectors import listed_products
from passerelle.demo.generator import DEMO_SELLER_LOGIN_SLUGS
from passerelle.demo.loader import BUYER_EMAIL, OPERATOR_EMAIL, load_demo, read_logins
from passerelle.fx.models import FxRate
from passerelle.sellers.models import Seller

pytestmark = pytest.mark.django_db


@pytest.fixture
def var_dir(settings, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    settings.VAR_DIR = tmp_path
    return tmp_path


def test_load_demo_builds_the_marketplace_and_writes_working_logins(var_dir: Path) -> None:
    logins = load_demo(products_per_seller=2, with_images=True)
    assert [login.role for login in logins][0] == "operator" and logins[-1].role == "buyer"
    assert len(logins) == 4
    assert Seller.objects.count() >= 40
    assert Seller.objects.values("country").distinct().count() >= 12
    assert Category.objects.filter(parent__isnull=True).count() >= 12
    assert Product.objects.count() == 2 * Seller.objects.count()
    assert listed_products().count() == Product.objects.count()
    assert Variant.objects.filter(stock__lt=0).count() == 0
    assert FxRate.objects.filter(currency="CNY").exists()
    assert all(p.images.count() == 1 for p in Product.objects.all()[:5])
    for login in logins:
        assert User.objects.get(email=login.email).check_password(login.password)
    assert User.objects.get(email=OPERATOR_EMAIL).is_superuser
    assert not User.objects.get(email=BUYER_EMAIL).is_staff
    seller_emails = {login.email for login in logins if login.role.startswith("seller")}
    assert seller_emails == {Seller.objects.get(slug=slug).owner.email for slug in DEMO_SELLER_LOGIN_SLUGS}
    assert read_logins() == logins
    assert (var_dir / "demo-logins.txt").stat().st_mode & 0o077 == 0  # readable by its owner only


def test_load_demo_command_is_idempotent(var_dir: Path) -> None:
    out = StringIO()
    call_command("load-demo", "--no-images", stdout=out)
    products = Product.objects.count()
    assert products >= 600
    second = StringIO()
    call_command("load-demo", "--no-images", stdout=second)
    assert "already loaded" in second.getvalue()
    assert Product.objects.count() == products
    assert OPERATOR_EMAIL in second.getvalue()
