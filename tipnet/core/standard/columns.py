"""The columns of tipnet's flat HTCDS exchange files and the record attribute each one fills.

The cases file has one row per case (one victim per case); the events file one row per route
event. Column names are the HTCDS v2.0 field names with prefix (IOM, CC BY 4.0) where HTCDS
has the field, ``case_id`` for the organisation's case reference, and ``ext_`` for tipnet
extensions. The specification is ``docs/htcds.md`` (shared with other tipnet components).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from tipnet.core.standard import cells
from tipnet.core.standard.cells import Codec
from tipnet.core.standard.vocabulary import (
    CaseStatus,
    ControlMethod,
    EducationLevel,
    ExploitationType,
    ForcedLabourIndustry,
    Gender,
    MaritalStatus,
    MigrationStatus,
    ProtectionStatus,
    RecruitmentMethod,
    ReferralReason,
    RelationshipToTrafficker,
    SexExploitationType,
    StatusDecisionOrganisation,
    TraffickingEventType,
    TraffickingStatus,
    Vulnerability,
    WebsiteOrApp,
)

Section = Literal["case", "person", "victim", "consent", "incoming", "outgoing", "event"]
"""Which record a column fills: ``incoming``/``outgoing`` are the two referral records."""


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of a flat file.

    Attributes:
        column: the header name.
        section: the record the column fills.
        attribute: the record attribute.
        codec: how a cell is read and written.
    """

    column: str
    section: Section
    attribute: str
    codec: Codec[Any]


def _spec(column: str, section: Section, attribute: str, codec: Codec[Any]) -> ColumnSpec:
    return ColumnSpec(column, section, attribute, codec)


CASE_ID_COLUMN = "case_id"

