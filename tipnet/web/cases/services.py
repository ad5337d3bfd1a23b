"""Writes of case data: each one atomic, permission-checked and audited in its transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from tipnet.core.errors import FieldProblem, ImportRowsError, NotFoundError, ValidationError
from tipnet.core.standard.records import (
    CaseBundle,
    CaseRecord,
    PerpetratorContextRecord,
    PersonRecord,
    ReferralRecord,
    SupportPlanRecord,
    TraffickingEventRecord,
)
from tipnet.core.standard.rules import validate_bundle
from tipnet.core.standard.vocabulary import CaseStatus, PersonRole
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.audit.services import audit_record
from tipnet.web.cases.models import (
    Case,
    CaseAccess,
    CaseComment,
    Consent,
    PerpetratorContext,
    Person,
    PersonNameToken,
    Referral,
    SupportPlan,
    TraffickingEvent,
    VictimContext,
)
from tipnet.web.cases.sealing import record_to_columns
from tipnet.web.cases.storage import (
    PLAN_SEALED,
    BundleRows,
    bundle_rows,
    encode_person,
    insert_new_rows,
    keys_for,
    person_row,
    seal_text,
    store_encodings,
    token_rows,
)
from tipnet.web.cases.tasks import encode_people

IMPORT_BATCH_SIZE = 1000


def _writable_case(viewer: Viewer, case_id: int) -> Case:
    """The case, if the viewer's organisation owns it and the viewer may see it."""
    case = (
        Case.objects.select_for_update()
        .filter(pk=case_id, organisation_id=viewer.organisation_id)
        .first()
    )
    if case is None or (
        case.is_protected and not case.access_grants.filter(user_id=viewer.user_id).exists()
    ):
        raise NotFoundError("no such case")
    return case


def _validate(bundle: CaseBundle, *, today: date) -> None:
    problems = validate_bundle(bundle, row=None, today=today)
    if problems:
        raise ValidationError(problems)


def _save_rows(rows: BundleRows) -> Case:
    rows.person.save()
    PersonNameToken.objects.bulk_create(token_rows(rows.person, rows.name_tokens))
    rows.case.person = rows.person
    rows.case.save()
    for dependent in (rows.victim, rows.consent, *rows.referrals, *rows.events):
        dependent.case = rows.case  # type: ignore[attr-defined]  # every dependent has a case FK
        dependent.save()
    return rows.case


@transaction.atomic(durable=True)
def case_create(
    *, viewer: Viewer, bundle: CaseBundle, owner_id: int | None = None, today: date | None = None
) -> Case:
    """Register a case with its victim, consent, referrals and route events."""
    viewer.require(Action.CREATE_CASES)
    _validate(bundle, today=today or timezone.localdate())
    if Case.objects.filter(
        organisation_id=viewer.organisation_id, reference=bundle.case.reference
    ).exists():
        raise ValidationError(
            FieldProblem(
                field="case_id", message="this case reference is already used", code="duplicate"
            )
        )
    rows = bundle_rows(
        bundle, keys=keys_for(viewer.organisation_id), organisation_id=viewer.organisation_id
    )
    rows.case.owner_id = owner_id if owner_id is not None else viewer.user_id
    case = _save_rows(rows)
    _refresh_encoding(case.person, bundle, viewer.organisation_id)
    _audit(viewer, "case_create", [case.pk])
    return case


