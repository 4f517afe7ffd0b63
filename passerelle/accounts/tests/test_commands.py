from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from passerelle.accounts.tokens import ApiToken, user_for_api_token

pytestmark = pytest.mark.django_db


def test_create_api_token_prints_a_working_token_once(kenya_coffee) -> None:  # type: ignore[no-untyped-def]
    out = StringIO()
    call_command("create-api-token", kenya_coffee.owner.email.upper(), "--name", "ERP", stdout=out)
    raw = out.getvalue().strip()
    assert user_for_api_token(raw) == kenya_coffee.owner
    assert ApiToken.objects.get().name == "ERP"


def test_create_api_token_for_an_unknown_email_is_an_error_naming_it(db: None) -> None:
    with pytest.raises(CommandError, match="email: no user 'nobody@example.com'") as error:
        call_command("create-api-token", "nobody@example.com")
    assert error.value.returncode == 2
    assert not ApiToken.objects.exists()
