"""Prices as the buyer sees them: the seller's price converted at the current reference rate."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from passerelle.money import MissingRateError, Money, RateTable


@dataclass(frozen=True, slots=True)
class BuyerPrice:
    """What to show: `shown` is in the buyer's currency when a rate exists, else in the seller's."""

    shown: Money
    seller_price: Money
    converted: bool
    rates_date: datetime.date | None


def buyer_price(amount: Decimal, currency: str, buyer_currency: str, table: RateTable | None) -> BuyerPrice:
    seller_price = Money(amount, currency).quantize()
    if currency == buyer_currency:
        return BuyerPrice(seller_price, seller_price, False, None)
    if table is None:
        return BuyerPrice(seller_price, seller_price, False, None)
    try:
        shown = table.convert(seller_price, buyer_currency)
    except MissingRateError:
        return BuyerPrice(seller_price, seller_price, False, None)
    return BuyerPrice(shown, seller_price, True, table.rates_date)