@transaction.atomic(durable=True)
def case_update(
    *, viewer: Viewer, case_id: int, bundle: CaseBundle, today: date | None = None
) -> Case:
    """Replace the case's person, victim context, consent and status with ``bundle``'s.

    Referrals and route events are kept: they are added one by one with their own services.
    """
    viewer.require(Action.EDIT_CASES)
    _validate(bundle, today=today or timezone.localdate())
    case = _writable_case(viewer, case_id)
    keys = keys_for(viewer.organisation_id)
    rows = bundle_rows(
        replace(bundle, referrals=(), events=()), keys=keys, organisation_id=viewer.organisation_id
    )
    _overwrite(case.person, rows.person)
    PersonNameToken.objects.filter(person=case.person).delete()
    PersonNameToken.objects.bulk_create(token_rows(case.person, rows.name_tokens))
    _refresh_encoding(case.person, bundle, viewer.organisation_id)
    _overwrite(case.victim, rows.victim, keep=("case",))
    Consent.objects.update_or_create(case=case, defaults=_field_values(rows.consent))
    case.reference = rows.case.reference
    case.status = rows.case.status
    case.closure_reason_sealed = rows.case.closure_reason_sealed
    try:
        with transaction.atomic():
            case.save()
    except IntegrityError as error:
        raise ValidationError(
            FieldProblem(
                field="case_id", message="this case reference is already used", code="duplicate"
            )
        ) from error
    _audit(viewer, "case_update", [case.pk])
    return case


def _field_values(row: Consent | VictimContext | Person) -> dict[str, object]:
    skip = {"id", "case", "organisation", "created_at", "updated_at"}
    return {
        field.attname: getattr(row, field.attname)
        for field in row._meta.concrete_fields
        if field.name not in skip
    }


def _overwrite(
    target: Person | VictimContext, source: Person | VictimContext, keep: Sequence[str] = ()
) -> None:
    for name, value in _field_values(source).items():
        if name not in keep and not name.endswith("_id"):
            setattr(target, name, value)
    target.save()


@transaction.atomic(durable=True)
def case_close(*, viewer: Viewer, case_id: int, status: CaseStatus, closure_reason: str) -> Case:
    """Close a case (Closed or ClosedReferred) with the reason, as HTCDS asks."""
    viewer.require(Action.CLOSE_CASES)
    if status not in (CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED):
        raise ValidationError(FieldProblem(field="status", message="not a closing status"))
    if not closure_reason.strip():
        raise ValidationError(
            FieldProblem(
                field="closure_reason", message="a closure reason is required", code="required"
            )
        )
    case = _writable_case(viewer, case_id)
    case.status = status.value
    case.closure_reason_sealed = seal_text(
        keys_for(viewer.organisation_id),
        closure_reason,
        table="case",
        field="closure_reason",
        organisation_id=viewer.organisation_id,
    )
    case.save(update_fields=["status", "closure_reason_sealed", "updated_at"])
    _audit(viewer, "case_close", [case.pk])
    return case


@transaction.atomic(durable=True)
def case_comment_add(*, viewer: Viewer, case_id: int, body: str) -> CaseComment:
    """Add a sealed comment to a case."""
    viewer.require(Action.EDIT_CASES)
    if not body.strip():
        raise ValidationError(FieldProblem(field="body", message="empty comment", code="required"))
    case = _writable_case(viewer, case_id)
    comment = CaseComment.objects.create(
        case=case,
        author_id=viewer.user_id,
        body_sealed=seal_text(
            keys_for(viewer.organisation_id),
            body,
            table="comment",
            field="body",
            organisation_id=viewer.organisation_id,
        ),
    )
    _audit(viewer, "case_comment_add", [case.pk])
    return comment


@transaction.atomic(durable=True)
def trafficking_event_add(
    *, viewer: Viewer, case_id: int, event: TraffickingEventRecord
) -> TraffickingEvent:
    """Add one step of the route (recruitment, transit, exploitation, return, re-trafficking)."""
    viewer.require(Action.EDIT_CASES)
    case = _writable_case(viewer, case_id)
    rows = bundle_rows(
        CaseBundle(case=CaseRecord(reference=case.reference), events=(event,)),
        keys=keys_for(viewer.organisation_id),
        organisation_id=viewer.organisation_id,
    )
    stored = rows.events[0]
    stored.case = case
    stored.save()
    _audit(viewer, "trafficking_event_add", [case.pk])
    return stored


