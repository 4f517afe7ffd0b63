"""Template filters that format money, countries and rate dates with Babel for the active language."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from passerelle.catalog.selectors import category_names
from passerelle.core.countries import country_name
from passerelle.money import Money
from passerelle.money.format import format_money, format_rate_date
from passerelle.core.languages import active_locale, language_display_name

register = template.Library()


def _locale() -> str:
    return active_locale()


@register.filter
def money(value: Money | None) -> str:
    return format_money(value, _locale()) if value is not None else ""


@register.simple_tag
def amount(value: Any, currency: str) -> str:
    return format_money(Money(value, currency), _locale())


@register.filter
def country(code: str) -> str:
    return country_name(code, _locale()) if code else ""


@register.filter
def rate_date(value: Any) -> str:
    return format_rate_date(value, _locale()) if value else ""



@register.filter
def get(mapping: Any, key: Any) -> Any:
    """{{ ddp|get:card.id }}: a dict entry by a variable key."""
    return mapping.get(key) if mapping else None


@register.filter
def regime_name(regime: str) -> str:
    from passerelle.crossborder.display import regime_name as name

    return name(regime)


@register.filter
def category_name(category: Any) -> str:
    """A category's name in the active language (the operator's English name until it is translated)."""
    return category_names(get_language() or "en").get(category.pk, category.name) if category else ""


@register.filter
def language_name(code: str) -> str:
    """A language's name in the page's language (on a Japanese page, "en" is 英語), from CLDR via Babel."""
    return language_display_name(code, _locale())
