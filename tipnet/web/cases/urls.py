"""URLs of the case pages."""

from __future__ import annotations

from django.urls import path

from tipnet.web.cases import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_create, name="create"),
    path("import/", views.case_import, name="import"),
    path("export/<slug:export_format>.csv", views.case_export, name="export"),
    path("<int:case_id>/", views.case_detail, name="detail"),
    path("<int:case_id>/edit/", views.case_edit, name="edit"),
    path("<int:case_id>/comment/", views.case_comment, name="comment"),
    path("<int:case_id>/event/", views.case_event, name="event"),
    path("<int:case_id>/close/", views.case_close, name="close"),
    path("<int:case_id>/support-plan/", views.case_support_plan, name="support_plan"),
    path("<int:case_id>/referral/", views.case_referral, name="referral"),
    path("<int:case_id>/perpetrator/", views.case_perpetrator, name="perpetrator"),
    path(
        "<int:case_id>/consent-withdrawal/",
        views.case_consent_withdrawal,
        name="consent_withdrawal",
    ),
    path("<int:case_id>/protection/", views.case_protection, name="protection"),
]
