"""Column names of the tipnet HTCDS flat exchange format (cases file and events file).

Field codes are HTCDS 2.0 field names (IOM, CC BY 4.0) plus tipnet's ``ext_`` extensions,
in the order of the shared exchange-format specification.
"""

from __future__ import annotations

CASE_COLUMNS: tuple[str, ...] = (
    "case_id",
    "prs_Salutation",
    "prs_FirstName",
    "prs_MiddleName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Deceased",
    "prs_MaritalStatus",
    "prs_NumberOfChildren",
    "prs_PrimaryLanguage",
    "prs_SecondaryLanguage",
    "prs_HighestLevelOfEducation",
    "prs_Citizenship",
    "prs_IdentityNumber",
    "prs_Title",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingCountry",
    "prs_MailingState",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
    "prs_MailingLongitude",
    "prs_MailingLatitude",
    "vic_TraffickingStatus",
    "vic_TraffickingStatusDecisionMakingOrg",
    "vic_RelationshipToTrafficker",
    "vic_AgeWhenTrafficked",
    "vic_RecruitmentWebsitesAndApps",
    "vic_MethodOfRecruitment",
    "vic_LocationOfRecruitment",
    "vic_MethodsOfControl",
    "vic_TypeOfExploitation",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "vic_ExploitationWebsitesAndApps",
    "vic_Vulnerabilities",
    "vic_DetailsOfVulnerabilities",
    "cas_Status",
    "cas_ReasonForCaseClosure",
    "cas_CaseOwner",
    "cas_ReferringOrganisation",
    "cas_IncomingReferralDate",
    "cas_ReferringPrimaryCaseWorker",
    "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails",
    "cas_ReferredOrganisation",
    "cas_ReferredPrimaryCaseWorker",
    "cas_ReasonForOutgoingReferral",
    "cas_OutgoingReferralDate",
    "cas_OutgoingReferralDetails",
    "con_Consent",
    "ext_ConsentPurposeExplained",
    "ext_ConsentDataUseExplained",
    "ext_ConsentResearchUseExplained",
    "ext_ConsentAccessRightExplained",
    "ext_ConsentRetentionExplained",
    "ext_ConsentWithdrawalExplained",
    "ext_ConsentGivenOn",
    "ext_ConsentWithdrawnOn",
    "ext_RetentionPeriodMonths",
    "ext_Aliases",
    "ext_IsInterpreterNeeded",
    "ext_MigrationStatus",
    "ext_ProtectionStatus",
    "ext_IdentifiedOn",
    "ext_AgeAtIdentification",
    "ext_EstimatedAge",
    "ext_AgeRangeLow",
    "ext_AgeRangeHigh",
    "ext_IsAgeDisputed",
    "ext_IsForcedCriminality",
)
"""Columns of the cases file, in specification order."""

EVENT_COLUMNS: tuple[str, ...] = (
    "case_id",
    "hte_Type",
    "hte_Date",
    "hte_Country",
    "hte_State",
    "hte_City",
    "hte_Street",
    "hte_PostalCode",
    "hte_Latitude",
    "hte_Longitude",
    "hte_Description",
)
"""Columns of the events file, in specification order."""

EVENT_TYPES: tuple[str, ...] = ("Recruitment", "Transit", "Exploitation", "Return", "ReTrafficking")
"""``hte_Type`` values: HTCDS 2.0 plus tipnet's Return and ReTrafficking."""

MIGRATION_STATUSES: tuple[str, ...] = (
    "RegularMigrant",
    "IrregularMigrant",
    "NotAMigrant",
    "Unknown",
)
"""``ext_MigrationStatus`` extension picklist."""

PROTECTION_STATUSES: tuple[str, ...] = (
    "NotApplied",
    "AsylumSeeker",
    "RecognisedRefugee",
    "SubsidiaryProtection",
    "Stateless",
    "Rejected",
    "Unknown",
)
"""``ext_ProtectionStatus`` extension picklist."""


def empty_case_row() -> dict[str, str]:
    """A cases-file row with every column present and blank (unknown)."""
    return dict.fromkeys(CASE_COLUMNS, "")


def empty_event_row() -> dict[str, str]:
    """An events-file row with every column present and blank (unknown)."""
    return dict.fromkeys(EVENT_COLUMNS, "")
