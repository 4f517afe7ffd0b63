"""Writes for the catalog, each checked field by field: products, variants, stock, images."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from django.conf import settings
from passerelle.core.countries import check_country
from passerelle.core.errors import Conflict, InvalidInput, NotFound
from passerelle.core.languages import check_language
from passerelle.core.models import TranslationStatus
from passerelle.money import Money
from passerelle.search.services import search_reindex_later
from passerelle.translation.services import product_forget_machine_translations, product_translate_later

from .models import HS_CODE_PATTERN, Category, Product, ProductImage, ProductTranslation, Variant
from .sanitize import sanitize_description

MAX_STOCK = 10_000_000
MAX_WEIGHT_GRAMS = 1_000_000
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def check_hs_code(value: Any) -> str:
    # Sellers paste "0901.21" or "0901 21 00"; the separators carry no meaning.
    digits = re.sub(r"[\s.]", "", str(value or ""))
    if not re.fullmatch(HS_CODE_PATTERN, digits):
        raise InvalidInput(
            _("hs_code: %(value)s is not an HS code; give 6 to 10 digits, for example 090121 for roasted coffee") % {"value": repr(value)},
            field="hs_code",
            code="invalid_hs_code",
        )
    return digits


def check_product_fields(data: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    if not partial or "title" in data:
        title = str(data.get("title") or "").strip()
        if not title or len(title) > 200:
            raise InvalidInput(_("title: between 1 and 200 characters"), field="title")
        clean["title"] = title
    if not partial or "category" in data:
        category = data.get("category")
        if not isinstance(category, Category):
            category = Category.objects.filter(slug=str(category or "")).first() or (
                Category.objects.filter(pk=category).first() if str(category or "").isdigit() else None
            )
        if category is None:
            raise InvalidInput(_("category: %(value)s is not a category") % {"value": repr(data.get("category"))}, field="category")
        clean["category"] = category
    if not partial or "hs_code" in data:
        clean["hs_code"] = check_hs_code(data.get("hs_code"))
    if not partial or "origin_country" in data:
        clean["origin_country"] = check_country(data.get("origin_country"), field="origin_country")
    if "description" in data:
        description = str(data.get("description") or "")
        if len(description) > 20_000:
            raise InvalidInput(_("description: at most 20,000 characters"), field="description")
        clean["description"] = sanitize_description(description)
    if "brand" in data:
        clean["brand"] = str(data.get("brand") or "").strip()[:120]
    if "status" in data:
        status = str(data.get("status") or "")
        if status not in Product.Status.values:
            raise InvalidInput(
                _("status: %(value)s; expected one of %(choices)s") % {"value": repr(status), "choices": ", ".join(Product.Status.values)},
                field="status",
            )
        clean["status"] = status
    return clean


def check_variant_fields(data: dict[str, Any], *, currency: str, partial: bool = False) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    if not partial or "sku" in data:
        sku = str(data.get("sku") or "").strip()
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}", sku):
            raise InvalidInput(_("sku: 1 to 64 letters, digits, '.', '_', '-' or '/'"), field="sku")
        clean["sku"] = sku
    if not partial or "price" in data:
        try:
            amount = Decimal(str(data.get("price")).strip())
        except (InvalidOperation, ValueError):
            raise InvalidInput(_("price: %(value)s is not a number") % {"value": repr(data.get("price"))}, field="price") from None
        if not amount.is_finite() or amount <= 0:
            raise InvalidInput(_("price: must be greater than zero"), field="price")
        if amount >= Decimal("1e13"):
            raise InvalidInput(_("price: too large; at most 9,999,999,999,999"), field="price")
        price = Money(amount, currency)
        if price.quantize() != price:
            raise InvalidInput(
                _("price: %(amount)s has more decimals than %(currency)s allows (%(accepted)s would be accepted)")
                % {"amount": amount, "currency": currency, "accepted": price.quantize().amount},
                field="price",
            )
        clean["price"] = price.amount
    if not partial or "weight_grams" in data:
        clean["weight_grams"] = _check_int(data.get("weight_grams"), "weight_grams", 1, MAX_WEIGHT_GRAMS)
    if not partial or "stock" in data:
        clean["stock"] = _check_int(data.get("stock", 0), "stock", 0, MAX_STOCK)
    if "options" in data:
        options = data.get("options") or {}
        if not isinstance(options, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in options.items()):
            raise InvalidInput(_('options: an object of option names to values, e.g. {"size": "500 g"}'), field="options")
        if len(options) > 5 or any(len(k) > 40 or len(v) > 80 for k, v in options.items()):
            raise InvalidInput(_("options: at most 5 options, names up to 40 and values up to 80 characters"), field="options")
        clean["options"] = {k.strip(): v.strip() for k, v in options.items() if k.strip()}
    if "is_active" in data:
        clean["is_active"] = bool(data["is_active"])
    return clean


def _check_int(value: Any, field: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
        raise InvalidInput(_("%(field)s: %(value)s is not a whole number") % {"field": field, "value": repr(value)}, field=field) from None
    if number < low or number > high:
        raise InvalidInput(
            # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
            _("%(field)s: %(number)s is out of range; expected %(low)s to %(high)s")
            % {"field": field, "number": number, "low": low, "high": format(high, ",")},
            field=field,
        )
    return number


def product_refresh_summary(*, product: Product) -> None:
    """Recompute the denormalized listing price and stock flag from the active variants."""
    active = product.variants.filter(is_active=True)
    product.price_min = active.aggregate(low=Min("price"))["low"]
    product.in_stock = active.filter(stock__gt=0).exists()
    product.save(update_fields=["price_min", "in_stock", "updated_at"])
    search_reindex_later([product.pk])


@transaction.atomic
def product_create(*, seller: Any, data: dict[str, Any], variants: list[dict[str, Any]] | None = None) -> Product:
    clean = check_product_fields(data)
    product = Product.objects.create(seller=seller, currency=seller.currency, slug=slugify(clean["title"])[:220] or "product", **clean)
    for position, variant_data in enumerate(variants or []):
        variant_create(product=product, data=variant_data, position=position, refresh=False)
    product_refresh_summary(product=product)
    product_translate_later(product)
    return product


def product_update(*, product: Product, data: dict[str, Any]) -> Product:
    clean = check_product_fields(data, partial=True)
    text_changed = any(field in clean and clean[field] != getattr(product, field) for field in ("title", "description"))
    for field, value in clean.items():
        setattr(product, field, value)
    if "title" in clean:
        product.slug = slugify(clean["title"])[:220] or "product"
    product.save()
    if text_changed:
        product_forget_machine_translations(product)
        product_translate_later(product)
    search_reindex_later([product.pk])
    return product


def product_archive(*, product: Product) -> Product:
    product.status = Product.Status.ARCHIVED
    product.save(update_fields=["status", "updated_at"])
    search_reindex_later([product.pk])
    return product


def variant_create(*, product: Product, data: dict[str, Any], position: int | None = None, refresh: bool = True) -> Variant:
    clean = check_variant_fields(data, currency=product.currency)
    if Variant.objects.filter(seller_id=product.seller_id, sku=clean["sku"]).exists():
        raise InvalidInput(_("sku: %(value)s is already used by another of your variants") % {"value": repr(clean["sku"])}, field="sku", code="sku_taken")
    try:
        with transaction.atomic():
            variant = Variant.objects.create(
                product=product,
                seller_id=product.seller_id,
                currency=product.currency,
                position=position if position is not None else product.variants.count(),
                **clean,
            )
    except IntegrityError:
        # Lost a race with another request creating the same SKU.
        raise InvalidInput(_("sku: %(value)s is already used by another of your variants") % {"value": repr(clean["sku"])}, field="sku", code="sku_taken") from None
    if refresh:
        product_refresh_summary(product=product)
    return variant


@transaction.atomic
def variant_update(*, variant: Variant, data: dict[str, Any], expected_stock: int | None = None) -> Variant:
    """Change a variant. Only the given fields are written, so a concurrent checkout's stock decrement
    is never overwritten by a stale copy; with `expected_stock`, stock is set only if it still is that
    number (the seller saw it on a page), else Conflict."""
    clean = check_variant_fields(data, currency=variant.currency, partial=True)
    if "sku" in clean and Variant.objects.filter(seller_id=variant.seller_id, sku=clean["sku"]).exclude(pk=variant.pk).exists():
        raise InvalidInput(_("sku: %(value)s is already used by another of your variants") % {"value": repr(clean["sku"])}, field="sku", code="sku_taken")
    stock = clean.pop("stock", None)
    for field, value in clean.items():
        setattr(variant, field, value)
    if clean:
        variant.save(update_fields=[*clean, "updated_at"])
    if stock is not None:
        matching = Variant.objects.filter(pk=variant.pk)
        if expected_stock is not None:
            matching = matching.filter(stock=expected_stock)
        if not matching.update(stock=stock):
            current = Variant.objects.filter(pk=variant.pk).values_list("stock", flat=True).first()
            raise Conflict(
                _("stock: it changed from %(expected)s to %(current)s since you loaded it (orders came in); check it and save again")
                % {"expected": expected_stock, "current": current},
                field="stock",
                code="stock_changed",
            )
    variant.refresh_from_db(fields=["stock"])
    product_refresh_summary(product=variant.product)
    return variant


def product_image_add(*, product: Product, upload: UploadedFile, alt: str = "") -> ProductImage:
    """Accept real images only: the bytes must decode, within the size limit."""
    limit = settings.PRODUCT_IMAGE_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise InvalidInput(
            _("image: %(size)s bytes is over the %(limit)s MB limit") % {"size": format(upload.size, ","), "limit": limit // (1024 * 1024)},
            field="image",
            code="image_too_large",
        )
    try:
        with Image.open(upload) as picture:
            picture.verify()
            image_format = picture.format
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise InvalidInput(_("image: the file is not an image; upload a JPEG, PNG, WebP or GIF"), field="image", code="not_an_image") from None
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise InvalidInput(
            # Translators: %(format)s is an image file format, e.g. BMP or TIFF.
            _("image: %(format)s images are not accepted; upload a JPEG, PNG, WebP or GIF") % {"format": image_format},
            field="image",
            code="not_an_image",
        )
    upload.seek(0)
    return ProductImage.objects.create(product=product, image=upload, alt=alt[:200] or product.title[:200], position=product.images.count())


def category_get(*, slug: str) -> Category:
    category = Category.objects.filter(slug=slug).first()
    if category is None:
        raise NotFound(_("category: no category %(slug)s") % {"slug": repr(slug)}, field="category")
    return category


# --- Translations of product content ------------------------------------------------------


def product_translation_set(*, product: Product, language: Any, title: Any, description: Any = "",
                            status: str = TranslationStatus.REVIEWED) -> ProductTranslation:
    """Store the product's title and description in one language; a seller's own text is "reviewed"."""
    code = check_language(language)
    if code == product.seller.language:
        # Translators: %(code)s is a language code, e.g. fr or zh-hans.
        raise InvalidInput(_("language: %(code)s is the shop's own language; edit the product itself instead") % {"code": code}, field="language")
    clean = check_product_fields({"title": title, "description": description or ""}, partial=True)
    translation, _created = ProductTranslation.objects.update_or_create(
        product=product, language=code, defaults={"title": clean["title"], "description": clean.get("description", ""), "status": status},
    )
    search_reindex_later([product.pk])
    return translation


def product_translation_delete(*, product: Product, language: Any) -> None:
    code = check_language(language)
    ProductTranslation.objects.filter(product=product, language=code).delete()
    search_reindex_later([product.pk])
