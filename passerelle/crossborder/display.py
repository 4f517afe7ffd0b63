"""Duties-paid (DDP) prices for the storefront: one unit of a variant delivered to the buyer's country.

The quote is in the destination's currency (customs compute there); the buyer sees it converted to
their own currency at the same reference rates as every other price. A product the destination's
rules refuse, or whose duty the data cannot state, says so instead of showing a guess.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal
from django.utils.translation import gettext, gettext_noop

from passerelle.core.countries import country_name

from passerelle.money import MissingRateError, Money, RateTable
from passerelle.core.languages import active_locale

from .engine import Quote, QuoteInputError, QuoteLine, QuoteRequest, RuleDataError, landed_cost_quote, supported_destinations
from .engine.request import BuyerQuota
from .engine.result import Reason

CBEC_DISPLAY_QUOTA = Money("0.00", "CNY")  # product pages assume the buyer's yearly quota is still free


@dataclass(frozen=True)
class DutiesPaidPrice:
    destination: str
    available: bool
    message: str = ""  # why there is no price, in words a buyer understands
    quote: Quote | None = None
    total: Money | None = None  # goods + duty + taxes + fees, in the buyer's currency
    duties_and_taxes: Money | None = None
    reason: Reason | None = None  # the rules' refusal, when they refuse

    @property
    def included(self) -> list[tuple[str, Money]]:
        """(label, amount in the quote's currency) for the "what's included" breakdown."""
        if self.quote is None:
            return []
        # Labels are translated here, at display time: DutiesPaidPrice objects are cached across languages.
        rows = [(gettext("Import duty"), self.quote.duty)] if self.quote.duty.amount else []
        rows += [(gettext(_LABELS[kind]) if kind in _LABELS else kind.replace("_", " ").capitalize(), amount) for kind, amount in self.quote.taxes.items()]
        rows += [(gettext(_LABELS[kind]) if kind in _LABELS else kind.replace("_", " ").capitalize() + " fee", amount) for kind, amount in self.quote.fees.items()]
        return rows

    @property
    def explanation(self) -> str:
        """`message` in the active language when it is one of the fixed messages; a rule's own words stay as written."""
        if self.reason is not None:
            return reason_text(self.reason)
        return gettext(self.message) if self.message in _FIXED_MESSAGES else self.message


_LABELS = {
    "vat": gettext_noop("Import VAT"), "gst": gettext_noop("GST"), "consumption_tax": gettext_noop("Consumption tax"),
    "postal_tax": gettext_noop("Postal articles tax"), "sales_tax": gettext_noop("Sales tax"),
    "mpf": gettext_noop("Merchandise processing fee"), "section_122": gettext_noop("Section 122 surcharge"),
}
REGIME_NAMES = {
    "cn-cbec": gettext_noop("China cross-border e-commerce (CBEC) retail import"),
    "cn-postal": gettext_noop("China postal articles"),
    "cn-general": gettext_noop("China general trade"),
}
NOT_SUPPORTED = gettext_noop("Duties and taxes for this destination are calculated at checkout")
NOT_AVAILABLE = gettext_noop("Not available for delivery")
_FIXED_MESSAGES = {NOT_SUPPORTED, NOT_AVAILABLE}


# The rules' refusals in words a translator can work with; the figures come from Reason.params.
_REASONS = {
    "cbec_quota_unknown": gettext_noop("CBEC needs the buyer's verified identity and yearly quota; none was given"),
    "cbec_annual_limit": gettext_noop(
        "This order (CNY %(value)s) would take the buyer past China's CNY %(limit)s yearly cross-border limit; "
        "CNY %(left)s is left this year"),
    "cbec_order_over_limit": gettext_noop(
        "The order's dutiable value CNY %(value)s is over China's CNY %(limit)s per-order cross-border limit and holds "
        "%(pieces)s items; split it into orders of at most CNY %(limit)s"),
    "postal_parcel_over_limit": gettext_noop(
        "Postal parcels to China are limited to CNY %(limit)s of goods (this one: CNY %(goods)s) unless they hold a single "
        "indivisible item"),
    # Translators: %(why)s is the customs rule's own note or legal source, in English.
    "restricted_prohibited": gettext_noop("%(item)s (HS %(hs_code)s) cannot be imported into %(destination)s: %(why)s"),
    "restricted_licence": gettext_noop("%(item)s (HS %(hs_code)s) needs an import licence for %(destination)s: %(why)s"),
    "over_consignment_ceiling": gettext_noop("The order is over the low-value consignment ceiling of %(destination)s"),
}
_AMOUNTS = {"value", "limit", "left", "goods"}


def reason_text(reason: Reason) -> str:
    """A refusal in the active language, figures and country names formatted for it; the engine's English otherwise."""
    template = _REASONS.get(reason.code)
    if template is None:
        return reason.message
    locale = active_locale()
    values = {}
    for name, value in reason.params.items():
        if name in _AMOUNTS:
            values[name] = format_decimal(Decimal(value), locale=locale)
        elif name == "destination":
            values[name] = country_name(value, locale)
        else:
            values[name] = value
    try:
        return gettext(template) % values
    except (KeyError, ValueError):  # params missing from an older quote: say it in the engine's words
        return reason.message


def regime_name(regime: str) -> str:
    """The regime's name in the active language."""
    if regime in REGIME_NAMES:
        return gettext(REGIME_NAMES[regime])
    code, _, kind = regime.partition("-")
    if kind == "low-value":
        return gettext("%(country)s low-value import, tax collected at checkout") % {"country": code.upper()}
    return gettext("%(country)s import") % {"country": code.upper()}


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
        return DutiesPaidPrice(destination, False, NOT_SUPPORTED)
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
        reason = quote.reasons[0] if quote.reasons else None
        return DutiesPaidPrice(destination, False, reason.message if reason else NOT_AVAILABLE, quote, reason=reason)
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
