"""A population-estimate run: its input table, settings, progress and result.

The input is a capture-history table — counts of people per combination of lists — not case
data; the result is the frozen core result serialised to JSON.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EstimateRun(models.Model):
    """One run of the estimation engine, kept with its inputs and settings."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    list_names = models.JSONField(default=list)
    # Cell counts in mask order: position m-1 holds the count of capture history m.
    cell_counts = models.JSONField(default=list)
    method = models.CharField(max_length=32)
    model = models.CharField(max_length=200, blank=True)
    max_order = models.PositiveSmallIntegerField(null=True)
    resamples = models.PositiveIntegerField(default=0)
    seed = models.BigIntegerField(null=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    result = models.JSONField(null=True)
    summary_text = models.TextField(blank=True)
    error_message = models.TextField(blank=True)
    is_kept_for_report = models.BooleanField(default=False)

    class Meta:
        ordering: ClassVar[list[str]] = ["-created_at"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=models.Q(progress_done__lte=models.F("progress_total"))
                | models.Q(progress_total=0),
                name="estimate_progress_bounded",
            ),
        ]

    def __str__(self) -> str:
        return self.title
