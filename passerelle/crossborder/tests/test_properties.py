"""Properties of every quote: parts sum to the total, nothing negative, lines sum to the order, monotonic in value."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from passerelle.crossborder.engine import landed_cost_quote, parse_quote_request
from passerelle.money import Money
from passerelle.money.ecb import parse_eurofxref

RATES = parse_eurofxref((Path(__file__).resolve().parents[2] / "fx" / "data" / "eurofxref-demo.xml").read_bytes())[0]
TODAY = datetime.date(2026, 11, 26)
DESTINATIONS = {"CN": "CNY", "JP": "JPY", "KR": "KRW", "SG": "SGD", "HK": "HKD", "TH": "THB", "US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "AU": "AUD", "NZ": "NZD", "NG": "NGN"}
HS_CODES = ["090121", "090230", "040900", "150920", "330499", "420221", "610910", "950300", "691200"]


@st.composite
def quote_requests(draw: st.DrawFn) -> dict:
    destination = draw(st.sampled_from(sorted(DESTINATIONS)))
    currency = DESTINATIONS[destination]
    decimals = 0 if currency in {"JPY", "KRW"} else 2
    def amount(high: int) -> str:
        cents = draw(st.integers(min_value=1, max_value=high))
        return str(Decimal(cents).scaleb(-decimals)) if decimals else str(cents)
    lines = [
        {"description": f"item {i}", "hs_code": draw(st.sampled_from(HS_CODES)), "origin": draw(st.sampled_from(["FR", "KE", "US", "IT"])),
         "quantity": draw(st.integers(1, 4)), "unit_price": amount(300_000), "weight_grams": draw(st.integers(50, 3000))}
        for i in range(draw(st.integers(1, 4)))
    ]
    request = {"destination": destination, "currency": currency, "lines": lines, "shipping": amount(5_000), "insurance": amount(500)}
    if destination == "CN":
        request["buyer"] = {"cbec_used_this_year": str(draw(st.integers(0, 26_000)))}
    return request


def _sum(amounts: list[Money], currency: str) -> Money:
    return sum(amounts, Money.zero(currency))


@settings(max_examples=300, deadline=None)
@given(quote_requests())
def test_total_is_the_sum_of_its_parts_and_lines_sum_to_the_order(data: dict) -> None:
    quote = landed_cost_quote(parse_quote_request(data, today=TODAY), rates=RATES)
    c = quote.currency
    parts = [quote.goods, quote.shipping, quote.insurance, quote.duty, *quote.taxes.values(), *quote.fees.values()]
    assert quote.total == _sum(parts, c)
    assert all(part.amount >= 0 for part in parts)
    assert all(part.is_quantized for part in parts)
    assert _sum([line.goods for line in quote.lines], c) == quote.goods
    assert _sum([line.duty for line in quote.lines], c) == quote.duty
    for kind, amount in {**quote.taxes, **quote.fees}.items():
        assert _sum([line.taxes.get(kind, line.fees.get(kind, Money.zero(c))) for line in quote.lines], c) == amount


@settings(max_examples=200, deadline=None)
@given(quote_requests(), st.integers(min_value=1, max_value=50))
def test_more_value_never_costs_less_within_a_regime(data: dict, extra_units: int) -> None:
    # One line: with several lines at different VAT rates, more of a low-rate line rightly moves part of
    # the shipping (apportioned by value) to that lower rate, so the total may fall by a cent.
    data = dict(data, lines=data["lines"][:1])
    first = landed_cost_quote(parse_quote_request(data, today=TODAY), rates=RATES)
    richer = dict(data, lines=[dict(data["lines"][0], quantity=data["lines"][0]["quantity"] + extra_units), *data["lines"][1:]])
    second = landed_cost_quote(parse_quote_request(richer, today=TODAY), rates=RATES)
    if first.allowed and second.allowed and first.regime == second.regime:
        assert second.total >= first.total
        assert second.duty + _sum(list(second.taxes.values()), second.currency) >= first.duty + _sum(list(first.taxes.values()), first.currency)
