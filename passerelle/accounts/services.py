"""Writes for buyer accounts."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from passerelle.core.errors import InvalidInput

from .models import User


def buyer_signup(*, email: str, password: str, full_name: str = "") -> User:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInput(_("email: %(value)s is not a valid email address") % {"value": repr(email)}, field="email") from None
    if User.objects.filter(email=email).exists():
        raise InvalidInput(_("email: an account with this email already exists; sign in instead"), field="email", code="email_taken")
    user = User(email=email, full_name=full_name.strip()[:200])
    try:
        validate_password(password, user)
    except ValidationError as error:
        # Translators: %(problems)s is what Django's password validators said, already in the reader's language.
        raise InvalidInput(_("password: %(problems)s") % {"problems": " ".join(error.messages)}, field="password", code="weak_password") from None
    user.set_password(password)
    user.save()
    return user
