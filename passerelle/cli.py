"""The `passerelle` command: `demo`, `serve`, and every Django management command (migrate, fx-update, ...)."""

from __future__ import annotations

import argparse
import os
import sys


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "passerelle.settings")
    import django

    django.setup()


def serve(host: str, port: int, workers: int) -> None:
    """Serve with gunicorn (static files through WhiteNoise); never Django's development server."""
    os.environ.setdefault("SITE_URL", f"http://{host}:{port}")
    _setup()
    from django.core.management import call_command

    call_command("compile-translations", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    args = [
        "gunicorn", "passerelle.wsgi:application", "--bind", f"{host}:{port}", "--workers", str(workers),
        "--access-logfile", "-", "--timeout", "60",
    ]
    os.execvp(sys.executable, [sys.executable, "-m", *args])


def demo(host: str, port: int, workers: int, reset: bool) -> None:
    os.environ.setdefault("SITE_URL", f"http://{host}:{port}")  # links printed and emailed point here
    _setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load-demo", reset=reset)
    serve(host, port, workers)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in {"serve", "demo"}:
        parser = argparse.ArgumentParser(prog=f"passerelle {argv[0]}")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)
        if argv[0] == "demo":
            parser.add_argument("--reset", action="store_true", help="Delete var/ data and load the demo afresh")
        options = parser.parse_args(argv[1:])
        if argv[0] == "demo":
            demo(options.host, options.port, options.workers, options.reset)
        else:
            serve(options.host, options.port, options.workers)
        return
    _setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["passerelle", *argv])


if __name__ == "__main__":
    main()
