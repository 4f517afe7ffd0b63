"""Reads about shops for buyers' pages."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Seller, SellerTranslation


@dataclass(frozen=True)
class ShopDescription:
    description: str
    language: str
    is_fallback: bool  # no translation into the buyer's language: the seller's own words


def shop_description(seller: Seller, language: str) -> ShopDescription:
    if language != seller.language:
        translated = SellerTranslation.objects.filter(seller=seller, language=language).values_list("description", flat=True).first()
        if translated:
            return ShopDescription(translated, language, False)
    return ShopDescription(seller.description, seller.language, language != seller.language)
