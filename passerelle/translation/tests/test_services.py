"""Machine translation of products: in the background, after commit, never over a seller's own words."""

from __future__ import annotations

from typing import Any

import pytest

from passerelle.catalog.models import Product, ProductTranslation
from passerelle.catalog.services import product_translation_set, product_update
from passerelle.core.models import TranslationStatus
from passerelle.translation.services import current_translator, product_translate_missing, products_missing_translations

from .test_translators import FakeProvider

pytestmark = pytest.mark.django_db


@pytest.fixture
def libretranslate(settings: Any) -> Any:
    fake = FakeProvider()
    settings.TRANSLATOR = "libretranslate"
    settings.TRANSLATOR_OPTIONS = {"LIBRETRANSLATE_URL": fake.url}
    settings.TASKS_INLINE = True
    current_translator.cache_clear()
    yield fake
    fake.server.shutdown()
    current_translator.cache_clear()


@pytest.fixture
def no_translator(settings: Any) -> None:
    settings.TRANSLATOR = ""
    current_translator.cache_clear()
    yield
    current_translator.cache_clear()


def _titles(product: Product) -> dict[str, tuple[str, str]]:
    return {t.language: (t.title, t.status) for t in ProductTranslation.objects.filter(product=product)}


def test_missing_languages_are_filled_as_machine_translations(libretranslate: FakeProvider, coffee: Product) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    filled = product_translate_missing(coffee.pk)
    assert sorted(filled) == sorted(["zh-hans", "ko", "th", "vi", "id", "fr", "es", "ar"])
    titles = _titles(coffee)
    assert titles["ja"] == ("ケニア AA コーヒー豆", TranslationStatus.REVIEWED)  # the seller's own is kept
    assert titles["zh-hans"] == ("[zh-Hans] Kenya AA whole bean", TranslationStatus.MACHINE)
    assert ProductTranslation.objects.get(product=coffee, language="fr").description == "[fr] <p>Good.</p>"  # sent as HTML, sanitized on the way in
    assert product_translate_missing(coffee.pk) == []  # idempotent


def test_creating_a_product_translates_it_after_commit(libretranslate: FakeProvider, coffee: Product, django_capture_on_commit_callbacks: Any) -> None:
    assert _titles(coffee) == {}  # the fixture's commit never happened, so nothing ran
    with django_capture_on_commit_callbacks(execute=True):
        product_update(product=coffee, data={"title": "Kenya AA peaberry"})
    assert _titles(coffee)["ko"] == ("[ko] Kenya AA peaberry", TranslationStatus.MACHINE)


def test_changing_the_original_replaces_machine_translations_but_not_reviewed_ones(
    libretranslate: FakeProvider, coffee: Product, django_capture_on_commit_callbacks: Any,
) -> None:
    product_translation_set(product=coffee, language="ja", title="ケニア AA コーヒー豆")
    product_translate_missing(coffee.pk)
    with django_capture_on_commit_callbacks(execute=True):
        product_update(product=coffee, data={"title": "Kenya peaberry"})
    titles = _titles(coffee)
    assert titles["es"] == ("[es] Kenya peaberry", TranslationStatus.MACHINE)
    assert titles["ja"] == ("ケニア AA コーヒー豆", TranslationStatus.REVIEWED)


def test_a_provider_failure_leaves_the_language_missing(libretranslate: FakeProvider, coffee: Product) -> None:
    libretranslate.fail_with = 503
    assert product_translate_missing(coffee.pk) == []
    assert _titles(coffee) == {}


def test_without_a_translator_nothing_runs_and_the_missing_are_counted(no_translator: None, coffee: Product, watch: Product,
                                                                     django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        product_update(product=coffee, data={"title": "Kenya peaberry"})
    assert _titles(coffee) == {} and all("translate" not in repr(callback) for callback in callbacks)
    assert products_missing_translations(coffee.seller_id) == 1
    for language in ("zh-hans", "ja", "ko", "th", "vi", "id", "fr", "es", "ar"):
        product_translation_set(product=coffee, language=language, title=f"{language} title")
    assert products_missing_translations(coffee.seller_id) == 0


def test_translate_missing_command(libretranslate: FakeProvider, coffee: Product, watch: Product) -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("translate-missing", "--seller", coffee.seller.slug, stdout=out)
    assert out.getvalue().strip() == "LibreTranslate: 9 translations added to 1 products"
    assert ProductTranslation.objects.filter(product=watch).count() == 0


def test_translate_missing_without_a_translator_says_what_to_set(no_translator: None, coffee: Product) -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="PASSERELLE_TRANSLATOR"):
        call_command("translate-missing")


def test_translate_missing_names_an_unknown_shop(libretranslate: FakeProvider, coffee: Product) -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--seller: no products for a shop 'no-such-shop'"):
        call_command("translate-missing", "--seller", "no-such-shop")
    assert not ProductTranslation.objects.exists()
