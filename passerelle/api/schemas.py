"""Shapes shared by several routers: money as decimal strings, sellers, addresses."""

from __future__ import annotations

from ninja import Schema

from passerelle.money import Money


class MoneyOut(Schema):
    amount: str
    currency: str


def money_out(money: Money) -> MoneyOut:
    return MoneyOut(amount=str(money.quantize().amount), currency=money.currency)


class SellerOut(Schema):
    id: int
    slug: str
    name: str
    country: str


class ErrorOut(Schema):
    code: str
    message: str
    field: str | None = None


class AddressIn(Schema):
    name: str
    line1: str
    line2: str = ""
    city: str
    region: str = ""
    postal_code: str = ""
    country: str
    phone: str = ""


class AddressOut(AddressIn):
    pass
