"""Reads of case data: always scoped to the viewer's organisation, always audited.

A viewer sees a case only if it belongs to the viewer's organisation and, when the case is
protected, the viewer is named on it. Every read leaves an audit row in the same
transaction; list reads record which cases were shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from tipnet.core.errors import NotFoundError
from tipnet.core.linkage.duplicates import find_possible_duplicates
from tipnet.core.standard.records import (
    CaseBundle,
    CaseCommentRecord,
    CaseRecord,
    ConsentRecord,
    PersonRecord,
    SupportPlanRecord,
    TraffickingEventRecord,
    VictimContextRecord,
)
from tipnet.core.standard.vocabulary import CaseStatus, PerpetratorRole, TraffickingEventType
from tipnet.web.accounts.keyring import OrganisationKeys
from tipnet.web.accounts.roles import Action
from tipnet.web.accounts.selectors import Viewer
from tipnet.web.audit.services import audit_record
from tipnet.web.cases.models import (
    Case,
    CaseAccess,
    PersonEncoding,
    PersonEncodingToken,
    PersonNameToken,
)
from tipnet.web.cases.sealing import columns_to_record
from tipnet.web.cases.storage import (
    DUPLICATE_LAYOUT,
    PLAN_SEALED,
    consent_record,
    encode_person,
    event_record,
    keys_for,
    person_record,
    referral_record,
    stored_encoding,
    unseal_text,
    victim_record,
)

PAGE_SIZE = 25
# Compare a new person with at most this many candidates sharing a blocking token.
MAX_DUPLICATE_CANDIDATES = 2000


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    case_id: int
    reference: str
    display_name: str
    gender: str
    age_at_identification: int | None
    status: str
    exploitation_types: tuple[str, ...]
    is_protected: bool
    updated_at: datetime


@dataclass(frozen=True)
class CasePage:
    """One page of the case list with its total."""

    rows: tuple[CaseSummary, ...]
    total: int
    page: int
    page_count: int


@dataclass(frozen=True)
class PerpetratorSummary:
    """A perpetrator on the case page: names, roles and details."""

    name: str
    roles: tuple[PerpetratorRole, ...]
    role_details: str


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case page shows."""

    case_id: int
    bundle: CaseBundle
    is_protected: bool
    owner_username: str
    comments: tuple[CaseCommentRecord, ...]
    support_plans: tuple[SupportPlanRecord, ...]
    perpetrators: tuple[PerpetratorSummary, ...]
    named_user_ids: tuple[int, ...]
    opened_at: datetime
    updated_at: datetime


def readable_cases(viewer: Viewer) -> QuerySet[Case]:
    """The cases this viewer may read: own organisation, and named if protected."""
    viewer.require(Action.VIEW_CASES)
    named = CaseAccess.objects.filter(case=OuterRef("pk"), user_id=viewer.user_id)
    return Case.objects.filter(organisation_id=viewer.organisation_id).filter(
        Q(is_protected=False) | Exists(named)
    )


def _matching(cases: QuerySet[Case], viewer: Viewer, query: str) -> QuerySet[Case]:
    """Cases whose reference or identity number equals the query, or whose names contain
    every query token (identity numbers and names are matched through keyed blind indexes)."""
    indexer = keys_for(viewer.organisation_id).indexer
    tokens = indexer.index_search_terms(query)
    has_every_token = Q(
        *(
            Exists(
                PersonNameToken.objects.filter(
                    person_id=OuterRef("person_id"),
                    organisation_id=viewer.organisation_id,
                    token=token,
                )
            )
            for token in tokens
        )
    )
    by_reference = Q(reference__iexact=query.strip()) | Q(
        person__identity_number_index=indexer.index_exact(query.strip(), field="identity_number")
    )
    return cases.filter(by_reference | has_every_token) if tokens else cases.filter(by_reference)


@transaction.atomic
def case_list(
    *, viewer: Viewer, query: str = "", status: CaseStatus | None = None, page: int = 1
) -> CasePage:
    """One page of the viewer's cases, newest first, optionally searched and filtered."""
    cases = readable_cases(viewer)
    if query.strip():
        cases = _matching(cases, viewer, query)
    if status is not None:
        cases = cases.filter(status=status.value)
    total = cases.count()
    page_count = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), page_count)
    shown = list(
        cases.select_related("person", "victim").order_by("-updated_at", "-pk")[
            (page - 1) * PAGE_SIZE : page * PAGE_SIZE
        ]
    )
    keys = keys_for(viewer.organisation_id)
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action="case_search" if query.strip() else "case_list",
        object_type="case",
        object_ids=[case.pk for case in shown],
    )
    rows = tuple(_summary(case, keys) for case in shown)
    return CasePage(rows=rows, total=total, page=page, page_count=page_count)


