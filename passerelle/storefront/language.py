"""Language order for pages: the URL prefix (/ja/...), then the django_language cookie, then Accept-Language.

Django serves unprefixed URLs in the default language; this middleware sends a buyer whose cookie or
browser asks for another supported language to the prefixed page instead (GET only, pages only).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import translation

NOT_PAGES = ("/api/", "/admin/", "/static/", "/media/", "/i18n/")


class BuyerLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if request.method == "GET" and not path.startswith(NOT_PAGES) and not translation.get_language_from_path(path):
            wanted = translation.get_language_from_request(request, check_path=False)
            if wanted and wanted != settings.LANGUAGE_CODE:
                query = request.META.get("QUERY_STRING", "")
                return HttpResponseRedirect(f"/{wanted}{path}" + (f"?{query}" if query else ""))
        return self.get_response(request)
