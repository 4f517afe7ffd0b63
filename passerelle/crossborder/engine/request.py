"""A landed-cost quote request, parsed from JSON-like data with every bad field named."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from passerelle.core.country_codes import is_country
from passerelle.money import Money, UnknownCurrencyError, check_currency, quantum

from .errors import QuoteInputError

CHANNELS = ("cbec", "postal", "general", "courier")
HS_CODE = re.compile(r"^\d{6,10}$")
FX_PAIR = re.compile(r"^([A-Z]{3})/([A-Z]{3})$")


@dataclass(frozen=True)
class QuoteLine:
    description: str
    hs_code: str
    origin: str
    quantity: int
    unit_price: Money
    weight_grams: int
    duty_rate: Decimal | None = None
    vat_rate: Decimal | None = None
    consumption_tax_rate: Decimal | None = None

    @property
    def value(self) -> Money:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class BuyerQuota:
    cbec_used_this_year: Money | None = None


@dataclass(frozen=True)
class QuoteRequest:
    destination: str
    date: datetime.date
    currency: str
    lines: tuple[QuoteLine, ...]
    shipping: Money
    insurance: Money
    channel: str | None = None
    buyer: BuyerQuota = field(default_factory=BuyerQuota)
    fx_rates: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    region: str | None = None  # province or state, where the tax rate depends on it (Canada's HST)


def _amount(value: Any, path: str, currency: str, *, allow_zero: bool = True) -> Money:
    # Amounts travel as decimal strings: a JSON float has already lost exactness.
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise QuoteInputError(path, f"{value!r} is not an amount; give a decimal string such as \"12.50\"")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise QuoteInputError(path, f"{value!r} is not a number") from None
    if not amount.is_finite() or amount >= Decimal("1e15"):
        raise QuoteInputError(path, f"{value!r} is not a finite amount")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise QuoteInputError(path, f"{value} must be {'zero or more' if allow_zero else 'greater than zero'}")
    step = quantum(currency)
    rounded = amount.quantize(step, rounding=ROUND_HALF_UP)
    if rounded != amount:
        raise QuoteInputError(path, f"{value} has more decimals than {currency} allows ({rounded} would be accepted)")
    return Money(rounded, currency)


def _decimal_string(value: Any, path: str, example: str) -> Decimal:
    """A rate given as a decimal string; a JSON number (float) is refused by name."""
    if isinstance(value, bool) or not isinstance(value, str):
        raise QuoteInputError(path, f"{value!r}: give the rate as a decimal string, e.g. {example}")
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        raise QuoteInputError(path, f"{value!r} is not a number") from None


def _rate(value: Any, path: str) -> Decimal | None:
    if value is None:
        return None
    rate = _decimal_string(value, path, '"0.10" for 10%')
    if not rate.is_finite() or not 0 <= rate < 10:
        raise QuoteInputError(path, f"{value} is not a rate; rates are fractions, \"0.10\" for 10%")
    return rate


def _country(value: Any, path: str) -> str:
    code = str(value or "").strip().upper()
    if not is_country(code):
        raise QuoteInputError(path, f"{value!r} is not an ISO 3166-1 alpha-2 country code (for example \"CN\", \"FR\")")
    return code


def _int(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise QuoteInputError(path, f"{value!r} is not a whole number")
    if not low <= value <= high:
        raise QuoteInputError(path, f"{value} is out of range; expected {low} to {high:,}")
    return value


def _line(data: Any, index: int, currency: str) -> QuoteLine:
    path = f"lines[{index}]"
    if not isinstance(data, dict):
        raise QuoteInputError(path, "each line is an object with description, hs_code, origin, quantity, unit_price, weight_grams")
    hs_code = re.sub(r"[\s.]", "", str(data.get("hs_code") or ""))
    if not HS_CODE.match(hs_code):
        raise QuoteInputError(f"{path}.hs_code", f"{data.get('hs_code')!r} is not an HS code; give 6 to 10 digits, for example \"090121\"")
    description = str(data.get("description") or "").strip()
    if not description or len(description) > 200:
        raise QuoteInputError(f"{path}.description", "describe the goods in 1 to 200 characters")
    return QuoteLine(
        description=description,
        hs_code=hs_code,
        origin=_country(data.get("origin"), f"{path}.origin"),
        quantity=_int(data.get("quantity"), f"{path}.quantity", 1, 100_000),
        unit_price=_amount(data.get("unit_price"), f"{path}.unit_price", currency, allow_zero=False),
        weight_grams=_int(data.get("weight_grams", 0), f"{path}.weight_grams", 0, 10_000_000),
        duty_rate=_rate(data.get("duty_rate"), f"{path}.duty_rate"),
        vat_rate=_rate(data.get("vat_rate"), f"{path}.vat_rate"),
        consumption_tax_rate=_rate(data.get("consumption_tax_rate"), f"{path}.consumption_tax_rate"),
    )


def parse_quote_request(data: Any, *, today: datetime.date) -> QuoteRequest:
    """Check every field; the first bad one raises QuoteInputError naming it."""
    if not isinstance(data, dict):
        raise QuoteInputError("body", "the request is a JSON object")
    destination = _country(data.get("destination"), "destination")
    try:
        currency = check_currency(str(data.get("currency") or ""))
    except UnknownCurrencyError as error:
        raise QuoteInputError("currency", str(error)) from None
    raw_date = data.get("date")
    try:
        date = datetime.date.fromisoformat(raw_date) if raw_date is not None else today
    except (TypeError, ValueError):
        raise QuoteInputError("date", f"{raw_date!r} is not a date; use YYYY-MM-DD") from None
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise QuoteInputError("channel", f"{channel!r}; expected one of {', '.join(CHANNELS)} or leave it out to pick the cheapest")
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise QuoteInputError("lines", "give at least one line")
    if len(raw_lines) > 200:
        raise QuoteInputError("lines", "at most 200 lines")
    lines = tuple(_line(line, i, currency) for i, line in enumerate(raw_lines))
    buyer_data = data.get("buyer") or {}
    if not isinstance(buyer_data, dict):
        raise QuoteInputError("buyer", "an object, e.g. {\"cbec_used_this_year\": \"0.00\"}")
    used = buyer_data.get("cbec_used_this_year")
    buyer = BuyerQuota(cbec_used_this_year=_amount(used, "buyer.cbec_used_this_year", "CNY") if used is not None else None)
    return QuoteRequest(
        destination=destination,
        date=date,
        currency=currency,
        lines=lines,
        shipping=_amount(data.get("shipping", "0"), "shipping", currency),
        insurance=_amount(data.get("insurance", "0"), "insurance", currency),
        channel=channel,
        buyer=buyer,
        fx_rates=_fx_pins(data.get("fx_rates") or {}),
        region=str(data["region"]).strip().upper() if data.get("region") else None,
    )


def _fx_pins(data: Any) -> dict[tuple[str, str], Decimal]:
    if not isinstance(data, dict):
        raise QuoteInputError("fx_rates", "an object such as {\"USD/KRW\": \"1400\"}")
    pins: dict[tuple[str, str], Decimal] = {}
    for pair, value in data.items():
        match = FX_PAIR.match(str(pair).upper())
        path = f"fx_rates.{pair}"
        if not match:
            raise QuoteInputError(path, "name the pair as BASE/QUOTE, e.g. \"USD/KRW\" (1 USD = that many KRW)")
        for code in match.groups():
            try:
                check_currency(code)
            except UnknownCurrencyError as error:
                raise QuoteInputError(path, str(error)) from None
        rate = _decimal_string(value, path, '"1400"')
        if not rate.is_finite() or rate <= 0:
            raise QuoteInputError(path, f"{value} is not a positive exchange rate")
        pins[(match.group(1), match.group(2))] = rate
    return pins
