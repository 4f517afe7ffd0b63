"""Tests for passerelle.demo.catalog_words: every template, slot override and reference in the data resolves."""

from __future__ import annotations

import re
import string

from passerelle.demo.catalog_words import CATEGORIES, FAMILIES, REGISTRATION_PATTERNS, SELLERS

SELLER_WORDS = {"place", "city", "brand"}


def _template_fields(template: str) -> set[str]:
    return {field for _text, field, _spec, _conversion in string.Formatter().parse(template) if field}


def test_every_template_uses_known_slots() -> None:
    for key, family in FAMILIES.items():
        known = SELLER_WORDS | set(family.slots)
        known |= {f"{slot}_lower" for slot in known}
        for template in (*family.titles, *family.leads, *family.body, *family.bullets):
            assert _template_fields(template) <= known, (key, template)


def test_families_point_at_real_categories_and_unique_option_codes() -> None:
    category_slugs = {slug for slug, _name, _parent in CATEGORIES}
    for key, family in FAMILIES.items():
        assert family.category_slug in category_slugs, key
        assert re.fullmatch(r"[A-Z]{2}", family.code), key
        assert family.usd_price[0] < family.usd_price[1], key
        for axis in family.axes:
            assert len({value.code for value in axis.values}) == len(axis.values), (key, axis.name)


def test_seller_overrides_name_slots_their_families_use() -> None:
    for seller in SELLERS:
        assert seller.families and all(family in FAMILIES for family in seller.families), seller.slug
        assert seller.country in REGISTRATION_PATTERNS or seller.registration_pattern, seller.slug
        for override in seller.slot_overrides:
            family_key, _dot, slot = override.rpartition(".")
            families = [family_key] if family_key else list(seller.families)
            assert family_key in ("", *seller.families), (seller.slug, override)
            assert any(slot in FAMILIES[key].slots for key in families), (seller.slug, override)
