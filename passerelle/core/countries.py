"""Country codes checked against ISO 3166 (pycountry) and named in the reader's language (Babel)."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from babel import Locale
from django.utils.translation import gettext as _

from .country_codes import is_country
from .errors import InvalidInput

__all__ = ["is_country", "check_country", "country_name", "country_choices"]


def check_country(code: str | None, *, field: str = "country") -> str:
    """The upper-case ISO 3166-1 alpha-2 code, or InvalidInput naming the field."""
    normalized = (code or "").strip().upper()
    if not is_country(normalized):
        raise InvalidInput(
            # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
            _("%(field)s: %(value)s is not an ISO 3166-1 alpha-2 country code (for example 'CN', 'KE', 'FR')")
            % {"field": field, "value": repr(code)},
            field=field,
            code="unknown_country",
        )
    return normalized


@lru_cache(maxsize=64)
def _territories(locale: str) -> dict[str, str]:
    return dict(Locale.parse(locale.replace("-", "_")).territories)


def country_name(code: str, locale: str = "en") -> str:
    return _territories(locale).get(code.upper(), code.upper())


@lru_cache(maxsize=64)
def country_choices(locale: str = "en") -> list[tuple[str, str]]:
    """(code, name) for every ISO country, sorted by name in that language."""
    names = _territories(locale)
    codes = [c.alpha_2 for c in pycountry.countries]
    return sorted(((c, names.get(c, c)) for c in codes), key=lambda pair: pair[1])
