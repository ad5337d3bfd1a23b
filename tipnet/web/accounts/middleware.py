"""Security middleware: a strict Content-Security-Policy and mandatory two-factor sign-in."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from tipnet.core.errors import NotFoundError, PermissionDeniedError
from tipnet.web.accounts.context_processors import ACTIVE_ORGANISATION_SESSION_KEY

# Everything is served from this origin: no CDN, no inline script, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

_OPEN_PREFIXES = ("/static/", "/i18n/", "/accounts/login", "/accounts/logout")
_ENROLMENT_PREFIXES = ("/accounts/two-factor/",)


class ContentSecurityPolicyMiddleware:
    """Adds the Content-Security-Policy and Permissions-Policy headers to every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class RequireTwoFactorMiddleware:
    """Anonymous users are sent to sign in; signed-in users reach nothing but enrolment and the
    second-factor page until their second factor passes.

    Every role can see case data or aggregates derived from it, so two-factor is required of
    every account, deployment administrators included.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if request.path.startswith(_OPEN_PREFIXES):
            return self.get_response(request)
        if not user.is_authenticated:
            return HttpResponseRedirect(f"{reverse('accounts:login')}?next={request.path}")
        if getattr(user, "is_verified", lambda: False)():
            return self.get_response(request)
        if request.path.startswith(_ENROLMENT_PREFIXES):
            return self.get_response(request)
        return HttpResponseRedirect(reverse("accounts:two_factor"))


class DomainErrorMiddleware:
    """Turns the core's permission and not-found errors into 403/404 pages, never tracebacks."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """Map PermissionDeniedError to 403 (or the organisation chooser) and NotFound to 404."""
        if isinstance(exception, PermissionDeniedError):
            if request.user.is_authenticated and (
                ACTIVE_ORGANISATION_SESSION_KEY not in request.session
            ):
                return HttpResponseRedirect(reverse("accounts:choose") + f"?next={request.path}")
            return render(request, "403.html", status=403)
        if isinstance(exception, NotFoundError):
            return render(request, "404.html", status=404)
        return None
