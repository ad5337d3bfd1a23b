"""URLs of the estimate pages."""

from __future__ import annotations

from django.urls import path

from tipnet.web.estimates import views

app_name = "estimates"
urlpatterns = [
    path("", views.estimate_list, name="list"),
    path("<int:run_id>/", views.estimate_detail, name="detail"),
    path("<int:run_id>/keep/", views.estimate_keep, name="keep"),
]
