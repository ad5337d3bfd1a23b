"""URLs of the linkage pages."""

from __future__ import annotations

from django.urls import path

from tipnet.web.linkage import views

app_name = "linkage"
urlpatterns = [
    path("", views.round_list, name="list"),
    path("<int:round_id>/", views.round_detail, name="detail"),
    path("<int:round_id>/submit/", views.round_submit, name="submit"),
    path("<int:round_id>/run/", views.round_run, name="run"),
    path("<int:round_id>/estimate/", views.round_estimate, name="estimate"),
]
