"""Sellers write their products in other languages through the API; buyers' search and pages follow."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

from passerelle.catalog.models import Product, ProductTranslation
from passerelle.sellers.models import Seller


def _auth(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def _put(api: Client, token: str, product: Product, language: str, body: dict[str, Any]) -> Any:
    return api.put(f"/api/v1/seller/products/{product.pk}/translations/{language}", json.dumps(body), content_type="application/json", **_auth(token))


def test_list_shows_every_buyer_language_with_its_status(api: Client, seller_token: str, coffee: Product) -> None:
    response = api.get(f"/api/v1/seller/products/{coffee.pk}/translations", **_auth(seller_token))
    assert response.status_code == 200
    body = response.json()
    assert [row["language"] for row in body] == ["zh-hans", "ja", "ko", "th", "vi", "id", "fr", "es", "ar"]  # not English: the shop writes in it
    assert {row["status"] for row in body} == {"missing"}


def test_put_stores_a_reviewed_translation_and_delete_removes_it(api: Client, seller_token: str, coffee: Product) -> None:
    response = _put(api, seller_token, coffee, "ja", {"title": "ケニア AA コーヒー豆", "description": "<p>明るい酸味。</p><script>x</script>"})
    assert response.status_code == 200, response.content
    assert response.json() == {"language": "ja", "status": "reviewed", "title": "ケニア AA コーヒー豆", "description": "<p>明るい酸味。</p>"}
    assert _put(api, seller_token, coffee, "zh-Hans", {"title": "肯尼亚咖啡"}).json()["language"] == "zh-hans"
    rows = {row["language"]: row["status"] for row in api.get(f"/api/v1/seller/products/{coffee.pk}/translations", **_auth(seller_token)).json()}
    assert (rows["ja"], rows["zh-hans"], rows["ko"]) == ("reviewed", "reviewed", "missing")
    assert api.delete(f"/api/v1/seller/products/{coffee.pk}/translations/ja", **_auth(seller_token)).status_code == 204
    assert not ProductTranslation.objects.filter(product=coffee, language="ja").exists()


def test_bad_translations_name_the_field_and_change_nothing(api: Client, seller_token: str, coffee: Product) -> None:
    _put(api, seller_token, coffee, "ja", {"title": "ケニア"})
    for language, body, field in (("tlh", {"title": "x"}, "language"), ("en", {"title": "x"}, "language"),
                                  ("ja", {"title": ""}, "title"), ("ja", {"title": "x" * 201}, "title")):
        response = _put(api, seller_token, coffee, language, body)
        assert response.status_code == 422, (language, body)
        assert response.json()["field"] == field
    assert ProductTranslation.objects.get(product=coffee, language="ja").title == "ケニア"


def test_another_shops_product_is_not_found(api: Client, seller_token: str, watch: Product, jura_watches: Seller) -> None:
    assert _put(api, seller_token, watch, "ja", {"title": "腕時計"}).status_code == 404
    assert api.get(f"/api/v1/seller/products/{watch.pk}/translations", **_auth(seller_token)).status_code == 404


def test_the_shop_description_in_other_languages(api: Client, seller_token: str, kenya_coffee: Seller) -> None:
    rows = api.get("/api/v1/seller/profile/translations", **_auth(seller_token)).json()
    assert [row["language"] for row in rows][:2] == ["zh-hans", "ja"] and {row["status"] for row in rows} == {"missing"}
    response = api.put("/api/v1/seller/profile/translations/ja", json.dumps({"description": "ケニアの協同組合"}), content_type="application/json", **_auth(seller_token))
    assert response.json() == {"language": "ja", "status": "reviewed", "description": "ケニアの協同組合"}
    bad = api.put("/api/v1/seller/profile/translations/ja", json.dumps({"description": ""}), content_type="application/json", **_auth(seller_token))
    assert bad.status_code == 422 and bad.json()["field"] == "description"
    assert api.delete("/api/v1/seller/profile/translations/ja", **_auth(seller_token)).status_code == 204
