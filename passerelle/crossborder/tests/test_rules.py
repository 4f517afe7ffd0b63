"""The rule data itself: every file loads, every figure is sourced and dated, versions do not overlap."""

from __future__ import annotations

import itertools

import pytest

from passerelle.crossborder.engine import load_rulebook, supported_destinations
from passerelle.money import check_currency


def test_the_supported_destinations_cover_china_and_the_main_markets() -> None:
    assert {"CN", "JP", "KR", "SG", "HK", "ID", "TH", "US", "GB", "DE", "FR", "AU", "NZ", "CA", "NG"} <= set(supported_destinations())


@pytest.mark.parametrize("destination", supported_destinations())
def test_every_rule_is_sourced_dated_and_without_overlapping_versions(destination: str) -> None:
    book = load_rulebook(destination)
    check_currency(book.currency)
    for rule in book.rules:
        assert rule.id.startswith(destination.lower() + "."), rule.id
        assert len(rule.source) > 10, rule.id
        assert rule.effective_to is None or rule.effective_to >= rule.effective_from, rule.id
        if rule.currency:
            check_currency(rule.currency)
    by_id = sorted(book.rules, key=lambda r: (r.id, r.effective_from))
    for rule_id, versions in itertools.groupby(by_id, key=lambda r: r.id):
        ordered = list(versions)
        for earlier, later in zip(ordered, ordered[1:]):
            assert earlier.effective_to is not None and earlier.effective_to < later.effective_from, f"{rule_id} versions overlap"


@pytest.mark.parametrize("destination", supported_destinations())
def test_every_destination_has_the_figures_the_engine_needs_today(destination: str) -> None:
    import datetime

    book = load_rulebook(destination)
    today = datetime.date(2026, 11, 26)
    if destination == "CN":
        for rule_id in ("cn.cbec.single_limit", "cn.cbec.annual_limit", "cn.cbec.tax_factor", "cn.vat.default", "cn.duty.default", "cn.postal.rate.default"):
            assert book.get(rule_id, today)
        return
    code = destination.lower()
    for rule_id in (f"{code}.customs_value", f"{code}.tax_kind", f"{code}.vat_base", f"{code}.duty.default"):
        assert book.get(rule_id, today), rule_id
    assert book.find(f"{code}.vat.default", today) or book.find(f"{code}.vat.region_required", today)
