"""The catalog: a category tree, products with customs facts (HS code, origin), variants with price and stock."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from passerelle.core.models import TimestampedModel, TranslationStatus, currency_field, language_field, money_field
from passerelle.sellers.models import Seller

HS_CODE_PATTERN = r"^\d{6,10}$"
hs_code_validator = RegexValidator(HS_CODE_PATTERN, "HS code: 6 to 10 digits, without dots or spaces (for example 090121)")


class Category(models.Model):
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id and self.parent else self.name


class Product(TimestampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ACTIVE = "active", _("Active")
        ARCHIVED = "archived", _("Archived")

    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="products")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220)
    description = models.TextField(blank=True, help_text="Sanitized HTML")
    hs_code = models.CharField(max_length=10, validators=[hs_code_validator])
    origin_country = models.CharField(max_length=2)
    brand = models.CharField(max_length=120, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    # Denormalized from the active variants so listing pages can filter and sort by price
    # without a join; kept in step by catalog.services.product_refresh_summary.
    currency = currency_field()
    price_min = money_field(null=True, blank=True)
    in_stock = models.BooleanField(default=False)
    popularity = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "category", "-created_at"], name="product_listing_idx"),
            models.Index(fields=["seller", "status"], name="product_seller_idx"),
            models.Index(fields=["status", "origin_country"], name="product_origin_idx"),
            # "Newest first" without a category (home, /products/, the API) reads this index in order
            # instead of sorting every listed product.
            models.Index(fields=["status", "-created_at", "-id"], name="product_newest_idx"),
            # Covers the listing count (status, shop, category over products that have a price) without the table.
            models.Index(fields=["status", "seller", "category"], condition=models.Q(price_min__isnull=False), name="product_listed_idx"),
        ]

    def __str__(self) -> str:
        return self.title


class ProductTranslation(models.Model):
    """A product's title and description in one language other than its seller's."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="translations")
    language = language_field()
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, help_text="Sanitized HTML")
    status = models.CharField(max_length=16, choices=TranslationStatus.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["product", "language"], name="product_translation_unique")]
        indexes = [models.Index(fields=["language", "product"], name="product_translation_lang_idx")]

    def __str__(self) -> str:
        return f"{self.product_id} [{self.language}] {self.title}"


class CategoryTranslation(models.Model):
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="translations")
    language = language_field()
    name = models.CharField(max_length=120)
    status = models.CharField(max_length=16, choices=TranslationStatus.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["category", "language"], name="category_translation_unique")]

    def __str__(self) -> str:
        return f"{self.category_id} [{self.language}] {self.name}"


class ProductImage(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(upload_to="products/%Y/%m/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    alt = models.CharField(max_length=200, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]


class Variant(TimestampedModel):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="variants")
    # Carried here too so "SKU unique per seller" is a database constraint, not a hope.
    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="variants")
    sku = models.CharField(max_length=64)
    options = models.JSONField(default=dict, blank=True, help_text='Option values, e.g. {"size": "500 g"}')
    price = money_field()
    currency = currency_field()
    weight_grams = models.PositiveIntegerField()
    stock = models.IntegerField(default=0)
    is_active = models.BooleanField(default=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["seller", "sku"], name="variant_sku_unique_per_seller"),
            models.CheckConstraint(condition=models.Q(stock__gte=0), name="variant_stock_not_negative"),
            models.CheckConstraint(condition=models.Q(price__gt=0), name="variant_price_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.sku} ({self.product.title})"

    @property
    def options_label(self) -> str:
        return " · ".join(str(v) for v in self.options.values()) if self.options else ""
