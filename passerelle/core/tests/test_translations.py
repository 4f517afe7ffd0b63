"""The interface catalogues: one per storefront language, complete, with the English placeholders and tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from django.conf import settings
from django.utils.translation import to_locale

from passerelle.core.translations import catalogue_problems, compile_catalogue, read_catalogue

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES if code != "en"])
def test_every_language_has_a_complete_catalogue(language: str) -> None:
    po_path = LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / "django.po"
    assert po_path.is_file()
    assert catalogue_problems(po_path) == []
    assert len(read_catalogue(po_path)) > 250


def test_the_checker_catches_what_would_break_a_page(tmp_path: Path) -> None:
    catalogue = Catalog(locale="ja")
    catalogue.add("Order %(number)s", "注文")  # placeholder dropped
    catalogue.add("Total: <strong>%(total)s</strong>", "合計：%(total)s")  # tag dropped
    catalogue.add("Cart", "")  # untranslated
    catalogue.add("Save", "保存", flags=["fuzzy"])
    po_path = tmp_path / "django.po"
    from babel.messages.pofile import write_po

    with po_path.open("wb") as file:
        write_po(file, catalogue)
    problems = catalogue_problems(po_path)
    assert problems == [
        "placeholders differ in 'Order %(number)s': missing ['number'], unknown []",
        "HTML tags differ in 'Total: <strong>%(total)s</strong>'",
        "untranslated: 'Cart'",
        "fuzzy: 'Save'",
    ]
    assert compile_catalogue(po_path).stat().st_size > 0


def test_compile_translations_check_names_the_broken_entry_and_writes_nothing(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po
    from django.core.management import CommandError, call_command

    catalogue = Catalog(locale="ja")
    catalogue.add("Cart", "")
    po_path = tmp_path / "ja" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    with po_path.open("wb") as file:
        write_po(file, catalogue)
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="django.po: untranslated: 'Cart'"):
        call_command("compile-translations")
    assert not po_path.with_suffix(".mo").exists()
