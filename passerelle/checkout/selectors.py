"""The cart as the buyer sees it: lines with converted prices, grouped by seller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from passerelle.catalog.pricing import BuyerPrice, buyer_price
from passerelle.money import Money, RateTable, sum_money

from .models import Cart


@dataclass(frozen=True)
class CartLineView:
    variant_id: int
    product_id: int
    title: str
    options_label: str
    sku: str
    quantity: int
    stock: int
    unit_price: BuyerPrice
    line_total: Money


@dataclass(frozen=True)
class CartSellerGroup:
    seller_name: str
    seller_slug: str
    lines: list[CartLineView]
    subtotal: Money | None


@dataclass(frozen=True)
class CartView:
    cart: Cart
    groups: list[CartSellerGroup]
    total: Money | None  # None when some line cannot be converted to the cart's currency
    item_count: int


def fetch_cart(cart: Cart, table: RateTable | None) -> CartView:
    lines = list(cart.lines.select_related("variant__product__seller").order_by("variant__seller_id", "id"))
    groups: dict[int, list[CartLineView]] = {}
    names: dict[int, tuple[str, str]] = {}
    for line in lines:
        variant, product = line.variant, line.variant.product
        price = buyer_price(variant.price, variant.currency, cart.currency, table)
        groups.setdefault(product.seller_id, []).append(
            CartLineView(
                variant_id=variant.pk, product_id=product.pk, title=product.title, options_label=variant.options_label, sku=variant.sku,
                quantity=line.quantity, stock=variant.stock, unit_price=price, line_total=price.shown * line.quantity,
            )
        )
        names[product.seller_id] = (product.seller.name, product.seller.slug)
    result, totals, convertible = [], [], True
    for seller_id, seller_lines in groups.items():
        currencies = {line.line_total.currency for line in seller_lines}
        subtotal = sum_money([line.line_total for line in seller_lines], currencies.pop()) if len(currencies) == 1 else None
        if subtotal is None or subtotal.currency != cart.currency:
            convertible = False
        else:
            totals.append(subtotal)
        result.append(CartSellerGroup(seller_name=names[seller_id][0], seller_slug=names[seller_id][1], lines=seller_lines, subtotal=subtotal))
    total = sum_money(totals, cart.currency) if convertible else None
    return CartView(cart=cart, groups=result, total=total, item_count=sum(line.quantity for line in lines))


def cart_duties_estimate(cart: Cart, destination: str, table: RateTable | None) -> dict[str, Any]:
    """Duties and taxes per seller parcel for a destination, before the buyer gives an address (no CBEC identity yet).

    {"by_seller": {slug: ParcelDuties | None}, "refusal": message or ""}; the real quote is made when the order is placed.
    """
    from django.utils import timezone

    from passerelle.core.errors import ServiceError
    from passerelle.crossborder.checkout import ParcelLine, parcels_duties

    lines = list(cart.lines.select_related("variant__product__seller").order_by("variant__seller_id", "id"))
    groups: dict[str, tuple[str, str, list[ParcelLine]]] = {}
    for line in lines:
        variant, product = line.variant, line.variant.product
        parcel = groups.setdefault(product.seller.slug, (product.seller.name, product.seller.country, []))
        parcel[2].append(ParcelLine(description=product.title, hs_code=product.hs_code, origin=product.origin_country, quantity=line.quantity,
                                    unit_price=Money(variant.price, variant.currency).quantize(), weight_grams=variant.weight_grams))
    try:
        results = parcels_duties(parcels=list(groups.values()), destination=destination, order_currency=cart.currency, table=table,
                                 identity_hash="", today=timezone.localdate())
    except ServiceError as error:
        return {"by_seller": {}, "refusal": error.message.removeprefix("cart: ")}
    return {"by_seller": dict(zip(groups, results, strict=True)), "refusal": ""}
