"""Attach the buyer's preferences to every request (request.buyer)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .preferences import read_preferences


class BuyerPreferencesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.buyer = read_preferences(request)  # type: ignore[attr-defined]
        return self.get_response(request)
