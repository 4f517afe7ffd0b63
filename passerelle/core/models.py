"""Shared model pieces: money columns as an amount plus an ISO 4217 currency."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

# Enough digits for IDR/VND totals, four decimals so KWD/BHD (3 minor units) and rates fit.
MONEY_MAX_DIGITS = 18
MONEY_DECIMAL_PLACES = 4


def money_field(**kwargs: object) -> models.DecimalField:
    return models.DecimalField(max_digits=MONEY_MAX_DIGITS, decimal_places=MONEY_DECIMAL_PLACES, **kwargs)  # type: ignore[arg-type]


def currency_field(**kwargs: object) -> models.CharField:
    return models.CharField(max_length=3, **kwargs)  # type: ignore[arg-type]


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class TranslationStatus(models.TextChoices):
    """How far a stored translation can be trusted. A language with no stored translation is "missing"."""

    MACHINE = "machine", _("Machine translation")
    REVIEWED = "reviewed", _("Reviewed")


def language_field(**kwargs: object) -> models.CharField:
    """A language code from settings.LANGUAGES (en, zh-hans, ja...)."""
    return models.CharField(max_length=8, **kwargs)  # type: ignore[arg-type]
