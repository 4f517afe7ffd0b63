"""passerelle create-api-token EMAIL: a personal token for the seller API, printed once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from passerelle.accounts.models import User
from passerelle.accounts.tokens import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user; only its hash is stored, so save the printed value."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--name", default="API")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email=options["email"].strip().lower()).first()
        if user is None:
            raise CommandError(f"email: no user {options['email']!r}", returncode=2)
        self.stdout.write(api_token_create(user=user, name=options["name"]))
