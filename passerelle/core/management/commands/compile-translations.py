"""Compile the interface translations (locale/*/LC_MESSAGES/django.po) to .mo files with Babel.

Django's compilemessages needs GNU gettext's msgfmt; Babel, already a dependency, needs nothing else.
Exits 1, naming the file and entry, when a catalogue has a fuzzy or untranslated entry or a broken placeholder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from passerelle.core.translations import catalogue_problems, compile_catalogue


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--check", action="store_true", help="only check the catalogues; write nothing")

    def handle(self, *args: Any, check: bool = False, **options: Any) -> None:
        problems: list[str] = []
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/django.po")):
                found = catalogue_problems(po_path)
                problems += [f"{po_path}: {problem}" for problem in found]
                if not check and not found:
                    compile_catalogue(po_path)
                    if options["verbosity"] > 0:
                        self.stdout.write(f"compiled {po_path.with_suffix('.mo')}")
        if problems:
            raise CommandError("\n".join(problems[:50]) + (f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""))
