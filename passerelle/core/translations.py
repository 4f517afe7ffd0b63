"""The interface's gettext catalogues: checked and compiled with Babel (no GNU gettext needed)."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
_TAG = re.compile(r"</?[a-z]+\b")


def read_catalogue(po_path: Path) -> Catalog:
    with po_path.open("rb") as file:
        return read_po(file)


def catalogue_problems(po_path: Path) -> list[str]:
    """Untranslated or fuzzy entries, and translations whose placeholders or HTML tags differ from the English."""
    catalogue = read_catalogue(po_path)
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else " ".join(message.id)
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        label = english[:60].replace("\n", " ")
        if message.fuzzy:
            problems.append(f"fuzzy: {label!r}")
        if not all(translations) or (isinstance(message.id, tuple) and len(translations) != catalogue.num_plurals):
            problems.append(f"untranslated: {label!r}")
            continue
        wanted = set(_PLACEHOLDER.findall(english))
        for text in translations:
            # A plural form may drop the count ("一件") but must not invent or misspell a placeholder.
            extra = set(_PLACEHOLDER.findall(text)) - wanted
            missing = wanted - set(_PLACEHOLDER.findall(text)) - ({"count"} if isinstance(message.id, tuple) else set())
            if extra or missing:
                problems.append(f"placeholders differ in {label!r}: missing {sorted(missing)}, unknown {sorted(extra)}")
            if sorted(_TAG.findall(text)) != sorted(_TAG.findall(english if isinstance(message.id, str) else message.id[0])):
                problems.append(f"HTML tags differ in {label!r}")
    return problems


def compile_catalogue(po_path: Path) -> Path:
    catalogue = read_catalogue(po_path)
    mo_path = po_path.with_suffix(".mo")
    with mo_path.open("wb") as file:
        write_mo(file, catalogue)
    return mo_path
