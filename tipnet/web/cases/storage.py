"""Which record fields are sealed, and how one case bundle becomes (unsaved) rows.

Shared by the services (single writes, bulk import) and the selectors (reading back).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.backends.base.base import BaseDatabaseWrapper
from psycopg import sql

from tipnet.core.linkage import DEFAULT_LAYOUT, EncodedRecord, encode_identifiers
from tipnet.core.linkage.persons import identifiers_from_person
from tipnet.core.standard.records import (
    CaseBundle,
    ConsentRecord,
    PersonRecord,
    ReferralRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.vocabulary import PersonRole
from tipnet.web.accounts.keyring import OrganisationKeys, organisation_keys
from tipnet.web.accounts.models import Organisation
from tipnet.web.cases.models import (
    Case,
    Consent,
    Person,
    PersonEncoding,
    PersonEncodingToken,
    PersonNameToken,
    Referral,
    TraffickingEvent,
    VictimContext,
)
from tipnet.web.cases.sealing import columns_to_record, record_to_columns, seal_context

PERSON_SEALED = frozenset(
    {
        "given_names",
        "middle_names",
        "family_names",
        "salutation",
        "title",
        "aliases",
        "birth_date",
        "identity_number",
        "email",
        "home_phone",
        "mobile_phone",
        "mailing_street",
        "mailing_city",
        "mailing_state",
        "mailing_postal_code",
        "mailing_latitude",
        "mailing_longitude",
    }
)
VICTIM_SEALED = frozenset({"vulnerability_details"})
REFERRAL_SEALED = frozenset({"primary_caseworker", "details"})
EVENT_SEALED = frozenset({"street", "postal_code", "description"})
PLAN_SEALED = frozenset({"objectives", "action_plan"})
COMMENT_SEALED = frozenset({"body"})


@dataclass
class BundleRows:
    """The unsaved rows of one case bundle, ready for save() or bulk_create()."""

    person: Person
    name_tokens: list[str]
    case: Case
    victim: VictimContext
    consent: Consent
    referrals: list[Referral]
    events: list[TraffickingEvent]


def person_row(
    record: PersonRecord, *, keys: OrganisationKeys, organisation_id: int, role: PersonRole
) -> tuple[Person, list[str]]:
    """An unsaved Person plus the blind-index tokens of all its names."""
    columns = record_to_columns(
        record,
        cipher=keys.cipher,
        table="person",
        organisation_id=organisation_id,
        sealed=PERSON_SEALED,
    )
    columns["citizenships"] = list(record.citizenships)
    person = Person(organisation_id=organisation_id, role=role.value, **columns)
    if record.identity_number:
        person.identity_number_index = keys.indexer.index_exact(
            record.identity_number, field="identity_number"
        )
    return person, sorted(_name_tokens(record, keys))


def _name_tokens(record: PersonRecord, keys: OrganisationKeys) -> set[str]:
    names = [record.given_names, record.middle_names, record.family_names, *record.aliases]
    tokens: set[str] = set()
    for name in names:
        tokens |= keys.indexer.index_name_tokens(name)
    return tokens


def bundle_rows(bundle: CaseBundle, *, keys: OrganisationKeys, organisation_id: int) -> BundleRows:
    """All unsaved rows for one case bundle (foreign keys are set when saving)."""
    person, tokens = person_row(
        bundle.person, keys=keys, organisation_id=organisation_id, role=PersonRole.VICTIM
    )
    case = Case(
        organisation_id=organisation_id,
        reference=bundle.case.reference,
        status=bundle.case.status.value,
        closure_reason_sealed=seal_text(
            keys,
            bundle.case.closure_reason,
            table="case",
            field="closure_reason",
            organisation_id=organisation_id,
        ),
    )
    return BundleRows(
        person=person,
        name_tokens=tokens,
        case=case,
        victim=VictimContext(**_columns(bundle.victim, keys, "victim", organisation_id)),
        consent=Consent(**_columns(bundle.consent, keys, "consent", organisation_id)),
        referrals=[
            Referral(**_columns(referral, keys, "referral", organisation_id))
            for referral in bundle.referrals
        ],
        events=[
            TraffickingEvent(**_columns(event, keys, "event", organisation_id))
            for event in bundle.events
        ],
    )


_SEALED_BY_TABLE = {
    "victim": VICTIM_SEALED,
    "consent": frozenset[str](),
    "referral": REFERRAL_SEALED,
    "event": EVENT_SEALED,
    "plan": PLAN_SEALED,
    "comment": COMMENT_SEALED,
}


def _columns(
    record: object, keys: OrganisationKeys, table: str, organisation_id: int
) -> dict[str, object]:
    return record_to_columns(
        record,
        cipher=keys.cipher,
        table=table,
        organisation_id=organisation_id,
        sealed=_SEALED_BY_TABLE[table],
    )


def seal_text(
    keys: OrganisationKeys, text: str, *, table: str, field: str, organisation_id: int
) -> bytes | None:
    """Seal one free-text value (``None`` for empty text)."""
    if not text:
        return None
    context = seal_context(table=table, field=field, organisation_id=organisation_id)
    return keys.cipher.encrypt_text(text, context=context)


def unseal_text(
    keys: OrganisationKeys, token: bytes | None, *, table: str, field: str, organisation_id: int
) -> str:
    """Unseal one free-text value (empty text for ``None``)."""
    if not token:
        return ""
    context = seal_context(table=table, field=field, organisation_id=organisation_id)
    return keys.cipher.decrypt_text(bytes(token), context=context)


def person_record(person: Person, *, keys: OrganisationKeys) -> PersonRecord:
    """Read a Person row back into a record."""
    return columns_to_record(
        person,
        PersonRecord,
        cipher=keys.cipher,
        table="person",
        organisation_id=person.organisation_id,
        sealed=PERSON_SEALED,
    )


def victim_record(
    victim: VictimContext, *, keys: OrganisationKeys, organisation_id: int
) -> VictimContextRecord:
    """Read a VictimContext row back into a record."""
    return columns_to_record(
        victim,
        VictimContextRecord,
        cipher=keys.cipher,
        table="victim",
        organisation_id=organisation_id,
        sealed=VICTIM_SEALED,
    )


def consent_record(
    consent: Consent, *, keys: OrganisationKeys, organisation_id: int
) -> ConsentRecord:
    """Read a Consent row back into a record."""
    return columns_to_record(
        consent,
        ConsentRecord,
        cipher=keys.cipher,
        table="consent",
        organisation_id=organisation_id,
        sealed=frozenset(),
    )


def referral_record(
    referral: Referral, *, keys: OrganisationKeys, organisation_id: int
) -> ReferralRecord:
    """Read a Referral row back into a record."""
    return columns_to_record(
        referral,
        ReferralRecord,
        cipher=keys.cipher,
        table="referral",
        organisation_id=organisation_id,
        sealed=REFERRAL_SEALED,
    )


def event_record(
    event: TraffickingEvent, *, keys: OrganisationKeys, organisation_id: int
) -> TraffickingEventRecord:
    """Read a TraffickingEvent row back into a record."""
    return columns_to_record(
        event,
        TraffickingEventRecord,
        cipher=keys.cipher,
        table="event",
        organisation_id=organisation_id,
        sealed=EVENT_SEALED,
    )


def token_rows(person: Person, tokens: list[str]) -> list[PersonNameToken]:
    """Blind-index token rows of a saved person."""
    return [
        PersonNameToken(person=person, organisation_id=person.organisation_id, token=token)
        for token in tokens
    ]


def keys_for(organisation_id: int) -> OrganisationKeys:
    """The data-key instruments of one organisation."""
    wrapped = Organisation.objects.values_list("wrapped_data_key", flat=True).get(
        pk=organisation_id
    )
    return organisation_keys(organisation_id=organisation_id, wrapped_data_key=bytes(wrapped))


def insert_new_rows(rows: Sequence[models.Model], *, assign_ids: bool = True) -> None:
    """Insert unsaved rows of one model; with ``assign_ids`` each row gets its primary key.

    On PostgreSQL the rows go in by ``COPY``, with ids drawn from the table's sequence first
    when the caller needs them (rows other rows point to). ``bulk_create`` spends most of a
    large import compiling, and psycopg then splitting again, one statement of tens of
    thousands of placeholders per batch; ``COPY`` streams the same values with none of that.
    Values are prepared as ``bulk_create`` would (see ``_column_readers``). Other databases
    (the embedded SQLite mode) use ``bulk_create``, which always sets the ids.
    """
    if not rows:
        return
    model = type(rows[0])
    # The connection itself, not the proxy: the proxy's per-attribute look-up would run for
    # every field of every row.
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        model._default_manager.bulk_create(rows)
        return
    fields = [
        field
        for field in model._meta.concrete_fields
        if assign_ids or not field.primary_key  # left out, the identity default numbers rows
    ]
    if assign_ids:
        _assign_primary_keys(connection, model, rows)
    _copy_rows(connection, model._meta.db_table, fields, rows)
    if assign_ids:
        for row in rows:
            row._state.adding = False
            row._state.db = connection.alias


def _copy_rows(
    connection: BaseDatabaseWrapper,
    table: str,
    fields: Sequence[models.Field[Any, Any]],
    rows: Sequence[models.Model],
) -> None:
    statement = sql.SQL("COPY {table} ({columns}) FROM STDIN").format(
        table=sql.Identifier(table),
        columns=sql.SQL(", ").join(sql.Identifier(field.column) for field in fields),
    )
    readers = _column_readers(fields, connection)
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([read(row) for read in readers])


# Field types whose values Django itself must prepare: JSON is wrapped for psycopg, and date
# and time fields may be auto_now / auto_now_add (filled in by pre_save).
_PREPARED_BY_DJANGO = (models.JSONField, models.DateField)


def _column_readers(
    fields: Sequence[models.Field[Any, Any]], connection: BaseDatabaseWrapper
) -> list[Callable[[models.Model], object]]:
    """One value reader per column.

    For the other field types (text, numbers, booleans, bytes, foreign-key ids) Django's
    preparation on PostgreSQL returns an already-typed value unchanged and psycopg adapts it
    as it would for ``bulk_create``, so the attribute is read directly: a large share of the
    import's time went to that per-value round of calls.
    """
    return [
        partial(_prepared_value, field, connection)
        if isinstance(field, _PREPARED_BY_DJANGO)
        else attrgetter(field.attname)
        for field in fields
    ]


def _prepared_value(
    field: models.Field[Any, Any], connection: BaseDatabaseWrapper, row: models.Model
) -> object:
    return field.get_db_prep_save(field.pre_save(row, True), connection)


def _assign_primary_keys(
    connection: BaseDatabaseWrapper, model: type[models.Model], rows: Sequence[models.Model]
) -> None:
    primary_key = model._meta.pk
    if primary_key is None:
        raise TypeError(f"{model.__name__} has no primary key")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, primary_key.column, len(rows)],
        )
        for row, (new_id,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = new_id


# Duplicate warnings encode with the default layout. Encodings stored under an older layout
# are compared with nothing (their filters and tokens are noise to the new ones) until
# ``manage.py refresh_person_encodings`` has the task worker re-encode them.
DUPLICATE_LAYOUT = DEFAULT_LAYOUT


def encode_person(person_id: int, record: PersonRecord, keys: OrganisationKeys) -> EncodedRecord:
    """The person's encoding under the organisation's own duplicate key."""
    return encode_identifiers(
        identifiers_from_person(str(person_id), record),
        secret=keys.duplicate_secret,
        layout=DUPLICATE_LAYOUT,
    )


def store_encodings(encodings: list[tuple[Person, EncodedRecord]], *, organisation_id: int) -> None:
    """Replace the stored encodings and blocking tokens of these people.

    The encodings must come from :func:`encode_person` (layout ``DUPLICATE_LAYOUT``).
    """
    people = [person for person, _encoding in encodings]
    PersonEncoding.objects.filter(person__in=people).delete()
    PersonEncodingToken.objects.filter(person__in=people).delete()
    PersonEncoding.objects.bulk_create(
        PersonEncoding(
            person=person,
            organisation_id=organisation_id,
            filters={
                name: base64.b64encode(bits).decode("ascii")
                for name, bits in encoding.fields.items()
            },
            layout_version=DUPLICATE_LAYOUT.version,
        )
        for person, encoding in encodings
    )
    PersonEncodingToken.objects.bulk_create(
        PersonEncodingToken(person=person, organisation_id=organisation_id, token=token)
        for person, encoding in encodings
        for token in encoding.blocking_tokens
    )


def people_with_stale_encodings(organisation_id: int) -> list[int]:
    """Ids of the organisation's people whose stored encoding is of another layout."""
    return list(
        PersonEncoding.objects.filter(organisation_id=organisation_id)
        .exclude(layout_version=DUPLICATE_LAYOUT.version)
        .order_by("person_id")
        .values_list("person_id", flat=True)
    )


def stored_encoding(row: PersonEncoding) -> EncodedRecord:
    """A stored encoding as the core's record (its record id is the person id)."""
    return EncodedRecord(
        record_id=str(row.person_id),
        fields={name: base64.b64decode(text) for name, text in row.filters.items()},
        blocking_tokens=(),
    )