@transaction.atomic(durable=True)
def case_protection_set(
    *, viewer: Viewer, case_id: int, is_protected: bool, named_user_ids: Sequence[int]
) -> Case:
    """Restrict a case to named users (the acting supervisor is always kept on the list)."""
    viewer.require(Action.MANAGE_PROTECTION)
    case = _writable_case(viewer, case_id)
    allowed = set(named_user_ids) | {viewer.user_id}
    members = set(
        User.objects.filter(
            pk__in=allowed, memberships__organisation_id=viewer.organisation_id
        ).values_list("pk", flat=True)
    )
    if allowed - members:
        raise ValidationError(
            FieldProblem(field="named_user_ids", message="only members of this organisation")
        )
    case.is_protected = is_protected
    case.save(update_fields=["is_protected", "updated_at"])
    CaseAccess.objects.filter(case=case).delete()
    if is_protected:
        CaseAccess.objects.bulk_create(CaseAccess(case=case, user_id=uid) for uid in members)
    _audit(viewer, "case_protection_set", [case.pk], reason=f"protected={is_protected}")
    return case


@transaction.atomic(durable=True)
def cases_import(*, viewer: Viewer, bundles: Sequence[CaseBundle], source_label: str) -> list[int]:
    """Import already-parsed bundles: all or none; existing references are reported by row.

    Parsing (``tipnet.core.standard``) has checked every row and field already; here the
    database-level rule — a reference unique within the organisation — is checked for all
    rows before anything is written.
    """
    viewer.require(Action.IMPORT_CASES)
    _refuse_existing_references(viewer, bundles)
    keys = keys_for(viewer.organisation_id)
    case_ids: list[int] = []
    for start in range(0, len(bundles), IMPORT_BATCH_SIZE):
        batch = bundles[start : start + IMPORT_BATCH_SIZE]
        rows = [bundle_rows(b, keys=keys, organisation_id=viewer.organisation_id) for b in batch]
        batch_ids, person_ids = _bulk_save(rows, owner_id=viewer.user_id)
        _encode_later(viewer.organisation_id, person_ids)
        _audit(viewer, "case_import", batch_ids, reason=source_label[:200])
        case_ids.extend(batch_ids)
    return case_ids


def _refuse_existing_references(viewer: Viewer, bundles: Sequence[CaseBundle]) -> None:
    references = [bundle.case.reference for bundle in bundles]
    existing: set[str] = set()
    for start in range(0, len(references), 5000):
        existing |= set(
            Case.objects.filter(
                organisation_id=viewer.organisation_id,
                reference__in=references[start : start + 5000],
            ).values_list("reference", flat=True)
        )
    problems = [
        FieldProblem(
            row=number,
            field="case_id",
            code="duplicate",
            message="a case with this reference already exists",
        )
        for number, reference in enumerate(references, start=1)
        if reference in existing
    ]
    if problems:
        raise ImportRowsError(problems)


def _bulk_save(rows: list[BundleRows], *, owner_id: int) -> tuple[list[int], list[int]]:
    people = [row.person for row in rows]
    insert_new_rows(people)
    insert_new_rows(
        [
            token
            for row, person in zip(rows, people, strict=True)
            for token in token_rows(person, row.name_tokens)
        ],
        assign_ids=False,
    )
    for row, person in zip(rows, people, strict=True):
        row.case.person = person
        row.case.owner_id = owner_id
    cases = [row.case for row in rows]
    insert_new_rows(cases)
    for row, case in zip(rows, cases, strict=True):
        for dependent in (row.victim, row.consent, *row.referrals, *row.events):
            dependent.case = case  # type: ignore[attr-defined]  # every dependent has a case FK
    # Nothing points to these rows, so the database numbers them.
    insert_new_rows([row.victim for row in rows], assign_ids=False)
    insert_new_rows([row.consent for row in rows], assign_ids=False)
    insert_new_rows([ref for row in rows for ref in row.referrals], assign_ids=False)
    insert_new_rows([event for row in rows for event in row.events], assign_ids=False)
    return [case.pk for case in cases], [person.pk for person in people]


def _refresh_encoding(person: Person, bundle: CaseBundle, organisation_id: int) -> None:
    """Keep the person's duplicate-check encoding in step with their names."""
    keys = keys_for(organisation_id)
    store_encodings(
        [(person, encode_person(person.pk, bundle.person, keys))], organisation_id=organisation_id
    )


