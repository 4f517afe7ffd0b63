from __future__ import annotations

import re

import pytest
from django.test import Client

from passerelle.accounts.tokens import ApiToken

pytestmark = pytest.mark.django_db


def test_seller_creates_a_token_shown_once_uses_it_then_revokes_it(seller_client: Client, coffee) -> None:  # type: ignore[no-untyped-def]
    response = seller_client.post("/dashboard/api-tokens/", {"name": "Inventory sync"})
    assert response.status_code == 200
    raw = re.search(r"<code>(psl_[A-Za-z0-9_\-]+)</code>", response.content.decode()).group(1)  # type: ignore[union-attr]
    token = ApiToken.objects.get()
    assert token.name == "Inventory sync"
    assert raw not in token.key_hash and token.hint == raw[:12]
    assert raw not in seller_client.get("/dashboard/api-tokens/").content.decode()  # never shown again

    api = Client()
    listed = api.get("/api/v1/seller/products", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert listed.status_code == 200
    assert [p["title"] for p in listed.json()] == ["Kenya AA whole bean"]

    seller_client.post("/dashboard/api-tokens/", {"revoke": str(token.pk)})
    assert api.get("/api/v1/seller/products", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_a_seller_cannot_revoke_another_users_token(seller_client: Client, jura_watches) -> None:  # type: ignore[no-untyped-def]
    from passerelle.accounts.tokens import api_token_create

    api_token_create(user=jura_watches.owner)
    other = ApiToken.objects.get()
    seller_client.post("/dashboard/api-tokens/", {"revoke": str(other.pk)})
    other.refresh_from_db()
    assert other.revoked_at is None