def _summary(case: Case, keys: OrganisationKeys) -> CaseSummary:
    person = person_record(case.person, keys=keys)
    name = " ".join(part for part in (person.given_names, person.family_names) if part)
    victim = getattr(case, "victim", None)
    return CaseSummary(
        case_id=case.pk,
        reference=case.reference,
        display_name=name or (person.aliases[0] if person.aliases else ""),
        gender=person.gender.value if person.gender else "",
        age_at_identification=victim.age_at_identification if victim else None,
        status=case.status,
        exploitation_types=tuple(victim.exploitation_types) if victim else (),
        is_protected=case.is_protected,
        updated_at=case.updated_at,
    )


@transaction.atomic
def case_get(*, viewer: Viewer, case_id: int, reason: str = "case_view") -> CaseDetail:
    """One case with everything in it, unsealed for this viewer; audited."""
    case = (
        readable_cases(viewer)
        .select_related("person", "victim", "consent", "owner")
        .filter(pk=case_id)
        .first()
    )
    if case is None:
        raise NotFoundError("no such case")
    keys = keys_for(viewer.organisation_id)
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action="case_read",
        object_type="case",
        object_ids=[case.pk],
        reason=reason,
    )
    return CaseDetail(
        case_id=case.pk,
        bundle=case_bundle(case, keys),
        is_protected=case.is_protected,
        owner_username=case.owner.username if case.owner else "",
        comments=tuple(_comments(case, keys)),
        support_plans=tuple(
            columns_to_record(
                plan,
                SupportPlanRecord,
                cipher=keys.cipher,
                table="plan",
                organisation_id=case.organisation_id,
                sealed=PLAN_SEALED,
            )
            for plan in case.support_plans.order_by("pk")
        ),
        perpetrators=tuple(_perpetrators(case, keys)),
        named_user_ids=tuple(case.access_grants.values_list("user_id", flat=True)),
        opened_at=case.opened_at,
        updated_at=case.updated_at,
    )


def case_bundle(case: Case, keys: OrganisationKeys) -> CaseBundle:
    """Rebuild the exchange bundle of a stored case."""
    org = case.organisation_id
    victim = getattr(case, "victim", None)
    consent = getattr(case, "consent", None)
    return CaseBundle(
        case=CaseRecord(
            reference=case.reference,
            status=CaseStatus(case.status),
            closure_reason=unseal_text(
                keys,
                case.closure_reason_sealed,
                table="case",
                field="closure_reason",
                organisation_id=org,
            ),
            owner_username=case.owner.username if case.owner else "",
        ),
        person=person_record(case.person, keys=keys),
        victim=(
            victim_record(victim, keys=keys, organisation_id=org)
            if victim
            else VictimContextRecord()
        ),
        consent=(
            consent_record(consent, keys=keys, organisation_id=org) if consent else ConsentRecord()
        ),
        referrals=tuple(
            referral_record(referral, keys=keys, organisation_id=org)
            for referral in case.referrals.order_by("pk")
        ),
        events=tuple(_events(case, keys)),
    )


def _events(case: Case, keys: OrganisationKeys) -> Iterator[TraffickingEventRecord]:
    for event in case.events.all():
        yield event_record(event, keys=keys, organisation_id=case.organisation_id)


def _perpetrators(case: Case, keys: OrganisationKeys) -> Iterator[PerpetratorSummary]:
    for context in case.perpetrators.select_related("person").order_by("pk"):
        person = person_record(context.person, keys=keys)
        yield PerpetratorSummary(
            name=" ".join(part for part in (person.given_names, person.family_names) if part),
            roles=tuple(PerpetratorRole(role) for role in context.roles),
            role_details=unseal_text(
                keys,
                context.role_details_sealed,
                table="perpetrator",
                field="role_details",
                organisation_id=case.organisation_id,
            ),
        )


def _comments(case: Case, keys: OrganisationKeys) -> Iterator[CaseCommentRecord]:
    for comment in case.comments.all():
        yield CaseCommentRecord(
            body=unseal_text(
                keys,
                comment.body_sealed,
                table="comment",
                field="body",
                organisation_id=case.organisation_id,
            ),
            written_at=comment.written_at,
        )


def case_bundles_for_export(
    *, viewer: Viewer, reason: str, batch_size: int = 500
) -> Iterator[CaseBundle]:
    """Every case the viewer may export, re-checking access for each record; audited.

    The audit row for each batch is written in the same transaction that reads it.
    """
    viewer.require(Action.EXPORT_CASES)
    last_id = 0
    while True:
        with transaction.atomic():
            batch = list(
                readable_cases(viewer)
                .select_related("person", "victim", "consent", "owner")
                .filter(pk__gt=last_id)
                .order_by("pk")[:batch_size]
            )
            if not batch:
                return
            allowed = [case for case in batch if _may_read(viewer, case)]
            audit_record(
                actor_id=viewer.user_id,
                organisation_id=viewer.organisation_id,
                action="case_export",
                object_type="case",
                object_ids=[case.pk for case in allowed],
                reason=reason,
            )
            keys = keys_for(viewer.organisation_id)
            bundles = [case_bundle(case, keys) for case in allowed]
        yield from bundles
        last_id = batch[-1].pk


def _may_read(viewer: Viewer, case: Case) -> bool:
    """The per-record check that export repeats beside the query's own scope."""
    if case.organisation_id != viewer.organisation_id:
        return False
    return not case.is_protected or case.access_grants.filter(user_id=viewer.user_id).exists()


