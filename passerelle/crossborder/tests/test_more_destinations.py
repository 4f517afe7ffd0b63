"""Worked cases for TW, MY, PH, VN, IN, CH, AE, SA, KE, ZA and eleven more EU states, computed by hand from their rule files."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passerelle.crossborder.engine import RuleDataError, landed_cost_quote, parse_quote_request
from passerelle.money import Money
from passerelle.money.ecb import parse_eurofxref

TODAY = datetime.date(2026, 11, 26)
# Demo ECB snapshot of 2026-11-25: 1 EUR = 10.9550 SEK, 7.4624 DKK, 4.2365 PLN (for the EU's €150 and €3 in SE, DK, PL).
RATES = parse_eurofxref((Path(__file__).resolve().parents[2] / "fx" / "data" / "eurofxref-demo.xml").read_bytes())[0]


def line(description: str, hs_code: str, origin: str, unit_price: str, quantity: int = 1, **extra: Any) -> dict[str, Any]:
    return {"description": description, "hs_code": hs_code, "origin": origin, "quantity": quantity, "unit_price": unit_price, "weight_grams": 500, **extra}


def quote(destination: str, currency: str, lines: list[dict[str, Any]], shipping: str = "0", **extra: Any) -> dict[str, Any]:
    request = {"destination": destination, "currency": currency, "lines": lines, "shipping": shipping, **extra}
    return landed_cost_quote(parse_quote_request(request, today=TODAY), rates=RATES).as_dict()


def taxes(result: dict[str, Any]) -> dict[str, str]:
    return {t["kind"]: t["amount"] for t in result["taxes"]}


def fees(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["amount"] for f in result["fees"]}


def rule_ids(result: dict[str, Any]) -> set[str]:
    return {rule["id"] for rule in result["rules"]}


# --- Taiwan -------------------------------------------------------------------------------------------------------


def test_taiwan_over_2000_pays_duty_business_tax_and_the_trade_promotion_fee() -> None:
    # DPV = 3,000 + 400 freight = 3,400 > NT$2,000. Duty 6.5% (default) = 221.00; business tax 5% × (3,400 + 221) = 181.05;
    # trade promotion fee 0.0425% × 3,400 = 1.445 → 1.45. Total 3,400 + 221 + 181.05 + 1.45 = 3,803.50.
    result = quote("TW", "TWD", [line("Ceramic teapot", "691200", "JP", "3000.00")], shipping="400.00")
    assert (result["regime"], result["duty"], taxes(result), fees(result)) == ("tw-import", "221.00", {"business_tax": "181.05"}, {"trade_promotion": "1.45"})
    assert result["total"] == "3803.50"


def test_taiwan_under_2000_is_exempt_but_liquor_is_not() -> None:
    # 1,500 + 300 = 1,800 ≤ NT$2,000: no duty, no business tax, so no fee either.
    under = quote("TW", "TWD", [line("Ceramic teapot", "691200", "JP", "1500.00")], shipping="300.00")
    assert (under["duty"], under["taxes"], under["fees"], under["total"]) == ("0.00", [], [], "1800.00")
    # Whisky is outside the exemption, and its duty has no single rate in the data: the quote asks for it.
    with pytest.raises(RuleDataError) as error:
        quote("TW", "TWD", [line("Whisky", "220830", "GB", "1500.00")])
    assert error.value.field == "lines[0].duty_rate"


# --- Malaysia -----------------------------------------------------------------------------------------------------


def test_malaysia_under_rm500_sales_tax_at_checkout() -> None:
    # Goods RM200 ≤ RM500: LVG, sales tax 10% collected at checkout = 20.00; CIF 200 ≤ RM500: no import duty.
    result = quote("MY", "MYR", [line("Bluetooth speaker", "851822", "CN", "200.00")])
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == ("my-low-value", "0.00", {"sales_tax": "20.00"}, "220.00")
    assert {"my.checkout_collection", "my.duty_de_minimis"} <= rule_ids(result)


def test_malaysia_over_rm500_pays_duty_and_sales_tax_on_cif_plus_duty() -> None:
    # CIF 800 + 50 = 850 > RM500. Duty 5.6% (default) × 850 = 47.60; sales tax 10% × (850 + 47.60) = 89.76. Total 987.36.
    result = quote("MY", "MYR", [line("Bluetooth speaker", "851822", "CN", "800.00")], shipping="50.00")
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == ("my-import", "47.60", {"sales_tax": "89.76"}, "987.36")


def test_malaysia_before_2024_the_rm500_de_minimis_covered_sales_tax_too() -> None:
    result = quote("MY", "MYR", [line("Bluetooth speaker", "851822", "CN", "200.00")], date="2023-06-01")
    assert (result["regime"], result["duty"], result["taxes"], result["total"]) == ("my-import", "0.00", [], "200.00")


def test_malaysia_lvg_sales_tax_leaves_shipping_out() -> None:
    # P.U.(A) 403/2023: 10% of the sale value 200 = 20.00, shipping not included (rule my.checkout_collection_vat_base).
    result = quote("MY", "MYR", [line("Bluetooth speaker", "851822", "CN", "200.00")], shipping="20.00")
    assert taxes(result) == {"sales_tax": "20.00"}


# --- Philippines --------------------------------------------------------------------------------------------------


def test_philippines_de_minimis_is_tested_on_fob_not_cif() -> None:
    # FOB ₱8,000 ≤ ₱10,000 (CIF 10,500 would be over): no duties and taxes.
    under = quote("PH", "PHP", [line("Running shoes", "640411", "VN", "8000.00")], shipping="2500.00")
    assert (under["duty"], under["taxes"], under["total"]) == ("0.00", [], "10500.00")
    # FOB 12,000 > ₱10,000: duty 6.1% (default) × CIF 13,000 = 793.00; VAT 12% × (13,000 + 793) = 1,655.16. Total 15,448.16.
    over = quote("PH", "PHP", [line("Running shoes", "640411", "VN", "12000.00")], shipping="1000.00")
    assert (over["duty"], taxes(over), over["total"]) == ("793.00", {"vat": "1655.16"}, "15448.16")


# --- Vietnam ------------------------------------------------------------------------------------------------------


def test_vietnam_8_percent_vat_in_2026_and_10_percent_in_2027() -> None:
    # No de minimis. CIF 2,000,000 + 200,000 = 2,200,000; duty 9.4% (default) = 206,800;
    # VAT 8% × 2,406,800 = 192,544. Total 2,599,344.
    lines = [line("Robot vacuum", "850810", "KR", "2000000")]
    result = quote("VN", "VND", lines, shipping="200000")
    assert (result["duty"], taxes(result), result["total"]) == ("206800", {"vat": "192544"}, "2599344")
    # From 2027-01-01 the reduction has ended: VAT 10% × 2,406,800 = 240,680. Total 2,647,480.
    later = quote("VN", "VND", lines, shipping="200000", date="2027-01-15")
    assert (later["duty"], taxes(later), later["total"]) == ("206800", {"vat": "240680"}, "2647480")


def test_vietnam_small_parcels_pay_and_liquor_keeps_10_percent() -> None:
    # VND 300,000: no de minimis since 2025-02-18. Duty 9.4% = 28,200; VAT 8% × 328,200 = 26,256. Total 354,456.
    small = quote("VN", "VND", [line("Phone case", "392690", "CN", "300000")])
    assert (small["duty"], taxes(small), small["total"]) == ("28200", {"vat": "26256"}, "354456")
    assert "vn.duty_de_minimis" in rule_ids(small)
    # Wine (a special-consumption-tax good) is excluded from the 8%: duty given 50% = 500,000; VAT 10% × 1,500,000 = 150,000.
    wine = quote("VN", "VND", [line("Red wine", "220421", "FR", "1000000", duty_rate="0.50")])
    assert (wine["duty"], taxes(wine)) == ("500000", {"vat": "150000"})


def test_vietnam_quotes_before_the_recorded_vat_data_are_refused() -> None:
    # The VAT rates start 2025-07-01 (earlier temporary cuts are not recorded): no rate is found, none is guessed.
    with pytest.raises(RuleDataError) as error:
        quote("VN", "VND", [line("Robot vacuum", "850810", "KR", "2000000")], date="2025-03-01")
    assert "no vn.vat rate" in error.value.message


# --- India --------------------------------------------------------------------------------------------------------


def test_india_courier_personal_import_is_30_98_percent_of_assessable_value() -> None:
    # AV = 9,000 + 1,000 freight = 10,000. BCD 10% + SWS 10% of BCD = 11% → 1,100.00; IGST 18% × 11,100 = 1,998.00.
    # 1,100 + 1,998 = 3,098.00 = 30.98% of AV. Total 13,098.00.
    result = quote("IN", "INR", [line("Wireless earbuds", "851830", "CN", "9000.00")], shipping="1000.00")
    assert (result["duty"], taxes(result), result["total"]) == ("1100.00", {"igst": "1998.00"}, "13098.00")
    assert Decimal(result["duty"]) + Decimal(taxes(result)["igst"]) == Decimal("10000.00") * Decimal("0.3098")


# --- Switzerland --------------------------------------------------------------------------------------------------


def test_switzerland_vat_of_at_most_chf_5_is_not_collected() -> None:
    # Mug (chapter 69, industrial: no duty since 2024). VAT 8.1% × (50 + 8) = 4.698 → 4.70 ≤ CHF 5: not collected.
    small = quote("CH", "CHF", [line("Ceramic mug", "691200", "DE", "50.00")], shipping="8.00")
    assert (small["duty"], small["taxes"], small["total"]) == ("0.00", [], "58.00")
    assert any("VAT of at most 5" in note for note in small["notes"])
    # VAT 8.1% × (120 + 10) = 10.53 > CHF 5: collected. Total 140.53.
    larger = quote("CH", "CHF", [line("Ceramic mug", "691200", "DE", "120.00")], shipping="10.00")
    assert (larger["duty"], taxes(larger), larger["total"]) == ("0.00", {"vat": "10.53"}, "140.53")


def test_switzerland_food_pays_2_6_percent_and_needs_its_weight_based_duty() -> None:
    # Tea: duty by gross weight, so the rate is given (0 here); VAT 2.6% × (190 + 10) = 5.20 > CHF 5. Total 205.20.
    tea = quote("CH", "CHF", [line("Black tea", "090230", "IN", "190.00", duty_rate="0")], shipping="10.00")
    assert (tea["duty"], taxes(tea), tea["total"]) == ("0.00", {"vat": "5.20"}, "205.20")
    with pytest.raises(RuleDataError) as error:
        quote("CH", "CHF", [line("Chocolate", "180632", "BE", "40.00")])
    assert error.value.field == "lines[0].duty_rate"


def test_switzerland_before_2024_vat_was_7_7_percent_and_industrial_duty_was_by_weight() -> None:
    # 2023: industrial goods still had (weight-based) duties, so the rate is required; given 0: VAT 7.7% × 130 = 10.01.
    result = quote("CH", "CHF", [line("Ceramic mug", "691200", "DE", "120.00", duty_rate="0")], shipping="10.00", date="2023-06-01")
    assert (taxes(result), result["total"]) == ({"vat": "10.01"}, "140.01")
    with pytest.raises(RuleDataError):
        quote("CH", "CHF", [line("Ceramic mug", "691200", "DE", "120.00")], shipping="10.00", date="2023-06-01")


# --- United Arab Emirates -----------------------------------------------------------------------------------------


def test_uae_aed_1000_duty_de_minimis_and_vat_on_everything() -> None:
    # CIF 800 + 100 = 900 ≤ AED 1,000: no duty; VAT 5% × 900 = 45.00. Total 945.00.
    under = quote("AE", "AED", [line("Sunglasses", "900410", "IT", "800.00")], shipping="100.00")
    assert (under["duty"], taxes(under), under["total"]) == ("0.00", {"vat": "45.00"}, "945.00")
    # CIF 1,300 > AED 1,000: duty 5% = 65.00; VAT 5% × 1,365 = 68.25. Total 1,433.25.
    over = quote("AE", "AED", [line("Sunglasses", "900410", "IT", "1200.00")], shipping="100.00")
    assert (over["duty"], taxes(over), over["total"]) == ("65.00", {"vat": "68.25"}, "1433.25")
    # February 2023 (Dubai's AED 300): CIF 900 > 300: duty 45.00; VAT 5% × 945 = 47.25. Total 992.25.
    dubai_2023 = quote("AE", "AED", [line("Sunglasses", "900410", "IT", "800.00")], shipping="100.00", date="2023-02-01")
    assert (dubai_2023["duty"], taxes(dubai_2023), dubai_2023["total"]) == ("45.00", {"vat": "47.25"}, "992.25")


# --- Saudi Arabia -------------------------------------------------------------------------------------------------


def test_saudi_duty_only_below_sar_1000_and_vat_on_all() -> None:
    # 850 + 100 = 950 < SAR 1,000: no duty; VAT 15% × 950 = 142.50. Total 1,092.50.
    under = quote("SA", "SAR", [line("Handbag", "420222", "IT", "850.00")], shipping="100.00")
    assert (under["duty"], taxes(under), under["total"]) == ("0.00", {"vat": "142.50"}, "1092.50")
    # Exactly SAR 1,000 is not below it: duty 5% = 50.00; VAT 15% × 1,050 = 157.50. Total 1,207.50.
    at_limit = quote("SA", "SAR", [line("Handbag", "420222", "IT", "900.00")], shipping="100.00")
    assert (at_limit["duty"], taxes(at_limit), at_limit["total"]) == ("50.00", {"vat": "157.50"}, "1207.50")
    # 1,500 + 100 = 1,600: duty 80.00; VAT 15% × 1,680 = 252.00. Total 1,932.00.
    over = quote("SA", "SAR", [line("Handbag", "420222", "IT", "1500.00")], shipping="100.00")
    assert (over["duty"], taxes(over), over["total"]) == ("80.00", {"vat": "252.00"}, "1932.00")


# --- Kenya --------------------------------------------------------------------------------------------------------


def test_kenya_pays_idf_and_rdl_on_the_customs_value() -> None:
    # CIF 20,000 + 2,000 = 22,000. Duty 25% (EAC finished goods) = 5,500.00; VAT 16% × 27,500 = 4,400.00;
    # IDF 2.5% × 22,000 = 550.00; RDL 2% × 22,000 = 440.00. Total 32,890.00.
    request = ([line("Espresso machine", "851671", "IT", "20000.00")], "2000.00")
    result = quote("KE", "KES", *request)
    assert (result["duty"], taxes(result), fees(result), result["total"]) == ("5500.00", {"vat": "4400.00"}, {"idf": "550.00", "rdl": "440.00"}, "32890.00")
    # Before 2024-12-27 the RDL was 1.5%: 330.00. Total 32,780.00.
    mid_2024 = quote("KE", "KES", *request, date="2024-06-01")
    assert (fees(mid_2024), mid_2024["total"]) == ({"idf": "550.00", "rdl": "330.00"}, "32780.00")
    # The data starts with the Finance Act 2023 levies: earlier dates are refused, not guessed.
    with pytest.raises(RuleDataError):
        quote("KE", "KES", *request, date="2023-01-01")


# --- South Africa -------------------------------------------------------------------------------------------------


def test_south_africa_vat_on_fob_plus_10_percent_uplift_plus_duty() -> None:
    # Customs value FOB 2,000 (freight 300 not in it). Duty 7.7% (default) = 154.00;
    # VAT 15% × (2,000 + 200 uplift + 154) = 15% × 2,354 = 353.10. Total 2,000 + 300 + 154 + 353.10 = 2,807.10.
    result = quote("ZA", "ZAR", [line("Wireless earbuds", "851830", "CN", "2000.00")], shipping="300.00")
    assert (result["duty"], taxes(result), result["total"]) == ("154.00", {"vat": "353.10"}, "2807.10")
    assert "za.vat_uplift" in rule_ids(result)
    # Clothing 45%: duty 450.00; VAT 15% × (1,000 + 100 + 450) = 232.50. Total 1,782.50.
    shirt = quote("ZA", "ZAR", [line("Cotton T-shirts", "610910", "CN", "1000.00")], shipping="100.00")
    assert (shirt["duty"], taxes(shirt), shirt["total"]) == ("450.00", {"vat": "232.50"}, "1782.50")


# --- EU member states ---------------------------------------------------------------------------------------------


def test_netherlands_three_euro_per_classification_after_july_2026() -> None:
    # Coffee (2 × €20) and tea (€10), €5 shipping: two classifications → duty 2 × €3 = 6.00;
    # VAT 9% (NL food) × (50 + 5 + 6) = 5.49. Total 66.49.
    lines = [line("Roasted coffee", "090121", "KE", "20.00", 2), line("Black tea", "090230", "IN", "10.00")]
    result = quote("NL", "EUR", lines, shipping="5.00")
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == ("nl-low-value", "6.00", {"vat": "5.49"}, "66.49")
    # On 2026-06-30 the €150 relief still applied: no duty; VAT 9% × 55 = 4.95.
    before = quote("NL", "EUR", lines, shipping="5.00", date="2026-06-30")
    assert (before["duty"], taxes(before), before["total"]) == ("0.00", {"vat": "4.95"}, "59.95")


def test_italy_handling_fee_from_october_2026() -> None:
    # Wallet €60: duty €3 (one classification); VAT 22% × 63 = 13.86; handling fee €2 (from 2026-10-01, UNVERIFIED). Total 78.86.
    lines = [line("Leather wallet", "420231", "CN", "60.00")]
    result = quote("IT", "EUR", lines)
    assert (result["duty"], taxes(result), fees(result), result["total"]) == ("3.00", {"vat": "13.86"}, {"handling": "2.00"}, "78.86")
    before = quote("IT", "EUR", lines, date="2026-09-30")
    assert (before["fees"], before["total"]) == ([], "76.86")


@pytest.mark.parametrize(
    ("destination", "vat", "total"),
    [
        # A €200 mug (over €150): duty 5% (EU default) = 10.00; VAT at the state's standard rate on 210.
        ("NL", "44.10", "254.10"),  # 21%
        ("ES", "44.10", "254.10"),  # 21%
        ("IE", "48.30", "258.30"),  # 23%
        ("BE", "44.10", "254.10"),  # 21%
        ("AT", "42.00", "252.00"),  # 20%
        ("FI", "53.55", "263.55"),  # 25.5%
        ("PT", "48.30", "258.30"),  # 23%
    ],
)
def test_euro_member_states_charge_their_standard_rate_over_150(destination: str, vat: str, total: str) -> None:
    result = quote(destination, "EUR", [line("Ceramic mug", "691200", "CN", "200.00")])
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == (f"{destination.lower()}-import", "10.00", {"vat": vat}, total)


def test_sweden_converts_the_eu_euro_thresholds_to_kronor() -> None:
    # SEK 1,000 ≤ €150 (= 1,643.25 SEK): low value. Duty €3 = 3 × 10.9550 = 32.865 → 32.87 SEK;
    # VAT 25% × (1,000 + 100 + 32.865) = 283.21625 → 283.22. Total 1,100 + 32.87 + 283.22 = 1,416.09.
    result = quote("SE", "SEK", [line("Ceramic mug", "691200", "CN", "1000.00")], shipping="100.00")
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == ("se-low-value", "32.87", {"vat": "283.22"}, "1416.09")
    assert [fx["pair"] for fx in result["fx"]] == ["EUR/SEK"]


def test_denmark_and_poland_over_150_euro() -> None:
    # DKK 2,000 > €150 (1,119.36 DKK): duty 5% = 100.00; VAT 25% × 2,100 = 525.00. Total 2,625.00.
    denmark = quote("DK", "DKK", [line("Ceramic mug", "691200", "CN", "2000.00")])
    assert (denmark["regime"], denmark["duty"], taxes(denmark), denmark["total"]) == ("dk-import", "100.00", {"vat": "525.00"}, "2625.00")
    # PLN 1,000 > €150 (635.475 PLN): duty 5% = 50.00; VAT 23% × 1,050 = 241.50. Total 1,291.50.
    poland = quote("PL", "PLN", [line("Ceramic mug", "691200", "CN", "1000.00")])
    assert (poland["regime"], poland["duty"], taxes(poland), poland["total"]) == ("pl-import", "50.00", {"vat": "241.50"}, "1291.50")


def test_finland_standard_rate_rose_on_2024_09_01_and_food_pays_13_5_percent_in_2026() -> None:
    # 2024 (the €150 relief): no duty. VAT 24% × 110 = 26.40 on 2024-08-31, 25.5% × 110 = 28.05 on 2024-09-01.
    lines = [line("Ceramic mug", "691200", "CN", "100.00")]
    assert taxes(quote("FI", "EUR", lines, shipping="10.00", date="2024-08-31")) == {"vat": "26.40"}
    assert taxes(quote("FI", "EUR", lines, shipping="10.00", date="2024-09-01")) == {"vat": "28.05"}
    # Coffee €30 in 2026: duty €3; VAT 13.5% × 33 = 4.455 → 4.46. Total 37.46.
    coffee = quote("FI", "EUR", [line("Roasted coffee", "090121", "ET", "30.00")])
    assert (coffee["duty"], taxes(coffee), coffee["total"]) == ("3.00", {"vat": "4.46"}, "37.46")


# --- Properties over the new destinations -------------------------------------------------------------------------

CURRENCIES = {"TW": "TWD", "MY": "MYR", "PH": "PHP", "VN": "VND", "IN": "INR", "CH": "CHF", "AE": "AED", "SA": "SAR", "KE": "KES", "ZA": "ZAR",
              "NL": "EUR", "IT": "EUR", "ES": "EUR", "IE": "EUR", "BE": "EUR", "AT": "EUR", "SE": "SEK", "FI": "EUR", "PL": "PLN", "PT": "EUR", "DK": "DKK"}
INDUSTRIAL_HS_CODES = ["330499", "420221", "610910", "950300", "691200", "851830"]  # no "required" rate in any of these files


@st.composite
def new_destination_requests(draw: st.DrawFn) -> dict[str, Any]:
    destination = draw(st.sampled_from(sorted(CURRENCIES)))
    currency = CURRENCIES[destination]
    decimals = 0 if currency == "VND" else 2

    def amount(high: int) -> str:
        units = draw(st.integers(min_value=1, max_value=high))
        return str(units) if not decimals else str(Decimal(units).scaleb(-decimals))

    lines = [line(f"item {i}", draw(st.sampled_from(INDUSTRIAL_HS_CODES)), draw(st.sampled_from(["CN", "US", "FR"])), amount(500_000), draw(st.integers(1, 4)))
             for i in range(draw(st.integers(1, 3)))]
    return {"destination": destination, "currency": currency, "lines": lines, "shipping": amount(5_000), "insurance": amount(500)}


@settings(max_examples=150, deadline=None)
@given(new_destination_requests())
def test_new_destinations_total_is_the_sum_of_its_parts(data: dict[str, Any]) -> None:
    result = landed_cost_quote(parse_quote_request(data, today=TODAY), rates=RATES)
    c = result.currency
    parts = [result.goods, result.shipping, result.insurance, result.duty, *result.taxes.values(), *result.fees.values()]
    assert result.total == sum(parts, Money.zero(c))
    assert all(part.amount >= 0 and part.is_quantized for part in parts)
    assert sum((line.duty for line in result.lines), Money.zero(c)) == result.duty
