"""passerelle fx-update --file eurofxref.xml: load ECB reference rates (daily or historical file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from passerelle.fx.services import fx_update_from_ecb_xml
from passerelle.money.ecb import EcbFormatError


class Command(BaseCommand):
    help = "Load European Central Bank euro reference rates from an eurofxref XML file (daily, 90-day or historical)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", required=True, help="Path to eurofxref-daily.xml (or -hist / -hist-90d), '-' for stdin")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        try:
            xml = self.stdin.buffer.read() if path == "-" else Path(path).read_bytes()  # type: ignore[attr-defined]
        except OSError as error:
            raise CommandError(f"--file: cannot read {path}: {error.strerror}", returncode=2) from None
        try:
            result = fx_update_from_ecb_xml(xml=xml)
        except EcbFormatError as error:
            raise CommandError(f"--file: {path} is not an ECB reference-rate file: {error}", returncode=2) from None
        self.stdout.write(f"Loaded {result.rates} rates for {result.days} day(s); newest {result.newest_date}.")
