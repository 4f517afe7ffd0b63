"""passerelle load-demo: the generated demo marketplace (deterministic, offline), and its logins."""

from __future__ import annotations

import shutil
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from passerelle.demo.loader import demo_is_loaded, load_demo, read_logins


class Command(BaseCommand):
    help = "Load the demo marketplace (40+ SMEs, 600+ products, FX snapshot) unless it is already loaded."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--reset", action="store_true", help="Empty the database and media first")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--no-images", action="store_true", help="Skip image rendering (faster, for tests)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["reset"]:
            call_command("flush", interactive=False, verbosity=0)
            shutil.rmtree(settings.MEDIA_ROOT / "products" / "demo", ignore_errors=True)
        if demo_is_loaded():
            self.stdout.write("The demo marketplace is already loaded (use --reset to start again).")
            logins = read_logins()
        else:
            self.stdout.write("Loading the demo marketplace…")
            logins = load_demo(seed=options["seed"], with_images=not options["no_images"])
        self.stdout.write(f"\nDemo logins (sign in at {settings.SITE_URL}/accounts/login/):")
        role_width = max((len(login.role) for login in logins), default=0)
        email_width = max((len(login.email) for login in logins), default=0)
        for login in logins:
            self.stdout.write(f"  {login.role:<{role_width}}  {login.email:<{email_width}}  {login.password}")
        if not logins:
            self.stdout.write("  (the logins file var/demo-logins.txt is missing: run with --reset)")
        self.stdout.write("")
