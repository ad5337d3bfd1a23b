"""Writes about organisations, users, memberships and second factors."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from tipnet.core.errors import FieldProblem, PermissionDeniedError, ValidationError
from tipnet.core.standard.vocabulary import IssueArea, OrganisationType, RouteRole
from tipnet.web.accounts.keyring import new_wrapped_data_key
from tipnet.web.accounts.models import Membership, Organisation, User
from tipnet.web.accounts.roles import Action, Role
from tipnet.web.accounts.selectors import viewer_for
from tipnet.web.audit.services import audit_record


def _require_deployment_admin(acting_user: User) -> None:
    if not acting_user.is_superuser:
        raise PermissionDeniedError("only a deployment administrator may do this")


def _require_member_manager(acting_user: User, organisation: Organisation) -> None:
    if acting_user.is_superuser:
        return
    viewer_for(user=acting_user, organisation_id=organisation.pk).require(Action.MANAGE_MEMBERS)


def _check_codes(field: str, values: list[str], allowed: set[str]) -> None:
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise ValidationError(
            FieldProblem(field=field, message=f"unknown value(s): {', '.join(unknown)}")
        )


@transaction.atomic(durable=True)
def organisation_create(
    *,
    acting_user: User,
    name: str,
    slug: str,
    organisation_type: OrganisationType,
    country: str,
    languages: list[str],
    route_roles: list[str],
    issue_areas: list[str],
) -> Organisation:
    """Register a member organisation and give it its own wrapped data key."""
    _require_deployment_admin(acting_user)
    _check_codes("route_roles", route_roles, {role.value for role in RouteRole})
    _check_codes("issue_areas", issue_areas, {area.value for area in IssueArea})
    organisation = Organisation.objects.create(
        name=name,
        slug=slug,
        organisation_type=organisation_type.value,
        country=country.upper(),
        languages=languages,
        route_roles=route_roles,
        issue_areas=issue_areas,
        wrapped_data_key=b"",
    )
    # The wrapping binds the organisation id, which exists only after the insert.
    organisation.wrapped_data_key = new_wrapped_data_key(organisation_id=organisation.pk)
    organisation.save(update_fields=["wrapped_data_key"])
    audit_record(
        actor_id=acting_user.pk,
        organisation_id=organisation.pk,
        action="organisation_create",
        object_type="organisation",
        object_ids=[organisation.pk],
    )
    return organisation


@transaction.atomic(durable=True)
def user_create(
    *,
    acting_user: User,
    organisation: Organisation,
    username: str,
    password: str,
    role: Role,
    email: str = "",
) -> User:
    """Create a user who belongs to ``organisation`` with ``role``."""
    _require_member_manager(acting_user, organisation)
    if User.objects.filter(username=username).exists():
        raise ValidationError(FieldProblem(field="username", message="already taken"))
    user = User(username=username, email=email)
    try:
        validate_password(password, user)
    except Exception as error:
        raise ValidationError(
            FieldProblem(field="password", message=" ".join(getattr(error, "messages", [])))
        ) from error
    user.set_password(password)
    user.save()
    Membership.objects.create(user=user, organisation=organisation, role=role.value)
    audit_record(
        actor_id=acting_user.pk,
        organisation_id=organisation.pk,
        action="user_create",
        object_type="user",
        object_ids=[user.pk],
    )
    return user


@transaction.atomic(durable=True)
def membership_set(
    *, acting_user: User, organisation: Organisation, user: User, role: Role
) -> Membership:
    """Give ``user`` ``role`` in ``organisation`` (adding the membership if needed)."""
    _require_member_manager(acting_user, organisation)
    membership, _ = Membership.objects.update_or_create(
        user=user, organisation=organisation, defaults={"role": role.value}
    )
    audit_record(
        actor_id=acting_user.pk,
        organisation_id=organisation.pk,
        action="membership_set",
        object_type="user",
        object_ids=[user.pk],
        reason=role.value,
    )
    return membership


@transaction.atomic(durable=True)
def membership_remove(*, acting_user: User, organisation: Organisation, user: User) -> None:
    """Remove ``user`` from ``organisation``."""
    _require_member_manager(acting_user, organisation)
    Membership.objects.filter(user=user, organisation=organisation).delete()
    audit_record(
        actor_id=acting_user.pk,
        organisation_id=organisation.pk,
        action="membership_remove",
        object_type="user",
        object_ids=[user.pk],
    )


@transaction.atomic(durable=True)
def totp_device_start(*, user: User) -> TOTPDevice:
    """Create an unconfirmed TOTP device for enrolment (replacing an unconfirmed one)."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


@transaction.atomic(durable=True)
def totp_device_confirm(*, user: User, token: str) -> TOTPDevice:
    """Confirm enrolment when ``token`` matches the unconfirmed device."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None or not device.verify_token(token):
        raise ValidationError(FieldProblem(field="token", message="code does not match"))
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


@transaction.atomic(durable=True)
def totp_device_install(*, acting_user: User, user: User, key_hex: str) -> TOTPDevice:
    """Install a confirmed authenticator with a known secret (demo seeding only).

    Only a deployment administrator may do this; real accounts enrol themselves.
    """
    _require_deployment_admin(acting_user)
    TOTPDevice.objects.filter(user=user).delete()
    return TOTPDevice.objects.create(
        user=user, name="demo authenticator", key=key_hex, confirmed=True
    )
