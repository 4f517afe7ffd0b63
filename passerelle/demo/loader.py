"""Load the generated demo marketplace into the database: logins, FX rates, shops, products, images."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import slugify

from passerelle.accounts.models import User
from passerelle.catalog.models import Category, CategoryTranslation, Product, ProductImage, ProductTranslation, Variant
from passerelle.core.models import TranslationStatus
from passerelle.search.services import search_index_all
from passerelle.catalog.sanitize import sanitize_description
from passerelle.catalog.services import check_hs_code
from passerelle.core.countries import check_country
from passerelle.crossborder.hs import hs_load_csv
from passerelle.fx.services import fx_update_from_ecb_xml
from passerelle.money import Money, check_currency
from passerelle.sellers.models import Seller, SellerTranslation

from .generator import DEMO_SELLER_LOGIN_SLUGS, DemoMarketplace, generate_marketplace
from .images import render_product_image, render_seller_logo

DEMO_FX_FILE = Path(__file__).resolve().parent.parent / "fx" / "data" / "eurofxref-demo.xml"
# HS2022 chapters and headings the demo's products use (UN Comtrade via datasets/harmonized-system, ODC-PDDL-1.0).
DEMO_HS_FILE = Path(__file__).resolve().parent.parent / "crossborder" / "data" / "hs2022-demo.csv"
OPERATOR_EMAIL = "operator@demo.passerelle.test"
BUYER_EMAIL = "buyer@demo.passerelle.test"


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str


def logins_file() -> Path:
    return settings.VAR_DIR / "demo-logins.txt"


def demo_is_loaded() -> bool:
    return User.objects.filter(email=OPERATOR_EMAIL).exists()


def read_logins() -> list[DemoLogin]:
    path = logins_file()
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]
    return [DemoLogin(*row) for row in rows if len(row) == 3]


def _write_logins(logins: list[DemoLogin]) -> None:
    path = logins_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "# Demo logins, generated at load time (never committed)\n" + "".join(f"{x.role}\t{x.email}\t{x.password}\n" for x in logins)
    path.write_text(body)
    path.chmod(0o600)


def _password() -> str:
    return secrets.token_urlsafe(12)


def load_demo(*, seed: int = 2026, products_per_seller: int | None = None, with_images: bool = True) -> list[DemoLogin]:
    """Load everything in one transaction; returns the logins (also written to var/demo-logins.txt)."""
    market = generate_marketplace(seed=seed, products_per_seller=products_per_seller)
    with transaction.atomic():
        fx_update_from_ecb_xml(xml=DEMO_FX_FILE.read_bytes())
        hs_load_csv(DEMO_HS_FILE.read_text(encoding="utf-8"))
        people = _load_people()
        categories = _load_categories(market)
        sellers = _load_sellers(market, with_images)
        _load_products(market, categories, sellers, with_images)
        search_index_all()
    logins = [people[0], *seller_logins(sellers), people[1]]
    _write_logins(logins)
    return logins


def _load_people() -> list[DemoLogin]:
    logins = [DemoLogin("operator", OPERATOR_EMAIL, _password()), DemoLogin("buyer", BUYER_EMAIL, _password())]
    User.objects.create_superuser(OPERATOR_EMAIL, logins[0].password, full_name="Demo Operator")
    User.objects.create_user(BUYER_EMAIL, logins[1].password, full_name="Li Wei")
    return logins


def _load_categories(market: DemoMarketplace) -> dict[str, Category]:
    categories: dict[str, Category] = {}
    for position, demo in enumerate(market.categories):
        parent = categories[demo.parent_slug] if demo.parent_slug else None
        categories[demo.slug] = Category.objects.create(slug=demo.slug, name=demo.name, parent=parent, position=position)
    CategoryTranslation.objects.bulk_create([
        CategoryTranslation(category=categories[demo.slug], language=language, name=name, status=TranslationStatus.REVIEWED)
        for demo in market.categories for language, name in demo.name_translations.items()
    ])
    return categories


def _load_sellers(market: DemoMarketplace, with_images: bool) -> dict[str, Seller]:
    sellers: dict[str, Seller] = {}
    for demo in market.sellers:
        password = _password() if demo.slug in DEMO_SELLER_LOGIN_SLUGS else None
        owner = User.objects.create_user(demo.email, password, full_name=demo.name)
        if password is None:
            owner.set_unusable_password()
            owner.save(update_fields=["password"])
        seller = Seller(
            owner=owner, slug=demo.slug, name=demo.name, country=check_country(demo.country), city=demo.city,
            currency=check_currency(demo.currency), description=demo.description, story=demo.story,
            registration_number=demo.registration_number, headcount=demo.headcount,
        )
        if with_images:
            seller.logo.save(f"{demo.slug}.png", ContentFile(render_seller_logo(demo)), save=False)
        seller.save()
        SellerTranslation.objects.bulk_create([
            SellerTranslation(seller=seller, language=language, description=text[:300], status=TranslationStatus.REVIEWED)
            for language, text in demo.description_translations.items()
        ])
        sellers[demo.slug] = seller
        if password:
            # Kept on the seller so the printed list names which shop each login opens.
            seller._demo_password = password  # type: ignore[attr-defined]
    return sellers


def seller_logins(sellers: dict[str, Seller]) -> list[DemoLogin]:
    return [DemoLogin(f"seller ({s.name})", s.owner.email, s._demo_password) for s in sellers.values() if hasattr(s, "_demo_password")]  # type: ignore[attr-defined]


def _load_products(market: DemoMarketplace, categories: dict[str, Category], sellers: dict[str, Seller], with_images: bool) -> None:
    products: list[Product] = []
    # Interleave the shops (deterministically) so "new arrivals" is not one seller's whole catalogue.
    demo_products = list(market.products)
    random.Random(len(demo_products)).shuffle(demo_products)
    for demo in demo_products:
        seller = sellers[demo.seller_slug]
        prices = [Money(v.price, seller.currency) for v in demo.variants]
        assert all(p.quantize() == p for p in prices), f"{demo.title}: demo price not in {seller.currency} minor units"
        products.append(
            Product(
                seller=seller, category=categories[demo.category_slug], title=demo.title, slug=slugify(demo.title)[:220],
                description=sanitize_description(demo.description_html), hs_code=check_hs_code(demo.hs_code),
                origin_country=check_country(demo.origin_country), brand=demo.brand, currency=seller.currency,
                price_min=min(v.price for v in demo.variants), in_stock=any(v.stock > 0 for v in demo.variants),
                popularity=demo.image_seed % 1000,
            )
        )
    Product.objects.bulk_create(products, batch_size=500)
    variants: list[Variant] = []
    images: list[ProductImage] = []
    for product, demo in zip(products, demo_products, strict=True):
        for position, v in enumerate(demo.variants):
            variants.append(
                Variant(product=product, seller=product.seller, sku=v.sku, options=dict(v.options), price=v.price, currency=product.currency,
                        weight_grams=v.weight_grams, stock=v.stock, position=position)
            )
        if with_images:
            name = default_storage.save(f"products/demo/{product.seller.slug}-{product.pk}.jpg", ContentFile(render_product_image(demo)))
            images.append(ProductImage(product=product, image=name, width=480, height=480, alt=product.title))
    Variant.objects.bulk_create(variants, batch_size=1000)
    ProductImage.objects.bulk_create(images, batch_size=1000)
    # The demo's translations are written by people (content_translations), so they count as reviewed.
    ProductTranslation.objects.bulk_create([
        ProductTranslation(product=product, language=language, title=title[:200], description=sanitize_description(description_html),
                           status=TranslationStatus.REVIEWED)
        for product, demo in zip(products, demo_products, strict=True) for language, (title, description_html) in demo.translations.items()
    ], batch_size=1000)
