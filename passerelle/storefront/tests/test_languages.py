"""Pages answer in the buyer's language: URL prefix, then cookie, then Accept-Language; Arabic right-to-left."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from passerelle.catalog.models import Product

pytestmark = pytest.mark.django_db


def _html_attributes(response) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', response.content.decode())
    assert match, response.content[:200]
    return match.group(1), match.group(2)


@pytest.mark.parametrize("prefix, lang, direction", [("", "en", "ltr"), ("/ja", "ja", "ltr"), ("/zh-hans", "zh-hans", "ltr"), ("/th", "th", "ltr"), ("/ar", "ar", "rtl")])
def test_url_prefix_sets_the_language_and_direction(prefix: str, lang: str, direction: str, coffee: Product, fx_rates: None) -> None:
    response = Client().get(f"{prefix}/")
    assert response.status_code == 200
    assert _html_attributes(response) == (lang, direction)


def test_accept_language_then_cookie_lead_to_the_prefixed_page_and_unknown_ones_stay_english(db: None) -> None:
    korean = Client().get("/products/?q=tea", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9", follow=True)
    assert korean.redirect_chain == [("/ko/products/?q=tea", 302)]
    assert _html_attributes(korean) == ("ko", "ltr")
    by_cookie = Client()
    by_cookie.cookies["django_language"] = "vi"
    assert by_cookie.get("/", HTTP_ACCEPT_LANGUAGE="ko").headers["Location"] == "/vi/"  # the cookie wins
    english = Client().get("/", HTTP_ACCEPT_LANGUAGE="xx-YY")
    assert english.status_code == 200 and _html_attributes(english) == ("en", "ltr")
    assert Client().get("/api/v1/products", HTTP_ACCEPT_LANGUAGE="ko").status_code == 200  # the API is not redirected


def test_language_switcher_sets_the_cookie_and_moves_to_the_prefixed_page(coffee: Product) -> None:
    client = Client()
    response = client.post("/i18n/setlang/", {"language": "ar", "next": f"/p/{coffee.pk}/{coffee.slug}/"})
    assert response.status_code == 302
    assert response["Location"] == f"/ar/p/{coffee.pk}/{coffee.slug}/"
    assert client.cookies["django_language"].value == "ar"
    assert _html_attributes(client.get(response["Location"])) == ("ar", "rtl")


def test_switching_from_a_japanese_page_lands_on_the_same_page_in_arabic(coffee: Product, fx_rates: None) -> None:
    """What the switcher on a /ja/ page posts takes the buyer to the same page under /ar/, query kept."""
    client = Client()
    page = client.get("/ja/search/?q=%E3%82%B3%E3%83%BC%E3%83%92%E3%83%BC").content.decode()
    form = page[page.index('action="/i18n/setlang/"'):]
    next_path = re.search(r'name="next" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    response = client.post("/i18n/setlang/", {"language": "ar", "next": next_path.replace("&amp;", "&")})
    assert response["Location"] == "/ar/search/?q=%E3%82%B3%E3%83%BC%E3%83%92%E3%83%BC"
    assert _html_attributes(client.get(response["Location"])) == ("ar", "rtl")


def test_money_is_formatted_for_the_active_language(coffee: Product, fx_rates: None) -> None:
    client = Client()
    client.cookies["currency"] = "JPY"
    page = client.get(f"/ja/p/{coffee.pk}/{coffee.slug}/").content.decode()
    assert "￥1,921" in page  # Babel's Japanese format for JPY (12.50 USD at the demo rates)
    english = client.get(f"/p/{coffee.pk}/{coffee.slug}/").content.decode()
    assert "¥1,921" in english and "￥1,921" not in english