def _encode_later(organisation_id: int, person_ids: list[int]) -> None:
    """Imports stay fast: their people are encoded for duplicate checks by the task worker."""
    transaction.on_commit(lambda: encode_people.enqueue(organisation_id, person_ids))


def _audit(viewer: Viewer, action: str, case_ids: Sequence[int], reason: str = "") -> None:
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action=action,
        object_type="case",
        object_ids=case_ids,
        reason=reason,
    )


@transaction.atomic(durable=True)
def consent_withdraw(*, viewer: Viewer, case_id: int, withdrawn_on: date) -> Consent:
    """Record that the victim withdrew consent (kept dated; research and linkage then stop)."""
    viewer.require(Action.EDIT_CASES)
    case = _writable_case(viewer, case_id)
    consent, _ = Consent.objects.get_or_create(case=case)
    if consent.given_on is not None and withdrawn_on < consent.given_on:
        raise ValidationError(
            FieldProblem(
                field="withdrawn_on", message="withdrawal cannot precede consent", code="date_order"
            )
        )
    consent.withdrawn_on = withdrawn_on
    consent.save(update_fields=["withdrawn_on"])
    _audit(viewer, "consent_withdraw", [case.pk])
    return consent


@transaction.atomic(durable=True)
def support_plan_add(*, viewer: Viewer, case_id: int, plan: SupportPlanRecord) -> SupportPlan:
    """Add an HTCDS support plan (objectives and actions are sealed)."""
    viewer.require(Action.EDIT_CASES)
    case = _writable_case(viewer, case_id)
    stored = SupportPlan.objects.create(
        case=case,
        **record_to_columns(
            plan,
            cipher=keys_for(viewer.organisation_id).cipher,
            table="plan",
            organisation_id=viewer.organisation_id,
            sealed=PLAN_SEALED,
        ),
    )
    _audit(viewer, "support_plan_add", [case.pk])
    return stored


@transaction.atomic(durable=True)
def referral_add(
    *, viewer: Viewer, case_id: int, referral: ReferralRecord, has_victim_consent: bool
) -> Referral:
    """Record an incoming or outgoing referral.

    An outgoing referral to a network organisation shares nothing by itself: the receiving
    organisation opens its own case; the victim's consent to the referral is recorded here.
    """
    viewer.require(Action.EDIT_CASES)
    case = _writable_case(viewer, case_id)
    rows = bundle_rows(
        CaseBundle(case=CaseRecord(reference=case.reference), referrals=(referral,)),
        keys=keys_for(viewer.organisation_id),
        organisation_id=viewer.organisation_id,
    )
    stored = rows.referrals[0]
    stored.case = case
    stored.has_victim_consent = has_victim_consent
    stored.network_organisation = Organisation.objects.filter(
        name=referral.organisation_name
    ).first()
    stored.save()
    _audit(viewer, "referral_add", [case.pk])
    return stored


@transaction.atomic(durable=True)
def perpetrator_add(
    *,
    viewer: Viewer,
    case_id: int,
    person: PersonRecord,
    context: PerpetratorContextRecord,
) -> PerpetratorContext:
    """Record a perpetrator linked to a case (their names are sealed like a victim's)."""
    viewer.require(Action.EDIT_CASES)
    case = _writable_case(viewer, case_id)
    keys = keys_for(viewer.organisation_id)
    stored_person, tokens = person_row(
        person, keys=keys, organisation_id=viewer.organisation_id, role=PersonRole.PERPETRATOR
    )
    stored_person.save()
    PersonNameToken.objects.bulk_create(token_rows(stored_person, tokens))
    stored = PerpetratorContext.objects.create(
        case=case,
        person=stored_person,
        roles=[role.value for role in context.roles],
        role_details_sealed=seal_text(
            keys,
            context.role_details,
            table="perpetrator",
            field="role_details",
            organisation_id=viewer.organisation_id,
        ),
    )
    _audit(viewer, "perpetrator_add", [case.pk])
    return stored
