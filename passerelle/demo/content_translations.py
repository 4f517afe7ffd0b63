"""Hand-written translations of the demo catalogue: what must be translated, loading, checking and rendering.

The demo's products are built from templates and words (catalog_words). Each language's file in
translations/<lang>.json translates those templates and words once, so every generated product has a
title, a description and a category name in all ten languages without a machine translator.
Run `python -m passerelle.demo.content_translations LANG` to list what a file still lacks.
"""

from __future__ import annotations

import json
import re
import string
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Mapping

from passerelle.demo.catalog_words import CATEGORIES, FAMILIES, SELLERS

SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = ("zh-hans", "ja", "ko", "th", "vi", "id", "fr", "es", "ar")
TRANSLATIONS_DIR = Path(__file__).with_name("translations")
GROUPS = ("categories", "shops", "titles", "sentences", "words")


def _placeholders(template: str) -> set[str]:
    """Slot names a template uses, with the `_lower` spelling folded into its slot."""
    return {name.removesuffix("_lower") for _, name, _, _ in string.Formatter().parse(template) if name}


@cache
def source_strings() -> Mapping[str, tuple[str, ...]]:
    """Every English string of the demo catalogue that a reader sees, by group (categories and shops by slug)."""
    titles: dict[str, None] = {}
    sentences: dict[str, None] = {}
    words: dict[str, None] = {}
    for family in FAMILIES.values():
        titles.update(dict.fromkeys(family.titles))
        sentences.update(dict.fromkeys((*family.leads, *family.body, *family.bullets)))
        for values in family.slots.values():
            words.update(dict.fromkeys(values))
    for seller in SELLERS:
        words.update(dict.fromkeys((*seller.places, seller.city)))
        for values in seller.slot_overrides.values():
            words.update(dict.fromkeys(values))
    # Numbers, vintages and altitudes read the same in every language.
    words = {word: None for word in words if any(character.isalpha() for character in word)}
    return {
        "categories": tuple(slug for slug, _, _ in CATEGORIES),
        "shops": tuple(seller.slug for seller in SELLERS),
        "titles": tuple(titles),
        "sentences": tuple(sentences),
        "words": tuple(words),
    }


def english_text(group: str, key: str) -> str:
    """What a key stands for in English: category and shop keys are slugs, the rest are the English text itself."""
    if group == "categories":
        return next(name for slug, name, _ in CATEGORIES if slug == key)
    if group == "shops":
        return next(seller.description for seller in SELLERS if seller.slug == key)
    return key


@dataclass(frozen=True)
class ContentTranslation:
    language: str
    groups: Mapping[str, Mapping[str, str]]

    def get(self, group: str, key: str) -> str | None:
        return self.groups.get(group, {}).get(key) or None


def translation_exists(language: str) -> bool:
    return (TRANSLATIONS_DIR / f"{language}.json").is_file()


@cache
def load_translation(language: str) -> ContentTranslation:
    path = TRANSLATIONS_DIR / f"{language}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return ContentTranslation(language=language, groups={group: dict(data.get(group, {})) for group in GROUPS})


def problems(translation: ContentTranslation) -> list[str]:
    """What a translation file lacks or gets wrong: missing keys, and templates whose slots differ from the English."""
    found = []
    for group, keys in source_strings().items():
        for key in keys:
            translated = translation.get(group, key)
            if translated is None:
                found.append(f"{group}: missing {key!r}")
            elif group in ("titles", "sentences") and _placeholders(translated) != _placeholders(key):
                found.append(f"{group}: {key!r} uses slots {sorted(_placeholders(key))}, the translation {sorted(_placeholders(translated))}")
            elif group == "sentences" and _tags(translated) != _tags(key):
                found.append(f"{group}: {key!r} has HTML tags {_tags(key)}, the translation {_tags(translated)}")
    for group in GROUPS:
        unknown = set(translation.groups.get(group, {})) - set(source_strings()[group])
        found += [f"{group}: {key!r} is not in the English catalogue" for key in sorted(unknown)]
    return found


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?\w+>", text))


def main(argv: list[str]) -> int:
    languages = argv or list(TRANSLATED_LANGUAGES)
    failed = False
    for language in languages:
        try:
            found = problems(load_translation(language))
        except (OSError, ValueError) as error:
            print(f"{language}: cannot read {TRANSLATIONS_DIR / (language + '.json')}: {error}")
            failed = True
            continue
        print(f"{language}: {'complete' if not found else f'{len(found)} problems'}")
        for problem in found[:200]:
            print(f"  {problem}")
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
