"""Duties-paid prices for what a page shows: cards and a product's variants, for the buyer's country."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone

from passerelle.catalog.selectors import ProductCard, ProductDetail
from passerelle.crossborder.display import DutiesPaidPrice, duties_paid_price
from passerelle.money import RateTable


def ddp_for_cards(request: HttpRequest, cards: list[ProductCard], table: RateTable | None) -> dict[int, DutiesPaidPrice]:
    buyer, today = request.buyer, timezone.localdate()  # type: ignore[attr-defined]
    return {
        card.id: duties_paid_price(
            hs_code=card.hs_code, origin=card.origin_country, unit_price=card.price.seller_price, weight_grams=card.weight_grams,
            destination=buyer.country, buyer_currency=buyer.currency, table=table, today=today,
        )
        for card in cards
        if card.price is not None and card.weight_grams
    }


def ddp_for_variants(request: HttpRequest, detail: ProductDetail, table: RateTable | None) -> dict[int, DutiesPaidPrice]:
    buyer, today = request.buyer, timezone.localdate()  # type: ignore[attr-defined]
    product = detail.product
    return {
        variant.id: duties_paid_price(
            hs_code=product.hs_code, origin=product.origin_country, unit_price=variant.price.seller_price, weight_grams=variant.weight_grams,
            destination=buyer.country, buyer_currency=buyer.currency, table=table, today=today,
        )
        for variant in detail.variants
    }
