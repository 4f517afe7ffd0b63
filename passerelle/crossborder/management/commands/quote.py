"""passerelle quote [--file REQUEST.json]: a duties-paid quote as JSON; exit 0 allowed, 3 refused, 2 bad input."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from passerelle.crossborder.engine import QuoteInputError, RuleDataError
from passerelle.crossborder.services import quote_from_json

EXIT_ALLOWED, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 2, 3


class Command(BaseCommand):
    help = "Quote duty, taxes and fees for a JSON request (stdin or --file). Exit 0 allowed, 3 refused, 2 bad input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", help="the request JSON (default: standard input)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = Path(options["file"]).read_text(encoding="utf-8") if options["file"] else sys.stdin.read()
        except OSError as error:
            self._fail("--file", f"cannot read {options['file']}: {error.strerror}")
        try:
            data = json.loads(text, parse_float=Decimal)  # a bare 12.5 reaches the parser as a number, which it refuses by name
        except json.JSONDecodeError as error:
            self._fail("body", f"not JSON: {error.msg} at line {error.lineno} column {error.colno}")
        try:
            quote = quote_from_json(data)
        except (QuoteInputError, RuleDataError) as error:
            self._fail(error.field, error.message)
        self.stdout.write(json.dumps(quote.as_dict(), indent=2, ensure_ascii=False))
        sys.exit(EXIT_ALLOWED if quote.allowed else EXIT_REFUSED)

    def _fail(self, field: str, message: str) -> None:
        self.stderr.write(json.dumps({"code": "invalid", "field": field, "message": message}, ensure_ascii=False))
        sys.exit(EXIT_BAD_INPUT)
