"""Reads about users and organisations, and the viewer every case selector takes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django_otp.plugins.otp_totp.models import TOTPDevice

from tipnet.core.errors import NotFoundError, PermissionDeniedError
from tipnet.web.accounts.models import Membership, Organisation, User
from tipnet.web.accounts.roles import Action, Role, can_role


@dataclass(frozen=True)
class Viewer:
    """Who is acting, in which organisation, with which role."""

    user_id: int
    organisation_id: int
    role: Role

    def can(self, action: Action) -> bool:
        """Whether this viewer's role grants ``action``."""
        return can_role(self.role, action)

    def require(self, action: Action) -> None:
        """Raise PermissionDeniedError unless the role grants ``action``."""
        if not self.can(action):
            raise PermissionDeniedError(f"role {self.role} may not {action}")


def viewer_for(*, user: User, organisation_id: int) -> Viewer:
    """The viewer for ``user`` acting in ``organisation_id``; refuses non-members."""
    membership = Membership.objects.filter(user=user, organisation_id=organisation_id).first()
    if membership is None or not user.is_active:
        raise PermissionDeniedError("not a member of this organisation")
    return Viewer(user_id=user.pk, organisation_id=organisation_id, role=Role(membership.role))


def memberships_of(*, user: User) -> QuerySet[Membership]:
    """The user's memberships with their organisations, by organisation name."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def organisation_members(*, viewer: Viewer) -> QuerySet[Membership]:
    """Members of the viewer's organisation (administrators only)."""
    viewer.require(Action.MANAGE_MEMBERS)
    return (
        Membership.objects.filter(organisation_id=viewer.organisation_id)
        .select_related("user")
        .order_by("user__username")
    )


def organisation_get(*, organisation_id: int) -> Organisation:
    """One organisation (organisation metadata is not case data)."""
    return Organisation.objects.get(pk=organisation_id)


def organisation_list() -> QuerySet[Organisation]:
    """All member organisations of the network (public directory information)."""
    return Organisation.objects.order_by("name")


def has_confirmed_device(*, user: User) -> bool:
    """Whether the user has finished enrolling an authenticator."""
    return bool(TOTPDevice.objects.filter(user=user, confirmed=True).exists())


def pending_device(*, user: User) -> TOTPDevice | None:
    """The authenticator being enrolled, if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).first()


def colleagues_of(*, viewer: Viewer) -> list[tuple[int, str]]:
    """(user id, account name) of every member of the viewer's organisation."""
    return [
        (membership.user_id, membership.user.username)
        for membership in Membership.objects.filter(organisation_id=viewer.organisation_id)
        .select_related("user")
        .order_by("user__username")
    ]


def member_of(*, viewer: Viewer, user_id: int) -> User:
    """A member of the viewer's organisation, for administrators; NotFound otherwise."""
    viewer.require(Action.MANAGE_MEMBERS)
    membership = (
        Membership.objects.filter(organisation_id=viewer.organisation_id, user_id=user_id)
        .select_related("user")
        .first()
    )
    if membership is None:
        raise NotFoundError("no such member")
    return membership.user


def usernames_by_id(*, user_ids: set[int]) -> dict[int, str]:
    """Account names of these users (for audit pages)."""
    return dict(User.objects.filter(pk__in=user_ids).values_list("pk", "username"))
