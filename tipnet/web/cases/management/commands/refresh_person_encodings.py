"""``manage.py refresh_person_encodings``: re-encode duplicate-warning encodings of an old layout.

Run once after an upgrade that changes the default linkage layout. Until a person is
re-encoded, the duplicate warning compares them with nothing (encodings of two layouts are
noise to each other), so a missed run means missed warnings, never false ones.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tipnet.web.accounts.models import Organisation
from tipnet.web.cases.storage import DUPLICATE_LAYOUT, people_with_stale_encodings
from tipnet.web.cases.tasks import encode_people


class Command(BaseCommand):
    """Queue the re-encoding of every person whose stored encoding is of another layout."""

    help = (
        "Queue re-encoding (by the task worker) of duplicate-warning encodings made with "
        "another linkage layout than the current default."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        """One queued task per organisation with stale encodings."""
        total = 0
        for organisation_id in Organisation.objects.order_by("pk").values_list("pk", flat=True):
            person_ids = people_with_stale_encodings(organisation_id)
            if person_ids:
                encode_people.enqueue(organisation_id, person_ids)
                total += len(person_ids)
        self.stdout.write(
            f"Queued {total} people for re-encoding with linkage layout "
            f"v{DUPLICATE_LAYOUT.version}."
        )
