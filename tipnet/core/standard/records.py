"""HTCDS v2.0 record types: frozen values that cross the boundary between storage and core.

Each record mirrors one section of the Human Trafficking Case Data Standard (HTCDS) v2.0 by
IOM (CC BY 4.0) with English attribute names; the HTCDS field each attribute carries is named
in the class docstring. Attributes without an HTCDS counterpart are tipnet extensions and are
documented in ``docs/htcds.md``. Multi-valued fields are tuples; unknown values are ``None``
(or ``""`` for text, ``()`` for tuples).

Identifying fields and free text are left out of ``repr()`` so that a record that slips into
a log line or a traceback does not disclose who the person is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from tipnet.core.standard.vocabulary import (
    CaseStatus,
    ControlMethod,
    EducationLevel,
    ExploitationType,
    ForcedLabourIndustry,
    Gender,
    MaritalStatus,
    MigrationStatus,
    PerpetratorRole,
    ProtectionStatus,
    RecruitmentMethod,
    ReferralDirection,
    ReferralReason,
    RelationshipToTrafficker,
    SexExploitationType,
    StatusDecisionOrganisation,
    SupportPlanType,
    TraffickingEventType,
    TraffickingStatus,
    Vulnerability,
    WebsiteOrApp,
)

DatePrecision = Literal["year", "month", "day"]

_PARTIAL_DATE_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Birth dates and trafficking events are often known only to the year ("born 1998"), so
    HTCDS dates that describe a person's past accept ``YYYY`` and ``YYYY-MM`` besides
    ``YYYY-MM-DD``. Partial dates are not ordered; compare :meth:`earliest_on` or
    :meth:`latest_on` instead.

    Attributes:
        year: four-digit year.
        month: 1-12, or ``None`` when only the year is known.
        day: day of the month, or ``None``; requires ``month``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        """Refuse impossible dates, such as 2023-02-29 or a day without a month."""
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is outside 1-9999")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is outside 1-12")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises ValueError on an impossible day

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Args:
            text: the date as written; surrounding spaces are ignored.

        Returns:
            The date with the precision written.

        Raises:
            ValueError: the text is not one of the three forms or names no real date.
        """
        match = _PARTIAL_DATE_PATTERN.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        try:
            return cls(int(year), _int_or_none(month), _int_or_none(day))
        except ValueError as error:
            raise ValueError(f"{text!r} is not a real date: {error}") from None

    @classmethod
    def from_date(cls, day: date) -> PartialDate:
        """A partial date known to the day."""
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> DatePrecision:
        """How much of the date is known: ``"year"``, ``"month"`` or ``"day"``."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def to_iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as much as is known."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest_on(self) -> date:
        """The first day the partial date can stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest_on(self) -> date:
        """The last day the partial date can stand for."""
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is not None:
            return date(self.year, self.month, self.day)
        if self.month == 12:
            return date(self.year, 12, 31)
        return date.fromordinal(date(self.year, self.month + 1, 1).toordinal() - 1)

    def __str__(self) -> str:
        """The ISO form, so a partial date prints as it is written in files."""
        return self.to_iso()


