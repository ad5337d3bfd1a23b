"""Roles and the actions each may take.

Permissions are per action and checked in services and selectors (not only in views), so
every path — page, export, import, admin — enforces the same rule.
"""

from __future__ import annotations

from enum import StrEnum

from tipnet.core.translation import gettext_noop


class Role(StrEnum):
    """A user's role inside one organisation."""

    CASEWORKER = "caseworker"
    HOTLINE_OPERATOR = "hotline_operator"
    SUPERVISOR = "supervisor"
    ORGANISATION_ADMINISTRATOR = "organisation_administrator"
    NETWORK_COORDINATOR = "network_coordinator"
    RESEARCHER = "researcher"


ROLE_LABELS: dict[Role, str] = {
    Role.CASEWORKER: gettext_noop("Caseworker"),
    Role.HOTLINE_OPERATOR: gettext_noop("Hotline operator"),
    Role.SUPERVISOR: gettext_noop("Supervisor"),
    Role.ORGANISATION_ADMINISTRATOR: gettext_noop("Organisation administrator"),
    Role.NETWORK_COORDINATOR: gettext_noop("Network coordinator"),
    Role.RESEARCHER: gettext_noop("Researcher (aggregates only)"),
}


class Action(StrEnum):
    """Something a user may be allowed to do within an organisation."""

    VIEW_CASES = "view_cases"
    CREATE_CASES = "create_cases"
    EDIT_CASES = "edit_cases"
    CLOSE_CASES = "close_cases"
    IMPORT_CASES = "import_cases"
    EXPORT_CASES = "export_cases"
    VIEW_PROTECTED_CASES = "view_protected_cases"
    MANAGE_PROTECTION = "manage_protection"
    MANAGE_MEMBERS = "manage_members"
    VIEW_AGGREGATES = "view_aggregates"
    VIEW_AUDIT = "view_audit"
    RUN_ESTIMATES = "run_estimates"
    RUN_LINKAGE = "run_linkage"
    SUBMIT_LINKAGE = "submit_linkage"
    VIEW_ESTIMATES = "view_estimates"


_CASE_WORK = frozenset(
    {
        Action.VIEW_CASES,
        Action.CREATE_CASES,
        Action.EDIT_CASES,
        Action.VIEW_AGGREGATES,
        Action.VIEW_ESTIMATES,
    }
)

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.CASEWORKER: _CASE_WORK | {Action.CLOSE_CASES},
    Role.HOTLINE_OPERATOR: _CASE_WORK,
    Role.SUPERVISOR: _CASE_WORK
    | {
        Action.CLOSE_CASES,
        Action.IMPORT_CASES,
        Action.EXPORT_CASES,
        Action.MANAGE_PROTECTION,
        Action.VIEW_AUDIT,
        Action.SUBMIT_LINKAGE,
    },
    # Administrators run the organisation's accounts; they do not read case files.
    Role.ORGANISATION_ADMINISTRATOR: frozenset(
        {Action.MANAGE_MEMBERS, Action.VIEW_AUDIT, Action.VIEW_AGGREGATES, Action.VIEW_ESTIMATES}
    ),
    Role.NETWORK_COORDINATOR: frozenset(
        {
            Action.VIEW_AGGREGATES,
            Action.VIEW_ESTIMATES,
            Action.RUN_ESTIMATES,
            Action.RUN_LINKAGE,
        }
    ),
    Role.RESEARCHER: frozenset({Action.VIEW_AGGREGATES, Action.VIEW_ESTIMATES}),
}

CASE_DATA_ACTIONS = frozenset({Action.VIEW_CASES, Action.CREATE_CASES, Action.EDIT_CASES})


def can_role(role: Role, action: Action) -> bool:
    """Whether ``role`` grants ``action``."""
    return action in ROLE_ACTIONS[role]
