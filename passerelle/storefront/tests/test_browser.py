"""The buyer journey in a real browser (Debian's Chromium via Playwright): browse, two shops, pay, confirmation."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from passerelle.catalog.services import product_image_add
from passerelle.orders.models import Order

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = settings.PROJECT_DIR / "var" / "screenshots"


def _photo(colour: tuple[int, int, int]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (480, 480), colour).save(buffer, "JPEG")
    return SimpleUploadedFile("photo.jpg", buffer.getvalue(), "image/jpeg")


@pytest.fixture
def browser_page():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the test are not async.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 412, "height": 915}, locale="en-US")  # a phone first
        try:
            yield page
        finally:
            browser.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def test_buyer_buys_from_two_shops_in_one_checkout(live_server, browser_page, coffee, watch, fx_rates) -> None:  # type: ignore[no-untyped-def]
    product_image_add(product=coffee, upload=_photo((120, 72, 40)))
    product_image_add(product=watch, upload=_photo((60, 70, 90)))
    page = browser_page
    page.goto(live_server.url + "/")
    page.select_option("select[name=currency]", "CNY")  # submits the picker (JS) and reloads
    page.wait_for_load_state("networkidle")
    assert page.locator("select[name=currency]").input_value() == "CNY"

    page.fill("input[name=q]", "Kenya")
    page.press("input[name=q]", "Enter")
    page.click("text=Kenya AA whole bean")
    assert "CN¥" in page.locator(".price").first.inner_text()
    page.fill("input[name=quantity]", "2")
    page.click("button:has-text('Add to cart')")
    assert "Added to your cart" in page.content()

    page.goto(live_server.url + f"/p/{watch.pk}/")
    page.click("button:has-text('Add to cart')")
    assert page.locator("section.panel h2").count() == 2  # one group per shop

    page.click("text=Check out")
    page.fill("input[name=email]", "li.wei@example.com")
    page.fill("input[name=name]", "Li Wei")
    page.fill("input[name=line1]", "88 Century Avenue")
    page.fill("input[name=city]", "Shanghai")
    page.fill("input[name=postal_code]", "200120")
    page.select_option("main select[name=country]", "CN")
    page.click("button:has-text('Place order and pay')")

    page.fill("input[name=card_number]", "4000 0000 0000 0002")
    page.click("button:has-text('Pay')")
    assert "declined" in page.content()
    page.fill("input[name=card_number]", "4242 4242 4242 4242")
    page.click("button:has-text('Pay')")
    page.wait_for_selector("text=is confirmed")

    order = Order.objects.get()
    assert order.status == "paid"
    assert order.currency == "CNY"
    assert order.sub_orders.count() == 2
    assert "CN¥" in page.locator("section.panel .price").last.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "buyer-journey-confirmation.png"), full_page=True)
    assert Path(SCREENSHOTS / "buyer-journey-confirmation.png").stat().st_size > 10_000


def test_a_buyer_searches_in_japanese_then_reads_the_same_results_in_arabic(live_server, browser_page, coffee, watch, fx_rates) -> None:  # type: ignore[no-untyped-def]
    """The issue's walk-through: the demo in Japanese, コーヒー finds the coffee with a yen duties-paid price,
    the switcher turns the same page to Arabic, right to left."""
    from passerelle.catalog.services import product_translation_set

    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    product_translation_set(product=coffee, language="ar", title="قهوة كينية AA")
    page = browser_page
    page.context.add_cookies([{"name": "currency", "value": "JPY", "url": live_server.url}, {"name": "ship_to", "value": "JP", "url": live_server.url}])
    page.goto(live_server.url + "/ja/")
    page.fill("input[name=q]", "コーヒー")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator(".card .title").all_inner_texts() == ["ケニア AA コーヒー豆"]
    assert "￥" in page.locator(".card .price").first.inner_text()  # Babel's Japanese yen sign
    assert page.locator(".card .ddp").first.inner_text()  # duties-paid line under the price
    with page.expect_navigation():
        page.select_option("select[name=language]", "ar")
    assert page.url.startswith(live_server.url + "/ar/search/?q=")
    assert (page.locator("html").get_attribute("lang"), page.locator("html").get_attribute("dir")) == ("ar", "rtl")
    assert page.locator(".card .title").all_inner_texts() == ["قهوة كينية AA"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "search-ar.png"), full_page=True)
