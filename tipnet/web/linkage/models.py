"""Linkage rounds, each organisation's encoded extract, and its pseudonyms.

An extract holds keyed Bloom-filter encodings only. The pseudonym table maps an extract's
random record ids back to the organisation's own cases; only that organisation reads it.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tipnet.core.linkage.layout import DEFAULT_LAYOUT
from tipnet.web.accounts.models import Organisation
from tipnet.web.cases.models import Case


def default_layout_version() -> int:
    """The linkage layout a new round encodes with (``DEFAULT_LAYOUT``)."""
    return DEFAULT_LAYOUT.version


class LinkageRound(models.Model):
    """One linkage of the network's extracts, opened by a coordinator."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for extracts")
        RUNNING = "running", _("Linking")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=200)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    threshold = models.FloatField(default=0.5)
    stage = models.CharField(max_length=64, blank=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    error_message = models.TextField(blank=True)
    list_names = models.JSONField(default=list)
    cell_counts = models.JSONField(default=list)
    record_count = models.PositiveIntegerField(default=0)
    unique_people = models.PositiveIntegerField(null=True)
    aggregates = models.JSONField(null=True)
    model_summary = models.TextField(blank=True)
    # Every extract of a round is encoded with this layout; a round opened before the default
    # changed keeps its version, so its extracts stay comparable with each other.
    layout_version = models.PositiveSmallIntegerField(default=default_layout_version)

    class Meta:
        ordering: ClassVar[list[str]] = ["-opened_at"]

    def __str__(self) -> str:
        return self.title


class LinkageSubmission(models.Model):
    """One organisation's encoded extract for one round."""

    round = models.ForeignKey(LinkageRound, on_delete=models.CASCADE, related_name="submissions")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    record_count = models.PositiveIntegerField()
    extract = models.BinaryField()
    key_check = models.CharField(max_length=64)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["round", "organisation"], name="one_extract_per_org"),
        ]

    def __str__(self) -> str:
        return f"extract of {self.organisation_id} for round {self.round_id}"


class LinkagePseudonym(models.Model):
    """A random record id of an extract, the case it stands for, and its cluster."""

    submission = models.ForeignKey(
        LinkageSubmission, on_delete=models.CASCADE, related_name="pseudonyms"
    )
    pseudonym = models.CharField(max_length=32)
    case = models.ForeignKey(Case, null=True, on_delete=models.SET_NULL, related_name="+")
    cluster_id = models.PositiveIntegerField(null=True)
    match_probability = models.FloatField(null=True)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["submission", "pseudonym"], name="pseudonym_once"),
        ]

    def __str__(self) -> str:
        return self.pseudonym
