"""The project's URLs plus /bare/: a view that does nothing, so figures show what the framework alone costs."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from passerelle.urls import urlpatterns as project_urlpatterns


def bare(request: HttpRequest) -> HttpResponse:
    # Goes through the same middleware as every page, touches no database and no template.
    return HttpResponse("ok", content_type="text/plain")


# Concatenated, not include()d: the project's pages are i18n_patterns, which Django refuses inside an include.
urlpatterns = [path("bare/", bare), *project_urlpatterns]
