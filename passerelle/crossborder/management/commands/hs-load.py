"""passerelle hs-load FILE: load the HS nomenclature CSV (section, hscode, description, parent, level)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from passerelle.crossborder.hs import hs_load_csv


class Command(BaseCommand):
    help = "Load HS chapters, headings and subheadings from the UN Comtrade / datasets harmonized-system CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="CSV with the columns section,hscode,description,parent,level")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = Path(options["file"]).read_text(encoding="utf-8-sig")
        except OSError as error:
            raise CommandError(f"file: cannot read {options['file']}: {error.strerror}", returncode=2) from None
        try:
            report = hs_load_csv(text)
        except ValueError as error:
            raise CommandError(f"file: {error}", returncode=2) from None
        for problem in report.errors:
            self.stderr.write(problem)
        self.stdout.write(f"HS codes: {report.created} created, {report.updated} updated, {len(report.errors)} row(s) skipped.")
        if report.errors:
            raise CommandError(f"{len(report.errors)} row(s) were not loaded; the others were", returncode=3)
