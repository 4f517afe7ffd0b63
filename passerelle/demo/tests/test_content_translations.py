"""The demo catalogue's hand-written translations: complete, consistent with the English, and searchable."""

from __future__ import annotations

import pytest

from passerelle.demo.content_translations import TRANSLATED_LANGUAGES, load_translation, problems
from passerelle.demo.generator import generate_marketplace

COFFEE_WORD = {"zh-hans": "咖啡", "ja": "コーヒー", "ko": "커피", "th": "กาแฟ", "vi": "cà phê", "id": "kopi", "fr": "café", "es": "café", "ar": "قهوة"}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_string_of_the_catalogue_is_translated_with_the_same_slots(language):
    assert problems(load_translation(language)) == []


@pytest.fixture(scope="module")
def market():
    return generate_marketplace(products_per_seller=4)


def test_every_product_category_and_shop_has_all_nine_translations(market):
    for product in market.products:
        assert set(product.translations) == set(TRANSLATED_LANGUAGES)
        for language, (title, description) in product.translations.items():
            assert title and "{" not in title and description.startswith("<p>") and "{" not in description, (language, title)
            assert title != product.title or language in ("fr", "es", "id", "vi"), (language, title)
    for category in market.categories:
        assert set(category.name_translations) == set(TRANSLATED_LANGUAGES)
    for seller in market.sellers:
        assert set(seller.description_translations) == set(TRANSLATED_LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_coffee_titles_say_coffee_in_every_language(market, language):
    coffees = [p for p in market.products if p.category_slug.startswith("coffee-")]
    word = COFFEE_WORD[language]
    assert coffees and all(word in p.translations[language][0].lower().replace("ـ", "") or word in p.translations[language][0] for p in coffees), [
        p.translations[language][0] for p in coffees if word not in p.translations[language][0].lower()
    ]


def test_a_product_reads_the_same_in_english_and_japanese(market):
    """Both languages render the same draw of the seed: same place, grade and varietal, each in its own words."""
    kenyan = [p for p in market.products if p.seller_slug == "ruiru-highlands-coffee-cooperative"]
    assert [p.title for p in kenyan][:2] == ["Kiambu Dark Roast Ground Coffee", "Thika AA Ruiru 11 Green Coffee"]
    assert [p.translations["ja"][0] for p in kenyan][:2] == ["キアンブ ダークロースト コーヒー（粉）", "ティカ AA ルイル11 コーヒー生豆"]
