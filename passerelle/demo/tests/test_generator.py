"""Tests for passerelle.demo.generator: determinism, counts and the invariants the loader relies on."""

from __future__ import annotations

import random
import re
import time
from collections import Counter, defaultdict
from decimal import Decimal

import pycountry
import pytest
from babel.numbers import get_currency_precision
from hypothesis import given, settings
from hypothesis import strategies as st

from passerelle.demo.generator import (
    DEMO_SELLER_LOGIN_SLUGS,
    DEMO_UNITS_PER_USD,
    DemoMarketplace,
    demo_price,
    generate_marketplace,
)

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HS_CODE = re.compile(r"^\d{6,10}$")
HTML_TAG = re.compile(r"</?([a-z]+)[^>]*>")


@pytest.fixture(scope="module")
def marketplace() -> DemoMarketplace:
    return generate_marketplace()


def test_same_seed_gives_identical_marketplace(marketplace: DemoMarketplace) -> None:
    assert generate_marketplace(seed=2026) == marketplace


def test_another_seed_gives_another_catalog(marketplace: DemoMarketplace) -> None:
    other = generate_marketplace(seed=7)
    assert [p.title for p in other.products] != [p.title for p in marketplace.products]
    assert [s.slug for s in other.sellers] == [s.slug for s in marketplace.sellers]


def test_global_random_state_is_left_alone() -> None:
    random.seed(99)
    before = random.getstate()
    generate_marketplace(seed=1, products_per_seller=2)
    assert random.getstate() == before


def test_counts(marketplace: DemoMarketplace) -> None:
    assert len(marketplace.sellers) >= 44
    assert len({seller.country for seller in marketplace.sellers}) >= 14
    assert len(marketplace.products) >= 600
    assert len([c for c in marketplace.categories if c.parent_slug is None]) >= 12


def test_default_gives_each_seller_14_to_16_products(marketplace: DemoMarketplace) -> None:
    per_seller = Counter(product.seller_slug for product in marketplace.products)
    assert set(per_seller) == {seller.slug for seller in marketplace.sellers}
    assert all(14 <= count <= 16 for count in per_seller.values())


def test_products_per_seller_is_exact() -> None:
    small = generate_marketplace(products_per_seller=3)
    assert set(Counter(product.seller_slug for product in small.products).values()) == {3}


def test_products_per_seller_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="products_per_seller must be at least 1"):
        generate_marketplace(products_per_seller=0)


def test_category_tree_has_two_levels_and_unique_slugs(marketplace: DemoMarketplace) -> None:
    by_slug = {category.slug: category for category in marketplace.categories}
    assert len(by_slug) == len(marketplace.categories)
    for category in marketplace.categories:
        assert SLUG.match(category.slug), category.slug
        if category.parent_slug is not None:
            assert by_slug[category.parent_slug].parent_slug is None, f"{category.slug} is deeper than two levels"


def test_login_sellers_are_the_kenyan_coffee_coop_and_the_jura_watchmaker(marketplace: DemoMarketplace) -> None:
    by_slug = {seller.slug: seller for seller in marketplace.sellers}
    coffee, watches = (by_slug[slug] for slug in DEMO_SELLER_LOGIN_SLUGS)
    assert (coffee.country, coffee.currency) == ("KE", "KES")
    assert (watches.country, watches.currency) == ("CH", "CHF")
    categories = {p.category_slug for p in marketplace.products if p.seller_slug == watches.slug}
    assert categories == {"watches-automatic", "watches-hand-wound", "watch-straps"}


def test_sellers_are_plausible(marketplace: DemoMarketplace) -> None:
    assert len({seller.slug for seller in marketplace.sellers}) == len(marketplace.sellers)
    assert len({seller.name for seller in marketplace.sellers}) == len(marketplace.sellers)
    for seller in marketplace.sellers:
        assert SLUG.match(seller.slug) and len(seller.slug) <= 80, seller.slug
        assert seller.email == f"{seller.slug}@demo.passerelle.test"
        assert pycountry.countries.get(alpha_2=seller.country) is not None, seller.country
        assert seller.currency in DEMO_UNITS_PER_USD and pycountry.currencies.get(alpha_3=seller.currency)
        assert 1 <= seller.headcount <= 250
        assert seller.registration_number and len(seller.registration_number) <= 64
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", seller.story)) <= 4, seller.slug
        assert len(re.findall(r"[.!?](?:\s|$)", seller.description)) == 1 and len(seller.description) <= 300
        assert seller.city


