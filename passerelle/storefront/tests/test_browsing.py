"""Buyer pages through django.test.Client: home, listings, search, filters in the buyer's currency, product, shop."""

from __future__ import annotations

from django.utils import timezone

from passerelle.crossborder.display import duties_paid_price
from passerelle.fx.selectors import current_rate_table
from passerelle.money import Money
from passerelle.money.format import format_money

import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from passerelle.catalog.models import Category, Product
from passerelle.catalog.services import product_archive, product_image_add
from passerelle.conftest import make_product, make_seller
from passerelle.sellers.models import Seller
from passerelle.sellers.services import seller_suspend

from passerelle.conftest import png_upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing", "fx_rates")]

# Demo snapshot 2026-11-25, 1 EUR = 1.1612 USD = 8.2390 CNY = 0.9312 CHF:
#   coffee 12.50 USD -> CN¥88.69, 39.00 USD -> CN¥276.71; green beans 20.00 USD -> CN¥141.90; watch 1450 CHF -> CN¥12,829.20


def _cards(response: Any) -> list[str]:
    assert response.status_code == 200
    return re.findall(r'<span class="title">([^<]*)</span>', response.content.decode().split('<div id="results">', 1)[-1])


def _html(response: Any) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_home_shows_new_arrivals_and_makers(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    page = _html(buyer.get("/"))
    for text in ("Kenya AA whole bean", "Automatic watch, steel", "Yirgacheffe green beans", "Ruiru Highlands Coffee Cooperative", "Atelier Horloger du Jura"):
        assert text in page
    assert "priced in CNY" in page
    # Cards show the duties-paid price for the default destination (China): the coffee's postal tax
    # (13% of 88.69 = 11.53) is under the RMB 50 waiver; the CNY 12,829 watch, one item over the CBEC
    # limit, is cheaper as a postal article (50%, high-end) than through CBEC at full rates.
    assert "CN¥88.69" in page
    watch_ddp = duties_paid_price(hs_code="910211", origin="CH", unit_price=Money("1450.00", "CHF"), weight_grams=300,
                                  destination="CN", buyer_currency="CNY", table=current_rate_table(), today=timezone.localdate())
    assert watch_ddp.available and watch_ddp.quote.regime == "cn-postal"
    assert format_money(watch_ddp.total, "en") in page
    assert "duties &amp; taxes included" in page


def test_all_products_and_search(buyer: Client, coffee: Product, watch: Product, ethiopian: Product, indexed: None) -> None:
    assert _cards(buyer.get("/products/")) == ["Yirgacheffe green beans", "Automatic watch, steel", "Kenya AA whole bean"]
    assert "3 products · prices in CNY, rates of Nov 25, 2026" in _html(buyer.get("/products/"))
    found = buyer.get("/search/", {"q": "kenya"})
    assert _cards(found) == ["Kenya AA whole bean"]
    assert "1 product for “kenya”" in _html(found)
    assert _cards(buyer.get("/search/", {"q": "horloger"})) == ["Automatic watch, steel"]  # the shop's name
    assert _cards(buyer.get("/search/", {"q": "kenya whole"})) == ["Kenya AA whole bean"]  # every word must match
    assert _cards(buyer.get("/search/", {"q": "kenya watch"})) == []
    assert "No products match" in _html(buyer.get("/search/", {"q": "durian"}))


def test_category_includes_subcategories(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    assert _cards(buyer.get("/c/coffee/")) == ["Yirgacheffe green beans", "Kenya AA whole bean"]
    assert _cards(buyer.get("/c/whole-bean/")) == ["Kenya AA whole bean"]
    assert _cards(buyer.get("/c/watches/")) == ["Automatic watch, steel"]
    assert buyer.get("/c/no-such-category/").status_code == 404


def test_category_filters_by_origin(buyer: Client, coffee: Product, ethiopian: Product) -> None:
    assert _cards(buyer.get("/c/coffee/", {"origin": "ET"})) == ["Yirgacheffe green beans"]
    assert _cards(buyer.get("/c/coffee/", {"origin": "KE"})) == ["Kenya AA whole bean"]
    # An origin no listed product has is not a choice: the form is invalid and no filter applies.
    assert _cards(buyer.get("/c/coffee/", {"origin": "FR"})) == ["Yirgacheffe green beans", "Kenya AA whole bean"]


def test_price_filters_are_in_the_buyers_currency(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    assert _cards(buyer.get("/products/", {"price_min": "100", "price_max": "1000"})) == ["Yirgacheffe green beans"]
    assert _cards(buyer.get("/products/", {"price_max": "88.70"})) == ["Kenya AA whole bean"]
    assert _cards(buyer.get("/products/", {"price_max": "88.60"})) == []
    assert _cards(buyer.get("/products/", {"price_min": "12000"})) == ["Automatic watch, steel"]
    # In USD, 100 to 1000 holds neither coffee nor the watch (1808.14 USD).
    usd = Client()
    assert _cards(usd.get("/products/", {"price_min": "10", "price_max": "15"})) == ["Kenya AA whole bean"]
    assert _cards(usd.get("/products/", {"price_min": "100", "price_max": "1000"})) == []


def test_price_range_upside_down_is_an_error_on_the_field(buyer: Client, coffee: Product) -> None:
    response = buyer.get("/products/", {"price_min": "500", "price_max": "100"})
    assert "Max price must be at least the min price." in _html(response)
    assert response.context["form"].errors == {"price_max": ["Max price must be at least the min price."]}


def test_sort_by_converted_price(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    assert _cards(buyer.get("/products/", {"sort": "price_asc"})) == ["Kenya AA whole bean", "Yirgacheffe green beans", "Automatic watch, steel"]
    assert _cards(buyer.get("/products/", {"sort": "price_desc"})) == ["Automatic watch, steel", "Yirgacheffe green beans", "Kenya AA whole bean"]
    assert _cards(buyer.get("/c/coffee/", {"sort": "price_desc", "origin": "KE"})) == ["Kenya AA whole bean"]


@pytest.fixture
def big_catalog(kenya_coffee: Seller, jura_watches: Seller, categories: dict[str, Category]) -> None:
    """26 coffees (a full page of 24, then a page of 2) and 20 watches, each with a photo and two variants."""
    for n in range(26):
        product = make_product(kenya_coffee, categories["whole-bean"], f"Estate lot {n:02d}", [
            {"sku": f"LOT-{n:02d}-A", "price": f"{10 + n}.00", "weight_grams": 280, "stock": 5},
            {"sku": f"LOT-{n:02d}-B", "price": f"{40 + n}.00", "weight_grams": 1050, "stock": 5},
        ])
        product_image_add(product=product, upload=png_upload())
    for n in range(20):
        product = make_product(jura_watches, categories["watches"], f"Calibre {n:02d}", [
            {"sku": f"CAL-{n:02d}-S", "price": f"{900 + n}.00", "weight_grams": 300, "stock": 2},
            {"sku": f"CAL-{n:02d}-G", "price": f"{2900 + n}.00", "weight_grams": 320, "stock": 1},
        ], hs_code="910211")
        product_image_add(product=product, upload=png_upload())


def test_category_pages(buyer: Client, big_catalog: None) -> None:
    first = buyer.get("/c/whole-bean/")
    assert _cards(first) == [f"Estate lot {n:02d}" for n in range(25, 1, -1)]
    assert "Page 1 of 2" in _html(first)
    second = buyer.get("/c/whole-bean/", {"page": 2})
    assert _cards(second) == ["Estate lot 01", "Estate lot 00"]
    assert "Page 2 of 2" in _html(second)
    # Filters survive paging: the "previous" link carries them.
    sorted_second = _html(buyer.get("/c/whole-bean/", {"sort": "price_asc", "page": 2}))
    assert 'href="?sort=price_asc&amp;page=1" rel="prev"' in sorted_second
    assert _cards(buyer.get("/c/whole-bean/", {"sort": "price_asc", "page": 2})) == ["Estate lot 24", "Estate lot 25"]
    assert _cards(buyer.get("/c/whole-bean/", {"page": 99})) == ["Estate lot 01", "Estate lot 00"]  # past the end: the last page


def test_category_page_query_count_is_the_same_for_2_and_20_products(buyer: Client, big_catalog: None) -> None:
    pages = {
        "two": ("/c/whole-bean/", {"page": 2}),
        "twenty": ("/c/watches/", {}),
        "twenty-four": ("/c/whole-bean/", {}),
        "twenty, filtered and sorted by price": ("/c/watches/", {"sort": "price_desc", "price_min": "1", "origin": "CH"}),
    }
    for path, params in pages.values():
        buyer.get(path, params)  # warm the category, origin, currency and rate caches
    counts, cards = {}, {}
    for name, (path, params) in pages.items():
        with CaptureQueriesContext(connection) as queries:
            cards[name] = len(_cards(buyer.get(path, params)))
        counts[name] = len(queries)
    assert cards == {"two": 2, "twenty": 20, "twenty-four": 24, "twenty, filtered and sorted by price": 20}
    # the category, the count, the page of products (+seller), their first images
    assert counts == {"two": 4, "twenty": 4, "twenty-four": 4, "twenty, filtered and sorted by price": 4}


def test_product_page_shows_the_converted_price_and_the_rates_date(buyer: Client, coffee: Product) -> None:
    page = _html(buyer.get(f"/p/{coffee.pk}/{coffee.slug}/"))
    assert "<small>from</small> CN¥88.69 <small>≈ $12.50 at the rate of Nov 25, 2026</small>" in page
    assert "CN¥276.71" in page
    assert "40 in stock" in page and "5 in stock" in page
    assert "SKU RUI-AA-250 · 280 g" in page
    assert "Ruiru Highlands Coffee Cooperative" in page
    assert "<dd>090121</dd>" in page


def test_product_page_in_the_sellers_currency_shows_no_conversion(coffee: Product) -> None:
    page = _html(Client().get(f"/p/{coffee.pk}/{coffee.slug}/"))
    assert "<small>from</small> $12.50</p>" in page
    assert "at the rate of" not in page


def test_product_urls_redirect_to_the_canonical_slug(buyer: Client, coffee: Product) -> None:
    wrong = buyer.get(f"/p/{coffee.pk}/old-title/")
    assert (wrong.status_code, wrong["Location"]) == (301, f"/p/{coffee.pk}/kenya-aa-whole-bean/")
    short = buyer.get(f"/p/{coffee.pk}/")
    assert (short.status_code, short["Location"]) == (302, f"/p/{coffee.pk}/kenya-aa-whole-bean/")
    assert buyer.get("/p/999999/anything/").status_code == 404


def test_product_page_query_count(buyer: Client, coffee: Product, django_assert_num_queries: Any) -> None:
    buyer.get(f"/p/{coffee.pk}/{coffee.slug}/")
    # product (+seller, category, parent), variants, images
    with django_assert_num_queries(3):
        buyer.get(f"/p/{coffee.pk}/{coffee.slug}/")


def test_shop_page_lists_only_that_shop(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    response = buyer.get(f"/shops/{coffee.seller.slug}/")
    assert _cards(response) == ["Yirgacheffe green beans", "Kenya AA whole bean"]
    assert "prices set in USD" in _html(response)
    assert _cards(buyer.get(f"/shops/{watch.seller.slug}/")) == ["Automatic watch, steel"]
    assert buyer.get("/shops/no-such-shop/").status_code == 404


def test_suspended_shop_vanishes_everywhere(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    seller_suspend(seller=coffee.seller, reason="Certificates under review")
    assert buyer.get(f"/shops/{coffee.seller.slug}/").status_code == 404
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 404
    assert buyer.get(f"/p/{ethiopian.pk}/{ethiopian.slug}/").status_code == 404
    assert _cards(buyer.get("/products/")) == ["Automatic watch, steel"]
    assert _cards(buyer.get("/search/", {"q": "kenya"})) == []
    assert _cards(buyer.get("/search/", {"q": "ruiru"})) == []
    assert _cards(buyer.get("/c/coffee/")) == []
    home = _html(buyer.get("/"))
    assert "Kenya AA whole bean" not in home
    assert "Ruiru Highlands Coffee Cooperative" not in home


def test_archived_product_vanishes(buyer: Client, coffee: Product, ethiopian: Product) -> None:
    product_archive(product=coffee)
    assert buyer.get(f"/p/{coffee.pk}/{coffee.slug}/").status_code == 404
    assert _cards(buyer.get("/products/")) == ["Yirgacheffe green beans"]
    assert _cards(buyer.get("/search/", {"q": "kenya"})) == []
    assert _cards(buyer.get(f"/shops/{coffee.seller.slug}/")) == ["Yirgacheffe green beans"]


def test_preferences_set_the_cookies_and_redirect_back(coffee: Product) -> None:
    client = Client()
    response = client.post("/preferences/", {"currency": "CNY", "country": "JP", "next": "/products/?q=kenya"})
    assert (response.status_code, response["Location"]) == (302, "/products/?q=kenya")
    assert (response.cookies["currency"].value, response.cookies["ship_to"].value) == ("CNY", "JP")
    assert response.cookies["currency"]["max-age"] == 365 * 24 * 3600
    page = _html(client.get("/products/"))
    assert "prices in CNY" in page and "CN¥88.69" in page
    assert "shipped to Japan" in _html(client.get("/"))


@pytest.mark.parametrize("next_url", ["https://evil.example/phish", "//evil.example/phish", "javascript:alert(1)", ""])
def test_preferences_refuse_an_off_site_next(coffee: Product, next_url: str) -> None:
    response = Client().post("/preferences/", {"currency": "JPY", "country": "KR", "next": next_url})
    assert (response.status_code, response["Location"]) == (302, "/")
    assert response.cookies["currency"].value == "JPY"


def test_preferences_with_an_unknown_currency_set_nothing(coffee: Product) -> None:
    client = Client()
    response = client.post("/preferences/", {"currency": "ZZZ", "country": "JP", "next": "/products/"})
    assert (response.status_code, response["Location"]) == (302, "/products/")
    assert "currency" not in response.cookies and "ship_to" not in response.cookies
    page = _html(client.get("/products/"))
    assert "currency: Select a valid choice. ZZZ is not one of the available choices." in page
    assert "prices in USD" in page


def test_a_forged_currency_cookie_falls_back_to_the_default(coffee: Product) -> None:
    client = Client()
    client.cookies["currency"] = "<script>"
    assert "prices in USD" in _html(client.get("/products/"))


def test_a_suspended_shop_leaves_the_home_page_at_once_even_after_a_visit(
    buyer: Client, coffee: Product, watch: Product, django_capture_on_commit_callbacks: Any
) -> None:
    assert "Ruiru Highlands Coffee Cooperative" in _html(buyer.get("/"))  # the makers list is now cached
    with django_capture_on_commit_callbacks(execute=True):
        seller_suspend(seller=coffee.seller, reason="Certificates under review")
    home = _html(buyer.get("/"))
    assert "Ruiru Highlands Coffee Cooperative" not in home
    assert "Atelier Horloger du Jura" in home


def test_a_shop_pricing_in_a_new_currency_sorts_and_filters_by_its_converted_price_at_once(
    buyer: Client, coffee: Product, watch: Product, categories: dict[str, Category], django_capture_on_commit_callbacks: Any
) -> None:
    assert _cards(buyer.get("/products/", {"sort": "price_asc"})) == ["Kenya AA whole bean", "Automatic watch, steel"]  # caches the currencies in use
    tea_shop = make_seller("Kyoto Tea House", "JP", "JPY", "tea@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        make_product(tea_shop, categories["coffee"], "Hojicha sample", [{"sku": "HOJ-10", "price": "100", "weight_grams": 20, "stock": 9}],
                     hs_code="090210", origin_country="JP")
    # 100 JPY * 8.2390 / 178.45 = 4.6169.. -> CN¥4.62, cheaper than the coffee's CN¥88.69
    assert _cards(buyer.get("/products/", {"sort": "price_asc"})) == ["Hojicha sample", "Kenya AA whole bean", "Automatic watch, steel"]
    assert _cards(buyer.get("/products/", {"price_max": "10"})) == ["Hojicha sample"]


def test_one_bad_filter_is_shown_and_the_others_still_apply(buyer: Client, coffee: Product, watch: Product, ethiopian: Product) -> None:
    response = buyer.get("/c/coffee/", {"origin": "KE", "price_min": "abc"})
    assert _cards(response) == ["Kenya AA whole bean"]  # origin still filters
    assert "Enter a number." in _html(response)


def test_a_very_long_query_is_cut_not_ignored(buyer: Client, coffee: Product, watch: Product, ethiopian: Product, indexed: None) -> None:
    assert _cards(buyer.get("/search/", {"q": "kenya " + "x" * 400})) == []  # the words still apply: nothing has them all
    assert _cards(buyer.get("/search/", {"q": "kenya" + " " * 300})) == ["Kenya AA whole bean"]
