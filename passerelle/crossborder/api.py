"""POST /api/v1/quotes: a duties-paid quote, the same engine as `passerelle quote`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from pydantic import ConfigDict, Field

from passerelle.api.schemas import ErrorOut
from passerelle.core.errors import InvalidInput

from .engine import QuoteInputError, RuleDataError
from .hs import hs_suggest
from .services import quote_from_json

router = Router(tags=["landed cost"])

EXAMPLE_REQUEST = {
    "destination": "CN", "date": "2026-11-26", "channel": "cbec", "currency": "CNY",
    "lines": [{"description": "Face cream", "hs_code": "330499", "origin": "FR", "quantity": 1, "unit_price": "800.00",
               "weight_grams": 250, "duty_rate": None, "vat_rate": None, "consumption_tax_rate": None}],
    "shipping": "40.00", "insurance": "0.00", "buyer": {"cbec_used_this_year": "0.00"}, "fx_rates": {},
}


class QuoteLineIn(Schema):
    description: str
    hs_code: str = Field(description="6 to 10 digits")
    origin: str = Field(description="ISO 3166-1 alpha-2 country of origin")
    quantity: int
    unit_price: str = Field(description="decimal string in the request's currency")
    weight_grams: int = 0
    duty_rate: str | None = Field(None, description='a known rate as a fraction ("0.08"), e.g. from a binding ruling; wins over the rule data')
    vat_rate: str | None = None
    consumption_tax_rate: str | None = None


class BuyerIn(Schema):
    cbec_used_this_year: str | None = Field(None, description="CNY already used of China's yearly cross-border limit (needed for CBEC)")


class QuoteIn(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_REQUEST]})

    destination: str = Field(description="ISO 3166-1 alpha-2 destination country")
    date: str | None = Field(None, description="YYYY-MM-DD; default today. Rules and FX rates of that date apply")
    channel: str | None = Field(None, description="cbec, postal or general (China); courier or postal elsewhere; default: the cheapest allowed")
    currency: str = Field(description="ISO 4217 currency of the amounts given")
    region: str | None = Field(None, description="province or state where the tax depends on it (Canada)")
    lines: list[QuoteLineIn]
    shipping: str = "0"
    insurance: str = "0"
    buyer: BuyerIn | None = None
    fx_rates: dict[str, str] = Field(default_factory=dict, description='pinned rates, e.g. {"USD/KRW": "1400"} (1 USD = 1400 KRW)')


class AmountOut(Schema):
    kind: str
    amount: str


class RuleOut(Schema):
    id: str
    value: str
    source: str
    effective_from: str
    effective_to: str | None
    currency: str | None = None
    note: str | None = None


class QuoteLineOut(Schema):
    index: int
    description: str
    hs_code: str
    goods: str
    duty: str
    taxes: list[AmountOut]
    fees: list[AmountOut]
    duty_rate: str | None
    duty_rate_from: str


class FxOut(Schema):
    pair: str
    rate: str
    source: str
    date: str | None


class ReasonOut(Schema):
    code: str
    message: str


class QuoteOut(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "allowed": True, "destination": "CN", "regime": "cn-cbec", "channel": "cbec", "currency": "CNY", "goods": "800.00",
        "shipping": "40.00", "insurance": "0.00", "duty": "0.00", "taxes": [{"kind": "vat", "amount": "76.44"}], "fees": [],
        "total": "916.44", "lines": [], "rules": [], "fx": [], "reasons": [], "notes": [], "alternatives": [], "cbec_quota_used": "840.00",
    }]})

    allowed: bool
    destination: str
    regime: str
    channel: str
    currency: str
    goods: str
    shipping: str
    insurance: str
    duty: str
    taxes: list[AmountOut]
    fees: list[AmountOut]
    total: str
    lines: list[QuoteLineOut]
    rules: list[RuleOut]
    fx: list[FxOut]
    reasons: list[ReasonOut]
    notes: list[str]
    alternatives: list[dict[str, Any]]
    cbec_quota_used: str | None = None


@router.post(
    "/quotes",
    response={200: QuoteOut, 422: ErrorOut},
    summary="Duties-paid (DDP) quote: duty, taxes and fees for a basket to a destination, with the rules applied",
    description="`allowed: false` with `reasons` when the destination's rules refuse the order (e.g. over China's CBEC limits). "
    "Amounts are decimal strings in the destination's currency; rates are fractions.",
)
def create_quote(request: HttpRequest, payload: QuoteIn) -> dict[str, Any]:
    data = payload.model_dump(exclude_none=False)
    if data["buyer"] is None:
        data.pop("buyer")
    try:
        return quote_from_json(data).as_dict()
    except (QuoteInputError, RuleDataError) as error:
        raise InvalidInput(error.message, field=error.field, code="invalid" if isinstance(error, QuoteInputError) else "no_rule") from None


class HsSuggestionOut(Schema):
    code: str
    description: str
    chapter: str


@router.get("/hs-codes/suggest", response={200: list[HsSuggestionOut], 422: ErrorOut}, summary="HS headings that match a product title")
def suggest_hs_codes(request: HttpRequest, title: str) -> list[dict[str, str]]:
    title = title.strip()
    if not 2 <= len(title) <= 200:
        raise InvalidInput(_("title: between 2 and 200 characters"), field="title")
    return [{"code": s.code, "description": s.description, "chapter": s.chapter} for s in hs_suggest(title)]
