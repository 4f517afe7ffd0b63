"""Writes for shops: sign-up, profile changes, suspension by an operator."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from passerelle.accounts.models import User
from passerelle.core.countries import check_country
from passerelle.core.errors import InvalidInput
from passerelle.core.languages import check_language
from passerelle.core.models import TranslationStatus
from passerelle.money import UnknownCurrencyError, check_currency
from passerelle.search.services import search_reindex_seller_later

from .models import Seller, SellerTranslation

PROFILE_FIELDS = ("name", "country", "city", "currency", "description", "story", "registration_number", "headcount", "language")
# The storefront home page caches its list of shops; a suspension must not wait for that cache to expire.
HOME_SELLERS_CACHE_KEY = "storefront:home-sellers"


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "shop"
    slug, n = base, 2
    while Seller.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def check_seller_profile(data: dict[str, Any]) -> dict[str, Any]:
    """Normalized profile fields, or InvalidInput naming the first bad field."""
    clean: dict[str, Any] = {}
    name = str(data.get("name") or "").strip()
    if not name:
        raise InvalidInput(_("name: the shop needs a name"), field="name")
    if len(name) > 160:
        raise InvalidInput(_("name: at most 160 characters"), field="name")
    clean["name"] = name
    clean["country"] = check_country(data.get("country"), field="country")
    try:
        clean["currency"] = check_currency(str(data.get("currency") or ""))
    except UnknownCurrencyError as error:
        raise InvalidInput(f"currency: {error}", field="currency", code="unknown_currency") from error
    try:
        headcount = int(data.get("headcount") or 1)
    except (TypeError, ValueError):
        raise InvalidInput(_("headcount: %(value)s is not a whole number") % {"value": repr(data.get("headcount"))}, field="headcount") from None
    if headcount < 1 or headcount > 1_000_000:
        raise InvalidInput(_("headcount: between 1 and 1,000,000 people"), field="headcount")
    clean["headcount"] = headcount
    for field, limit in (("city", 120), ("description", 300), ("registration_number", 64), ("story", 5000)):
        value = str(data.get(field) or "").strip()
        if len(value) > limit:
            # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
            raise InvalidInput(_("%(field)s: at most %(limit)s characters") % {"field": field, "limit": limit}, field=field)
        clean[field] = value
    # Optional: a profile saved without it keeps the language it had (English for a new shop).
    if data.get("language"):
        clean["language"] = check_language(data["language"])
    return clean


@transaction.atomic
def seller_signup(*, email: str, password: str, profile: dict[str, Any]) -> Seller:
    """Create the user (Argon2-hashed password) and their shop together, or neither."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInput(_("email: %(value)s is not a valid email address") % {"value": repr(email)}, field="email") from None
    if User.objects.filter(email=email).exists():
        raise InvalidInput(_("email: an account with this email already exists; sign in instead"), field="email", code="email_taken")
    clean = check_seller_profile(profile)
    user = User(email=email, full_name=clean["name"])
    try:
        validate_password(password, user)
    except ValidationError as error:
        # Translators: %(problems)s is what Django's password validators said, already in the reader's language.
        raise InvalidInput(_("password: %(problems)s") % {"problems": " ".join(error.messages)}, field="password", code="weak_password") from None
    user.set_password(password)
    user.save()
    return Seller.objects.create(owner=user, slug=_unique_slug(clean["name"]), **clean)


def seller_update_profile(*, seller: Seller, profile: dict[str, Any]) -> Seller:
    clean = check_seller_profile(profile)
    if clean["currency"] != seller.currency and seller.variants.exists():
        # Prices are stored in the shop currency; silently reinterpreting them would misprice every product.
        raise InvalidInput(
            _("currency: this shop already prices products in %(currency)s; currency can only change before the first product")
            % {"currency": seller.currency},
            field="currency",
            code="currency_locked",
        )
    for field, value in clean.items():
        setattr(seller, field, value)
    seller.save()
    return seller


def seller_suspend(*, seller: Seller, reason: str) -> Seller:
    """Hide the shop and all its products from the storefront; orders already placed stay visible to it."""
    seller.status = Seller.Status.SUSPENDED
    seller.suspended_reason = reason[:300]
    seller.save(update_fields=["status", "suspended_reason", "updated_at"])
    transaction.on_commit(lambda: cache.delete(HOME_SELLERS_CACHE_KEY))
    search_reindex_seller_later(seller)
    return seller


def seller_reinstate(*, seller: Seller) -> Seller:
    seller.status = Seller.Status.ACTIVE
    seller.suspended_reason = ""
    seller.save(update_fields=["status", "suspended_reason", "updated_at"])
    transaction.on_commit(lambda: cache.delete(HOME_SELLERS_CACHE_KEY))
    search_reindex_seller_later(seller)
    return seller


def seller_translation_set(*, seller: Seller, language: Any, description: Any, status: str = TranslationStatus.REVIEWED) -> SellerTranslation:
    """The shop description in one buyer language; the seller's own words count as reviewed."""
    code = check_language(language)
    if code == seller.language:
        raise InvalidInput(_("language: %(language)s is the shop's own language; edit the shop description instead") % {"language": code},
                           field="language")
    text = str(description or "").strip()
    if not text or len(text) > 300:
        raise InvalidInput(_("description: between 1 and 300 characters"), field="description")
    translation, _created = SellerTranslation.objects.update_or_create(seller=seller, language=code, defaults={"description": text, "status": status})
    return translation


def seller_translation_delete(*, seller: Seller, language: Any) -> None:
    SellerTranslation.objects.filter(seller=seller, language=check_language(language)).delete()
