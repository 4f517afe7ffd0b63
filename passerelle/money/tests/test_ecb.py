"""ECB eurofxref XML: the daily and multi-day files, the demo snapshot, and every refusal."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passerelle.money import EcbFormatError, Money, minor_units, parse_eurofxref
from passerelle.money.ecb import ECB_SOURCE

DEMO_SNAPSHOT = Path(__file__).resolve().parents[2] / "fx" / "data" / "eurofxref-demo.xml"

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
    'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">\n'
    "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
    "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n"
)
TAIL = "</gesmes:Envelope>\n"


def ecb_file(days: str, head: str = HEAD) -> str:
    return f"{head}\t<Cube>\n{days}\t</Cube>\n{TAIL}"


def day(time: str, *cubes: str) -> str:
    return f"\t\t<Cube time='{time}'>\n" + "".join(f"\t\t\t{cube}\n" for cube in cubes) + "\t\t</Cube>\n"


DAILY = ecb_file(
    day("2025-11-25", "<Cube currency='USD' rate='1.1560'/>", "<Cube currency='JPY' rate='181.17'/>",
        "<Cube currency='IDR' rate='19285.66'/>", "<Cube currency='ZAR' rate='19.9866'/>")
)  # fmt: skip


def test_daily_file() -> None:
    [table] = parse_eurofxref(DAILY.encode())
    assert table.base == "EUR"
    assert table.rates_date == datetime.date(2025, 11, 25)
    assert table.source == "European Central Bank"
    assert dict(table.rates) == {
        "USD": Decimal("1.1560"),
        "JPY": Decimal("181.17"),
        "IDR": Decimal("19285.66"),
        "ZAR": Decimal("19.9866"),
    }


def test_str_input_is_accepted_too() -> None:
    assert parse_eurofxref(DAILY) == parse_eurofxref(DAILY.encode())


def test_without_a_sender_name_the_source_is_the_ecb_series() -> None:
    sender = "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n"
    head = HEAD.replace(sender, "")
    assert head != HEAD
    [table] = parse_eurofxref(ecb_file(day("2025-11-25", "<Cube currency='USD' rate='1.1'/>"), head=head))
    assert table.source == ECB_SOURCE == "European Central Bank euro foreign exchange reference rates"


def test_multi_day_file_is_returned_newest_first() -> None:
    xml = ecb_file(
        day("2025-11-21", "<Cube currency='USD' rate='1.1513'/>")
        + day("2025-11-25", "<Cube currency='USD' rate='1.1560'/>")
        + day("2025-11-24", "<Cube currency='USD' rate='1.1537'/>")
    )
    tables = parse_eurofxref(xml)
    assert [(t.rates_date.isoformat(), t.rates["USD"]) for t in tables] == [
        ("2025-11-25", Decimal("1.1560")),
        ("2025-11-24", Decimal("1.1537")),
        ("2025-11-21", Decimal("1.1513")),
    ]


def test_withdrawn_currencies_in_the_historical_file_are_dropped() -> None:
    xml = ecb_file(day("2022-12-30", "<Cube currency='USD' rate='1.0666'/>", "<Cube currency='HRK' rate='7.5365'/>",
                       "<Cube currency='BGN' rate='1.9558'/>"))  # fmt: skip
    [table] = parse_eurofxref(xml)
    assert dict(table.rates) == {"USD": Decimal("1.0666")}


def test_demo_snapshot() -> None:
    [table] = parse_eurofxref(DEMO_SNAPSHOT.read_bytes())
    assert table.rates_date == datetime.date(2026, 11, 25)
    assert table.base == "EUR"
    assert table.source == "Passerelle demo snapshot (illustrative rates in the ECB format)"
    assert len(table.rates) == 36
    assert table.rates["USD"] == Decimal("1.1612")
    assert table.rates["IDR"] == Decimal("19335.00")
    assert table.rates["VND"] == Decimal("30570")
    assert table.rates["PHP"] == Decimal("67.955")
    assert table.rates["SAR"] == Decimal("4.3548")
    assert not table.has("BGN")
    assert {"KES", "NGN", "GHS", "VND", "TWD", "AED", "SAR", "CNY", "JPY", "KRW"} <= table.currencies
    assert table.convert(Money("100.00", "GBP"), "CNY") == Money("935.93", "CNY")
    for currency in table.currencies:
        assert minor_units(currency) in {0, 2}


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<lolz>&lol2;</lolz>'
)


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("not xml at all", "Not well-formed XML"),
        ("", "Not well-formed XML"),
        (BILLION_LAUGHS, "DOCTYPE/ENTITY"),
        ('<!DOCTYPE e SYSTEM "file:///etc/passwd"><e/>', "DOCTYPE/ENTITY"),
        ("<Envelope/>", "Root element is 'Envelope'; expected gesmes:Envelope"),
        (ecb_file(""), r"No dated Cube \(<Cube time="),
        (ecb_file(day("2025-13-01", "<Cube currency='USD' rate='1.1'/>")), "time='2025-13-01' is not a calendar date"),
        (ecb_file(day("25/11/2025", "<Cube currency='USD' rate='1.1'/>")), "time='25/11/2025' is not a date written"),
        (ecb_file(day("20251125", "<Cube currency='USD' rate='1.1'/>")), "time='20251125' is not a date written"),
        (ecb_file(day("2025-11-25", "<Cube currency='ZZZ' rate='1.1'/>")),
         "currency='ZZZ' on 2025-11-25 is not an ISO 4217 code"),
        (ecb_file(day("2025-11-25", "<Cube currency='XAU' rate='1.1'/>")), "currency='XAU'"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='abc'/>")), "rate='abc' for USD on 2025-11-25"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='0'/>")), "rate='0' for USD"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='-1.1'/>")), "rate='-1.1' for USD"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='NaN'/>")), "rate='NaN' for USD"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='1e3'/>")), "rate='1e3' for USD"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD'/>")), "needs both currency and rate"),
        (ecb_file(day("2025-11-25", "<Cube currency='EUR' rate='1'/>")), "EUR is the base"),
        (ecb_file(day("2025-11-25")), "time='2025-11-25' has no Cube currency"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='1.1'/>", "<Cube currency='usd' rate='1.2'/>")),
         "currency='USD' appears twice on 2025-11-25"),
        (ecb_file(day("2025-11-25", "<Cube currency='USD' rate='1.1'/>") * 2), "time='2025-11-25' appears twice"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_naming_the_element_and_value(xml: str, message: str) -> None:
    with pytest.raises(EcbFormatError, match=message):
        parse_eurofxref(xml)
    with pytest.raises(EcbFormatError, match=message):
        parse_eurofxref(xml.encode())


def test_input_must_be_bytes_or_str() -> None:
    with pytest.raises(EcbFormatError, match="bytes or str, got int"):
        parse_eurofxref(42)  # type: ignore[arg-type]


ECB_CURRENCIES = ["USD", "JPY", "CZK", "GBP", "HUF", "CNY", "IDR", "KRW", "INR", "ZAR", "VND", "KWD"]

days_strategy = st.dictionaries(
    keys=st.dates(min_value=datetime.date(1999, 1, 4), max_value=datetime.date(2099, 12, 31)),
    values=st.dictionaries(
        keys=st.sampled_from(ECB_CURRENCIES),
        values=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4),
        min_size=1,
    ),
    min_size=1,
    max_size=5,
)


@given(days_strategy)
def test_generated_files_round_trip(days: dict[datetime.date, dict[str, Decimal]]) -> None:
    xml = ecb_file(
        "".join(
            day(date.isoformat(), *(f"<Cube currency='{code}' rate='{rate:f}'/>" for code, rate in rates.items()))
            for date, rates in days.items()
        )
    )
    tables = parse_eurofxref(xml.encode())
    assert [table.rates_date for table in tables] == sorted(days, reverse=True)
    for table in tables:
        assert dict(table.rates) == days[table.rates_date]