CASE_COLUMN_SPECS: tuple[ColumnSpec, ...] = (
    _spec(CASE_ID_COLUMN, "case", "reference", cells.TEXT),
    _spec("prs_Salutation", "person", "salutation", cells.TEXT),
    _spec("prs_FirstName", "person", "given_names", cells.TEXT),
    _spec("prs_MiddleName", "person", "middle_names", cells.TEXT),
    _spec("prs_SecondName", "person", "family_names", cells.TEXT),
    _spec("prs_Birthdate", "person", "birth_date", cells.PARTIAL_DATE),
    _spec("prs_Gender", "person", "gender", cells.choice(Gender, "prs_Gender")),
    _spec("prs_Deceased", "person", "is_deceased", cells.BOOLEAN),
    _spec(
        "prs_MaritalStatus",
        "person",
        "marital_status",
        cells.choice(MaritalStatus, "prs_MaritalStatus"),
    ),
    _spec("prs_NumberOfChildren", "person", "number_of_children", cells.INTEGER),
    _spec("prs_PrimaryLanguage", "person", "primary_language", cells.LANGUAGE),
    _spec("prs_SecondaryLanguage", "person", "secondary_language", cells.LANGUAGE),
    _spec(
        "prs_HighestLevelOfEducation",
        "person",
        "highest_education",
        cells.choice(EducationLevel, "prs_HighestLevelOfEducation"),
    ),
    _spec("prs_Citizenship", "person", "citizenships", cells.COUNTRY_LIST),
    _spec("prs_IdentityNumber", "person", "identity_number", cells.TEXT),
    _spec("prs_Title", "person", "title", cells.TEXT),
    _spec("prs_Email", "person", "email", cells.TEXT),
    _spec("prs_HomePhone", "person", "home_phone", cells.PHONE),
    _spec("prs_MobilePhone", "person", "mobile_phone", cells.PHONE),
    _spec("prs_MailingCity", "person", "mailing_city", cells.TEXT),
    _spec("prs_MailingCountry", "person", "mailing_country", cells.COUNTRY),
    _spec("prs_MailingState", "person", "mailing_state", cells.TEXT),
    _spec("prs_MailingStreet", "person", "mailing_street", cells.TEXT),
    _spec("prs_MailingPostalCode", "person", "mailing_postal_code", cells.TEXT),
    _spec("prs_MailingLongitude", "person", "mailing_longitude", cells.DECIMAL),
    _spec("prs_MailingLatitude", "person", "mailing_latitude", cells.DECIMAL),
    _spec(
        "vic_TraffickingStatus",
        "victim",
        "trafficking_status",
        cells.choice(TraffickingStatus, "vic_TraffickingStatus"),
    ),
    _spec(
        "vic_TraffickingStatusDecisionMakingOrg",
        "victim",
        "status_decided_by",
        cells.choice(StatusDecisionOrganisation, "vic_TraffickingStatusDecisionMakingOrg"),
    ),
    _spec(
        "vic_RelationshipToTrafficker",
        "victim",
        "relationship_to_trafficker",
        cells.choice(RelationshipToTrafficker, "vic_RelationshipToTrafficker"),
    ),
    _spec("vic_AgeWhenTrafficked", "victim", "age_when_trafficked", cells.INTEGER),
    _spec(
        "vic_RecruitmentWebsitesAndApps",
        "victim",
        "recruitment_websites_and_apps",
        cells.multi_choice(WebsiteOrApp, "vic_RecruitmentWebsitesAndApps"),
    ),
    _spec(
        "vic_MethodOfRecruitment",
        "victim",
        "recruitment_methods",
        cells.multi_choice(RecruitmentMethod, "vic_MethodOfRecruitment"),
    ),
    _spec("vic_LocationOfRecruitment", "victim", "recruitment_country", cells.COUNTRY),
    _spec(
        "vic_MethodsOfControl",
        "victim",
        "control_methods",
        cells.multi_choice(ControlMethod, "vic_MethodsOfControl"),
    ),
    _spec(
        "vic_TypeOfExploitation",
        "victim",
        "exploitation_types",
        cells.multi_choice(ExploitationType, "vic_TypeOfExploitation"),
    ),
    _spec(
        "vic_ForcedLabourIndustry",
        "victim",
        "forced_labour_industry",
        cells.choice(ForcedLabourIndustry, "vic_ForcedLabourIndustry"),
    ),
    _spec(
        "vic_TypeOfSexExploitation",
        "victim",
        "sex_exploitation_types",
        cells.multi_choice(SexExploitationType, "vic_TypeOfSexExploitation"),
    ),
    _spec("vic_LocationOfExploitation", "victim", "exploitation_country", cells.COUNTRY),
    _spec(
        "vic_ExploitationWebsitesAndApps",
        "victim",
        "exploitation_websites_and_apps",
        cells.multi_choice(WebsiteOrApp, "vic_ExploitationWebsitesAndApps"),
    ),
    _spec(
        "vic_Vulnerabilities",
        "victim",
        "vulnerabilities",
        cells.multi_choice(Vulnerability, "vic_Vulnerabilities"),
    ),
    _spec("vic_DetailsOfVulnerabilities", "victim", "vulnerability_details", cells.TEXT),
    _spec("cas_Status", "case", "status", cells.choice(CaseStatus, "cas_Status")),
    _spec("cas_ReasonForCaseClosure", "case", "closure_reason", cells.TEXT),
    _spec("cas_CaseOwner", "case", "owner_username", cells.TEXT),
    _spec("cas_ReferringOrganisation", "incoming", "organisation_name", cells.TEXT),
    _spec("cas_IncomingReferralDate", "incoming", "referred_on", cells.DATE),
    _spec("cas_ReferringPrimaryCaseWorker", "incoming", "primary_caseworker", cells.TEXT),
    _spec(
        "cas_ReasonForIncomingReferral",
        "incoming",
        "reason",
        cells.choice(ReferralReason, "cas_ReasonForIncomingReferral"),
    ),
    _spec("cas_IncomingReferralDetails", "incoming", "details", cells.TEXT),
    _spec("cas_ReferredOrganisation", "outgoing", "organisation_name", cells.TEXT),
    _spec("cas_ReferredPrimaryCaseWorker", "outgoing", "primary_caseworker", cells.TEXT),
    _spec(
        "cas_ReasonForOutgoingReferral",
        "outgoing",
        "reason",
        cells.choice(ReferralReason, "cas_ReasonForOutgoingReferral"),
    ),
    _spec("cas_OutgoingReferralDate", "outgoing", "referred_on", cells.DATE),
    _spec("cas_OutgoingReferralDetails", "outgoing", "details", cells.TEXT),
    _spec("con_Consent", "consent", "has_consented", cells.BOOLEAN),
    _spec("ext_ConsentPurposeExplained", "consent", "purpose_explained", cells.BOOLEAN),
    _spec("ext_ConsentDataUseExplained", "consent", "data_use_explained", cells.BOOLEAN),
    _spec("ext_ConsentResearchUseExplained", "consent", "research_use_explained", cells.BOOLEAN),
    _spec("ext_ConsentAccessRightExplained", "consent", "access_right_explained", cells.BOOLEAN),
    _spec("ext_ConsentRetentionExplained", "consent", "retention_explained", cells.BOOLEAN),
    _spec("ext_ConsentWithdrawalExplained", "consent", "withdrawal_explained", cells.BOOLEAN),
    _spec("ext_ConsentGivenOn", "consent", "given_on", cells.DATE),
    _spec("ext_ConsentWithdrawnOn", "consent", "withdrawn_on", cells.DATE),
    _spec("ext_RetentionPeriodMonths", "consent", "retention_period_months", cells.INTEGER),
    _spec("ext_Aliases", "person", "aliases", cells.TEXT_LIST),
    _spec("ext_IsInterpreterNeeded", "person", "is_interpreter_needed", cells.BOOLEAN),
    _spec(
        "ext_MigrationStatus",
        "victim",
        "migration_status",
        cells.choice(MigrationStatus, "ext_MigrationStatus"),
    ),
    _spec(
        "ext_ProtectionStatus",
        "victim",
        "protection_status",
        cells.choice(ProtectionStatus, "ext_ProtectionStatus"),
    ),
    _spec("ext_IdentifiedOn", "victim", "identified_on", cells.DATE),
    _spec("ext_AgeAtIdentification", "victim", "age_at_identification", cells.INTEGER),
    _spec("ext_EstimatedAge", "victim", "estimated_age", cells.INTEGER),
    _spec("ext_AgeRangeLow", "victim", "age_range_low", cells.INTEGER),
    _spec("ext_AgeRangeHigh", "victim", "age_range_high", cells.INTEGER),
    _spec("ext_IsAgeDisputed", "victim", "is_age_disputed", cells.BOOLEAN),
    _spec("ext_IsForcedCriminality", "victim", "is_forced_criminality", cells.BOOLEAN),
)
"""Every column of the cases file, in the order files are written."""

