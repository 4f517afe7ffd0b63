"""Refusals from the customs rules, said in the reader's language with figures formatted for it."""

from __future__ import annotations

from django.utils import translation

from passerelle.crossborder.display import reason_text
from passerelle.crossborder.engine.result import Reason


def _annual_limit() -> Reason:
    return Reason("cbec_annual_limit", "This order (CNY 6,000) would take the buyer past ...",
                  {"value": "6000.00", "limit": "26000", "left": "1500.00"})


def test_a_refusal_reads_in_english_with_its_figures() -> None:
    with translation.override("en"):
        assert reason_text(_annual_limit()) == (
            "This order (CNY 6,000) would take the buyer past China's CNY 26,000 yearly cross-border limit; CNY 1,500 is left this year"
        )


def test_a_refusal_reads_in_japanese_and_french() -> None:
    with translation.override("ja"):
        japanese = reason_text(_annual_limit())
    with translation.override("fr"):
        french = reason_text(_annual_limit())
    assert "26,000" in japanese and "This order" not in japanese
    assert "26\u202f000" in french and "This order" not in french  # French groups thousands with a narrow space


def test_a_restricted_item_names_the_country_in_the_readers_language() -> None:
    reason = Reason("restricted_prohibited", "...", {"item": "Ivory carving", "hs_code": "960110", "destination": "CN", "why": "Wild fauna"})
    with translation.override("ja"):
        text = reason_text(reason)
    assert "中国" in text and "960110" in text and "Wild fauna" in text


def test_an_unknown_code_or_missing_figures_fall_back_to_the_engines_words() -> None:
    assert reason_text(Reason("something_new", "As the engine says it")) == "As the engine says it"
    assert reason_text(Reason("cbec_annual_limit", "Engine words", {"value": "1"})) == "Engine words"
