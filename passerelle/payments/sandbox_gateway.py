"""The built-in test gateway: well-known test card numbers decide the outcome, no network."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from passerelle.money import Money

# The same numbers the major card processors document for test mode.
SUCCEEDING_CARDS = {
    "4242424242424242": "visa",
    "5555555555554444": "mastercard",
    "378282246310005": "amex",
}
DECLINING_CARDS = {
    "4000000000000002": "card_declined",
    "4000000000009995": "insufficient_funds",
    "4000000000000069": "expired_card",
}


class CardNumberError(ValueError):
    pass


@dataclass(frozen=True)
class ChargeResult:
    succeeded: bool
    reference: str
    card_brand: str
    card_last4: str
    decline_code: str = ""


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def normalize_card_number(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch not in " -")
    if not digits.isdigit() or not 12 <= len(digits) <= 19 or not luhn_valid(digits):
        raise CardNumberError("card_number: not a valid card number")
    return digits


def charge(amount: Money, card_number: str) -> ChargeResult:
    digits = normalize_card_number(card_number)
    reference = "test_" + secrets.token_hex(12)
    if digits in DECLINING_CARDS:
        return ChargeResult(False, reference, "visa", digits[-4:], DECLINING_CARDS[digits])
    if digits in SUCCEEDING_CARDS:
        return ChargeResult(True, reference, SUCCEEDING_CARDS[digits], digits[-4:])
    raise CardNumberError(
        "card_number: the test gateway accepts test cards only: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined"
    )


def refund(reference: str, amount: Money) -> str:
    """Refunds always succeed in the sandbox; returns the refund's reference."""
    if not reference.startswith("test_"):
        raise CardNumberError(f"payment: {reference!r} was not taken by the test gateway")
    return "test_refund_" + secrets.token_hex(10)
