from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest


def buyer_preferences(request: HttpRequest) -> dict[str, Any]:
    return {
        "buyer": getattr(request, "buyer", None),
        "buyer_currencies": settings.BUYER_CURRENCIES,
        "preference_countries": _preference_countries(),
    }


@lru_cache(maxsize=1)
def _preference_countries() -> list[tuple[str, str]]:
    from passerelle.core.countries import country_name

    return sorted(((code, country_name(code)) for code in settings.SHIP_TO_COUNTRIES), key=lambda pair: pair[1])
