"""SME shops: who sells, from where, in which currency."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from passerelle.core.models import TimestampedModel, TranslationStatus, currency_field, language_field


class Seller(TimestampedModel):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="seller")
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=160)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 country the business is registered in")
    city = models.CharField(max_length=120, blank=True)
    currency = currency_field(help_text="ISO 4217 currency the shop prices its products in")
    description = models.CharField(max_length=300, blank=True)
    # The language the seller writes titles, descriptions and the shop description in; buyers reading
    # another language see a translation, or this text with a note.
    language = language_field(default="en")
    story = models.TextField(blank=True)
    registration_number = models.CharField(max_length=64, blank=True)
    headcount = models.PositiveIntegerField(default=1, help_text="People employed, owners included")
    logo = models.ImageField(upload_to="sellers/", blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    suspended_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.CheckConstraint(condition=models.Q(headcount__gte=1), name="seller_headcount_positive")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class SellerTranslation(models.Model):
    """The shop description in one language other than the seller's."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="translations")
    language = language_field()
    description = models.CharField(max_length=300)
    status = models.CharField(max_length=16, choices=TranslationStatus.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["seller", "language"], name="seller_translation_unique")]

    def __str__(self) -> str:
        return f"{self.seller_id} [{self.language}]"
