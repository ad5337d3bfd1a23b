"""Case records on HTCDS v2.0, with identifying fields sealed (encrypted) at rest.

Fields ending in ``_sealed`` hold AES-GCM ciphertext made with the owning organisation's
data key (see ``tipnet.web.cases.sealing``); the database never sees their plaintext.
Everything else is either a picklist code, a number, a country, or a place-level value that
the network's aggregates need.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tipnet.core.linkage.layout import DEFAULT_LAYOUT
from tipnet.core.standard.vocabulary import (
    CaseStatus,
    EducationLevel,
    ForcedLabourIndustry,
    Gender,
    MaritalStatus,
    MigrationStatus,
    PersonRole,
    ProtectionStatus,
    ReferralDirection,
    ReferralReason,
    RelationshipToTrafficker,
    StatusDecisionOrganisation,
    SupportPlanType,
    TraffickingEventType,
    TraffickingStatus,
)
from tipnet.web.accounts.models import Organisation
from tipnet.web.vocabulary import translated_choices


def _code(
    enum_class: type[StrEnum], *, blank: bool = True, default: str = ""
) -> models.CharField[str, str]:
    """A picklist column holding HTCDS value names; empty means unknown."""
    return models.CharField(
        max_length=64, choices=translated_choices(enum_class), blank=blank, default=default
    )


def _sealed() -> models.BinaryField[bytes | None, bytes | None]:
    """A column of AES-GCM ciphertext (NULL when the value is empty)."""
    return models.BinaryField(null=True, editable=False)


class Person(models.Model):
    """HTCDS Person: victims, perpetrators and staff alike, owned by one organisation."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    role = _code(PersonRole, blank=False)
    given_names_sealed = _sealed()
    middle_names_sealed = _sealed()
    family_names_sealed = _sealed()
    salutation_sealed = _sealed()
    title_sealed = _sealed()
    aliases_sealed = _sealed()
    birth_date_sealed = _sealed()
    identity_number_sealed = _sealed()
    email_sealed = _sealed()
    home_phone_sealed = _sealed()
    mobile_phone_sealed = _sealed()
    mailing_street_sealed = _sealed()
    mailing_city_sealed = _sealed()
    mailing_state_sealed = _sealed()
    mailing_postal_code_sealed = _sealed()
    mailing_latitude_sealed = _sealed()
    mailing_longitude_sealed = _sealed()
    # Keyed blind index (HMAC) of the identity number, for exact look-up without plaintext.
    identity_number_index = models.CharField(max_length=32, blank=True, db_index=True)
    gender = _code(Gender)
    is_deceased = models.BooleanField(default=False)
    marital_status = _code(MaritalStatus)
    number_of_children = models.PositiveSmallIntegerField(null=True)
    primary_language = models.CharField(max_length=8, blank=True)
    secondary_language = models.CharField(max_length=8, blank=True)
    is_interpreter_needed = models.BooleanField(default=False)
    highest_education = _code(EducationLevel)
    citizenships = models.JSONField(default=list, blank=True)
    mailing_country = models.CharField(max_length=2, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person")

    def __str__(self) -> str:
        return f"person {self.pk}"


class PersonNameToken(models.Model):
    """One keyed blind-index token of a person's names (exact token search, no plaintext)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_tokens")
    organisation_id = models.BigIntegerField()
    token = models.CharField(max_length=32)

    class Meta:
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["organisation_id", "token"], name="name_token_lookup"),
        ]

    def __str__(self) -> str:
        return f"token of person {self.person_id}"


class Case(models.Model):
    """HTCDS Case: one victim's case in one organisation."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    reference = models.CharField(_("case reference"), max_length=64)
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="cases")
    status = _code(CaseStatus, blank=False, default=CaseStatus.ACTIVE.value)
    closure_reason_sealed = _sealed()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A protected case is visible only to the users named in CaseAccess.
    is_protected = models.BooleanField(default=False)
    opened_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["organisation", "reference"], name="case_reference_unique_per_org"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[status.value for status in CaseStatus]),
                name="case_status_known",
            ),
        ]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["organisation", "-updated_at"], name="case_org_recent"),
            models.Index(fields=["organisation", "status"], name="case_org_status"),
        ]
        verbose_name = _("case")

    def __str__(self) -> str:
        return self.reference


class CaseAccess(models.Model):
    """A user named on a protected case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="access_grants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["case", "user"], name="case_access_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on case {self.case_id}"


class VictimContext(models.Model):
    """HTCDS Person - Victim Context, with tipnet's documented extensions."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="victim")
    trafficking_status = _code(TraffickingStatus, blank=False)
    status_decided_by = _code(StatusDecisionOrganisation)
    relationship_to_trafficker = _code(RelationshipToTrafficker)
    age_when_trafficked = models.PositiveSmallIntegerField(null=True)
    recruitment_websites_and_apps = models.JSONField(default=list, blank=True)
    recruitment_methods = models.JSONField(default=list, blank=True)
    recruitment_country = models.CharField(max_length=2, blank=True)
    control_methods = models.JSONField(default=list, blank=True)
    exploitation_types = models.JSONField(default=list, blank=True)
    forced_labour_industry = _code(ForcedLabourIndustry)
    sex_exploitation_types = models.JSONField(default=list, blank=True)
    exploitation_country = models.CharField(max_length=2, blank=True)
    exploitation_websites_and_apps = models.JSONField(default=list, blank=True)
    vulnerabilities = models.JSONField(default=list, blank=True)
    vulnerability_details_sealed = _sealed()
    identified_on = models.DateField(null=True)
    age_at_identification = models.PositiveSmallIntegerField(null=True)
    estimated_age = models.PositiveSmallIntegerField(null=True)
    age_range_low = models.PositiveSmallIntegerField(null=True)
    age_range_high = models.PositiveSmallIntegerField(null=True)
    is_age_disputed = models.BooleanField(default=False)
    migration_status = _code(MigrationStatus)
    protection_status = _code(ProtectionStatus)
    is_forced_criminality = models.BooleanField(default=False)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=models.Q(age_range_low__isnull=True)
                | models.Q(age_range_high__isnull=True)
                | models.Q(age_range_low__lte=models.F("age_range_high")),
                name="victim_age_range_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(age_at_identification__isnull=True)
                | models.Q(age_at_identification__lte=120),
                name="victim_age_possible",
            ),
        ]

    def __str__(self) -> str:
        return f"victim context of case {self.case_id}"


