"""Worked cases computed by hand from the rules (crossborder-rules.md §5 and the issue's example)."""

from __future__ import annotations

import datetime
from typing import Any


from passerelle.crossborder.engine import landed_cost_quote, parse_quote_request

TODAY = datetime.date(2026, 11, 26)


def line(description: str, hs_code: str, origin: str, unit_price: str, quantity: int = 1, **extra: Any) -> dict[str, Any]:
    return {"description": description, "hs_code": hs_code, "origin": origin, "quantity": quantity, "unit_price": unit_price, "weight_grams": 500, **extra}


def quote(request: dict[str, Any]) -> dict[str, Any]:
    return landed_cost_quote(parse_quote_request(request, today=TODAY)).as_dict()


def taxes(result: dict[str, Any]) -> dict[str, str]:
    return {t["kind"]: t["amount"] for t in result["taxes"]}


def test_issue_example_cbec_face_cream() -> None:
    # CBEC within limits: duty 0; VAT 13% × 70% on the dutiable price (goods + freight) = 840 × 0.091 = 76.44.
    result = quote({
        "destination": "CN", "date": "2026-11-26", "channel": "cbec", "currency": "CNY",
        "lines": [{"description": "Face cream", "hs_code": "330499", "origin": "FR", "quantity": 1, "unit_price": "800.00",
                   "weight_grams": 250, "duty_rate": None, "vat_rate": None, "consumption_tax_rate": None}],
        "shipping": "40.00", "insurance": "0.00", "buyer": {"cbec_used_this_year": "0.00"}, "fx_rates": {},
    })
    assert (result["allowed"], result["regime"], result["currency"]) == (True, "cn-cbec", "CNY")
    assert (result["goods"], result["shipping"], result["insurance"], result["duty"]) == ("800.00", "40.00", "0.00", "0.00")
    assert result["taxes"] == [{"kind": "vat", "amount": "76.44"}]
    assert (result["fees"], result["total"], result["reasons"]) == ([], "916.44", [])
    assert result["cbec_quota_used"] == "840.00"
    ids = {rule["id"] for rule in result["rules"]}
    assert {"cn.cbec.single_limit", "cn.cbec.annual_limit", "cn.cbec.tax_factor", "cn.vat.default"} <= ids
    assert all(rule["source"] and rule["effective_from"] for rule in result["rules"])


def test_high_end_cosmetics_pay_consumption_tax_in_cbec() -> None:
    # 50 g serum at CNY 1,000 = CNY 20/g ≥ 10/g: CT 15%. CBEC 70%: CT = 1000/(0.85) × 0.15 × 0.7 = 123.5294…;
    # VAT = 1000/0.85 × 0.13 × 0.7 = 107.0588…; together 1000 × 0.28/0.85 × 0.7 = 230.59 (the 23.1% of §1.3).
    result = quote({"destination": "CN", "channel": "cbec", "currency": "CNY", "buyer": {"cbec_used_this_year": "0"},
                    "lines": [line("Serum", "330499", "FR", "1000.00", weight_grams=50)]})
    assert taxes(result) == {"consumption_tax": "123.53", "vat": "107.06"}
    assert result["total"] == "1230.59"


def test_case_7_cn_postal_toy_tax_waived() -> None:
    # Toy, category 1 (13%): 300 × 13% = 39.00 ≤ RMB 50: waived (§1.14–1.15).
    result = quote({"destination": "CN", "channel": "postal", "currency": "CNY", "lines": [line("Toy", "950300", "DE", "300.00")]})
    assert (result["regime"], result["taxes"], result["total"]) == ("cn-postal", [], "300.00")
    assert "waived" in result["notes"][0]


def test_case_8_cn_postal_and_cbec_and_auto_picks_the_cheaper() -> None:
    tshirts = [line("Cotton T-shirts", "610910", "FR", "600.00")]
    postal = quote({"destination": "CN", "channel": "postal", "currency": "CNY", "lines": tshirts})
    assert (taxes(postal), postal["total"]) == ({"postal_tax": "120.00"}, "720.00")  # category 2: 20%
    cbec = quote({"destination": "CN", "channel": "cbec", "currency": "CNY", "lines": tshirts, "buyer": {"cbec_used_this_year": "0"}})
    assert (taxes(cbec), cbec["total"]) == ({"vat": "54.60"}, "654.60")  # 600 × 9.1%
    auto = quote({"destination": "CN", "currency": "CNY", "lines": tshirts, "buyer": {"cbec_used_this_year": "0"}})
    assert (auto["regime"], auto["total"]) == ("cn-cbec", "654.60")
    assert auto["alternatives"] == [{"regime": "cn-postal", "allowed": True, "total": "720.00", "reasons": []}]


