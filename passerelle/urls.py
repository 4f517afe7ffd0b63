from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import set_language
from django.views.static import serve

from passerelle.api.urls import api

admin.site.site_header = "Passerelle operator"
admin.site.site_title = "Passerelle operator"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/setlang/", set_language, name="set_language"),
]
# Pages answer in the buyer's language: /ja/p/12/... in Japanese, unprefixed URLs in English.
urlpatterns += i18n_patterns(
    path("accounts/", include("passerelle.accounts.urls")),
    path("dashboard/", include("passerelle.dashboard.urls")),
    path("", include("passerelle.storefront.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    # The embedded default serves uploads itself; production puts a proxy or object store in front.
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
