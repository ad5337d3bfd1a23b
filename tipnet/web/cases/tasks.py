"""Background work on case data: encoding imported people for duplicate warnings."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from tipnet.web.audit.services import audit_record
from tipnet.web.cases.models import Person
from tipnet.web.cases.storage import encode_person, keys_for, person_record, store_encodings

BATCH_SIZE = 500


@task()
def encode_people(organisation_id: int, person_ids: list[int]) -> None:
    """Encode these people under their organisation's own key, in batches."""
    keys = keys_for(organisation_id)
    for start in range(0, len(person_ids), BATCH_SIZE):
        batch = person_ids[start : start + BATCH_SIZE]
        with transaction.atomic():
            people = list(Person.objects.filter(pk__in=batch, organisation_id=organisation_id))
            store_encodings(
                [(p, encode_person(p.pk, person_record(p, keys=keys), keys)) for p in people],
                organisation_id=organisation_id,
            )
            audit_record(
                actor_id=None,
                organisation_id=organisation_id,
                action="person_encode",
                object_type="person",
                object_ids=[p.pk for p in people],
                reason="duplicate-check encodings",
            )
