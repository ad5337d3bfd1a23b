"""Turning a request into the Viewer that services and selectors require."""

from __future__ import annotations

from django.http import HttpRequest

from tipnet.core.errors import PermissionDeniedError
from tipnet.web.accounts.context_processors import ACTIVE_ORGANISATION_SESSION_KEY
from tipnet.web.accounts.models import User
from tipnet.web.accounts.selectors import Viewer, memberships_of, viewer_for


def request_user(request: HttpRequest) -> User:
    """The signed-in user (views are reached only when signed in and verified)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDeniedError("sign-in required")
    return user


def viewer_from_request(request: HttpRequest) -> Viewer:
    """The viewer for the request's active organisation (chosen once per session).

    A user with one membership acts in that organisation; a user with several must pick one,
    and the choice is re-checked against the memberships on every request.
    """
    user = request_user(request)
    organisation_id = request.session.get(ACTIVE_ORGANISATION_SESSION_KEY)
    if organisation_id is None:
        memberships = list(memberships_of(user=user)[:2])
        if len(memberships) != 1:
            raise PermissionDeniedError("choose an organisation first")
        organisation_id = memberships[0].organisation_id
        request.session[ACTIVE_ORGANISATION_SESSION_KEY] = organisation_id
    return viewer_for(user=user, organisation_id=int(organisation_id))


def activate_organisation(request: HttpRequest, organisation_id: int) -> Viewer:
    """Switch the session's active organisation after checking membership."""
    viewer = viewer_for(user=request_user(request), organisation_id=organisation_id)
    request.session[ACTIVE_ORGANISATION_SESSION_KEY] = organisation_id
    return viewer
