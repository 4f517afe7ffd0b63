"""The buyer's chosen currency and ship-to country, kept in cookies so browsing needs no session."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

from passerelle.core.countries import is_country
from passerelle.money import UnknownCurrencyError, check_currency

CURRENCY_COOKIE = "currency"
COUNTRY_COOKIE = "ship_to"
COOKIE_MAX_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class BuyerPreferences:
    currency: str
    country: str


def read_preferences(request: HttpRequest) -> BuyerPreferences:
    currency = request.COOKIES.get(CURRENCY_COOKIE, "")
    try:
        currency = check_currency(currency) if currency else settings.DEFAULT_BUYER_CURRENCY
    except UnknownCurrencyError:
        currency = settings.DEFAULT_BUYER_CURRENCY
    country = request.COOKIES.get(COUNTRY_COOKIE, "").upper()
    if not is_country(country):
        country = settings.DEFAULT_DESTINATION
    return BuyerPreferences(currency=currency, country=country)
