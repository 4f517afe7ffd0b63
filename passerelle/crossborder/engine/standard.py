"""The common shape of a destination's import taxes, driven by its rule file.

Each destination says, as dated and sourced rules: what the customs value is (CIF or FOB), which value
the duty and VAT de minimis thresholds test (goods, CIF, customs value or FOB), the duty and VAT/GST
rates by HS code, what the VAT base is, and its own rounding and waivers. Destinations with a quirk
(Japan's personal-use valuation and truncation, the EU's €3 per item, South Africa's uplift, Canada's
provinces) express it as more rules, read here.
"""

from __future__ import annotations

from decimal import Decimal

from passerelle.money import Money

from .basket import Basket, BasketLine
from .errors import QuoteInputError
from .fx import FxContext
from .lookup import figure, hs_rate, optional_figure, refuse_restricted, threshold_in
from .outcome import DUTY, FEE, TAX, Outcome, round_half_up, truncate
from .request import QuoteRequest
from .rules import RuleBook


def _fraction(value: str) -> tuple[Decimal, Decimal]:
    numerator, _, denominator = value.partition("/")
    return Decimal(numerator), Decimal(denominator or 1)


def _basis_value(basis: str, basket: Basket, customs_value: Decimal) -> Decimal:
    if basis == "goods":
        return basket.goods.amount
    if basis == "cif":
        return basket.cif.amount
    if basis == "customs_value":
        return customs_value
    if basis == "fob":
        return basket.goods.amount
    raise ValueError(f"unknown de minimis basis {basis!r}")


def _line_customs_values(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket) -> list[Decimal]:
    code = book.destination.lower()
    kind = figure(book, outcome, f"{code}.customs_value", request.date).value
    personal = optional_figure(book, outcome, f"{code}.personal_use_valuation", request.date)
    values = []
    for line in basket.lines:
        goods = line.goods.amount * (personal.decimal if personal else 1)
        values.append(goods + (line.shipping.amount + line.insurance.amount if kind == "cif" else 0))
    return values


def _is_excluded(book: RuleBook, request: QuoteRequest, prefix_id: str, line: BasketLine) -> bool:
    key = ("excluded", prefix_id, line.source.hs_code, request.date)
    if key not in book.hs_cache:
        book.hs_cache[key] = any(line.source.hs_code.startswith(rule.id.rsplit(".", 1)[1]) for rule in book.prefixes(prefix_id, request.date))
    excluded: bool = book.hs_cache[key]
    return excluded


def _de_minimis_applies(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, fx: FxContext, which: str, customs_value: Decimal) -> bool:
    code = book.destination.lower()
    rule = book.find(f"{code}.{which}_de_minimis", request.date)
    if rule is None:
        return False
    if any(_is_excluded(book, request, f"{code}.{which}_de_minimis_excluded", line) for line in basket.lines):
        outcome.notes.append(f"Some goods in this order are excluded from the {which} de minimis")
        return False
    outcome.use(rule)
    basis = figure(book, outcome, f"{code}.{which}_de_minimis_basis", request.date).value
    origin_rule = book.find(f"{code}.{which}_de_minimis.origin.{basket.lines[0].source.origin}", request.date)
    if origin_rule is not None and all(line.source.origin == basket.lines[0].source.origin for line in basket.lines):
        rule = outcome.use(origin_rule)
    limit = threshold_in(rule, basket.currency, fx)
    value = _basis_value(basis, basket, customs_value)
    # Thresholds read "up to and including" unless the rule says "below".
    applies = value < limit if rule.note == "below" else value <= limit
    if applies:
        outcome.notes.append(f"Under {book.name}'s {which if which == 'duty' else 'tax'} de minimis of {rule.decimal:,} {rule.currency or basket.currency}")
    return applies


