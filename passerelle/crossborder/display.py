"""Duties-paid (DDP) prices for the storefront: one unit of a variant delivered to the buyer's country.

The quote is in the destination's currency (customs compute there); the buyer sees it converted to
their own currency at the same reference rates as every other price. A product the destination's
rules refuse, or whose duty the data cannot state, says so instead of showing a guess.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from passerelle.money import MissingRateError, Money, RateTable

from .engine import Quote, QuoteInputError, QuoteLine, QuoteRequest, RuleDataError, landed_cost_quote, supported_destinations
from .engine.request import BuyerQuota

CBEC_DISPLAY_QUOTA = Money("0.00", "CNY")  # product pages assume the buyer's yearly quota is still free


@dataclass(frozen=True)
class DutiesPaidPrice:
    destination: str
    available: bool
    message: str = ""  # why there is no price, in words a buyer understands
    quote: Quote | None = None
    total: Money | None = None  # goods + duty + taxes + fees, in the buyer's currency
    duties_and_taxes: Money | None = None

    @property
    def included(self) -> list[tuple[str, Money]]:
        """(label, amount in the quote's currency) for the "what's included" breakdown."""
        if self.quote is None:
            return []
        rows = [("Import duty", self.quote.duty)] if self.quote.duty.amount else []
        rows += [(_LABELS.get(kind, kind.replace("_", " ").capitalize()), amount) for kind, amount in self.quote.taxes.items()]
        rows += [(_LABELS.get(kind, kind.replace("_", " ").capitalize() + " fee"), amount) for kind, amount in self.quote.fees.items()]
        return rows


_LABELS = {
    "vat": "Import VAT", "gst": "GST", "consumption_tax": "Consumption tax", "postal_tax": "Postal articles tax",
    "sales_tax": "Sales tax", "mpf": "Merchandise processing fee", "section_122": "Section 122 surcharge",
}
REGIME_NAMES = {
    "cn-cbec": "China cross-border e-commerce (CBEC) retail import",
    "cn-postal": "China postal articles",
    "cn-general": "China general trade",
}


def regime_name(regime: str) -> str:
    if regime in REGIME_NAMES:
        return REGIME_NAMES[regime]
    code, _, kind = regime.partition("-")
    return f"{code.upper()} {'low-value import, tax collected at checkout' if kind == 'low-value' else 'import'}"


def duties_paid_price(
    *, hs_code: str, origin: str, unit_price: Money, weight_grams: int, destination: str, buyer_currency: str,
    table: RateTable | None, today: datetime.date,
) -> DutiesPaidPrice:
    # Pure in its inputs (rules are data; a rate table is fixed for its date): memoised per process.
    key = (hs_code, origin, unit_price.amount, unit_price.currency, weight_grams, destination, buyer_currency,
           table.rates_date if table else None, table.source if table else None, today)
    if (cached := _CACHE.get(key)) is None:
        if len(_CACHE) > 20_000:
            _CACHE.clear()
        cached = _CACHE[key] = _compute(hs_code, origin, unit_price.amount, unit_price.currency, weight_grams, destination, buyer_currency, table, today)
    return cached


_CACHE: dict[tuple[object, ...], DutiesPaidPrice] = {}


def _compute(hs_code: str, origin: str, amount: Decimal, currency: str, weight_grams: int, destination: str, buyer_currency: str,
             table: RateTable | None, today: datetime.date) -> DutiesPaidPrice:
    if destination not in supported_destinations():
        return DutiesPaidPrice(destination, False, "Duties and taxes for this destination are calculated at checkout")
    request = QuoteRequest(
        destination=destination, date=today, currency=currency,
        lines=(QuoteLine(description="item", hs_code=hs_code, origin=origin, quantity=1, unit_price=Money(amount, currency), weight_grams=weight_grams),),
        shipping=Money.zero(currency), insurance=Money.zero(currency),
        buyer=BuyerQuota(cbec_used_this_year=CBEC_DISPLAY_QUOTA) if destination == "CN" else BuyerQuota(),
    )
    try:
        quote = landed_cost_quote(request, rates=table)
    except (RuleDataError, QuoteInputError) as error:
        return DutiesPaidPrice(destination, False, f"Duties calculated at checkout ({error.message})")
    if not quote.allowed:
        return DutiesPaidPrice(destination, False, quote.reasons[0].message if quote.reasons else "Not available for delivery", quote)
    extra = quote.total - quote.goods - quote.shipping - quote.insurance
    try:
        total = convert_money(quote.total, buyer_currency, table)
        duties = convert_money(extra, buyer_currency, table)
    except MissingRateError:
        total, duties = quote.total, extra
    return DutiesPaidPrice(destination, True, quote=quote, total=total, duties_and_taxes=duties)


def convert_money(money: Money, currency: str, table: RateTable | None) -> Money:
    """Money in another currency at the table's rate; MissingRateError when there is no table or no rate."""
    if money.currency == currency:
        return money
    if table is None:
        raise MissingRateError(f"no rates to convert {money.currency} to {currency}")
    return table.convert(money, currency)
