"""The request in the destination's currency: line values, and shipping and insurance apportioned to lines."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal

from passerelle.money import Money, allocate

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
    goods = [fx.convert(line.value, currency) for line in request.lines]
    units = [fx.convert(line.unit_price, currency) for line in request.lines]
    shipping = fx.convert(request.shipping, currency)
    insurance = fx.convert(request.insurance, currency)
    weights = [g.amount for g in goods]
    shipping_shares = allocate(shipping, weights)
    insurance_shares = allocate(insurance, weights)
    lines = tuple(
        BasketLine(source=line, goods=g, unit_price=u, shipping=s, insurance=i)
        for line, g, u, s, i in zip(request.lines, goods, units, shipping_shares, insurance_shares, strict=True)
    )
    return Basket(currency=currency, lines=lines, shipping=shipping, insurance=insurance)
