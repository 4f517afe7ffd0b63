"""Public catalog API: product list with filters and product detail, prices in the buyer's currency."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema

from passerelle.api.schemas import ErrorOut, MoneyOut, SellerOut
from passerelle.checkout.services import check_currency_field
from passerelle.core.countries import check_country
from passerelle.core.errors import InvalidInput
from passerelle.fx.selectors import current_rate_table
from passerelle.money import RateTable

from .models import Category, Product, ProductImage, Variant
from .pricing import BuyerPrice, buyer_price
from .selectors import ProductFilters, fetch_product_detail, product_search

router = Router(tags=["catalog"])


class PriceOut(Schema):
    amount: str
    currency: str
    seller_price: MoneyOut
    converted: bool
    rates_date: str | None


class VariantOut(Schema):
    id: int
    sku: str
    options: dict[str, str]
    stock: int
    weight_grams: int
    price: PriceOut


class ProductOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    description: str
    hs_code: str
    origin_country: str
    brand: str
    category: str
    seller: SellerOut
    price: PriceOut | None
    in_stock: bool
    images: list[str]
    variants: list[VariantOut]


class ProductPageOut(Schema):
    items: list[ProductOut]
    count: int
    page: int
    pages: int
    page_size: int
    currency: str
    rates_date: str | None


class ProductQuery(Schema):
    query: str = ""
    category: str | None = None
    origin: str | None = None
    currency: str | None = None
    page: int = 1
    page_size: int = 24


# Plain dicts, validated once against the response schema: building nested Schema objects here
# doubled the list endpoint's time (bench/RESULTS.md).
def price_out(price: BuyerPrice) -> dict[str, Any]:
    return {
        "amount": str(price.shown.amount), "currency": price.shown.currency,
        "seller_price": {"amount": str(price.seller_price.amount), "currency": price.seller_price.currency},
        "converted": price.converted, "rates_date": price.rates_date.isoformat() if price.rates_date else None,
    }


def product_out(product: Product, variants: list[Variant], images: list[str], currency: str, table: RateTable | None) -> dict[str, Any]:
    seller = product.seller
    return {
        "id": product.pk, "title": product.title, "slug": product.slug, "url": f"{settings.SITE_URL}/p/{product.pk}/{product.slug}/",
        "description": product.description, "hs_code": product.hs_code, "origin_country": product.origin_country, "brand": product.brand,
        "category": product.category.slug,
        "seller": {"id": seller.pk, "slug": seller.slug, "name": seller.name, "country": seller.country},
        "price": price_out(buyer_price(product.price_min, product.currency, currency, table)) if product.price_min is not None else None,
        "in_stock": product.in_stock, "images": images,
        "variants": [
            {"id": v.pk, "sku": v.sku, "options": v.options, "stock": v.stock, "weight_grams": v.weight_grams,
             "price": price_out(buyer_price(v.price, v.currency, currency, table))}
            for v in variants
        ],
    }


def absolute_url(path: str) -> str:
    return path if "://" in path else settings.SITE_URL + path


def category_param(slug: str | None) -> Category | None:
    """The category a list or search is filtered by, from its slug; a slug that names none is a 422 naming the field."""
    if not slug:
        return None
    category = Category.objects.filter(slug=slug).first()
    if category is None:
        raise InvalidInput(_("category: no category %(value)s") % {"value": repr(slug)}, field="category")
    return category


def requested_currency(request: HttpRequest, currency: str | None) -> str:
    return check_currency_field(currency) if currency else request.buyer.currency  # type: ignore[attr-defined]


@router.get("/products", response={200: ProductPageOut, 404: ErrorOut, 422: ErrorOut}, summary="List products for sale")
def list_products(request: HttpRequest, filters: Query[ProductQuery]) -> dict[str, Any]:
    """Filter by `query` (words in title, brand or shop), `category` slug (includes subcategories),
    `origin` (ISO country), and price everything in `currency` (ISO 4217; default: the buyer's cookie or USD)."""
    currency = requested_currency(request, filters.currency)
    if not 1 <= filters.page_size <= 100:
        raise InvalidInput(_("page_size: between 1 and 100"), field="page_size")
    if filters.page < 1:
        raise InvalidInput(_("page: 1 or more"), field="page")
    category = category_param(filters.category)
    origin = check_country(filters.origin, field="origin") if filters.origin else None
    table = current_rate_table()
    products = product_search(ProductFilters(query=filters.query.strip()[:200], category=category, origin=origin), currency, table)
    count = products.count()
    pages = max(1, -(-count // filters.page_size))
    start = (filters.page - 1) * filters.page_size
    # Past the last page there is nothing to fetch, and a huge page number would overflow the SQL OFFSET.
    page_items = list(
        products.select_related("seller", "category")
        .prefetch_related(
            Prefetch("variants", queryset=Variant.objects.filter(is_active=True)),
            Prefetch("images", queryset=ProductImage.objects.order_by("position", "id")),
        )[start : start + filters.page_size]
    ) if start < count else []
    return {
        "items": [product_out(p, list(p.variants.all()), [absolute_url(i.image.url) for i in p.images.all()], currency, table) for p in page_items],
        "count": count, "page": filters.page, "pages": pages, "page_size": filters.page_size, "currency": currency,
        "rates_date": table.rates_date.isoformat() if table else None,
    }


@router.get("/products/{product_id}", response={200: ProductOut, 404: ErrorOut, 422: ErrorOut}, summary="One product for sale")
def get_product(request: HttpRequest, product_id: int, currency: str | None = None) -> dict[str, Any]:
    buyer_currency = requested_currency(request, currency)
    table = current_rate_table()
    detail = fetch_product_detail(product_id, buyer_currency, table)
    variants = list(Variant.objects.filter(product=detail.product, is_active=True))
    return product_out(detail.product, variants, [absolute_url(url) for url in detail.image_urls], buyer_currency, table)
