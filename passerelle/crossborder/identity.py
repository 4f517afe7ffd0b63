"""Buyer identity for China's cross-border e-commerce channel: checked, then kept only as a keyed hash.

Customs needs the orderer's real name and resident ID number; the platform needs them only to count
the yearly CBEC allowance. So the pair is hashed with HMAC-SHA256 under a key held outside the
database (IDENTITY_HASH_KEY, or one derived from SECRET_KEY): the database alone cannot reverse it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from django.conf import settings
from django.utils.translation import gettext as _

from passerelle.core.errors import InvalidInput

# GB 11643-1999: 17 digits and a check character (ISO 7064 MOD 11-2).
ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK_CHARACTERS = "10X98765432"


def check_resident_id_number(value: str, *, field: str = "cbec_identity.id_number") -> str:
    number = (value or "").strip().upper().replace(" ", "")
    if not ID_NUMBER.match(number):
        # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
        raise InvalidInput(_("%(field)s: a resident ID number has 18 characters: 17 digits and a final digit or X") % {"field": field}, field=field)
    expected = CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(number[:17], WEIGHTS)) % 11]
    if number[17] != expected:
        # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
        raise InvalidInput(_("%(field)s: the check character does not match; please re-type the ID number") % {"field": field}, field=field)
    return number


def check_identity_name(value: str, *, field: str = "cbec_identity.name") -> str:
    name = unicodedata.normalize("NFKC", " ".join((value or "").split()))
    if not 2 <= len(name) <= 60:
        # Translators: %(field)s is the name of the form field, as the API spells it; keep it untranslated.
        raise InvalidInput(_("%(field)s: the name as printed on the ID card (2 to 60 characters)") % {"field": field}, field=field)
    return name


def _key() -> bytes:
    configured = getattr(settings, "IDENTITY_HASH_KEY", "")
    return (configured or hashlib.sha256(("passerelle-identity:" + settings.SECRET_KEY).encode()).hexdigest()).encode()


def cbec_identity_hash(name: str, id_number: str) -> str:
    """The keyed hash of a checked name and ID number; the same person always gets the same hash."""
    message = f"{check_identity_name(name)}\x1f{check_resident_id_number(id_number)}".encode()
    return hmac.new(_key(), message, hashlib.sha256).hexdigest()