@dataclass(frozen=True)
class LinkableCase:
    """What an organisation's linkage extract is made from, for one consented case."""

    case_id: int
    person: PersonRecord
    place_of_origin: str


@transaction.atomic
def cases_for_linkage(*, viewer: Viewer, reason: str) -> list[LinkableCase]:
    """The viewer's cases whose victims consented to non-identifying research use; audited.

    The names are unsealed here, inside the organisation's own request, to be encoded at once;
    they never leave in the clear.
    """
    viewer.require(Action.SUBMIT_LINKAGE)
    cases = list(
        readable_cases(viewer)
        .filter(
            consent__has_consented=True,
            consent__research_use_explained=True,
            consent__withdrawn_on__isnull=True,
        )
        .select_related("person")
        .prefetch_related("events")
        .order_by("pk")
    )
    keys = keys_for(viewer.organisation_id)
    audit_record(
        actor_id=viewer.user_id,
        organisation_id=viewer.organisation_id,
        action="case_linkage_extract",
        object_type="case",
        object_ids=[case.pk for case in cases],
        reason=reason,
    )
    return [
        LinkableCase(case.pk, person_record(case.person, keys=keys), _origin_of(case))
        for case in cases
    ]


def _origin_of(case: Case) -> str:
    """The town where recruitment happened, the closest the record has to a place of origin."""
    for event in case.events.all():
        if event.event_type == TraffickingEventType.RECRUITMENT.value and event.city:
            return event.city
    return ""


@dataclass(frozen=True)
class CaseAttributes:
    """The non-identifying codes that network aggregates count."""

    gender: str
    age_at_identification: int | None
    citizenships: tuple[str, ...]
    exploitation_types: tuple[str, ...]


@transaction.atomic
def case_attributes_for_aggregates(
    *, case_ids: list[int], reason: str
) -> dict[int, CaseAttributes]:
    """Codes only (no sealed field is opened) for cases counted in a network aggregate.

    Called by network jobs, not by a person: the audit row has no actor.
    """
    rows = Case.objects.filter(pk__in=case_ids).values_list(
        "pk",
        "organisation_id",
        "person__gender",
        "victim__age_at_identification",
        "person__citizenships",
        "victim__exploitation_types",
    )
    attributes: dict[int, CaseAttributes] = {}
    by_organisation: dict[int, list[int]] = {}
    for case_id, organisation_id, gender, age, citizenships, exploitation in rows:
        attributes[case_id] = CaseAttributes(
            gender or "", age, tuple(citizenships or ()), tuple(exploitation or ())
        )
        by_organisation.setdefault(organisation_id, []).append(case_id)
    for organisation_id, ids in by_organisation.items():
        audit_record(
            actor_id=None,
            organisation_id=organisation_id,
            action="case_aggregate_read",
            object_type="case",
            object_ids=ids,
            reason=reason,
        )
    return attributes


@dataclass(frozen=True)
class DuplicateWarning:
    """An existing case whose person may be the one being registered."""

    case_id: int
    reference: str
    display_name: str
    similarity: float

    @property
    def similarity_percent(self) -> str:
        """The similarity as a whole percentage, for people to read."""
        return f"{round(100 * self.similarity)}%"


@transaction.atomic
def possible_duplicates(
    *, viewer: Viewer, person: PersonRecord, exclude_case_id: int | None = None
) -> list[DuplicateWarning]:
    """The viewer's cases whose person's encoding is close to ``person``'s; audited.

    Compares keyed encodings that share a blocking token; no name is searched in plaintext.
    """
    viewer.require(Action.CREATE_CASES)
    keys = keys_for(viewer.organisation_id)
    new = encode_person(0, person, keys)
    candidate_ids = PersonEncodingToken.objects.filter(
        organisation_id=viewer.organisation_id, token__in=new.blocking_tokens
    ).values("person_id")
    encodings = PersonEncoding.objects.filter(
        organisation_id=viewer.organisation_id,
        person_id__in=candidate_ids,
        layout_version=DUPLICATE_LAYOUT.version,
    )[:MAX_DUPLICATE_CANDIDATES]
    found = find_possible_duplicates(
        new, [stored_encoding(row) for row in encodings], layout=DUPLICATE_LAYOUT
    )
    similarity = {int(candidate.record_id): candidate.similarity for candidate in found}
    cases = readable_cases(viewer).filter(person_id__in=similarity).select_related("person")
    if exclude_case_id is not None:
        cases = cases.exclude(pk=exclude_case_id)
    warnings = [
        DuplicateWarning(
            case.pk, case.reference, _summary(case, keys).display_name, similarity[case.person_id]
        )
        for case in cases
    ]
    if warnings:
        audit_record(
            actor_id=viewer.user_id,
            organisation_id=viewer.organisation_id,
            action="case_duplicate_check",
            object_type="case",
            object_ids=[warning.case_id for warning in warnings],
        )
    return sorted(warnings, key=lambda warning: -warning.similarity)