def test_currencies_stay_within_the_demo_list(marketplace: DemoMarketplace) -> None:
    allowed = {"USD", "EUR", "CHF", "GBP", "KES", "NGN", "GHS", "MXN", "BRL", "INR", "ZAR", "NZD", "CAD", "JPY", "AUD"}
    assert {seller.currency for seller in marketplace.sellers} <= allowed


def test_products_reference_real_categories_and_valid_customs_facts(marketplace: DemoMarketplace) -> None:
    category_slugs = {category.slug for category in marketplace.categories}
    sellers = {seller.slug: seller for seller in marketplace.sellers}
    for product in marketplace.products:
        assert product.category_slug in category_slugs, product.category_slug
        assert HS_CODE.match(product.hs_code), product.hs_code
        assert product.origin_country == sellers[product.seller_slug].country
        assert pycountry.countries.get(alpha_2=product.origin_country) is not None


def test_one_brand_per_seller_and_titles_unique_within_a_seller(marketplace: DemoMarketplace) -> None:
    brands: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, list[str]] = defaultdict(list)
    for product in marketplace.products:
        brands[product.seller_slug].add(product.brand)
        titles[product.seller_slug].append(product.title)
        assert 0 < len(product.title) <= 200 and product.title == product.title.strip()
        assert "{" not in product.title and "  " not in product.title
    assert all(len(names) == 1 for names in brands.values())
    for slug, seller_titles in titles.items():
        assert len(set(seller_titles)) == len(seller_titles), slug


def test_descriptions_use_only_simple_tags(marketplace: DemoMarketplace) -> None:
    for product in marketplace.products:
        html = product.description_html
        assert html.startswith("<p>") and "{" not in html
        assert set(HTML_TAG.findall(html)) <= {"p", "ul", "li", "strong"}, html


def test_variants(marketplace: DemoMarketplace) -> None:
    skus: dict[str, set[str]] = defaultdict(set)
    for product in marketplace.products:
        assert 1 <= len(product.variants) <= 6, product.title
        if len(product.variants) == 1:
            assert product.variants[0].options == {}
        else:
            assert all(variant.options for variant in product.variants)
            assert len({tuple(sorted(v.options.items())) for v in product.variants}) == len(product.variants)
        for variant in product.variants:
            assert variant.sku not in skus[product.seller_slug], variant.sku
            skus[product.seller_slug].add(variant.sku)
            assert re.match(r"^[A-Z0-9]+(-[A-Z0-9]+)+$", variant.sku) and len(variant.sku) <= 64, variant.sku
            assert variant.weight_grams > 0
            assert 0 <= variant.stock <= 200


def test_some_variants_are_out_of_stock(marketplace: DemoMarketplace) -> None:
    stocks = [variant.stock for product in marketplace.products for variant in product.variants]
    assert 0 < stocks.count(0) < len(stocks) * 0.15


def test_prices_are_positive_and_in_the_currency_minor_unit(marketplace: DemoMarketplace) -> None:
    currencies = {seller.slug: seller.currency for seller in marketplace.sellers}
    for product in marketplace.products:
        precision = get_currency_precision(currencies[product.seller_slug])
        for variant in product.variants:
            assert variant.price > 0
            assert variant.price.as_tuple().exponent == -precision, (product.title, variant.price)


@pytest.mark.parametrize(
    ("usd", "currency", "expected"),
    [
        (14.3, "USD", Decimal("14.49")),
        (14.8, "USD", Decimal("14.99")),
        (12, "KES", Decimal("1550.00")),
        (14, "NGN", Decimal("21500.00")),
        (14.3, "JPY", Decimal("2150")),
        (2400, "CHF", Decimal("2100.00")),
        (0.2, "USD", Decimal("0.99")),
    ],
)
def test_demo_price_rounds_to_a_shop_window_price(usd: float, currency: str, expected: Decimal) -> None:
    price = demo_price(usd, currency)
    assert price == expected
    assert price.as_tuple().exponent == expected.as_tuple().exponent


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_any_seed_gives_a_valid_marketplace(seed: int) -> None:
    market = generate_marketplace(seed=seed, products_per_seller=2)
    category_slugs = {category.slug for category in market.categories}
    assert len(market.products) == 2 * len(market.sellers)
    for product in market.products:
        assert product.category_slug in category_slugs
        assert 1 <= len(product.variants) <= 6
        assert all(variant.price > 0 for variant in product.variants)


def test_generation_takes_under_a_second() -> None:
    started = time.perf_counter()
    generate_marketplace(seed=11)
    assert time.perf_counter() - started < 1.0
