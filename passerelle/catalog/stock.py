"""Taking and giving back stock with conditional updates: the one place stock changes for orders."""

from __future__ import annotations

from django.db.models import F
from django.utils.translation import gettext as _

from passerelle.core.errors import Conflict

from .models import Variant


def reserve_stock(lines: list[tuple[int, int]]) -> None:
    """Take stock for (variant_id, quantity) pairs, in id order so concurrent checkouts cannot deadlock.

    Each UPDATE only matches while enough stock remains, so two buyers can never both take the last unit;
    the caller's transaction rolls back the earlier decrements when a later one fails.
    """
    for variant_id, quantity in sorted(lines):
        taken = Variant.objects.filter(pk=variant_id, stock__gte=quantity).update(stock=F("stock") - quantity)
        if not taken:
            sku = Variant.objects.filter(pk=variant_id).values_list("sku", flat=True).first() or variant_id
            raise Conflict(_("quantity: not enough stock left for %(sku)s") % {"sku": sku}, field="quantity", code="insufficient_stock")


def release_stock(lines: list[tuple[int, int]]) -> None:
    for variant_id, quantity in sorted(lines):
        Variant.objects.filter(pk=variant_id).update(stock=F("stock") + quantity)
