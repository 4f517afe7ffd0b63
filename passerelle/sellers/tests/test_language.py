"""The language a shop writes in: checked like every other profile field, and kept when a form leaves it out."""

from __future__ import annotations

import pytest

from passerelle.core.errors import InvalidInput
from passerelle.sellers.models import Seller, SellerTranslation
from passerelle.sellers.services import seller_translation_set, seller_update_profile

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_password_hashing")]


def _profile(seller: Seller, **changes: str) -> dict[str, object]:
    return {"name": seller.name, "country": seller.country, "currency": seller.currency, "headcount": seller.headcount, **changes}


def test_an_unknown_language_is_refused_and_nothing_changes(kenya_coffee: Seller) -> None:
    with pytest.raises(InvalidInput) as refused:
        seller_update_profile(seller=kenya_coffee, profile=_profile(kenya_coffee, language="klingon", city="Thika"))
    assert refused.value.field == "language"
    kenya_coffee.refresh_from_db()
    assert (kenya_coffee.language, kenya_coffee.city) == ("en", "")


def test_the_language_is_kept_when_left_out_and_normalised_when_given(kenya_coffee: Seller) -> None:
    seller_update_profile(seller=kenya_coffee, profile=_profile(kenya_coffee, language="zh-Hans"))
    kenya_coffee.refresh_from_db()
    assert kenya_coffee.language == "zh-hans"
    seller_update_profile(seller=kenya_coffee, profile=_profile(kenya_coffee, city="Thika"))
    kenya_coffee.refresh_from_db()
    assert (kenya_coffee.language, kenya_coffee.city) == ("zh-hans", "Thika")


def test_a_shop_description_translation_into_the_shops_own_language_is_refused(kenya_coffee: Seller) -> None:
    with pytest.raises(InvalidInput) as refused:
        seller_translation_set(seller=kenya_coffee, language="en", description="Farmer-owned")
    assert refused.value.field == "language" and not SellerTranslation.objects.exists()
