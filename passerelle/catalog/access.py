"""The only way seller-facing code gets a product or variant: another shop's ids answer 404."""

from __future__ import annotations
from django.utils.translation import gettext as _

from typing import Any

from passerelle.core.errors import NotFound
from passerelle.sellers.models import Seller

from .models import Product, Variant


def access_product_for_seller(*, seller: Seller, product_id: Any) -> Product:
    product = Product.objects.filter(pk=_as_int(product_id), seller=seller).select_related("category").first()
    if product is None:
        raise NotFound(_("product: no product %(id)s in your shop") % {"id": product_id}, field="product_id")
    return product


def access_variant_for_seller(*, seller: Seller, variant_id: Any) -> Variant:
    variant = Variant.objects.filter(pk=_as_int(variant_id), seller=seller).select_related("product").first()
    if variant is None:
        raise NotFound(_("variant: no variant %(id)s in your shop") % {"id": variant_id}, field="variant_id")
    return variant


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
