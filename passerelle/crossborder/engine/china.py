"""China: cross-border e-commerce retail import (CBEC), postal articles, and general trade.

Sources are in rules/cn.json; the formulas follow Caiguanshui [2016] No. 18 (CBEC: 0% duty within the
limits, VAT and consumption tax at 70%) and Shui Wei Hui [2019] No. 17 (postal articles tax).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal


from .basket import Basket, BasketLine
from .errors import QuoteInputError
from .fx import FxContext
from .lookup import figure, hs_rate, optional_figure, refuse_restricted
from .outcome import DUTY, TAX, Outcome, round_half_up
from .request import QuoteRequest
from .rules import RuleBook

GREATER_CHINA = {"HK", "MO", "TW"}


def _above_floor(book: RuleBook, outcome: Outcome, floor_id: str, day: date, line: BasketLine) -> bool:
    """High-end goods are defined by a unit price floor: per piece (watches) or per gram (cosmetics)."""
    floor = book.find(floor_id, day)
    if floor is None:
        return True
    per = Decimal(max(line.source.weight_grams, 1)) if floor.note == "per_gram" else Decimal(1)
    if line.unit_price.amount / per < floor.decimal:
        return False
    outcome.use(floor)
    return True


def _consumption_tax_rate(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, index: int) -> Decimal:
    """Consumption tax applies to some goods only above a unit price (high-end cosmetics per gram, watches per piece)."""
    line = basket.lines[index]
    if line.source.consumption_tax_rate is not None:
        return line.source.consumption_tax_rate
    rule = book.by_hs("cn.consumption_tax", line.source.hs_code, request.date)
    if rule is None or not rule.decimal:
        return Decimal(0)
    if not _above_floor(book, outcome, rule.id.replace("cn.consumption_tax", "cn.consumption_tax_floor"), request.date, line):
        return Decimal(0)
    outcome.use(rule)
    return rule.decimal


def _full_rate_taxes(
    book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, factor: Decimal, duty_exempt_up_to: Decimal | None = None
) -> None:
    """Duty on the dutiable price, consumption tax on (price + duty) grossed up, VAT on (price + duty + CT); taxes × factor."""
    duty: list[Decimal] = []
    rates: list[tuple[str | None, str]] = []
    for i, line in enumerate(basket.lines):
        if factor == 1:
            rate, origin = hs_rate(book, outcome, "cn.duty", i, line.source.hs_code, request.date, line.source.duty_rate)
        else:
            rate, origin = figure(book, outcome, "cn.cbec.duty", request.date).decimal, "cn.cbec.duty"
        rates.append((str(rate), origin))
        duty.append(line.cif.amount * rate)
    outcome.line_duty_rates = rates
    if duty_exempt_up_to is not None and round_half_up(sum(duty, Decimal(0)), basket.currency).amount <= duty_exempt_up_to:
        outcome.notes.append(f"Duty of at most CNY {duty_exempt_up_to} per declaration is not collected")
        duty = [Decimal(0)] * len(duty)
    ct, vat = [], []
    for i, line in enumerate(basket.lines):
        base = line.cif.amount + duty[i]
        ct_rate = _consumption_tax_rate(book, outcome, request, basket, i)
        vat_rate, _ = hs_rate(book, outcome, "cn.vat", i, line.source.hs_code, request.date, line.source.vat_rate)
        line_ct = base / (1 - ct_rate) * ct_rate
        ct.append(line_ct * factor)
        vat.append((base + line_ct) * vat_rate * factor)
    outcome.add("duty", DUTY, duty, basket.currency)
    outcome.add("consumption_tax", TAX, ct, basket.currency)
    outcome.add("vat", TAX, vat, basket.currency)


def cbec(book: RuleBook, request: QuoteRequest, basket: Basket, fx: FxContext) -> Outcome:
    outcome = Outcome(regime="cn-cbec", channel="cbec")
    day = request.date
    if refuse_restricted(book, outcome, request):
        return outcome
    single = figure(book, outcome, "cn.cbec.single_limit", day)
    annual = figure(book, outcome, "cn.cbec.annual_limit", day)
    factor = figure(book, outcome, "cn.cbec.tax_factor", day).decimal
    value = basket.cif  # the dutiable price: goods + freight + insurance
    used = request.buyer.cbec_used_this_year
    if used is None:
        if request.channel == "cbec":
            raise QuoteInputError("buyer.cbec_used_this_year", "required for a CBEC quote: the yearly limit is counted per buyer")
        outcome.refuse("cbec_quota_unknown", "CBEC needs the buyer's verified identity and yearly quota; none was given")
        return outcome
    outcome.quota_used = value
    if used.amount + value.amount > annual.decimal:
        left = max(annual.decimal - used.amount, Decimal(0))
        outcome.refuse(
            "cbec_annual_limit",
            f"This order (CNY {value.amount:,}) would take the buyer past China's CNY {annual.decimal:,} yearly "
            f"cross-border limit; CNY {left:,} is left this year",
            value=str(value.amount), limit=str(annual.decimal), left=str(left),
        )
        return outcome
    if value.amount > single.decimal:
        if basket.pieces > 1:
            outcome.refuse(
                "cbec_order_over_limit",
                f"The order's dutiable value CNY {value.amount:,} is over China's CNY {single.decimal:,} per-order "
                f"cross-border limit and holds {basket.pieces} items; split it into orders of at most CNY {single.decimal:,}",
                value=str(value.amount), limit=str(single.decimal), pieces=str(basket.pieces),
            )
            return outcome
        outcome.use(figure(book, outcome, "cn.cbec.single_item_over_limit", day))
        outcome.notes.append("A single item over the per-order limit clears at full duty, VAT and consumption tax")
        _full_rate_taxes(book, outcome, request, basket, Decimal(1))
        return outcome
    _full_rate_taxes(book, outcome, request, basket, factor)
    return outcome


def postal(book: RuleBook, request: QuoteRequest, basket: Basket, fx: FxContext) -> Outcome:
    outcome = Outcome(regime="cn-postal", channel="postal")
    day = request.date
    if refuse_restricted(book, outcome, request):
        return outcome
    from_greater_china = all(line.source.origin in GREATER_CHINA for line in basket.lines)
    limit = figure(book, outcome, "cn.postal.parcel_limit_hk_mo_tw" if from_greater_china else "cn.postal.parcel_limit", day)
    if basket.goods.amount > limit.decimal and basket.pieces > 1:
        outcome.refuse(
            "postal_parcel_over_limit",
            f"Postal parcels to China are limited to CNY {limit.decimal:,} of goods (this one: CNY {basket.goods.amount:,}) "
            "unless they hold a single indivisible item",
            limit=str(limit.decimal), goods=str(basket.goods.amount),
        )
        return outcome
    exact, rates = [], []
    for i, line in enumerate(basket.lines):
        rate, origin = hs_rate(book, outcome, "cn.postal.rate", i, line.source.hs_code, day, None)
        high_end = book.by_hs("cn.postal.rate_high_end", line.source.hs_code, day)
        if high_end is not None and _above_floor(book, outcome, high_end.id.replace("rate_high_end", "high_end_floor"), day, line):
            rate = outcome.use(high_end).decimal  # category 3: high-end watches and cosmetics
        exact.append(line.goods.amount * rate)
        rates.append((None, ""))
    tax = round_half_up(sum(exact, Decimal(0)), basket.currency)
    waiver = figure(book, outcome, "cn.postal.waiver", day)
    if tax.amount <= waiver.decimal:
        outcome.notes.append(f"Postal articles tax of CNY {tax.amount} is at most CNY {waiver.decimal} and is waived")
        return outcome
    outcome.add("postal_tax", TAX, exact, basket.currency, rounded=tax)
    return outcome


def general(book: RuleBook, request: QuoteRequest, basket: Basket, fx: FxContext) -> Outcome:
    outcome = Outcome(regime="cn-general", channel="general")
    if refuse_restricted(book, outcome, request):
        return outcome
    outcome.notes.append("General trade needs a consignee registered as an importer; it is quoted on request, never picked for consumers")
    exempt = optional_figure(book, outcome, "cn.general.duty_exempt_per_ticket", request.date)
    _full_rate_taxes(book, outcome, request, basket, Decimal(1), exempt.decimal if exempt else None)
    return outcome


REGIMES = {"cbec": cbec, "postal": postal, "general": general}
CONSUMER_CHANNELS = ("cbec", "postal")
