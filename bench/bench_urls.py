"""The project's URLs plus /bare/: a view that does nothing, so figures show what the framework alone costs."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def bare(request: HttpRequest) -> HttpResponse:
    # Goes through the same middleware as every page, touches no database and no template.
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bare/", bare),
    path("", include("passerelle.urls")),
]
