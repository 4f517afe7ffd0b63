"""What a regime computes (order-level amounts with per-line weights), and how it becomes a Quote."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from passerelle.money import Money, allocate, quantum

from .basket import Basket
from .fx import FxContext
from .result import LineQuote, Quote, Reason
from .rules import Rule

DUTY, TAX, FEE = "duty", "tax", "fee"


@dataclass(frozen=True)
class Component:
    kind: str  # "duty", "vat", "consumption_tax", "postal_tax", "gst", "mpf", ...
    group: str  # DUTY, TAX or FEE
    amount: Money  # order level, rounded as the jurisdiction rounds
    weights: list[Decimal]  # how it splits over the lines (the exact per-line amounts, or values)


@dataclass
class Outcome:
    regime: str
    channel: str
    allowed: bool = True
    components: list[Component] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    line_duty_rates: list[tuple[str | None, str]] = field(default_factory=list)
    quota_used: Money | None = None
    _used: set[int] = field(default_factory=set, repr=False)  # ids of the rules already listed

    def use(self, rule: Rule) -> Rule:
        if id(rule) not in self._used:
            self._used.add(id(rule))
            self.rules.append(rule)
        return rule

    def refuse(self, code: str, message: str, **params: str) -> None:
        self.allowed = False
        self.reasons.append(Reason(code, message, params))

    def add(self, kind: str, group: str, exact: list[Decimal], currency: str, *, rounded: Money | None = None) -> None:
        """Add a component from exact per-line amounts; the order amount is their sum rounded half-up
        to the currency's minor unit unless the regime rounds it its own way (`rounded`)."""
        amount = rounded if rounded is not None else round_half_up(sum(exact, Decimal(0)), currency)
        if amount.amount or any(exact):
            self.components.append(Component(kind, group, amount, exact))


def round_half_up(amount: Decimal, currency: str) -> Money:
    return Money(amount.quantize(quantum(currency), rounding=ROUND_HALF_UP), currency)


def truncate(amount: Decimal, step: Decimal) -> Decimal:
    """Down to a multiple of `step` (Japan: tax base to ¥1,000, tax to ¥100)."""
    return (amount / step).to_integral_value(rounding=ROUND_DOWN) * step


def assemble(outcome: Outcome, basket: Basket, fx: FxContext, destination: str) -> Quote:
    # Sums run on Decimal and become Money once: this is the engine's hot path (bench/quote_bench.py).
    currency = basket.currency
    n = len(basket.lines)
    per_line: list[dict[str, dict[str, Decimal]]] = [{DUTY: {}, TAX: {}, FEE: {}} for _ in range(n)]
    order: dict[str, dict[str, Decimal]] = {DUTY: {}, TAX: {}, FEE: {}}
    goods_weights = basket.weights()
    for component in outcome.components:
        weights = [abs(w) for w in component.weights] if any(component.weights) else goods_weights
        kind, group = component.kind, component.group
        for i, part in enumerate(allocate(component.amount, weights)):
            line_group = per_line[i][group]
            line_group[kind] = line_group.get(kind, Decimal(0)) + part.amount
        order[group][kind] = order[group].get(kind, Decimal(0)) + component.amount.amount

    def money(amount: Decimal) -> Money:
        return Money(amount, currency)

    duty = sum(order[DUTY].values(), Decimal(0))
    extra = duty + sum(order[TAX].values(), Decimal(0)) + sum(order[FEE].values(), Decimal(0))
    rates = outcome.line_duty_rates or [(None, "")] * n
    lines = [
        LineQuote(
            index=i, description=line.source.description, hs_code=line.source.hs_code, goods=line.goods,
            duty=money(sum(per_line[i][DUTY].values(), Decimal(0))).quantize(),
            taxes={k: money(v) for k, v in per_line[i][TAX].items()}, fees={k: money(v) for k, v in per_line[i][FEE].items()},
            duty_rate=rates[i][0], duty_rate_from=rates[i][1],
        )
        for i, line in enumerate(basket.lines)
    ]
    return Quote(
        allowed=outcome.allowed, destination=destination, regime=outcome.regime, channel=outcome.channel,
        currency=currency, goods=basket.goods, shipping=basket.shipping, insurance=basket.insurance,
        duty=money(duty).quantize(), taxes={k: money(v) for k, v in order[TAX].items()}, fees={k: money(v) for k, v in order[FEE].items()},
        total=money(basket.cif.amount + extra), lines=lines, rules=list(outcome.rules),
        fx=list(fx.used.values()), reasons=list(outcome.reasons), notes=list(outcome.notes), quota_used=outcome.quota_used,
    )
