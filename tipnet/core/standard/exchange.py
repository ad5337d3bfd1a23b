"""Import and export of HTCDS case data: one place to import every exchange function from.

* Flat HTCDS exchange files (cases file + events file), as rows, CSV or Excel:
  :func:`decode_csv`, :func:`read_xlsx`, :func:`parse_case_rows`, :func:`write_case_rows`,
  :func:`write_event_rows`, :func:`cases_to_csv`, :func:`events_to_csv`,
  :func:`cases_to_xlsx`; column tables :data:`CASE_COLUMNS`, :data:`EVENT_COLUMNS`,
  :data:`REQUIRED_CASE_COLUMNS`, :data:`HTCDS_FIELD_TO_COLUMN` and
  :data:`HTCDS_CORE_FIELD_TO_COLUMN`.
* CTDC-style export and the CTDC sample fixture: :func:`ctdc_rows`, :func:`read_ctdc_sample`.

The format is specified in ``docs/htcds.md``. Human Trafficking Case Data Standard (HTCDS) by
IOM, CC BY 4.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tipnet.core.standard.columns import (
    CASE_COLUMN_SPECS,
    CASE_COLUMNS,
    CASE_ID_COLUMN,
    EVENT_COLUMN_SPECS,
    EVENT_COLUMNS,
    HTCDS_FIELD_TO_COLUMN,
    REQUIRED_CASE_COLUMNS,
    REQUIRED_EVENT_COLUMNS,
    ColumnSpec,
)
from tipnet.core.standard.ctdc import CTDC_COLUMNS, ctdc_row, ctdc_rows, read_ctdc_sample
from tipnet.core.standard.flat_rows import parse_case_rows, write_case_rows, write_event_rows
from tipnet.core.standard.htcds_csv import cases_to_csv, decode_csv, events_to_csv
from tipnet.core.standard.xlsx import cases_to_xlsx, read_xlsx

HTCDS_CORE_FIELDS: tuple[str, ...] = (
    "prs_Salutation",
    "prs_FirstName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Citizenship",
    "prs_Title",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingCountry",
    "prs_MailingState",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
    "vic_TraffickingStatus",
    "vic_TraffickingStatusDecisionMakingOrg",
    "vic_MethodOfRecruitment",
    "vic_LocationOfRecruitment",
    "vic_MethodsOfControl",
    "vic_TypeOfExploitation",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
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
)
"""HTCDS v2.0 fields marked "Core" (not deprecated, not organisation fields)."""

HTCDS_CORE_FIELD_TO_COLUMN: Mapping[str, str] = MappingProxyType(
    {field: HTCDS_FIELD_TO_COLUMN[field] for field in HTCDS_CORE_FIELDS}
)
"""HTCDS Core field -> the cases-file column that carries it."""

__all__ = [
    "CASE_COLUMNS",
    "CASE_COLUMN_SPECS",
    "CASE_ID_COLUMN",
    "CTDC_COLUMNS",
    "EVENT_COLUMNS",
    "EVENT_COLUMN_SPECS",
    "HTCDS_CORE_FIELDS",
    "HTCDS_CORE_FIELD_TO_COLUMN",
    "HTCDS_FIELD_TO_COLUMN",
    "REQUIRED_CASE_COLUMNS",
    "REQUIRED_EVENT_COLUMNS",
    "ColumnSpec",
    "cases_to_csv",
    "cases_to_xlsx",
    "ctdc_row",
    "ctdc_rows",
    "decode_csv",
    "events_to_csv",
    "parse_case_rows",
    "read_ctdc_sample",
    "read_xlsx",
    "write_case_rows",
    "write_event_rows",
]
