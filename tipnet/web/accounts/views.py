"""Sign-in with two factors, organisation choice and member administration."""

from __future__ import annotations

import base64
from pathlib import Path

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import match_token

from tipnet.core.errors import PermissionDeniedError, ValidationError
from tipnet.core.standard.vocabulary import OrganisationType
from tipnet.web.accounts import forms, services
from tipnet.web.accounts.roles import Action, Role
from tipnet.web.accounts.selectors import (
    has_confirmed_device,
    member_of,
    memberships_of,
    organisation_get,
    organisation_list,
    organisation_members,
    pending_device,
)
from tipnet.web.accounts.translations import machine_drafted_translations
from tipnet.web.accounts.viewing import activate_organisation, request_user, viewer_from_request


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("home")


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    """First factor: account name and password (django-axes counts failures)."""
    form = forms.SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is not None:
            login(request, user)
            return HttpResponseRedirect(
                reverse("accounts:two_factor") + f"?next={_safe_next(request)}"
            )
        form.add_error(None, _("Account name or password is wrong, or the account is locked."))
    return render(request, "accounts/sign_in.html", {"form": form, "next": _safe_next(request)})


@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Second factor: a TOTP code; users without a confirmed device enrol first."""
    user = request_user(request)
    if not has_confirmed_device(user=user):
        return HttpResponseRedirect(reverse("accounts:enrol"))
    form = forms.TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return HttpResponseRedirect(reverse("accounts:choose") + f"?next={_safe_next(request)}")
        form.add_error("token", _("That code did not match. Wait for a new code and try again."))
    return render(request, "accounts/two_factor.html", {"form": form, "next": _safe_next(request)})


@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: show the secret as QR code and text, confirm with a code."""
    user = request_user(request)
    if has_confirmed_device(user=user):
        # A second device may only be added after signing in with the first one.
        return HttpResponseRedirect(reverse("accounts:two_factor"))
    form = forms.TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = services.totp_device_confirm(user=user, token=form.cleaned_data["token"])
        except ValidationError:
            form.add_error(
                "token", _("That code did not match. Wait for a new code and try again.")
            )
        else:
            otp_login(request, device)
            return HttpResponseRedirect(reverse("accounts:choose"))
    device = pending_device(user=user) or services.totp_device_start(user=user)
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=4)
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return render(
        request, "accounts/enrol.html", {"form": form, "qr_svg": qr_svg, "secret": secret}
    )


@require_http_methods(["GET", "POST"])
def choose_organisation(request: HttpRequest) -> HttpResponse:
    """Pick the organisation to act in (skipped when the user has exactly one)."""
    user = request_user(request)
    memberships = list(memberships_of(user=user))
    if request.method == "POST":
        form = forms.OrganisationChoiceForm(request.POST)
        if form.is_valid():
            try:
                activate_organisation(request, form.cleaned_data["organisation_id"])
            except PermissionDeniedError:
                return HttpResponse(status=403)
            return HttpResponseRedirect(_safe_next(request))
    if len(memberships) == 1:
        activate_organisation(request, memberships[0].organisation_id)
        return HttpResponseRedirect(_safe_next(request))
    return render(
        request, "accounts/choose.html", {"choices": memberships, "next": _safe_next(request)}
    )


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    """End the session."""
    logout(request)
    return HttpResponseRedirect(reverse("accounts:login"))


@require_http_methods(["GET", "POST"])
def members(request: HttpRequest) -> HttpResponse:
    """Organisation administrators list members and add accounts."""
    viewer = viewer_from_request(request)
    member_rows = list(organisation_members(viewer=viewer))
    form = forms.MemberCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_create(
                acting_user=request_user(request),
                organisation=organisation_get(organisation_id=viewer.organisation_id),
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                role=Role(form.cleaned_data["role"]),
                email=form.cleaned_data["email"],
            )
        except ValidationError as error:
            for problem in error.problems:
                form.add_error(
                    problem.field if problem.field in form.fields else None, problem.message
                )
        else:
            messages.success(
                request, _("Account created. It must enrol two-factor at first sign-in.")
            )
            return HttpResponseRedirect(reverse("accounts:members"))
    return render(
        request,
        "accounts/members.html",
        {
            "members": member_rows,
            "form": form,
            "role_choices": forms.ROLE_CHOICES,
        },
    )


@require_GET
def translation_review(request: HttpRequest) -> HttpResponse:
    """Reviewers' list of machine-drafted translations, per language."""
    entries = machine_drafted_translations(Path(settings.LOCALE_PATHS[0]))
    language = request.GET.get("language", "")
    languages = sorted({entry.language for entry in entries})
    shown = [entry for entry in entries if not language or entry.language == language]
    return render(
        request,
        "accounts/translation_review.html",
        {"entries": shown, "languages": languages, "language": language, "total": len(entries)},
    )


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The first page a role can use: cases for case workers, estimates for the others."""
    viewer = viewer_from_request(request)
    target = "cases:list" if viewer.can(Action.VIEW_CASES) else "estimates:list"
    return HttpResponseRedirect(reverse(target))


@require_http_methods(["GET", "POST"])
def organisations(request: HttpRequest) -> HttpResponse:
    """Deployment administrators register member organisations (each gets its own key)."""
    user = request_user(request)
    if not user.is_superuser:
        raise PermissionDeniedError("deployment administrators only")
    form = forms.OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_create(
                acting_user=user,
                name=form.cleaned_data["name"],
                slug=form.cleaned_data["slug"],
                organisation_type=OrganisationType(form.cleaned_data["organisation_type"]),
                country=form.cleaned_data["country"],
                languages=form.cleaned_data["languages"],
                route_roles=form.cleaned_data["route_roles"],
                issue_areas=form.cleaned_data["issue_areas"],
            )
        except ValidationError as error:
            for problem in error.problems:
                form.add_error(
                    problem.field if problem.field in form.fields else None, problem.message
                )
        else:
            messages.success(request, _("Organisation registered."))
            return HttpResponseRedirect(reverse("accounts:organisations"))
    return render(
        request,
        "accounts/organisations.html",
        {"organisations": list(organisation_list()), "form": form},
    )


@require_POST
def member_role(request: HttpRequest) -> HttpResponse:
    """Change a member's role or remove them (organisation administrators)."""
    viewer = viewer_from_request(request)
    form = forms.MemberRoleForm(request.POST)
    if form.is_valid():
        organisation = organisation_get(organisation_id=viewer.organisation_id)
        member = member_of(viewer=viewer, user_id=form.cleaned_data["user_id"])
        if form.cleaned_data["is_removal"]:
            services.membership_remove(
                acting_user=request_user(request), organisation=organisation, user=member
            )
        elif form.cleaned_data["role"]:
            services.membership_set(
                acting_user=request_user(request),
                organisation=organisation,
                user=member,
                role=Role(form.cleaned_data["role"]),
            )
        messages.success(request, _("Saved."))
    return HttpResponseRedirect(reverse("accounts:members"))
