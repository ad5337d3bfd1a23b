"""Top-level URL map; every page is also reachable under a language prefix-free path."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from tipnet.web.accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("accounts/", include("tipnet.web.accounts.urls")),
    path("audit/", include("tipnet.web.audit.urls")),
    path("cases/", include("tipnet.web.cases.urls")),
    path("estimates/", include("tipnet.web.estimates.urls")),
    path("linkage/", include("tipnet.web.linkage.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
