"""The storefront's languages (settings.LANGUAGES) and checks on language codes from users."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant, to_locale
from django.utils.translation import gettext as _

from .errors import InvalidInput


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def check_language(value: object, field: str = "language") -> str:
    """A supported language code, case-insensitive (`zh-Hans` is `zh-hans`); InvalidInput naming the field otherwise."""
    code = str(value or "").strip().lower()
    if code not in language_codes():
        raise InvalidInput(
            # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
            _("%(field)s: %(value)s is not a storefront language; expected one of %(languages)s")
            % {"field": field, "value": repr(value), "languages": ", ".join(language_codes())},
            field=field,
        )
    return code


def active_locale() -> str:
    """The active language as a Babel locale: Django's "zh-hans" is Babel's "zh_Hans"."""
    return to_locale(get_language() or settings.LANGUAGE_CODE)


def supported_language(value: str | None) -> str:
    """The supported language closest to `value` (`ja-JP` -> `ja`), English for anything unknown."""
    try:
        return get_supported_language_variant((value or "").strip().lower() or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


@lru_cache(maxsize=256)
def language_display_name(code: str, locale: str) -> str:
    """`code`'s name in `locale` (CLDR, via Babel): ("en", "ja") -> 英語; the code itself if CLDR has no name."""
    try:
        ui = Locale.parse(locale)
        return ui.languages.get(to_locale(code)) or ui.languages.get(code.split("-")[0]) or code
    except (ValueError, UnknownLocaleError):
        return code
