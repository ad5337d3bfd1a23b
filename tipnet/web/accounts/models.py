"""Organisations, users and memberships."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from tipnet.core.standard.vocabulary import OrganisationType, label_of
from tipnet.web.accounts.roles import ROLE_LABELS, Role


def _choices(enum: type[OrganisationType]) -> list[tuple[str, str]]:
    return [(member.value, label_of(member)) for member in enum]


class User(AbstractUser):
    """A person who signs in. Deployment administrators are superusers."""

    preferred_language = models.CharField(_("preferred language"), max_length=16, blank=True)


class Organisation(models.Model):
    """A member organisation of the network; owner of its case data and its data key."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    organisation_type = models.CharField(
        _("type"), max_length=64, choices=_choices(OrganisationType)
    )
    country = models.CharField(_("country"), max_length=2)
    languages = models.JSONField(_("languages served"), default=list, blank=True)
    route_roles = models.JSONField(_("role on routes"), default=list, blank=True)
    issue_areas = models.JSONField(_("issue areas"), default=list, blank=True)
    # The organisation's data key, wrapped (encrypted) by the deployment key.
    wrapped_data_key = models.BinaryField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role within one organisation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(
        _("role"), max_length=40, choices=[(role.value, _(ROLE_LABELS[role])) for role in Role]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_role_per_org"),
            models.CheckConstraint(
                condition=models.Q(role__in=[role.value for role in Role]),
                name="membership_role_known",
            ),
        ]
        verbose_name = _("membership")

    def __str__(self) -> str:
        return f"{self.user_id}@{self.organisation_id}:{self.role}"
