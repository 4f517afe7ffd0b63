"""What a quote answers: amounts by kind, per line, the regime and every rule and rate it used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Any

from passerelle.money import Money

from .fx import FxUse
from .rules import Rule


def amounts_by_kind(amounts: dict[str, Money]) -> list[dict[str, str]]:
    return [{"kind": kind, "amount": str(money.amount)} for kind, money in amounts.items()]


@dataclass(frozen=True)
class Reason:
    """Why the rules refuse an order: a stable code, an English message, and the figures in it.

    `params` lets a page say the same thing in the reader's language (crossborder.display.reason_text).
    """

    code: str
    message: str
    params: Mapping[str, str] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class LineQuote:
    index: int
    description: str
    hs_code: str
    goods: Money
    duty: Money
    taxes: dict[str, Money]
    fees: dict[str, Money]
    duty_rate: str | None
    duty_rate_from: str  # the rule id, or "given" when the request carried a known rate

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index, "description": self.description, "hs_code": self.hs_code,
            "goods": str(self.goods.amount), "duty": str(self.duty.amount),
            "taxes": amounts_by_kind(self.taxes), "fees": amounts_by_kind(self.fees),
            "duty_rate": self.duty_rate, "duty_rate_from": self.duty_rate_from,
        }


@dataclass(frozen=True)
class Quote:
    allowed: bool
    destination: str
    regime: str
    channel: str
    currency: str
    goods: Money
    shipping: Money
    insurance: Money
    duty: Money
    taxes: dict[str, Money]
    fees: dict[str, Money]
    total: Money
    lines: list[LineQuote]
    rules: list[Rule]
    fx: list[FxUse]
    reasons: list[Reason]
    notes: list[str] = field(default_factory=list)
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    quota_used: Money | None = None  # what this order counts against China's yearly CBEC limit

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "allowed": self.allowed, "destination": self.destination, "regime": self.regime, "channel": self.channel,
            "currency": self.currency, "goods": str(self.goods.amount), "shipping": str(self.shipping.amount),
            "insurance": str(self.insurance.amount), "duty": str(self.duty.amount),
            "taxes": amounts_by_kind(self.taxes), "fees": amounts_by_kind(self.fees),
            "total": str(self.total.amount),
            "lines": [line.as_dict() for line in self.lines],
            "rules": [rule.as_dict() for rule in self.rules],
            "fx": [use.as_dict() for use in self.fx],
            "reasons": [reason.as_dict() for reason in self.reasons],
            "notes": self.notes,
            "alternatives": self.alternatives,
        }
        if self.quota_used is not None:
            data["cbec_quota_used"] = str(self.quota_used.amount)
        return data