EVENT_COLUMN_SPECS: tuple[ColumnSpec, ...] = (
    _spec(CASE_ID_COLUMN, "case", "reference", cells.TEXT),
    _spec("hte_Type", "event", "event_type", cells.choice(TraffickingEventType, "hte_Type")),
    _spec("hte_Date", "event", "occurred", cells.PARTIAL_DATE),
    _spec("hte_Country", "event", "country", cells.COUNTRY),
    _spec("hte_State", "event", "state", cells.TEXT),
    _spec("hte_City", "event", "city", cells.TEXT),
    _spec("hte_Street", "event", "street", cells.TEXT),
    _spec("hte_PostalCode", "event", "postal_code", cells.TEXT),
    _spec("hte_Latitude", "event", "latitude", cells.DECIMAL),
    _spec("hte_Longitude", "event", "longitude", cells.DECIMAL),
    _spec("hte_Description", "event", "description", cells.TEXT),
)
"""Every column of the events file, in the order files are written."""

CASE_COLUMNS: tuple[str, ...] = tuple(spec.column for spec in CASE_COLUMN_SPECS)
EVENT_COLUMNS: tuple[str, ...] = tuple(spec.column for spec in EVENT_COLUMN_SPECS)
REQUIRED_CASE_COLUMNS: frozenset[str] = frozenset(
    {CASE_ID_COLUMN, "vic_TraffickingStatus", "cas_Status"}
)
REQUIRED_EVENT_COLUMNS: frozenset[str] = frozenset({CASE_ID_COLUMN, "hte_Type"})

HTCDS_FIELD_TO_COLUMN: Mapping[str, str] = MappingProxyType(
    {
        spec.column: spec.column
        for spec in (*CASE_COLUMN_SPECS, *EVENT_COLUMN_SPECS)
        if spec.column[:4] in {"prs_", "vic_", "cas_", "con_", "hte_"}
    }
)
"""HTCDS v2.0 field name -> the flat-file column that carries it.

The flat format keeps HTCDS names, so the mapping is the identity on the fields it carries;
it exists so that coverage of the standard is explicit and testable. Not carried: the
organisation (``org_``), perpetrator context (``per_``), case comment (``cco_``) and support
plan (``spl_``) sections, and the deprecated ``vic_AgreementToManagePersonalData`` (replaced
by ``con_Consent``).
"""
