"""URLs of sign-in and member administration."""

from __future__ import annotations

from django.urls import path

from tipnet.web.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("logout/", views.sign_out, name="logout"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("two-factor/enrol/", views.enrol, name="enrol"),
    path("organisation/", views.choose_organisation, name="choose"),
    path("members/", views.members, name="members"),
    path("members/role/", views.member_role, name="member_role"),
    path("organisations/", views.organisations, name="organisations"),
    path("translations/review/", views.translation_review, name="translation_review"),
]
