"""Invented organisations of the synthetic demo network.

Names are invented for the demo; any likeness to a real organisation is unintended. Each
organisation sits in a real country on real corridors and serves the languages its
clients speak.
"""

from __future__ import annotations

from dataclasses import dataclass

ORGANISATION_TYPES: tuple[str, ...] = (
    # HTCDS 2.0 org_Type value names
    "NGO",
    "LawEnforcement",
    "HealthServiceOrganisation",
    "CentralGovernmentOrganisation",
    "LocalGovernmentOrganisation",
    "ImmigrationService",
    "LegalService",
    "CorporateBusiness",
    "SchoolOrCollege",
    # tipnet extensions
    "Shelter",
    "Hotline",
    "LegalAid",
    "MigrantOrTradeUnion",
    "FaithBased",
    "ResearchInstitute",
)
"""Organisation types: HTCDS ``org_Type`` value names, then tipnet extensions."""

ROUTE_ROLES: tuple[str, ...] = ("Sending", "Transit", "Destination")
"""Positions an organisation can hold on a route."""

ISSUE_AREAS: tuple[str, ...] = (
    "RefugeeProtection",
    "HivAids",
    "LabourRights",
    "ChildProtection",
    "GenderBasedViolence",
    "RacismAndXenophobia",
    "Development",
    "LegalAid",
)
"""Issue areas an organisation works on."""


@dataclass(frozen=True)
class SyntheticOrganisation:
    """An invented organisation of the demo network.

    Attributes:
        key: slug used for file names and truth keys, e.g. ``"bkk-shelter"``.
        name: display name, also used in referral columns of other organisations.
        organisation_type: a value of :data:`ORGANISATION_TYPES`.
        country: ISO 3166-1 alpha-2 code.
        languages: ISO 639-1 codes of the languages the organisation serves.
        route_roles: values of :data:`ROUTE_ROLES`; decide whom it can meet.
        issue_areas: values of :data:`ISSUE_AREAS`.
        capture_probability: chance that an average person passing through this
            organisation's position on their route becomes one of its cases.
        is_name_in_native_script: whether it records names of people from its own country
            in their native script.
    """

    key: str
    name: str
    organisation_type: str
    country: str
    languages: tuple[str, ...]
    route_roles: tuple[str, ...]
    issue_areas: tuple[str, ...]
    capture_probability: float
    is_name_in_native_script: bool

    def __post_init__(self) -> None:
        """Reject values outside the vocabularies and probabilities outside (0, 1)."""
        if self.organisation_type not in ORGANISATION_TYPES:
            raise ValueError(f"unknown organisation type {self.organisation_type!r}")
        if not set(self.route_roles) <= set(ROUTE_ROLES):
            raise ValueError(f"unknown route role in {self.route_roles!r}")
        if not set(self.issue_areas) <= set(ISSUE_AREAS):
            raise ValueError(f"unknown issue area in {self.issue_areas!r}")
        if not 0.0 < self.capture_probability < 1.0:
            raise ValueError("capture_probability must lie strictly between 0 and 1")


DEFAULT_ORGANISATIONS: tuple[SyntheticOrganisation, ...] = (
    SyntheticOrganisation(
        key="mnl-hotline",
        name="Tulay Migrant Helpline",
        organisation_type="Hotline",
        country="PH",
        languages=("tl", "en", "ceb"),
        route_roles=("Sending",),
        issue_areas=("LabourRights", "GenderBasedViolence"),
        capture_probability=0.3,
        is_name_in_native_script=True,
    ),
    SyntheticOrganisation(
        key="bkk-shelter",
        name="Baan Sabai Shelter",
        organisation_type="Shelter",
        country="TH",
        languages=("th", "my", "km", "lo", "en"),
        route_roles=("Sending", "Transit", "Destination"),
        issue_areas=("ChildProtection", "GenderBasedViolence", "LabourRights"),
        capture_probability=0.3,
        is_name_in_native_script=True,
    ),
    SyntheticOrganisation(
        key="ktm-legal-aid",
        name="Nyaya Legal Aid Centre",
        organisation_type="LegalAid",
        country="NP",
        languages=("ne", "hi", "en"),
        route_roles=("Sending",),
        issue_areas=("LegalAid", "GenderBasedViolence"),
        capture_probability=0.35,
        is_name_in_native_script=True,
    ),
    SyntheticOrganisation(
        key="benin-city-faith",
        name="Edo Women of Faith Network",
        organisation_type="FaithBased",
        country="NG",
        languages=("en", "yo", "ig", "ha"),
        route_roles=("Sending",),
        issue_areas=("GenderBasedViolence", "Development"),
        capture_probability=0.3,
        is_name_in_native_script=False,
    ),
    SyntheticOrganisation(
        key="hanoi-reintegration",
        name="Song Hong Reintegration Centre",
        organisation_type="NGO",
        country="VN",
        languages=("vi", "en", "zh"),
        route_roles=("Sending",),
        issue_areas=("ChildProtection", "Development"),
        capture_probability=0.3,
        is_name_in_native_script=True,
    ),
    SyntheticOrganisation(
        key="kl-migrant-union",
        name="Solidarity Union of Migrant Workers Malaysia",
        organisation_type="MigrantOrTradeUnion",
        country="MY",
        languages=("ms", "en", "ne", "bn", "my", "tl"),
        route_roles=("Transit", "Destination"),
        issue_areas=("LabourRights", "RacismAndXenophobia"),
        capture_probability=0.2,
        is_name_in_native_script=False,
    ),
    SyntheticOrganisation(
        key="tripoli-health",
        name="Mediterranean Migrant Health Outreach",
        organisation_type="HealthServiceOrganisation",
        country="LY",
        languages=("ar", "en", "fr", "ti", "am"),
        route_roles=("Transit",),
        issue_areas=("RefugeeProtection", "HivAids", "GenderBasedViolence"),
        capture_probability=0.15,
        is_name_in_native_script=False,
    ),
    SyntheticOrganisation(
        key="tapachula-shelter",
        name="Casa Refugio Soconusco",
        organisation_type="Shelter",
        country="MX",
        languages=("es", "en"),
        route_roles=("Transit", "Destination"),
        issue_areas=("RefugeeProtection", "ChildProtection", "GenderBasedViolence"),
        capture_probability=0.25,
        is_name_in_native_script=True,
    ),
    SyntheticOrganisation(
        key="tokyo-legal-aid",
        name="Sakura Migrant Legal Aid",
        organisation_type="LegalAid",
        country="JP",
        languages=("ja", "en", "tl", "vi", "th"),
        route_roles=("Destination",),
        issue_areas=("LegalAid", "LabourRights", "GenderBasedViolence"),
        capture_probability=0.3,
        is_name_in_native_script=False,
    ),
    SyntheticOrganisation(
        key="palermo-shelter",
        name="Casa Approdo Palermo",
        organisation_type="Shelter",
        country="IT",
        languages=("it", "en", "fr", "ti", "am"),
        route_roles=("Destination",),
        issue_areas=("RefugeeProtection", "GenderBasedViolence"),
        capture_probability=0.3,
        is_name_in_native_script=False,
    ),
    SyntheticOrganisation(
        key="berlin-counselling",
        name="Wegweiser Counselling Centre",
        organisation_type="NGO",
        country="DE",
        languages=("de", "en", "uk", "ru", "vi", "th"),
        route_roles=("Destination",),
        issue_areas=("GenderBasedViolence", "LabourRights"),
        capture_probability=0.25,
        is_name_in_native_script=False,
    ),
)
"""The default network: sending, transit and destination organisations on real corridors."""