def _int_or_none(text: str | None) -> int | None:
    return None if text is None else int(text)


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person: victim, perpetrator or staff member (HTCDS section "Person", ``prs_``).

    ``given_names`` is HTCDS ``prs_FirstName`` and ``family_names`` ``prs_SecondName``; the
    English names avoid assuming that the given name comes first. ``aliases`` (other names
    used, ``ext_Aliases``) and ``is_interpreter_needed`` are tipnet extensions; the two
    languages are ISO 639-1 or ISO 639-3 codes (HTCDS names ISO 639-2), ``citizenships`` and
    ``mailing_country`` ISO 3166-1 alpha-2 codes.
    """

    given_names: str = field(default="", repr=False)
    middle_names: str = field(default="", repr=False)
    family_names: str = field(default="", repr=False)
    salutation: str = ""
    title: str = ""
    aliases: tuple[str, ...] = field(default=(), repr=False)
    birth_date: PartialDate | None = field(default=None, repr=False)
    gender: Gender | None = None
    is_deceased: bool = False
    marital_status: MaritalStatus | None = None
    number_of_children: int | None = None
    primary_language: str = ""
    secondary_language: str = ""
    is_interpreter_needed: bool = False
    highest_education: EducationLevel | None = None
    citizenships: tuple[str, ...] = ()
    identity_number: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    home_phone: str = field(default="", repr=False)
    mobile_phone: str = field(default="", repr=False)
    mailing_street: str = field(default="", repr=False)
    mailing_city: str = field(default="", repr=False)
    mailing_state: str = field(default="", repr=False)
    mailing_postal_code: str = field(default="", repr=False)
    mailing_country: str = ""
    mailing_latitude: float | None = field(default=None, repr=False)
    mailing_longitude: float | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class VictimContextRecord:
    """What is known about a person as a (possible) victim (HTCDS "Victim Context", ``vic_``).

    ``recruitment_country`` and ``exploitation_country`` are ISO 3166-1 alpha-2 codes: a
    documented deviation, because HTCDS ``vic_LocationOfRecruitment`` and
    ``vic_LocationOfExploitation`` are lookups to an organisation. ``vulnerabilities`` and
    ``vulnerability_details`` are deprecated in HTCDS 2.0 and kept for old data. The
    identification date, the age fields after ``identified_on``, ``migration_status``,
    ``protection_status`` and ``is_forced_criminality`` are tipnet extensions (``ext_``
    columns): they carry what the child presumption, the reflection period and the
    non-punishment principle need.
    """

    trafficking_status: TraffickingStatus = TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING
    status_decided_by: StatusDecisionOrganisation | None = None
    relationship_to_trafficker: RelationshipToTrafficker | None = None
    age_when_trafficked: int | None = None
    recruitment_websites_and_apps: tuple[WebsiteOrApp, ...] = ()
    recruitment_methods: tuple[RecruitmentMethod, ...] = ()
    recruitment_country: str = ""
    control_methods: tuple[ControlMethod, ...] = ()
    exploitation_types: tuple[ExploitationType, ...] = ()
    forced_labour_industry: ForcedLabourIndustry | None = None
    sex_exploitation_types: tuple[SexExploitationType, ...] = ()
    exploitation_country: str = ""
    exploitation_websites_and_apps: tuple[WebsiteOrApp, ...] = ()
    vulnerabilities: tuple[Vulnerability, ...] = ()
    vulnerability_details: str = field(default="", repr=False)
    identified_on: date | None = None
    age_at_identification: int | None = None
    estimated_age: int | None = None
    age_range_low: int | None = None
    age_range_high: int | None = None
    is_age_disputed: bool = False
    migration_status: MigrationStatus | None = None
    protection_status: ProtectionStatus | None = None
    is_forced_criminality: bool = False


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A case (HTCDS "Case", ``cas_``): one victim's file at one organisation.

    Attributes:
        reference: the organisation's own case reference (``case_id`` in flat files).
        status: HTCDS ``cas_Status``.
        closure_reason: HTCDS ``cas_ReasonForCaseClosure``.
        owner_username: HTCDS ``cas_CaseOwner`` (a lookup to a user), as a username.
    """

    reference: str
    status: CaseStatus = CaseStatus.ACTIVE
    closure_reason: str = field(default="", repr=False)
    owner_username: str = ""


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    """One referral into or out of the organisation (HTCDS "Referral Details", ``cas_``).

    Incoming: ``cas_ReferringOrganisation``, ``cas_IncomingReferralDate``,
    ``cas_ReferringPrimaryCaseWorker``, ``cas_ReasonForIncomingReferral``,
    ``cas_IncomingReferralDetails``. Outgoing: the ``cas_Referred*`` / ``cas_Outgoing*`` fields.
    HTCDS looks the organisation and case worker up; here they are names.
    """

    direction: ReferralDirection
    organisation_name: str = ""
    referred_on: date | None = None
    primary_caseworker: str = field(default="", repr=False)
    reason: ReferralReason | None = None
    details: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """Informed consent (HTCDS ``con_Consent``) with the guidance questions as fields.

    HTCDS has one checkbox and lists seven guidance questions in its description (after the
    IOM screening form for migrants vulnerable to violence, exploitation and abuse). tipnet
    records the six "has the individual been informed ..." questions, the dates and a
    retention period as extensions (``ext_Consent*``, ``ext_RetentionPeriodMonths``).
    """

    has_consented: bool = False
    purpose_explained: bool = False
    data_use_explained: bool = False
    research_use_explained: bool = False
    access_right_explained: bool = False
    retention_explained: bool = False
    withdrawal_explained: bool = False
    given_on: date | None = None
    withdrawn_on: date | None = None
    retention_period_months: int | None = None

    @property
    def is_active(self) -> bool:
        """Consent was given and has not been withdrawn."""
        return self.has_consented and self.withdrawn_on is None

    @property
    def allows_research_use(self) -> bool:
        """Active consent after the research use of non-identifying data was explained."""
        return self.is_active and self.research_use_explained


@dataclass(frozen=True, slots=True)
class TraffickingEventRecord:
    """One step of the route (HTCDS "Historic Trafficking Events", ``hte_``).

    ``event_type`` adds the tipnet extensions ``Return`` and ``ReTrafficking``; ``occurred``
    may be partial; ``country`` is an ISO 3166-1 alpha-2 code.
    """

    event_type: TraffickingEventType
    occurred: PartialDate | None = None
    country: str = ""
    state: str = ""
    city: str = ""
    street: str = field(default="", repr=False)
    postal_code: str = field(default="", repr=False)
    latitude: float | None = field(default=None, repr=False)
    longitude: float | None = field(default=None, repr=False)
    description: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class SupportPlanRecord:
    """A support plan (HTCDS "Support Plan", ``spl_``)."""

    plan_type: SupportPlanType
    objectives: str = field(default="", repr=False)
    action_plan: str = field(default="", repr=False)
    planned_end_on: date | None = None
    actual_end_on: date | None = None


@dataclass(frozen=True, slots=True)
class PerpetratorContextRecord:
    """What is known about a person as a perpetrator (HTCDS "Perpetrator Context", ``per_``)."""

    roles: tuple[PerpetratorRole, ...] = ()
    role_details: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class CaseCommentRecord:
    """A case worker's formal update on a case (HTCDS ``cco_CaseComment``).

    Attributes:
        body: the comment text.
        written_at: aware datetime the comment was written, if known.
    """

    body: str = field(repr=False)
    written_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseBundle:
    """One case as exchanged in files: the case, its victim, consent, referrals and route.

    The flat exchange format (``docs/htcds.md``) holds one bundle per row of the cases file
    and its events in the events file.
    """

    case: CaseRecord
    person: PersonRecord = field(default_factory=PersonRecord)
    victim: VictimContextRecord = field(default_factory=VictimContextRecord)
    consent: ConsentRecord = field(default_factory=ConsentRecord)
    referrals: tuple[ReferralRecord, ...] = ()
    events: tuple[TraffickingEventRecord, ...] = ()
