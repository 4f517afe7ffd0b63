"""The request in the destination's currency: line values, and shipping and insurance apportioned to lines."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from decimal import ROUND_HALF_UP, Decimal

from passerelle.money import Money, allocate, quantum

from .fx import FxContext
from .request import QuoteLine, QuoteRequest


@dataclass(frozen=True)
class BasketLine:
    source: QuoteLine
    goods: Money  # quantity × unit price, in the destination currency
    unit_price: Money
    shipping: Money  # this line's share of the order's shipping
    insurance: Money

    @cached_property
    def cif(self) -> Money:
        return self.goods + self.shipping + self.insurance


@dataclass(frozen=True)
class Basket:
    currency: str
    lines: tuple[BasketLine, ...]
    shipping: Money
    insurance: Money

    @cached_property
    def goods(self) -> Money:
        return sum((line.goods for line in self.lines), Money.zero(self.currency))

    @cached_property
    def cif(self) -> Money:
        return self.goods + self.shipping + self.insurance

    @property
    def pieces(self) -> int:
        return sum(line.source.quantity for line in self.lines)

    def weights(self, values: list[Money] | None = None) -> list[Decimal]:
        return [m.amount for m in (values or [line.goods for line in self.lines])]


def build_basket(request: QuoteRequest, currency: str, fx: FxContext) -> Basket:
    # One rate per currency pair and one Money per amount: this runs for every quote.
    step = quantum(currency)

    def convert(money: Money) -> Money:
        if money.currency == currency:
            return money
        return Money((money.amount * fx.rate(money.currency, currency)).quantize(step, rounding=ROUND_HALF_UP), currency)

    goods = [convert(line.value) for line in request.lines]
    units = [convert(line.unit_price) for line in request.lines]
    shipping = convert(request.shipping)
    insurance = convert(request.insurance)
    weights = [g.amount for g in goods]
    zero = Money.zero(currency)
    shipping_shares = allocate(shipping, weights) if shipping.amount else [zero] * len(goods)
    insurance_shares = allocate(insurance, weights) if insurance.amount else [zero] * len(goods)
    lines = tuple(
        BasketLine(source=line, goods=g, unit_price=u, shipping=s, insurance=i)
        for line, g, u, s, i in zip(request.lines, goods, units, shipping_shares, insurance_shares, strict=True)
    )
    return Basket(currency=currency, lines=lines, shipping=shipping, insurance=insurance)