def standard(book: RuleBook, request: QuoteRequest, basket: Basket, fx: FxContext) -> Outcome:
    code = book.destination.lower()
    if request.channel in {"cbec", "general"}:
        raise QuoteInputError("channel", f"{request.channel!r} is a channel for China; for {book.destination} leave it out or use courier/postal")
    day = request.date
    outcome = Outcome(regime=f"{code}-import", channel=request.channel or "courier")
    if refuse_restricted(book, outcome, request):
        return outcome
    ceiling = optional_figure(book, outcome, f"{code}.consignment_ceiling", day)
    customs_values = _line_customs_values(book, outcome, request, basket)
    customs_value = sum(customs_values, Decimal(0))
    if ceiling is not None and _basis_value("fob", basket, customs_value) > threshold_in(ceiling, basket.currency, fx):
        outcome.refuse("over_consignment_ceiling", ceiling.note or f"The order is over {book.name}'s low-value consignment ceiling",
                       destination=book.destination)
        return outcome
    lvg = optional_figure(book, outcome, f"{code}.checkout_collection", day)
    if lvg is not None:
        basis = figure(book, outcome, f"{code}.checkout_collection_basis", day).value
        if _basis_value(basis, basket, customs_value) <= threshold_in(lvg, basket.currency, fx):
            outcome.regime = f"{code}-low-value"
            outcome.notes.append(f"{book.name} has the seller or marketplace collect the tax at checkout for orders of this value")

    duty_exempt = _de_minimis_applies(book, outcome, request, basket, fx, "duty", customs_value)
    vat_exempt = _de_minimis_applies(book, outcome, request, basket, fx, "vat", customs_value)
    duty = _duty(book, outcome, request, basket, fx, customs_values, duty_exempt)
    _surcharges(book, outcome, request, basket, customs_values, duty_exempt)
    extra_duty = [sum(c.weights[i] for c in outcome.components if c.group == DUTY and c.kind != "duty") for i in range(len(basket.lines))]
    if not vat_exempt:
        _vat(book, outcome, request, basket, customs_values, [d + e for d, e in zip(duty, extra_duty)])
    _fees(book, outcome, request, basket, fx, customs_values, duty_exempt and vat_exempt)
    return outcome


def _duty(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, fx: FxContext, customs_values: list[Decimal], exempt: bool) -> list[Decimal]:
    code, day = book.destination.lower(), request.date
    flat = optional_figure(book, outcome, f"{code}.duty_flat_per_classification", day) if exempt else None
    if flat is not None:
        # EU from 2026-07-01: a fixed amount per tariff classification in a low-value consignment, replacing the relief.
        classes = sorted({line.source.hs_code[:6] for line in basket.lines})
        amount = threshold_in(flat, basket.currency, fx) * len(classes)
        weights = [Decimal(1) if line.source.hs_code[:6] in classes else Decimal(0) for line in basket.lines]
        outcome.add("duty", DUTY, weights, basket.currency, rounded=round_half_up(amount, basket.currency))
        outcome.line_duty_rates = [(None, flat.id)] * len(basket.lines)
        return [amount * w / sum(weights) for w in weights]
    if exempt:
        outcome.line_duty_rates = [(None, "de_minimis")] * len(basket.lines)
        return [Decimal(0)] * len(basket.lines)
    exact: list[Decimal] = []
    rates: list[tuple[str | None, str]] = []
    for i, line in enumerate(basket.lines):
        rate, origin = hs_rate(book, outcome, f"{code}.duty", i, line.source.hs_code, day, line.source.duty_rate)
        rates.append((str(rate), origin))
        exact.append(customs_values[i] * rate)
    outcome.line_duty_rates = rates
    rounded = _jurisdiction_round(book, outcome, request, sum(customs_values, Decimal(0)), exact, basket.currency)
    waiver = optional_figure(book, outcome, f"{code}.duty_waiver", day)
    if waiver is not None and (rounded or round_half_up(sum(exact, Decimal(0)), basket.currency)).amount <= waiver.decimal:
        outcome.notes.append(f"Duty of at most {waiver.decimal} {basket.currency} is not collected")
        return [Decimal(0)] * len(basket.lines)
    outcome.add("duty", DUTY, exact, basket.currency, rounded=rounded)
    return exact


def _surcharges(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, customs_values: list[Decimal], exempt: bool) -> None:
    """Extra duties on the customs value (e.g. the US Section 122 surcharge), listed under `<cc>.surcharge.<name>`."""
    if exempt:
        return
    duty = next((c.weights for c in outcome.components if c.kind == "duty"), [Decimal(0)] * len(customs_values))
    for rule in book.prefixes(f"{book.destination.lower()}.surcharge", request.date):
        outcome.use(rule)
        bases = duty if rule.note == "of_duty" else customs_values  # Nigeria's 7% surcharge is on the duty
        outcome.add(rule.id.rsplit(".", 1)[1], DUTY, [b * rule.decimal for b in bases], basket.currency)