class PerpetratorContext(models.Model):
    """HTCDS Person - Perpetrator Context: a perpetrator linked to a case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="perpetrators")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    roles = models.JSONField(default=list, blank=True)
    role_details_sealed = _sealed()

    def __str__(self) -> str:
        return f"perpetrator on case {self.case_id}"


class Referral(models.Model):
    """HTCDS Referral Details, incoming or outgoing."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    direction = _code(ReferralDirection, blank=False)
    organisation_name = models.CharField(max_length=200, blank=True)
    network_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    referred_on = models.DateField(null=True)
    primary_caseworker_sealed = _sealed()
    reason = _code(ReferralReason)
    details_sealed = _sealed()
    # Another organisation sees a referred case only with the victim's consent.
    has_victim_consent = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.direction} referral of case {self.case_id}"


class TraffickingEvent(models.Model):
    """HTCDS Historic trafficking event = one step of the route (extended with return)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    event_type = _code(TraffickingEventType, blank=False)
    # ISO date, possibly partial (YYYY, YYYY-MM, YYYY-MM-DD): sorts correctly as text.
    occurred = models.CharField(max_length=10, blank=True)
    country = models.CharField(max_length=2, blank=True)
    state = models.CharField(max_length=120, blank=True)
    city = models.CharField(max_length=120, blank=True)
    street_sealed = _sealed()
    postal_code_sealed = _sealed()
    # Place-level coordinates (a town), not an address: route maps need them in clear.
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    description_sealed = _sealed()

    class Meta:
        ordering: ClassVar[list[str]] = ["occurred", "pk"]

    def __str__(self) -> str:
        return f"{self.event_type} of case {self.case_id}"


class SupportPlan(models.Model):
    """HTCDS Support Plan."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="support_plans")
    plan_type = _code(SupportPlanType, blank=False)
    objectives_sealed = _sealed()
    action_plan_sealed = _sealed()
    planned_end_on = models.DateField(null=True)
    actual_end_on = models.DateField(null=True)

    def __str__(self) -> str:
        return f"{self.plan_type} plan of case {self.case_id}"


class Consent(models.Model):
    """HTCDS Consent with its sub-questions; dated and withdrawable."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="consent")
    has_consented = models.BooleanField(default=False)
    purpose_explained = models.BooleanField(default=False)
    data_use_explained = models.BooleanField(default=False)
    research_use_explained = models.BooleanField(default=False)
    access_right_explained = models.BooleanField(default=False)
    retention_explained = models.BooleanField(default=False)
    withdrawal_explained = models.BooleanField(default=False)
    given_on = models.DateField(null=True)
    withdrawn_on = models.DateField(null=True)
    retention_period_months = models.PositiveSmallIntegerField(null=True)

    class Meta:
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=models.Q(withdrawn_on__isnull=True)
                | models.Q(given_on__isnull=True)
                | models.Q(withdrawn_on__gte=models.F("given_on")),
                name="consent_withdrawn_after_given",
            ),
        ]

    def __str__(self) -> str:
        return f"consent of case {self.case_id}"


class CaseComment(models.Model):
    """HTCDS Case Comment (sealed free text)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body_sealed = _sealed()
    written_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["written_at"]

    def __str__(self) -> str:
        return f"comment on case {self.case_id}"


def default_layout_version() -> int:
    """The linkage layout new encodings are made with (``DEFAULT_LAYOUT``)."""
    return DEFAULT_LAYOUT.version


class PersonEncoding(models.Model):
    """A person's linkage encoding under the organisation's own key (duplicate warnings).

    Holds keyed Bloom filters only; the organisation compares a new person against these
    instead of searching names in plaintext. Encodings of different layout versions are
    noise to each other, so each row says which layout made it; rows of an older layout
    are compared with nothing until ``manage.py refresh_person_encodings`` re-encodes them.
    """

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="encoding")
    organisation_id = models.BigIntegerField()
    # Field name -> base64 of the packed filter.
    filters = models.JSONField(default=dict)
    layout_version = models.PositiveSmallIntegerField(default=default_layout_version)

    def __str__(self) -> str:
        return f"encoding of person {self.person_id}"


class PersonEncodingToken(models.Model):
    """A keyed blocking token of a person's encoding, for finding comparison candidates."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="encoding_tokens")
    organisation_id = models.BigIntegerField()
    token = models.CharField(max_length=64)

    class Meta:
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["organisation_id", "token"], name="encoding_token_lookup"),
        ]

    def __str__(self) -> str:
        return f"blocking token of person {self.person_id}"