def test_rmb_6000_two_item_order_is_refused_with_a_clear_reason() -> None:
    result = quote({"destination": "CN", "currency": "CNY", "buyer": {"cbec_used_this_year": "0"},
                    "lines": [line("Automatic watch", "910221", "CH", "3000.00", 2)]})
    assert result["allowed"] is False
    codes = [r["code"] for r in result["reasons"]]
    assert codes == ["cbec_order_over_limit", "postal_parcel_over_limit"]
    assert "CNY 5,000 per-order" in result["reasons"][0]["message"] and "holds 2 items" in result["reasons"][0]["message"]


def test_single_item_over_5000_clears_cbec_at_full_rates() -> None:
    # One watch at CNY 12,000 (≥ 10,000: high-end, CT 20%), given duty 8%: duty 960; CT = (12000+960)/0.8 × 0.2 = 3240;
    # VAT = (12000 + 960 + 3240) × 13% = 2106. Total 18,306.
    result = quote({"destination": "CN", "channel": "cbec", "currency": "CNY", "buyer": {"cbec_used_this_year": "0"},
                    "lines": [line("Automatic watch", "910221", "CH", "12000.00", duty_rate="0.08")]})
    assert (result["allowed"], result["duty"], taxes(result), result["total"]) == (True, "960.00", {"consumption_tax": "3240.00", "vat": "2106.00"}, "18306.00")
    assert result["lines"][0]["duty_rate_from"] == "given"


def test_cbec_yearly_limit_is_enforced() -> None:
    result = quote({"destination": "CN", "channel": "cbec", "currency": "CNY", "buyer": {"cbec_used_this_year": "25500.00"},
                    "lines": [line("Honey", "040900", "NZ", "600.00")]})
    assert result["allowed"] is False
    assert result["reasons"][0]["code"] == "cbec_annual_limit"
    assert "CNY 500.00 is left" in result["reasons"][0]["message"]


def test_a_quote_dated_before_2019_uses_the_old_cbec_limit() -> None:
    # In 2018 the per-order limit was RMB 2,000: a RMB 3,000 two-piece order was refused; in 2026 it is fine.
    request = {"destination": "CN", "channel": "cbec", "currency": "CNY", "buyer": {"cbec_used_this_year": "0"},
               "lines": [line("Tea", "090230", "IN", "1500.00", 2)]}
    assert quote({**request, "date": "2018-06-01"})["reasons"][0]["code"] == "cbec_order_over_limit"
    later = quote({**request, "date": "2026-11-26"})
    assert (later["allowed"], later["total"]) == (True, "3273.00")  # 3000 × 9.1% = 273


def test_case_10_japan_under_de_minimis_with_personal_use_valuation() -> None:
    # CV = 12,000 × 0.6 + 2,000 freight = 9,200 ≤ ¥10,000: no duty, no consumption tax.
    result = quote({"destination": "JP", "currency": "JPY", "lines": [line("Ceramic mug set", "691200", "FR", "12000")], "shipping": "2000"})
    assert (result["duty"], result["taxes"], result["total"]) == ("0", [], "14000")


def test_japan_truncates_the_tax_base_to_1000_and_the_tax_to_100() -> None:
    # Retail ¥30,000 + ¥2,345 freight: CV = 18,000 + 2,345 = 20,345 > 10,000. Duty 5% (default): base 20,000 → 1,000.
    # Consumption tax 10% on CV + duty exact 20,345 + 1,017.25: base 21,000 (truncated 21,362.25) → 2,100.
    result = quote({"destination": "JP", "currency": "JPY", "lines": [line("Ceramic vase", "691390", "FR", "30000")], "shipping": "2345"})
    assert (result["duty"], taxes(result)) == ("1000", {"consumption_tax": "2100"})
    assert result["total"] == str(30000 + 2345 + 1000 + 2100)


def test_case_14_singapore_low_value_gst_at_checkout() -> None:
    result = quote({"destination": "SG", "currency": "SGD", "lines": [line("Bluetooth speaker", "851822", "CN", "250.00")], "shipping": "20.00"})
    assert (result["regime"], taxes(result), result["total"]) == ("sg-low-value", {"gst": "24.30"}, "294.30")


def test_case_17_new_zealand_over_1000() -> None:
    result = quote({"destination": "NZ", "currency": "NZD", "lines": [line("Leather shoes", "640399", "IT", "1200.00")], "shipping": "80.00"})
    assert (result["duty"], taxes(result), result["total"]) == ("120.00", {"gst": "210.00"}, "1610.00")


