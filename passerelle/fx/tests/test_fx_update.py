"""`passerelle fx-update --file`: loads ECB XML, idempotently; a bad file changes nothing and says why."""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from passerelle.conftest import DEMO_FX
from passerelle.fx.models import FxRate
from passerelle.fx.selectors import current_rate_table

pytestmark = pytest.mark.django_db

DEMO_RATES = 36  # <Cube currency=... rate=...> entries in eurofxref-demo.xml, all for 2026-11-25
PASSERELLE = Path(sys.executable).with_name("passerelle")

MALFORMED = b"<?xml version='1.0'?><gesmes:Envelope xmlns:gesmes='http://www.gesmes.org/xml/2002-08-01'><Cube><Cube time='2026-11-26'>"
NOT_ECB = b"<?xml version='1.0'?><rates><rate currency='USD' value='1.2'/></rates>"
BAD_RATE = DEMO_FX.read_bytes().replace(b"rate='8.2390'", b"rate='8,2390'").replace(b"2026-11-25", b"2026-11-26")


def _rates() -> list[tuple[str, str, Decimal]]:
    return list(FxRate.objects.order_by("rates_date", "currency").values_list("rates_date", "currency", "rate"))


def _load(path: Path | str) -> str:
    out = io.StringIO()
    call_command("fx-update", file=str(path), stdout=out)
    return out.getvalue()


def test_loads_the_demo_snapshot() -> None:
    assert _load(DEMO_FX).strip() == f"Loaded {DEMO_RATES} rates for 1 day(s); newest 2026-11-25."
    assert FxRate.objects.count() == DEMO_RATES
    assert set(FxRate.objects.values_list("rates_date", "base")) == {(datetime.date(2026, 11, 25), "EUR")}
    rates = dict(FxRate.objects.values_list("currency", "rate"))
    assert (rates["USD"], rates["CNY"], rates["CHF"], rates["JPY"]) == (Decimal("1.1612"), Decimal("8.2390"), Decimal("0.9312"), Decimal("178.45"))
    table = current_rate_table()
    assert table is not None and table.rates_date.isoformat() == "2026-11-25"


def test_reloading_is_idempotent() -> None:
    _load(DEMO_FX)
    first = _rates()
    assert _load(DEMO_FX).strip() == f"Loaded {DEMO_RATES} rates for 1 day(s); newest 2026-11-25."
    assert FxRate.objects.count() == DEMO_RATES
    assert _rates() == first


@pytest.mark.parametrize("content", [MALFORMED, NOT_ECB, BAD_RATE, b""], ids=["truncated", "not-ecb", "bad-rate", "empty"])
def test_a_bad_file_raises_and_leaves_existing_rates_intact(tmp_path: Path, content: bytes) -> None:
    _load(DEMO_FX)
    before = _rates()
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    with pytest.raises(CommandError) as error:
        _load(bad)
    assert error.value.returncode == 2
    assert str(error.value).startswith(f"--file: {bad} is not an ECB reference-rate file: ")
    assert _rates() == before


def test_a_missing_file_names_the_option(tmp_path: Path) -> None:
    with pytest.raises(CommandError) as error:
        _load(tmp_path / "absent.xml")
    assert str(error.value) == f"--file: cannot read {tmp_path / 'absent.xml'}: No such file or directory"
    assert FxRate.objects.count() == 0


def test_console_command_exits_2_on_a_bad_file(tmp_path: Path) -> None:
    """The installed `passerelle` script, on its own SQLite database, as an operator would run it."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'passerelle.sqlite3'}",
        "PASSERELLE_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "passerelle.settings",
    }
    migrate = subprocess.run([str(PASSERELLE), "migrate", "--verbosity", "0"], env=env, capture_output=True, text=True, timeout=120)
    assert migrate.returncode == 0, migrate.stderr

    bad = tmp_path / "bad.xml"
    bad.write_bytes(MALFORMED)
    result = subprocess.run([str(PASSERELLE), "fx-update", "--file", str(bad)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"--file: {bad} is not an ECB reference-rate file" in result.stderr
    assert "Traceback" not in result.stderr

    good = subprocess.run([str(PASSERELLE), "fx-update", "--file", str(DEMO_FX)], env=env, capture_output=True, text=True, timeout=60)
    assert (good.returncode, good.stdout.strip()) == (0, f"Loaded {DEMO_RATES} rates for 1 day(s); newest 2026-11-25.")
