from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, to_locale


def buyer_preferences(request: HttpRequest) -> dict[str, Any]:
    return {
        "buyer": getattr(request, "buyer", None),
        "buyer_currencies": settings.BUYER_CURRENCIES,
        "preference_countries": _preference_countries(to_locale(get_language() or "en")),
        # Each language by its own name (日本語, العربية), as a reader looks for it; not run through gettext.
        "ui_languages": settings.LANGUAGES,
    }


@lru_cache(maxsize=len(settings.LANGUAGES))
def _preference_countries(locale: str) -> list[tuple[str, str]]:
    """The ship-to picker: each destination named in the page's language, sorted by that name."""
    from passerelle.core.countries import country_name

    return sorted(((code, country_name(code, locale)) for code in settings.SHIP_TO_COUNTRIES), key=lambda pair: pair[1])