def test_case_18_united_states_after_de_minimis() -> None:
    # MFN 16.5% = 19.80; Section 122 10% = 12.00; MPF 2.69; freight 25 not dutiable: 120 + 25 + 31.80 + 2.69 = 179.49.
    result = quote({"destination": "US", "date": "2026-03-15", "currency": "USD", "lines": [line("Cotton T-shirts", "6109100012", "JP", "120.00")], "shipping": "25.00"})
    assert result["duty"] == "31.80"
    assert result["fees"] == [{"kind": "mpf", "amount": "2.69"}]
    assert result["total"] == "179.49"
    # The same parcel before 2025-08-29 was under the $800 de minimis: no duty, no fee.
    before = quote({"destination": "US", "date": "2025-08-01", "currency": "USD", "lines": [line("Cotton T-shirts", "6109100012", "JP", "120.00")], "shipping": "25.00"})
    assert (before["duty"], before["fees"], before["total"]) == ("0.00", [], "145.00")
    # After 2026-07-24 the Section 122 surcharge no longer applies.
    after = quote({"destination": "US", "date": "2026-11-26", "currency": "USD", "lines": [line("Cotton T-shirts", "6109100012", "JP", "120.00")], "shipping": "25.00"})
    assert (after["duty"], after["total"]) == ("19.80", "167.49")


def test_case_25_indonesia_with_pinned_rate() -> None:
    result = quote({"destination": "ID", "currency": "USD", "lines": [line("Earbuds", "851830", "CN", "40.00")], "shipping": "8.00", "fx_rates": {"USD/IDR": "16000"}})
    assert (result["currency"], result["duty"], taxes(result), result["total"]) == ("IDR", "57600.00", {"vat": "90816.00"}, "916416.00")
    assert result["fx"] == [{"pair": "USD/IDR", "rate": "16000", "source": "pinned in the request", "date": None}]


def test_case_b3_canada_ontario() -> None:
    result = quote({"destination": "CA", "region": "ON", "currency": "CAD", "lines": [line("Shirt", "620520", "JP", "100.00")], "shipping": "25.00"})
    assert (result["duty"], taxes(result), result["total"]) == ("18.00", {"gst": "15.34"}, "158.34")


def test_case_b5_thailand_before_and_after_2026() -> None:
    request = {"destination": "TH", "currency": "THB", "lines": [line("Storage box", "392410", "CN", "1000.00")], "shipping": "200.00"}
    before = quote({**request, "date": "2025-06-01"})
    assert (before["duty"], taxes(before), before["total"]) == ("0.00", {"vat": "84.00"}, "1284.00")
    after = quote({**request, "date": "2026-11-26"})  # duty from THB 1 since 2026-01-01: 10% default = 120; VAT 7% × 1320 = 92.40
    assert (after["duty"], taxes(after), after["total"]) == ("120.00", {"vat": "92.40"}, "1412.40")


def test_case_b8_nigeria_under_300_usd() -> None:
    result = quote({"destination": "NG", "currency": "USD", "lines": [line("Leather bag", "420221", "IT", "250.00")], "fx_rates": {"USD/NGN": "1500"}})
    assert (result["duty"], result["taxes"], result["fees"], result["total"]) == ("0.00", [], [], "375000.00")


def test_eu_three_euro_per_classification_from_july_2026() -> None:
    # Two tariff classifications (coffee, tea) in a €50 consignment: duty 2 × €3; VAT 7% (DE food) on 50 + 5 + 6 = 4.27.
    request = {"destination": "DE", "currency": "EUR", "shipping": "5.00",
               "lines": [line("Roasted coffee", "090121", "KE", "20.00", 2), line("Black tea", "090230", "IN", "10.00")]}
    result = quote(request)
    assert (result["regime"], result["duty"], taxes(result), result["total"]) == ("de-low-value", "6.00", {"vat": "4.27"}, "65.27")
    before = quote({**request, "date": "2026-06-30"})  # the €150 relief: no duty
    assert (before["duty"], taxes(before)) == ("0.00", {"vat": "3.85"})


def test_france_adds_its_handling_fee_per_category() -> None:
    result = quote({"destination": "FR", "currency": "EUR", "lines": [line("Leather wallet", "420231", "IT", "60.00")]})
    assert result["fees"] == [{"kind": "handling", "amount": "2.00"}]
    # Duty €3 (one classification); VAT 20% on 60 + 3 = 12.60 (the seller's fee is not in the import VAT base).
    assert (result["duty"], taxes(result), result["total"]) == ("3.00", {"vat": "12.60"}, "77.60")


def test_high_end_watch_by_post_is_category_3() -> None:
    # One watch at CNY 12,000 (≥ RMB 10,000: high-end): postal articles tax 50% = 6,000 (category 3, §1.14);
    # a CNY 3,000 watch is category 2: 20% = 600.
    dear = quote({"destination": "CN", "channel": "postal", "currency": "CNY", "lines": [line("Automatic watch", "910221", "CH", "12000.00")]})
    assert (taxes(dear), dear["total"]) == ({"postal_tax": "6000.00"}, "18000.00")
    modest = quote({"destination": "CN", "channel": "postal", "currency": "CNY", "lines": [line("Quartz watch", "910211", "CH", "1500.00")]})
    assert (taxes(modest), modest["total"]) == ({"postal_tax": "300.00"}, "1800.00")


