"""Bad requests are refused with the field named; nothing is guessed."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from passerelle.crossborder.engine import QuoteInputError, RuleDataError, landed_cost_quote, parse_quote_request

TODAY = datetime.date(2026, 11, 26)


def request(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "destination": "CN", "currency": "CNY", "channel": "cbec", "buyer": {"cbec_used_this_year": "0.00"},
        "lines": [{"description": "Face cream", "hs_code": "330499", "origin": "FR", "quantity": 1, "unit_price": "800.00", "weight_grams": 250}],
        "shipping": "40.00",
    }
    base.update(changes)
    return base


def with_line(**changes: Any) -> dict[str, Any]:
    data = request()
    data["lines"] = [{**data["lines"][0], **changes}]
    return data


@pytest.mark.parametrize(
    "data, field",
    [
        (request(destination="XX"), "destination"),
        (request(destination=None), "destination"),
        (request(currency="ZZZ"), "currency"),
        (request(date="26/11/2026"), "date"),
        (request(channel="air"), "channel"),
        (request(lines=[]), "lines"),
        (request(lines="face cream"), "lines"),
        (request(shipping="-1"), "shipping"),
        (request(shipping="ten"), "shipping"),
        (request(shipping=12.5), "shipping"),  # a float has already lost exactness
        (request(insurance="0.001"), "insurance"),  # more decimals than CNY allows
        (request(fx_rates={"USDKRW": "1400"}), "fx_rates.USDKRW"),
        (request(fx_rates={"USD/KRW": "-3"}), "fx_rates.USD/KRW"),
        (request(fx_rates={"USD/KRW": 1400.5}), "fx_rates.USD/KRW"),
        (request(buyer={"cbec_used_this_year": "-5"}), "buyer.cbec_used_this_year"),
        (with_line(hs_code="3304"), "lines[0].hs_code"),
        (with_line(hs_code="33.04.99.AB"), "lines[0].hs_code"),
        (with_line(origin="Mars"), "lines[0].origin"),
        (with_line(quantity=0), "lines[0].quantity"),
        (with_line(quantity="2"), "lines[0].quantity"),
        (with_line(unit_price="0"), "lines[0].unit_price"),
        (with_line(unit_price="abc"), "lines[0].unit_price"),
        (with_line(description=""), "lines[0].description"),
        (with_line(vat_rate="13%"), "lines[0].vat_rate"),
        (with_line(duty_rate=0.1), "lines[0].duty_rate"),
        (with_line(duty_rate="12"), "lines[0].duty_rate"),
    ],
)
def test_bad_input_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(QuoteInputError) as error:
        landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert error.value.field == field
    assert error.value.message.startswith(field + ":")


def test_a_cbec_quote_needs_the_buyers_yearly_quota() -> None:
    data = request()
    del data["buyer"]
    with pytest.raises(QuoteInputError) as error:
        landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert error.value.field == "buyer.cbec_used_this_year"


def test_without_the_buyers_quota_the_automatic_choice_falls_back_to_postal() -> None:
    data = request(channel=None)
    del data["buyer"]
    result = landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert result.regime == "cn-postal"
    assert result.alternatives[0]["reasons"][0]["code"] == "cbec_quota_unknown"


def test_a_date_outside_the_rule_data_is_an_error_not_a_guess() -> None:
    with pytest.raises(RuleDataError) as error:
        landed_cost_quote(parse_quote_request(request(date="2010-01-01"), today=TODAY))
    assert error.value.field == "date"
    assert "outside the rule data" in error.value.message


def test_a_missing_exchange_rate_is_an_error() -> None:
    with pytest.raises(RuleDataError) as error:
        landed_cost_quote(parse_quote_request(request(currency="USD", lines=[{**request()["lines"][0], "unit_price": "100.00"}], shipping="0"), today=TODAY))
    assert error.value.field == "fx_rates"
    assert "USD/CNY" in error.value.message


def test_goods_with_specific_duties_need_a_known_rate() -> None:
    data = {"destination": "SG", "currency": "SGD", "lines": [{"description": "Red wine", "hs_code": "220421", "origin": "FR", "quantity": 1, "unit_price": "40.00", "weight_grams": 1300}]}
    with pytest.raises(RuleDataError) as error:
        landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert error.value.field == "lines[0].duty_rate"
    data["lines"][0]["duty_rate"] = "0.25"
    assert landed_cost_quote(parse_quote_request(data, today=TODAY)).allowed


def test_canada_needs_the_province() -> None:
    data = {"destination": "CA", "currency": "CAD", "lines": [{"description": "Shirt", "hs_code": "620520", "origin": "JP", "quantity": 1, "unit_price": "100.00", "weight_grams": 200}]}
    with pytest.raises(QuoteInputError) as error:
        landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert error.value.field == "region"
    with pytest.raises(QuoteInputError):
        landed_cost_quote(parse_quote_request({**data, "region": "ZZ"}, today=TODAY))


def test_chinese_channels_are_refused_elsewhere() -> None:
    data = {"destination": "JP", "currency": "JPY", "channel": "cbec", "lines": [{"description": "Tea", "hs_code": "090230", "origin": "IN", "quantity": 1, "unit_price": "3000", "weight_grams": 200}]}
    with pytest.raises(QuoteInputError) as error:
        landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert error.value.field == "channel"


def test_pinned_rates_convert_and_are_recorded() -> None:
    data = {"destination": "KR", "currency": "USD", "fx_rates": {"USD/KRW": "1400"},
            "lines": [{"description": "Honey", "hs_code": "040900", "origin": "NZ", "quantity": 1, "unit_price": "100.00", "weight_grams": 600}]}
    result = landed_cost_quote(parse_quote_request(data, today=TODAY))
    assert (result.currency, str(result.goods.amount), str(result.total.amount)) == ("KRW", "140000", "140000")  # under US$150
    assert [use.pair for use in result.fx] == ["USD/KRW"]