def _vat(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, customs_values: list[Decimal], duty: list[Decimal]) -> None:
    code, day = book.destination.lower(), request.date
    kind = figure(book, outcome, f"{code}.tax_kind", day).value
    base_kind = figure(book, outcome, f"{code}.vat_base", day).value
    uplift = optional_figure(book, outcome, f"{code}.vat_uplift", day)
    factor = optional_figure(book, outcome, f"{code}.vat_base_factor", day)
    numerator, denominator = _fraction(factor.value) if factor else (Decimal(1), Decimal(1))
    region = None
    if book.find(f"{code}.vat.region_required", day) is not None:
        if not request.region:
            raise QuoteInputError("region", f"{book.name}'s sales tax depends on the province or state; give region, e.g. \"ON\"")
        region = book.find(f"{code}.vat.region.{request.region}", day)
        if region is None:
            raise QuoteInputError("region", f"{request.region!r} is not a {book.name} province or territory in the rule data")
        outcome.use(region)
    # A low-value regime may tax the sale value alone (Malaysia's LVG sales tax leaves shipping out).
    sale_value_only = outcome.regime.endswith("-low-value") and optional_figure(book, outcome, f"{code}.checkout_collection_vat_base", day) is not None
    exact, bases = [], []
    for i, line in enumerate(basket.lines):
        rate = region.decimal if region is not None else hs_rate(book, outcome, f"{code}.vat", i, line.source.hs_code, day, line.source.vat_rate)[0]
        base = customs_values[i] + (uplift.decimal * customs_values[i] if uplift else 0) + duty[i]
        if base_kind == "cif_plus_duty" and figure(book, outcome, f"{code}.customs_value", day).value == "fob":
            base += line.shipping.amount + line.insurance.amount  # FOB countries that tax transport too (AU, NZ, CH, EU)
        if sale_value_only:
            base = line.goods.amount
        bases.append(base)
        exact.append(base * rate * numerator / denominator)
    rounded = _jurisdiction_round(book, outcome, request, sum(bases, Decimal(0)), exact, basket.currency)
    waiver = optional_figure(book, outcome, f"{code}.vat_waiver", day)
    amount = rounded or round_half_up(sum(exact, Decimal(0)), basket.currency)
    if waiver is not None and amount.amount <= waiver.decimal:
        outcome.notes.append(f"{kind.upper()} of at most {waiver.decimal} {basket.currency} is not collected")
        return
    outcome.add(kind, TAX, exact, basket.currency, rounded=rounded)


def _jurisdiction_round(book: RuleBook, outcome: Outcome, request: QuoteRequest, base: Decimal, exact: list[Decimal], currency: str) -> Money | None:
    """Japan: the tax base is truncated to ¥1,000 and the tax to ¥100; others round the sum to the minor unit."""
    code = book.destination.lower()
    base_step = optional_figure(book, outcome, f"{code}.rounding.base_truncate_to", request.date)
    tax_step = optional_figure(book, outcome, f"{code}.rounding.tax_truncate_to", request.date)
    if base_step is None and tax_step is None:
        return None
    total = sum(exact, Decimal(0))
    rate = total / base if base else Decimal(0)
    truncated_base = truncate(base, base_step.decimal) if base_step else base
    tax = truncated_base * rate
    return Money(truncate(tax, tax_step.decimal) if tax_step else tax, currency).quantize()


def _fees(book: RuleBook, outcome: Outcome, request: QuoteRequest, basket: Basket, fx: FxContext, customs_values: list[Decimal], exempt: bool) -> None:
    """Fees listed under `<cc>.fee.<name>`: note "percent" (of the customs value) or "fixed" (per order, in its currency)."""
    if exempt:
        return
    for rule in book.prefixes(f"{book.destination.lower()}.fee", request.date):
        name = rule.id.rsplit(".", 1)[1]
        ceiling = book.find(f"{book.destination.lower()}.fee_ceiling.{name}", request.date)
        if ceiling is not None and basket.goods.amount > threshold_in(ceiling, basket.currency, fx):
            continue  # the fee is owed on low-value consignments only
        outcome.use(rule)
        if ceiling is not None:
            outcome.use(ceiling)
        if rule.note.startswith("fixed"):
            per_order = threshold_in(rule, basket.currency, fx)
            count = len({line.source.hs_code[:6] for line in basket.lines}) if rule.note == "fixed_per_classification" else 1
            amount = round_half_up(per_order * count, basket.currency)
            outcome.add(name, FEE, list(customs_values), basket.currency, rounded=amount)
        elif rule.note == "percent_of_goods":
            outcome.add(name, FEE, [line.goods.amount * rule.decimal for line in basket.lines], basket.currency)
        else:
            outcome.add(name, FEE, [v * rule.decimal for v in customs_values], basket.currency)
