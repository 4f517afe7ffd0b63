"""Customs paperwork: CN23 data and a commercial invoice PDF whose Chinese, Japanese, Thai and Arabic text renders."""

from __future__ import annotations

import io
import json
import os

import pytest
from django.conf import settings
from django.test import Client

from passerelle.conftest import make_product, place_order
from passerelle.fulfillment.paperwork import commercial_invoice_pdf, customs_declaration

pytestmark = pytest.mark.django_db

MULTILINGUAL_TITLE = "Kenya AA コーヒー กาแฟ قهوة"


def _weasyprint_works() -> bool:
    if os.environ.get("PASSERELLE_REQUIRE_PDF") == "1":
        return True  # CI: a missing Pango must fail the test, not skip it
    try:
        import weasyprint  # noqa: F401
    except OSError:  # the Pango system library is missing
        return False
    return True


@pytest.fixture
def multilingual_order(kenya_coffee, categories, address, fx_rates):  # type: ignore[no-untyped-def]
    product = make_product(kenya_coffee, categories["whole-bean"], MULTILINGUAL_TITLE,
                           [{"sku": "RUI-ML-1", "price": "18.00", "weight_grams": 280, "stock": 10}])
    address.update({"name": "李伟", "line1": "上海市浦东新区世纪大道88号", "city": "上海"})
    return place_order([(product, "RUI-ML-1", 2)], address, paid=True).sub_orders.get()


def test_cn23_data_lists_contents_hs_codes_origin_value_and_weight(multilingual_order) -> None:  # type: ignore[no-untyped-def]
    data = customs_declaration(multilingual_order).as_dict()
    assert (data["form"], data["currency"], data["total_value"], data["total_weight_grams"]) == ("CN23", "USD", "36.00", 560)
    assert data["items"] == [{"description": MULTILINGUAL_TITLE, "quantity": 2, "hs_code": "090121", "origin_country": "KE",
                              "unit_value": "18.00", "value": "36.00", "net_weight_grams": 560}]
    assert data["sender"]["name"] == "Ruiru Highlands Coffee Cooperative"
    assert data["recipient"]["name"] == "李伟" and data["recipient"]["country"] == "CN"


@pytest.mark.skipif(not _weasyprint_works(), reason="WeasyPrint needs the Pango system library (Debian: libpango-1.0-0)")
def test_invoice_pdf_renders_cjk_thai_and_arabic(multilingual_order) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    pdf = commercial_invoice_pdf(multilingual_order)
    assert pdf.startswith(b"%PDF")
    sample = settings.PROJECT_DIR / "var" / "screenshots" / "commercial-invoice.pdf"  # kept for a look by eye
    sample.parent.mkdir(parents=True, exist_ok=True)
    sample.write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "李伟" in text and "上海市浦东新区世纪大道88号" in text
    assert "コーヒー" in text.replace("\n", ""), text
    assert "Commercial invoice" in text and "090121" in text and "36.00 USD" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        for font in [font.get_object()]
    }
    # Glyphs came from fonts that have them (no empty boxes): a CJK font, a Thai font and one with Arabic.
    assert any("CJK" in name for name in fonts), fonts
    assert any(thai in name for name in fonts for thai in ("Garuda", "Loma", "Kinnari", "Norasi", "Thai", "Tlwg", "Waree", "Sawasdee", "Umpush", "Purisa")), fonts
    assert any(arabic in name for name in fonts for arabic in ("DejaVu", "Arabic", "Amiri", "FreeSans")), fonts


def test_seller_downloads_paperwork_and_others_get_404(multilingual_order, seller_client: Client, jura_watches) -> None:  # type: ignore[no-untyped-def]
    sub = multilingual_order
    customs = seller_client.get(f"/dashboard/orders/{sub.pk}/cn23.json")
    assert customs.status_code == 200
    assert json.loads(customs.content)["invoice_number"] == f"INV-{sub.number}"
    if _weasyprint_works():
        invoice = seller_client.get(f"/dashboard/orders/{sub.pk}/invoice.pdf")
        assert (invoice.status_code, invoice["Content-Type"]) == (200, "application/pdf")
    other = Client()
    other.force_login(jura_watches.owner)
    assert other.get(f"/dashboard/orders/{sub.pk}/cn23.json").status_code == 404
    assert other.get(f"/dashboard/orders/{sub.pk}/invoice.pdf").status_code == 404


def test_no_paperwork_before_payment(kenya_coffee, categories, address, seller_client: Client, fx_rates) -> None:  # type: ignore[no-untyped-def]
    product = make_product(kenya_coffee, categories["coffee"], "Unpaid coffee", [{"sku": "U-1", "price": "9.00", "weight_grams": 250, "stock": 5}])
    sub = place_order([(product, "U-1", 1)], address, paid=False).sub_orders.get()
    assert seller_client.get(f"/dashboard/orders/{sub.pk}/cn23.json").status_code == 404
