"""Parse the European Central Bank's euro reference-rate XML (daily, 90-day, historical) into RateTables."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ElementTree
from decimal import Decimal
from xml.parsers import expat

from .currencies import UnknownCurrencyError, check_currency
from .fx import RateTable

GESMES_NS = "http://www.gesmes.org/xml/2002-08-01"
EUROFXREF_NS = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"
ECB_BASE = "EUR"
ECB_SOURCE = "European Central Bank euro foreign exchange reference rates"

_ENVELOPE = f"{{{GESMES_NS}}}Envelope"
_SENDER_NAME = f"{{{GESMES_NS}}}Sender/{{{GESMES_NS}}}name"
_CUBE = f"{{{EUROFXREF_NS}}}Cube"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Plain decimals only, as the ECB writes them: Decimal() alone would also take "1e3", "1_000", "NaN".
_RATE = re.compile(r"[0-9]+(\.[0-9]+)?")

# Currencies the ECB published before they were replaced (ISO 4217 list three). The
# historical file still carries them; no Money can be in them, so their rates are dropped
# rather than refusing the whole file. BGN: Bulgaria adopted the euro on 2026-01-01.
WITHDRAWN_ECB_CURRENCIES: frozenset[str] = frozenset(
    {"BGN", "CYP", "EEK", "HRK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL"}
)


class EcbFormatError(ValueError):
    """The file is not ECB eurofxref XML we can trust; nothing from it should be stored."""


def _refuse_doctype(xml: bytes | str) -> None:
    """Refuse DOCTYPE and ENTITY declarations, so no entity expansion ("billion laughs") can run."""

    def refuse(name: str, *_: object) -> None:
        raise EcbFormatError(f"XML declares a DOCTYPE/ENTITY ({name!r}); ECB rate files have none, so it is refused")

    scanner = expat.ParserCreate()
    # Raised at the start of the DOCTYPE, before any entity in it is declared or expanded.
    scanner.StartDoctypeDeclHandler = refuse
    scanner.EntityDeclHandler = refuse
    try:
        scanner.Parse(xml, True)
    except expat.ExpatError as error:
        raise EcbFormatError(f"Not well-formed XML: {error}") from None


def _parse_day(day: ElementTree.Element, source: str) -> RateTable:
    time = day.get("time", "")
    if not _DATE.fullmatch(time):
        raise EcbFormatError(f"Cube time={time!r} is not a date written YYYY-MM-DD")
    try:
        rates_date = datetime.date.fromisoformat(time)
    except ValueError:
        raise EcbFormatError(f"Cube time={time!r} is not a calendar date") from None
    rates: dict[str, Decimal] = {}
    for cube in day.iter(_CUBE):
        if cube is day:
            continue
        raw_currency, raw_rate = cube.get("currency"), cube.get("rate")
        if raw_currency is None or raw_rate is None:
            raise EcbFormatError(f"Cube on {time} needs both currency and rate attributes; got {dict(cube.attrib)}")
        try:
            currency = check_currency(raw_currency)
        except UnknownCurrencyError:
            if raw_currency.strip().upper() in WITHDRAWN_ECB_CURRENCIES:
                continue
            raise EcbFormatError(
                f'Cube currency={raw_currency!r} on {time} is not an ISO 4217 code such as "USD"'
            ) from None
        rate = Decimal(raw_rate) if _RATE.fullmatch(raw_rate) else Decimal(0)
        if rate <= 0:
            raise EcbFormatError(
                f'Cube rate={raw_rate!r} for {currency} on {time} must be a positive decimal number such as "1.1612"'
            )
        if currency == ECB_BASE:
            raise EcbFormatError(f"Cube currency={raw_currency!r} on {time}: EUR is the base, it has no rate")
        if currency in rates:
            raise EcbFormatError(f"Cube currency={currency!r} appears twice on {time}")
        rates[currency] = rate
    if not rates:
        raise EcbFormatError(f"Cube time={time!r} has no Cube currency=... rate=... elements")
    return RateTable(base=ECB_BASE, rates_date=rates_date, rates=rates, source=source)


def parse_eurofxref(xml: bytes | str) -> list[RateTable]:
    """One RateTable per dated Cube, newest first; raises EcbFormatError before returning anything partial."""
    if not isinstance(xml, (bytes, str)):
        raise EcbFormatError(f"Expected the XML as bytes or str, got {type(xml).__name__}")
    _refuse_doctype(xml)
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise EcbFormatError(f"Not well-formed XML: {error}") from None
    if root.tag != _ENVELOPE:
        raise EcbFormatError(f"Root element is {root.tag!r}; expected gesmes:Envelope in namespace {GESMES_NS}")
    sender = (root.findtext(_SENDER_NAME) or "").strip()
    source = sender or ECB_SOURCE

    days = [cube for cube in root.iter(_CUBE) if cube.get("time") is not None]
    if not days:
        raise EcbFormatError(f'No dated Cube (<Cube time="YYYY-MM-DD">) in namespace {EUROFXREF_NS}')
    tables = [_parse_day(day, source) for day in days]
    seen: set[datetime.date] = set()
    for table in tables:
        if table.rates_date in seen:
            raise EcbFormatError(f"Cube time={table.rates_date.isoformat()!r} appears twice")
        seen.add(table.rates_date)
    return sorted(tables, key=lambda table: table.rates_date, reverse=True)
