"""Victim-context fields of a case row: status, recruitment, control and exploitation."""

from __future__ import annotations

import numpy as np

from tipnet.core.synthetic.capture import Capture
from tipnet.core.synthetic.draws import chance, pick, pick_several
from tipnet.core.synthetic.people import TruePerson

_DECISION_MAKERS = ("Police", "NGO", "CourtOrProsecution", "NonPoliceGovernmentalOrganization")
_RELATIONSHIPS = ("Acquainted", "Unaquainted", "Familial")
_OFFLINE_RECRUITMENT = (
    "ThroughFriendsOrSocialEvents",
    "ThroughFamilyOrFamilyEvents",
    "AtWork",
    "AtAPlaceOfBusiness",
)
_ONLINE_RECRUITMENT = ("ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement")
_APPS_BY_ORIGIN = {
    "CN": ("WeChat", "QQ"),
    "TH": ("Line", "Facebook"),
    "VN": ("Facebook", "FacebookMessenger", "Other"),
    "PH": ("Facebook", "FacebookMessenger", "TikTok"),
    "MM": ("Facebook", "Telegram", "Viber"),
    "KH": ("Facebook", "Telegram"),
    "UA": ("Telegram", "Viber", "Instagram"),
    "NG": ("WhatsApp", "Facebook", "Instagram"),
}
_DEFAULT_APPS = ("WhatsApp", "Facebook", "TikTok")
_CONTROL_METHODS = (
    "DebtBondage",
    "WithholdsDocuments",
    "FalsePromises",
    "PhysicalThreats",
    "PsychologicalAbuse",
    "TakesEarnings",
    "ExcessiveWorkingHours",
    "RestrictsFinancialAccess",
    "WithholdsNecessities",
    "ThreatsLawEnforcement",
)
_SEXUAL_CONTROL_METHODS = ("SexualAbuse", "PsychoactiveSubstance", "ThreatensChildrenFamily")
_VULNERABILITIES = ("Poverty", "Migration", "Education", "Discrimination", "WorkEnvironment")


def victim_fields(rng: np.random.Generator, person: TruePerson, capture: Capture) -> dict[str, str]:
    """Victim-context fields; transit organisations often do not know the exploitation yet."""
    fields = _status_decision_fields(rng)
    fields.update(_recruitment_fields(rng, person))
    if capture.stage != "Transit" or chance(rng, 0.5):
        fields.update(_exploitation_fields(rng, person))
    if chance(rng, 0.3):
        fields["vic_Vulnerabilities"] = pick_several(rng, _VULNERABILITIES, 3)
    return fields


def _status_decision_fields(rng: np.random.Generator) -> dict[str, str]:
    draw = rng.random()
    if draw < 0.05:
        return {"vic_TraffickingStatus": "NotAVictimOfTrafficking"}
    if draw < 0.45:
        return {"vic_TraffickingStatus": "PossibleVictimOfTrafficking"}
    decision = pick(rng, _DECISION_MAKERS) if chance(rng, 0.8) else ""
    return {
        "vic_TraffickingStatus": "ActualVictimOfTrafficking",
        "vic_TraffickingStatusDecisionMakingOrg": decision,
    }


def _recruitment_fields(rng: np.random.Generator, person: TruePerson) -> dict[str, str]:
    fields = {
        "vic_LocationOfRecruitment": person.origin_country if chance(rng, 0.85) else "",
        "vic_RelationshipToTrafficker": pick(rng, _RELATIONSHIPS) if chance(rng, 0.6) else "",
    }
    if not chance(rng, 0.8):
        return fields
    is_online = person.is_forced_criminality or chance(rng, 0.35)
    methods = _ONLINE_RECRUITMENT if is_online else _OFFLINE_RECRUITMENT
    fields["vic_MethodOfRecruitment"] = pick_several(rng, methods, 2)
    if is_online and chance(rng, 0.7):
        apps = _APPS_BY_ORIGIN.get(person.origin_country, _DEFAULT_APPS)
        fields["vic_RecruitmentWebsitesAndApps"] = pick_several(rng, apps, 2)
    return fields


def _exploitation_fields(rng: np.random.Generator, person: TruePerson) -> dict[str, str]:
    fields = {
        "vic_TypeOfExploitation": ";".join(person.exploitation_types),
        "vic_LocationOfExploitation": person.destination_country if chance(rng, 0.85) else "",
        "vic_ForcedLabourIndustry": person.forced_labour_industry if chance(rng, 0.8) else "",
        "vic_TypeOfSexExploitation": ";".join(person.sex_exploitation_types),
    }
    if chance(rng, 0.75):
        methods: tuple[str, ...] = _CONTROL_METHODS
        if person.sex_exploitation_types:
            methods = _CONTROL_METHODS + _SEXUAL_CONTROL_METHODS
        fields["vic_MethodsOfControl"] = pick_several(rng, methods, 4)
    if person.sex_exploitation_types and chance(rng, 0.2):
        fields["vic_ExploitationWebsitesAndApps"] = pick_several(
            rng, ("Telegram", "WhatsApp", "Line", "Other"), 2
        )
    return fields