def test_prohibited_goods_are_refused_naming_the_line() -> None:
    result = quote({"destination": "SA", "currency": "SAR", "lines": [line("Bordeaux red wine", "220421", "FR", "120.00")]})
    assert result["allowed"] is False
    assert result["reasons"][0]["code"] == "restricted_prohibited"
    assert "Bordeaux red wine (HS 220421) cannot be imported into Saudi Arabia" in result["reasons"][0]["message"]
    assert any(rule["id"] == "sa.restricted.hs.2204" for rule in result["rules"])


def test_frances_handling_fee_stops_above_150_euros() -> None:
    result = quote({"destination": "FR", "currency": "EUR", "lines": [line("Leather bag", "420221", "IT", "400.00")]})
    assert result["fees"] == []


def test_hong_kong_has_no_duty_or_vat() -> None:
    result = quote({"destination": "HK", "currency": "HKD", "lines": [line("Manuka honey", "040900", "NZ", "380.00")], "shipping": "60.00"})
    assert (result["duty"], result["taxes"], result["total"]) == ("0.00", [], "440.00")


def test_korea_150_dollar_threshold_and_us_goods_200() -> None:
    # US$180 of honey from NZ: over US$150, duty 8% on CIF and VAT 10% on CIF + duty (1 USD = 1,400 KRW pinned):
    # CIF 252,000 + 14,000 freight = 266,000; duty 21,280; VAT 28,728 (10% × 287,280). The same from the US (≤ US$200): exempt.
    request = {"destination": "KR", "currency": "USD", "fx_rates": {"USD/KRW": "1400"}, "shipping": "10.00",
               "lines": [line("Manuka honey", "040900", "NZ", "180.00")]}
    result = quote(request)
    assert (result["currency"], result["duty"], taxes(result), result["total"]) == ("KRW", "21280", {"vat": "28728"}, "316008")
    from_us = quote({**request, "lines": [line("Wisconsin ginseng", "121120", "US", "180.00")]})
    assert (from_us["duty"], from_us["taxes"], from_us["total"]) == ("0", [], "266000")


def test_united_kingdom_under_and_over_135_pounds() -> None:
    # £100 + £8 delivery: no duty (≤ £135), VAT 20% at checkout on 108 = 21.60.
    under = quote({"destination": "GB", "currency": "GBP", "lines": [line("Leather wallet", "420231", "IT", "100.00")], "shipping": "8.00"})
    assert (under["regime"], under["duty"], taxes(under), under["total"]) == ("gb-low-value", "0.00", {"vat": "21.60"}, "129.60")
    # £200 + £10: duty 4% (default) on CIF 210 = 8.40; VAT 20% on 218.40 = 43.68.
    over = quote({"destination": "GB", "currency": "GBP", "lines": [line("Leather handbag", "420221", "IT", "200.00")], "shipping": "10.00"})
    assert (over["regime"], over["duty"], taxes(over), over["total"]) == ("gb-import", "8.40", {"vat": "43.68"}, "262.08")


def test_australia_low_value_gst_and_over_1000_dollars() -> None:
    # A$120 + A$15 shipping: no duty (≤ A$1,000), GST 10% collected at checkout on 135 = 13.50.
    low = quote({"destination": "AU", "currency": "AUD", "lines": [line("Black tea", "090230", "IN", "120.00")], "shipping": "15.00"})
    assert (low["regime"], low["duty"], taxes(low), low["total"]) == ("au-low-value", "0.00", {"gst": "13.50"}, "148.50")
    # A$1,500 FOB + A$50 shipping: duty 5% on the FOB customs value = 75; GST 10% on VoTI 1,500 + 75 + 50 = 162.50.
    high = quote({"destination": "AU", "currency": "AUD", "lines": [line("Automatic watch", "910221", "CH", "1500.00")], "shipping": "50.00"})
    assert (high["regime"], high["duty"], taxes(high), high["total"]) == ("au-import", "75.00", {"gst": "162.50"}, "1787.50")


def test_goods_needing_a_licence_are_refused_with_the_reason() -> None:
    result = quote({"destination": "AU", "currency": "AUD", "lines": [line("Kenyan forest honey", "040900", "KE", "30.00")]})
    assert (result["allowed"], result["reasons"][0]["code"]) == (False, "restricted_licence")
    assert "needs an import licence for Australia" in result["reasons"][0]["message"]
