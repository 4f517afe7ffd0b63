from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_from_path
from passerelle.core.languages import active_locale


def buyer_preferences(request: HttpRequest) -> dict[str, Any]:
    return {
        "buyer": getattr(request, "buyer", None),
        "buyer_currencies": settings.BUYER_CURRENCIES,
        "preference_countries": _preference_countries(active_locale()),
        # Each language by its own name (日本語, العربية), as a reader looks for it; not run through gettext.
        "ui_languages": settings.LANGUAGES,
        "path_without_language": _path_without_language(request),
    }


def _path_without_language(request: HttpRequest) -> str:
    """The page's path and query without its /ja/ prefix: the language switcher's `next`.

    set_language resolves `next` in the language of its own (unprefixed) request, so a prefixed path of
    another language would not resolve and the buyer would stay on the old language's page.
    """
    full_path = request.get_full_path()
    language = get_language_from_path(request.path_info)
    if language and full_path.startswith(f"/{language}/"):
        return full_path[len(language) + 1:]
    return full_path


@lru_cache(maxsize=len(settings.LANGUAGES))
def _preference_countries(locale: str) -> list[tuple[str, str]]:
    """The ship-to picker: each destination named in the page's language, sorted by that name."""
    from passerelle.core.countries import country_name

    return sorted(((code, country_name(code, locale)) for code in settings.SHIP_TO_COUNTRIES), key=lambda pair: pair[1])
