"""Template context: the active organisation and the user's memberships."""

from __future__ import annotations

from django.http import HttpRequest

from tipnet.web.accounts.roles import ROLE_ACTIONS, Role
from tipnet.web.accounts.selectors import memberships_of

ACTIVE_ORGANISATION_SESSION_KEY = "tipnet_organisation_id"


def membership(request: HttpRequest) -> dict[str, object]:
    """Expose ``memberships`` and ``active_membership`` to every template."""
    user = request.user
    if not user.is_authenticated:
        return {}
    memberships = list(memberships_of(user=user))
    active_id = request.session.get(ACTIVE_ORGANISATION_SESSION_KEY)
    active = next((m for m in memberships if m.organisation_id == active_id), None)
    actions = sorted(ROLE_ACTIONS[Role(active.role)]) if active else []
    return {"memberships": memberships, "active_membership": active, "allowed_actions": actions}
