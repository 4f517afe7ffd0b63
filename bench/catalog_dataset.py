"""The benchmark catalog: sellers, a category tree, products, variants and images, bulk-inserted in seconds.

Used by catalog_bench.py after django.setup(); the demo loader (passerelle.demo) is for people, this
is for figures: deterministic (seeded), larger, and written with bulk_create rather than services.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.db import connection, transaction
from django.utils.text import slugify
from PIL import Image

from passerelle.accounts.models import User
from passerelle.catalog.models import Category, Product, ProductImage, Variant
from passerelle.fx.selectors import fetch_rate_table
from passerelle.fx.services import fx_update_from_ecb_xml
from passerelle.money import Money, RateTable
from passerelle.sellers.models import Seller

# Bump when the generated data changes, so a cached database from an older script is rebuilt.
DATASET_VERSION = 1
SEED = 2026
SELLER_COUNT = 50
SUSPENDED_SELLERS = 2  # their products must not be listed: exercises the seller-status filter
FX_FILE = Path(settings.BASE_DIR) / "fx" / "data" / "eurofxref-demo.xml"
SHARED_IMAGE = "products/bench/shared.png"

# Currency and registration country of the shops, in turn; none prices in CNY, so every
# price a buyer in China sees is converted.
SHOP_CURRENCIES = [("USD", "US"), ("EUR", "FR"), ("CHF", "CH"), ("KES", "KE"), ("JPY", "JP"),
                   ("GBP", "GB"), ("EUR", "IT"), ("THB", "TH"), ("INR", "IN"), ("AUD", "AU")]

# (top-level name, HS code, share of the products in percent, subcategories, option labels).
TOP_CATEGORIES = [
    ("Coffee", "090121", 15, ["Single origin", "Blends", "Green beans"], ["250 g", "500 g", "1 kg", "2 kg", "5 kg", "10 kg"]),
    ("Tea", "090230", 11, ["Green tea", "Black tea", "Herbal"], ["50 g", "100 g", "250 g", "500 g", "1 kg", "2 kg"]),
    ("Spices", "090411", 9, ["Pepper", "Vanilla", "Spice blends"], ["30 g", "50 g", "100 g", "250 g", "500 g", "1 kg"]),
    ("Honey and preserves", "040900", 8, ["Honey", "Jams", "Syrups"], ["250 g", "500 g", "1 kg", "2 kg", "3 kg", "5 kg"]),
    ("Chocolate", "180632", 7, ["Bars", "Cocoa", "Pralines"], ["100 g", "200 g", "500 g", "1 kg", "2 kg", "3 kg"]),
    ("Olive oil and vinegar", "150910", 7, ["Olive oil", "Vinegar", "Nut oils"], ["250 ml", "500 ml", "750 ml", "1 l", "3 l", "5 l"]),
    ("Textiles", "621410", 6, ["Scarves", "Blankets", "Table linen"], ["XS", "S", "M", "L", "XL", "XXL"]),
    ("Leather goods", "420221", 6, ["Bags", "Wallets", "Belts"], ["Black", "Brown", "Tan", "Navy", "Olive", "Red"]),
    ("Ceramics", "691200", 6, ["Bowls", "Mugs", "Vases"], ["White", "Blue", "Celadon", "Black", "Sand", "Rust"]),
    ("Jewellery", "711319", 5, ["Necklaces", "Earrings", "Rings"], ["Silver", "Gold plated", "Rose gold", "Brass", "Copper", "Steel"]),
    ("Watches", "910211", 5, ["Mechanical", "Quartz", "Straps"], ["36 mm", "38 mm", "40 mm", "42 mm", "44 mm", "46 mm"]),
    ("Skincare", "340111", 4, ["Soaps", "Creams", "Body oils"], ["50 ml", "100 ml", "200 ml", "250 ml", "500 ml", "1 l"]),
    ("Home and kitchen", "821192", 4, ["Knives", "Cutting boards", "Utensils"], ["Small", "Medium", "Large", "Set of 2", "Set of 4", "Set of 6"]),
    ("Toys and crafts", "950300", 4, ["Wooden toys", "Puzzles", "Craft kits"], ["Small", "Medium", "Large", "Deluxe", "Travel", "Gift box"]),
    ("Stationery", "482010", 3, ["Notebooks", "Pens", "Art prints"], ["A6", "A5", "A4", "A3", "Pack of 3", "Pack of 10"]),
]
ADJECTIVES = ["Organic", "Handmade", "Small-batch", "Heritage", "Wild", "Classic", "Artisan", "Highland", "Coastal", "Reserve",
              "Family", "Estate", "Rustic", "Fine", "Natural", "Limited", "Traditional", "Modern", "Signature", "Village"]
PLACES = ["Nyeri", "Kyoto", "Zurich", "Lyon", "Chiang Mai", "Kerala", "Tasmania", "Cornwall", "Tuscany", "Oaxaca",
          "Mombasa", "Hokkaido", "Ticino", "Provence", "Darjeeling", "Byron Bay", "Yorkshire", "Sicily", "Ubud", "Mysore"]
# 1 to 6 variants, 3.03 on average.
VARIANT_COUNT_WEIGHTS = [20, 20, 25, 15, 12, 8]


@dataclass(frozen=True)
class DatasetSummary:
    sellers: int
    categories: int
    products: int
    listed_products: int
    variants: int
    images: int
    seconds: float


def dataset_build(*, products: int) -> DatasetSummary:
    """Migrate the (empty) database named by DATABASE_URL and fill it; the caller checks it is empty."""
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    _write_shared_image()
    rng = random.Random(SEED)
    with transaction.atomic():
        fx_update_from_ecb_xml(xml=FX_FILE.read_bytes())
        table = fetch_rate_table()
        assert table is not None, f"{FX_FILE}: no rates loaded"
        tops, subs = _create_categories()
        sellers = _create_sellers(rng)
        product_rows, variant_count = _create_products(rng, products, sellers, tops, subs, table)
        _spread_creation_dates()
    listed = Product.objects.filter(status=Product.Status.ACTIVE, seller__status=Seller.Status.ACTIVE, price_min__isnull=False).count()
    return DatasetSummary(
        sellers=len(sellers), categories=len(tops) + sum(len(s) for s in subs.values()), products=product_rows,
        listed_products=listed, variants=variant_count, images=ProductImage.objects.count(), seconds=time.perf_counter() - started,
    )


def _write_shared_image() -> None:
    # One small file shared by every ProductImage row: image queries run, the disk stays small.
    path = Path(settings.MEDIA_ROOT) / SHARED_IMAGE
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (181, 101, 29)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())


def _create_categories() -> tuple[list[Category], dict[int, list[Category]]]:
    tops = Category.objects.bulk_create(
        [Category(slug=slugify(name), name=name, position=position) for position, (name, *_rest) in enumerate(TOP_CATEGORIES)]
    )
    children = [
        Category(parent=top, slug=f"{top.slug}-{slugify(sub)}", name=sub, position=position)
        for top, (_name, _hs, _share, sub_names, _options) in zip(tops, TOP_CATEGORIES, strict=True)
        for position, sub in enumerate(sub_names)
    ]
    Category.objects.bulk_create(children)
    subs: dict[int, list[Category]] = {}
    for child in children:
        subs.setdefault(child.parent_id, []).append(child)  # type: ignore[arg-type]
    return tops, subs


def _create_sellers(rng: random.Random) -> list[Seller]:
    owners = User.objects.bulk_create(
        # make_password(None) is an unusable password: no login, and no Argon2 hashing to wait for.
        [User(email=f"shop{i:02d}@bench.passerelle.test", password=make_password(None), full_name=f"Shop owner {i}") for i in range(SELLER_COUNT)]
    )
    sellers = []
    for i, owner in enumerate(owners):
        currency, country = SHOP_CURRENCIES[i % len(SHOP_CURRENCIES)]
        name = f"{rng.choice(PLACES)} {rng.choice(['Trading', 'Makers', 'Collective', 'Workshop', 'Growers', 'House'])} {i:02d}"
        sellers.append(Seller(
            owner=owner, slug=slugify(name), name=name, country=country, city=rng.choice(PLACES), currency=currency,
            description=f"Small exporter number {i}", headcount=rng.randint(1, 40),
            status=Seller.Status.SUSPENDED if i >= SELLER_COUNT - SUSPENDED_SELLERS else Seller.Status.ACTIVE,
        ))
    return Seller.objects.bulk_create(sellers)


def _create_products(
    rng: random.Random, count: int, sellers: list[Seller], tops: list[Category], subs: dict[int, list[Category]], table: RateTable
) -> tuple[int, int]:
    shares = [share for _name, _hs, share, _subs, _options in TOP_CATEGORIES]
    products: list[Product] = []
    variant_specs: list[list[tuple[str, Decimal, int, bool]]] = []  # (option, price, stock, active) per product
    for index in range(count):
        top_index = rng.choices(range(len(tops)), weights=shares)[0]
        top = tops[top_index]
        name, hs_code, _share, _sub_names, option_labels = TOP_CATEGORIES[top_index]
        # Most products sit in a subcategory; a top-level page lists both.
        category = rng.choice(subs[top.pk]) if rng.random() < 0.8 else top
        seller = sellers[rng.randrange(len(sellers))]
        base_usd = Decimal(str(round(rng.lognormvariate(3.2, 0.9), 2))) + 1
        specs = []
        for position in range(rng.choices(range(1, 7), weights=VARIANT_COUNT_WEIGHTS)[0]):
            usd = Money(base_usd * (1 + Decimal("0.35") * position), "USD")
            price = table.convert(usd, seller.currency).amount if seller.currency != "USD" else usd.quantize().amount
            active = position == 0 or rng.random() > 0.05
            specs.append((option_labels[position], max(price, Decimal(1)), 0 if rng.random() < 0.15 else rng.randint(1, 500), active))
        active_specs = [s for s in specs if s[3]]
        title = f"{rng.choice(ADJECTIVES)} {category.name.lower()} from {rng.choice(PLACES)} no. {index}"
        status = rng.choices([Product.Status.ACTIVE, Product.Status.DRAFT, Product.Status.ARCHIVED], weights=[94, 3, 3])[0]
        products.append(Product(
            seller=seller, category=category, title=title, slug=slugify(title)[:220],
            description=f"<p>{title}, made by {seller.name}. Packed by hand and shipped within two working days.</p>" * 3,
            hs_code=hs_code, origin_country=seller.country, brand=seller.name, status=status, currency=seller.currency,
            price_min=min(s[1] for s in active_specs), in_stock=any(s[2] > 0 for s in active_specs), popularity=rng.randint(0, 5000),
        ))
        variant_specs.append(specs)
    Product.objects.bulk_create(products, batch_size=1000)
    variants = [
        Variant(product=product, seller=product.seller, sku=f"P{product.pk}-{position}", options={"size": option}, price=price,
                currency=product.currency, weight_grams=250 * (position + 1), stock=stock, is_active=active, position=position)
        for product, specs in zip(products, variant_specs, strict=True)
        for position, (option, price, stock, active) in enumerate(specs)
    ]
    Variant.objects.bulk_create(variants, batch_size=2000)
    ProductImage.objects.bulk_create(
        [ProductImage(product=p, image=SHARED_IMAGE, width=64, height=64, alt=p.title, position=0) for p in products], batch_size=2000
    )
    return len(products), len(variants)


def _spread_creation_dates() -> None:
    # bulk_create stamps every row with the same auto_now_add instant; spread them over a year
    # so "newest first" is a real sort, as in production.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE catalog_product SET created_at = datetime('2026-11-25 12:00:00', "
            "'-' || ((id * 7919) % 525600) || ' minutes')"
        )
