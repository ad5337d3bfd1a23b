"""HTCDS v2.0 vocabularies (picklists) as string enums, with translatable English labels.

Every enum's *values* are the value names of the Human Trafficking Case Data Standard (HTCDS)
v2.0 exactly, so files exchanged with other HTCDS systems keep their meaning; member names
are English. Labels are the standard's English value labels, marked for translation with
:func:`~tipnet.core.translation.gettext_noop` and looked up with :func:`label_of`.

Enums marked *tipnet extension* are not part of HTCDS; they are documented in
``docs/htcds.md``.

Source: Human Trafficking Case Data Standard (HTCDS) v2.0 by IOM (International Organization
for Migration), CC BY 4.0, repository ``UNMigration/HTCDS``, file
``HTCDS Field Standards 2.0.ods``. Field and value names are facts of the standard, written
here as a vocabulary; no endorsement by IOM is implied.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from tipnet.core.translation import gettext_noop

_LABELS: dict[type[StrEnum], Mapping[StrEnum, str]] = {}


def _register(enum_class: type[StrEnum], labels: Mapping[StrEnum, str]) -> None:
    """Record the labels of one enum; refuse a registry with a member missing."""
    missing = [member.name for member in enum_class if member not in labels]
    if missing:
        raise RuntimeError(f"{enum_class.__name__} has no label for {missing}")
    _LABELS[enum_class] = MappingProxyType(dict(labels))


def label_of(member: StrEnum) -> str:
    """The English label of a vocabulary member, marked for translation.

    Args:
        member: a member of any enum defined in this module.

    Returns:
        The untranslated English label; the web layer passes it through ``gettext``.

    Raises:
        KeyError: ``member`` does not belong to a registered vocabulary.
    """
    return _LABELS[type(member)][member]


def labels_of(enum_class: type[StrEnum]) -> tuple[tuple[str, str], ...]:
    """``(value, label)`` pairs of one vocabulary in definition order (Django ``choices``).

    Args:
        enum_class: an enum defined in this module.

    Returns:
        One pair per member: the HTCDS value name and its untranslated English label.
    """
    labels = _LABELS[enum_class]
    return tuple((member.value, labels[member]) for member in enum_class)


def registered_vocabularies() -> tuple[type[StrEnum], ...]:
    """Every enum of this module that has labels, in definition order."""
    return tuple(_LABELS)


class OrganisationType(StrEnum):
    """Kind of organisation (HTCDS ``org_Type``) plus tipnet extensions."""

    NGO = "NGO"
    LAW_ENFORCEMENT = "LawEnforcement"
    HEALTH_SERVICE_ORGANISATION = "HealthServiceOrganisation"
    CENTRAL_GOVERNMENT_ORGANISATION = "CentralGovernmentOrganisation"
    LOCAL_GOVERNMENT_ORGANISATION = "LocalGovernmentOrganisation"
    IMMIGRATION_SERVICE = "ImmigrationService"
    LEGAL_SERVICE = "LegalService"
    CORPORATE_BUSINESS = "CorporateBusiness"
    SCHOOL_OR_COLLEGE = "SchoolOrCollege"
    # tipnet extensions: kinds of member organisation the network needs to tell apart.
    SHELTER = "Shelter"
    HOTLINE = "Hotline"
    LEGAL_AID = "LegalAid"
    MIGRANT_OR_TRADE_UNION = "MigrantOrTradeUnion"
    FAITH_BASED = "FaithBased"
    RESEARCH_INSTITUTE = "ResearchInstitute"


_register(
    OrganisationType,
    {
        OrganisationType.NGO: gettext_noop("NGO"),
        OrganisationType.LAW_ENFORCEMENT: gettext_noop("Law Enforcement"),
        OrganisationType.HEALTH_SERVICE_ORGANISATION: gettext_noop("Health Service Organisation"),
        OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION: gettext_noop(
            "Central Government Organisation"
        ),
        OrganisationType.LOCAL_GOVERNMENT_ORGANISATION: gettext_noop(
            "Local Government Organisation"
        ),
        OrganisationType.IMMIGRATION_SERVICE: gettext_noop("Immigration Service"),
        OrganisationType.LEGAL_SERVICE: gettext_noop("Legal Service"),
        OrganisationType.CORPORATE_BUSINESS: gettext_noop("Corporate Business"),
        OrganisationType.SCHOOL_OR_COLLEGE: gettext_noop("School or College"),
        OrganisationType.SHELTER: gettext_noop("Shelter"),
        OrganisationType.HOTLINE: gettext_noop("Hotline"),
        OrganisationType.LEGAL_AID: gettext_noop("Legal Aid"),
        OrganisationType.MIGRANT_OR_TRADE_UNION: gettext_noop("Migrant or Trade Union"),
        OrganisationType.FAITH_BASED: gettext_noop("Faith-based Organisation"),
        OrganisationType.RESEARCH_INSTITUTE: gettext_noop("Research Institute"),
    },
)


class Gender(StrEnum):
    """Gender expression of a person (HTCDS ``prs_Gender``)."""

    FEMININE = "Feminine"
    MASCULINE = "Masculine"
    TRANSGENDER_FEMININE = "TransgenderFeminine"
    TRANSGENDER_MASCULINE = "TransgenderMasculine"
    NON_CONFORMING = "NonConforming"
    NOT_SPECIFIED_UNKNOWN = "NonSpecifiedUnknown"


_register(
    Gender,
    {
        Gender.FEMININE: gettext_noop("Feminine"),
        Gender.MASCULINE: gettext_noop("Masculine"),
        Gender.TRANSGENDER_FEMININE: gettext_noop("Transgender Feminine"),
        Gender.TRANSGENDER_MASCULINE: gettext_noop("Transgender Masculine"),
        Gender.NON_CONFORMING: gettext_noop("Non-Conforming"),
        Gender.NOT_SPECIFIED_UNKNOWN: gettext_noop("Not Specified/Unknown"),
    },
)


class MaritalStatus(StrEnum):
    """Marital status of a person (HTCDS ``prs_MaritalStatus``)."""

    SINGLE = "Single"
    MARRIED = "Married"
    WIDOWED = "Widowed"
    DIVORCED = "Divorced"
    SEPARATED = "Separated"
    REGISTERED_PARTNERSHIP = "RegisteredPartnership"


_register(
    MaritalStatus,
    {
        MaritalStatus.SINGLE: gettext_noop("Single"),
        MaritalStatus.MARRIED: gettext_noop("Married"),
        MaritalStatus.WIDOWED: gettext_noop("Widowed"),
        MaritalStatus.DIVORCED: gettext_noop("Divorced"),
        MaritalStatus.SEPARATED: gettext_noop("Separated"),
        MaritalStatus.REGISTERED_PARTNERSHIP: gettext_noop("Registered Partnership"),
    },
)


class EducationLevel(StrEnum):
    """Highest level of education, ISCED 2011 levels (HTCDS ``prs_HighestLevelOfEducation``)."""

    EARLY_CHILDHOOD_EDUCATION = "EarlyChildhoodEducation"
    PRIMARY_EDUCATION = "PrimaryEducation"
    LOWER_SECONDARY_EDUCATION = "LowerSecondaryEducation"
    UPPER_SECONDARY_EDUCATION = "UpperSecondaryEducation"
    POST_SECONDARY_NON_TERTIARY_EDUCATION = "PostSecondaryNonTertiaryEducation"
    SHORT_CYCLE_TERTIARY_EDUCATION = "ShortCycleTertiaryEducation"
    BACHELORS_OR_EQUIVALENT_LEVEL = "BachelorsOrEquivalentLevel"
    MASTERS_OR_EQUIVALENT_LEVEL = "MastersOrEquivalentLevel"
    DOCTORAL_OR_EQUIVALENT_LEVEL = "DoctoralOrEquivalentLevel"


_register(
    EducationLevel,
    {
        EducationLevel.EARLY_CHILDHOOD_EDUCATION: gettext_noop("Early Childhood Education"),
        EducationLevel.PRIMARY_EDUCATION: gettext_noop("Primary Education"),
        EducationLevel.LOWER_SECONDARY_EDUCATION: gettext_noop("Lower Secondary Education"),
        EducationLevel.UPPER_SECONDARY_EDUCATION: gettext_noop("Upper Secondary Education"),
        EducationLevel.POST_SECONDARY_NON_TERTIARY_EDUCATION: gettext_noop(
            "Post-secondary Non-tertiary Education"
        ),
        EducationLevel.SHORT_CYCLE_TERTIARY_EDUCATION: gettext_noop(
            "Short-cycle Tertiary Education"
        ),
        EducationLevel.BACHELORS_OR_EQUIVALENT_LEVEL: gettext_noop(
            "Bachelor’s or Equivalent Level"
        ),
        EducationLevel.MASTERS_OR_EQUIVALENT_LEVEL: gettext_noop("Master’s or Equivalent Level"),
        EducationLevel.DOCTORAL_OR_EQUIVALENT_LEVEL: gettext_noop("Doctoral or Equivalent Level"),
    },
)


class TraffickingStatus(StrEnum):
    """Whether a person is a possible, actual or no victim (HTCDS ``vic_TraffickingStatus``)."""

    POSSIBLE_VICTIM_OF_TRAFFICKING = "PossibleVictimOfTrafficking"
    ACTUAL_VICTIM_OF_TRAFFICKING = "ActualVictimOfTrafficking"
    NOT_A_VICTIM_OF_TRAFFICKING = "NotAVictimOfTrafficking"


_register(
    TraffickingStatus,
    {
        TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING: gettext_noop(
            "Possible victim of trafficking"
        ),
        TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING: gettext_noop(
            "Actual victim of trafficking"
        ),
        TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING: gettext_noop("Not a victim of trafficking"),
    },
)


class StatusDecisionOrganisation(StrEnum):
    """Who decided the trafficking status (HTCDS ``vic_TraffickingStatusDecisionMakingOrg``)."""

    POLICE = "Police"
    NGO = "NGO"
    COURT_OR_PROSECUTION = "CourtOrProsecution"
    NON_POLICE_GOVERNMENTAL_ORGANISATION = "NonPoliceGovernmentalOrganization"
    OTHER = "Other"


_register(
    StatusDecisionOrganisation,
    {
        StatusDecisionOrganisation.POLICE: gettext_noop("Police"),
        StatusDecisionOrganisation.NGO: gettext_noop("NGO"),
        StatusDecisionOrganisation.COURT_OR_PROSECUTION: gettext_noop("Court or prosecution"),
        StatusDecisionOrganisation.NON_POLICE_GOVERNMENTAL_ORGANISATION: gettext_noop(
            "Non-police governmental organization"
        ),
        StatusDecisionOrganisation.OTHER: gettext_noop("Other"),
    },
)


class RelationshipToTrafficker(StrEnum):
    """Victim's relationship to the trafficker (HTCDS ``vic_RelationshipToTrafficker``).

    The HTCDS value name ``Unaquainted`` is misspelled in the standard and kept as data;
    the member name is spelled correctly.
    """

    FAMILIAL = "Familial"
    ACQUAINTED = "Acquainted"
    UNACQUAINTED = "Unaquainted"


_register(
    RelationshipToTrafficker,
    {
        RelationshipToTrafficker.FAMILIAL: gettext_noop("Familial"),
        RelationshipToTrafficker.ACQUAINTED: gettext_noop("Acquainted"),
        RelationshipToTrafficker.UNACQUAINTED: gettext_noop("Unaquainted"),
    },
)


class WebsiteOrApp(StrEnum):
    """Online platform, for recruitment and for exploitation alike.

    HTCDS ``vic_RecruitmentWebsitesAndApps`` and ``vic_ExploitationWebsitesAndApps`` share
    this list.
    """

    FACEBOOK = "Facebook"
    INSTAGRAM = "Instagram"
    WHATSAPP = "WhatsApp"
    TELEGRAM = "Telegram"
    FACEBOOK_MESSENGER = "FacebookMessenger"
    VIBER = "Viber"
    SNAPCHAT = "SnapChat"
    LINE = "Line"
    FOUR_SALE = "4Sale"
    WECHAT = "WeChat"
    QQ = "QQ"
    QZONE = "QZone"
    TIKTOK = "TikTok"
    TWITTER = "Twitter"
    OTHER = "Other"


_register(
    WebsiteOrApp,
    {
        WebsiteOrApp.FACEBOOK: gettext_noop("Facebook"),
        WebsiteOrApp.INSTAGRAM: gettext_noop("Instagram"),
        WebsiteOrApp.WHATSAPP: gettext_noop("WhatsApp"),
        WebsiteOrApp.TELEGRAM: gettext_noop("Telegram"),
        WebsiteOrApp.FACEBOOK_MESSENGER: gettext_noop("Facebook Messenger"),
        WebsiteOrApp.VIBER: gettext_noop("Viber"),
        WebsiteOrApp.SNAPCHAT: gettext_noop("SnapChat"),
        WebsiteOrApp.LINE: gettext_noop("Line"),
        WebsiteOrApp.FOUR_SALE: gettext_noop("4Sale"),
        WebsiteOrApp.WECHAT: gettext_noop("WeChat"),
        WebsiteOrApp.QQ: gettext_noop("QQ"),
        WebsiteOrApp.QZONE: gettext_noop("QZone"),
        WebsiteOrApp.TIKTOK: gettext_noop("TikTok"),
        WebsiteOrApp.TWITTER: gettext_noop("Twitter"),
        WebsiteOrApp.OTHER: gettext_noop("Other"),
    },
)


class RecruitmentMethod(StrEnum):
    """How the victim was recruited (HTCDS ``vic_MethodOfRecruitment``)."""

    AT_A_PLACE_OF_BUSINESS = "AtAPlaceOfBusiness"
    AT_AN_EDUCATIONAL_INSTITUTION = "AtAnEducationalInstitution"
    AT_WORK = "AtWork"
    THROUGH_ONLINE_SOCIAL_NETWORKS = "ThroughOnlineSocialNetworks"
    THROUGH_AN_ONLINE_ADVERTISEMENT = "ThroughAnOnlineAdvertisement"
    THROUGH_A_TELEVISION_ADVERT = "ThroughATelevisionAdvert"
    THROUGH_A_NEWSPAPER_ADVERT = "ThroughANewspaperAdvert"
    THROUGH_FAMILY_OR_FAMILY_EVENTS = "ThroughFamilyOrFamilyEvents"
    THROUGH_FRIENDS_OR_SOCIAL_EVENTS = "ThroughFriendsOrSocialEvents"
    OTHER = "Other"


_register(
    RecruitmentMethod,
    {
        RecruitmentMethod.AT_A_PLACE_OF_BUSINESS: gettext_noop("At a place of business"),
        RecruitmentMethod.AT_AN_EDUCATIONAL_INSTITUTION: gettext_noop(
            "At an educational institution"
        ),
        RecruitmentMethod.AT_WORK: gettext_noop("At work"),
        RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS: gettext_noop(
            "Through online social networks"
        ),
        RecruitmentMethod.THROUGH_AN_ONLINE_ADVERTISEMENT: gettext_noop(
            "Through an online advertisement"
        ),
        RecruitmentMethod.THROUGH_A_TELEVISION_ADVERT: gettext_noop("Through a television advert"),
        RecruitmentMethod.THROUGH_A_NEWSPAPER_ADVERT: gettext_noop("Through a newspaper advert"),
        RecruitmentMethod.THROUGH_FAMILY_OR_FAMILY_EVENTS: gettext_noop(
            "Through family or family events"
        ),
        RecruitmentMethod.THROUGH_FRIENDS_OR_SOCIAL_EVENTS: gettext_noop(
            "Through friends or social events"
        ),
        RecruitmentMethod.OTHER: gettext_noop("Other"),
    },
)


class ControlMethod(StrEnum):
    """How the trafficker controlled the victim (HTCDS ``vic_MethodsOfControl``)."""

    PHYSICAL_THREATS = "PhysicalThreats"
    THREATS_LAW_ENFORCEMENT = "ThreatsLawEnforcement"
    THREATENS_CHILDREN_FAMILY = "ThreatensChildrenFamily"
    DEBT_BONDAGE = "DebtBondage"
    FALSE_PROMISES = "FalsePromises"
    PHYSICAL_ABUSE = "PhysicalAbuse"
    SEXUAL_ABUSE = "SexualAbuse"
    TAKES_EARNINGS = "TakesEarnings"
    RESTRICTS_FINANCIAL_ACCESS = "RestrictsFinancialAccess"
    RESTRICTS_MEDICAL_CARE = "RestrictsMedicalCare"
    WITHHOLDS_NECESSITIES = "WithholdsNecessities"
    PSYCHOLOGICAL_ABUSE = "PsychologicalAbuse"
    PSYCHOACTIVE_SUBSTANCE = "PsychoactiveSubstance"
    EXCESSIVE_WORKING_HOURS = "ExcessiveWorkingHours"
    WITHHOLDS_DOCUMENTS = "WithholdsDocuments"
    OTHER = "Other"


_register(
    ControlMethod,
    {
        ControlMethod.PHYSICAL_THREATS: gettext_noop("Physical threats"),
        ControlMethod.THREATS_LAW_ENFORCEMENT: gettext_noop("Threats of law enforcement"),
        ControlMethod.THREATENS_CHILDREN_FAMILY: gettext_noop("Threatens children/family"),
        ControlMethod.DEBT_BONDAGE: gettext_noop("Debt bondage"),
        ControlMethod.FALSE_PROMISES: gettext_noop("False promises"),
        ControlMethod.PHYSICAL_ABUSE: gettext_noop("Physical abuse"),
        ControlMethod.SEXUAL_ABUSE: gettext_noop("Sexual abuse"),
        ControlMethod.TAKES_EARNINGS: gettext_noop("Takes earnings"),
        ControlMethod.RESTRICTS_FINANCIAL_ACCESS: gettext_noop("Restricts financial access"),
        ControlMethod.RESTRICTS_MEDICAL_CARE: gettext_noop("Restricts medical care"),
        ControlMethod.WITHHOLDS_NECESSITIES: gettext_noop("Withholds necessities"),
        ControlMethod.PSYCHOLOGICAL_ABUSE: gettext_noop("Psychological abuse"),
        ControlMethod.PSYCHOACTIVE_SUBSTANCE: gettext_noop("Psychoactive substance"),
        ControlMethod.EXCESSIVE_WORKING_HOURS: gettext_noop("Excessive working hours"),
        ControlMethod.WITHHOLDS_DOCUMENTS: gettext_noop("Withholds documents"),
        ControlMethod.OTHER: gettext_noop("Other"),
    },
)


class ExploitationType(StrEnum):
    """Form of exploitation (HTCDS ``vic_TypeOfExploitation``)."""

    FORCED_LABOUR = "ForcedLabour"
    SEXUAL_EXPLOITATION = "SexualExploitation"
    CHILD_LABOUR = "ChildLabour"
    FORCED_MARRIAGE = "ForcedMarriage"
    SERVITUDE = "Servitude"
    FORCED_MILITARY_BY_NON_STATE_ACTORS = "ForcedMilitaryByNonStateActors"
    ORGAN_REMOVAL = "OrganRemoval"
    FORCED_BEGGING = "ForcedBegging"
    FORCED_ADOPTION = "ForcedAdoption"
    SURROGACY = "Surrogacy"
    OTHER = "Other"


_register(
    ExploitationType,
    {
        ExploitationType.FORCED_LABOUR: gettext_noop("Forced labour"),
        ExploitationType.SEXUAL_EXPLOITATION: gettext_noop("Sexual exploitation"),
        ExploitationType.CHILD_LABOUR: gettext_noop("Child labour"),
        ExploitationType.FORCED_MARRIAGE: gettext_noop("Forced marriage"),
        ExploitationType.SERVITUDE: gettext_noop("Servitude"),
        ExploitationType.FORCED_MILITARY_BY_NON_STATE_ACTORS: gettext_noop(
            "Forced military (by non-state actors)"
        ),
        ExploitationType.ORGAN_REMOVAL: gettext_noop("Organ removal"),
        ExploitationType.FORCED_BEGGING: gettext_noop("Forced begging"),
        ExploitationType.FORCED_ADOPTION: gettext_noop("Forced adoption"),
        ExploitationType.SURROGACY: gettext_noop("Surrogacy"),
        ExploitationType.OTHER: gettext_noop("Other"),
    },
)


class ForcedLabourIndustry(StrEnum):
    """Industry of forced labour, ISIC Rev. 4 sections A-U (HTCDS ``vic_ForcedLabourIndustry``).

    Value names keep the ISIC section letter prefix; member names drop it.
    """

    AGRICULTURE_FORESTRY_AND_FISHING = "A_AgricultureForestryAndFishing"
    MINING_AND_QUARRYING = "B_MiningAndQuarrying"
    MANUFACTURING = "C_Manufacturing"
    ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY = (
        "D_ElectricityGasSteamAndAirConditioningSupply"
    )
    WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT = "E_WaterSupplySewerageWasteManagement"
    CONSTRUCTION = "F_Construction"
    WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES = (
        "G_WholesaleAndRetailTradeRepairOfMotorVehicles"
    )
    TRANSPORTATION_AND_STORAGE = "H_TransportationAndStorage"
    ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES = "I_AccommodationAndFoodServiceActivities"
    INFORMATION_AND_COMMUNICATION = "J_InformationAndCommunication"
    FINANCIAL_AND_INSURANCE_ACTIVITIES = "K_FinancialAndInsuranceActivities"
    REAL_ESTATE_ACTIVITIES = "L_RealEstateActivities"
    PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES = (
        "M_ProfessionalScientificAndTechnicalActivities"
    )
    ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES = "N_AdministrativeAndSupportServiceActivities"
    PUBLIC_ADMINISTRATION_AND_DEFENCE = "O_PublicAdministrationAndDefence"
    EDUCATION = "P_Education"
    HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES = "Q_HumanHealthAndSocialWorkActivities"
    ARTS_ENTERTAINMENT_AND_RECREATION = "R_ArtsEntertainmentAndRecreation"
    OTHER_SERVICE_ACTIVITIES = "S_OtherServiceActivities"
    ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS = "T_ActivitiesOfHouseholdsAsEmployers"
    ACTIVITIES_OF_EXTRATERRITORIAL_ORGANISATIONS = "U_ActivitiesOfExtraterritorialOrganizations"


_register(
    ForcedLabourIndustry,
    {
        ForcedLabourIndustry.AGRICULTURE_FORESTRY_AND_FISHING: gettext_noop(
            "Agriculture, forestry and fishing"
        ),
        ForcedLabourIndustry.MINING_AND_QUARRYING: gettext_noop("Mining and quarrying"),
        ForcedLabourIndustry.MANUFACTURING: gettext_noop("Manufacturing"),
        ForcedLabourIndustry.ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY: gettext_noop(
            "Electricity, gas, steam and air conditioning supply"
        ),
        ForcedLabourIndustry.WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT: gettext_noop(
            "Water supply; sewerage, waste management and remediation"
        ),
        ForcedLabourIndustry.CONSTRUCTION: gettext_noop("Construction"),
        ForcedLabourIndustry.WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES: gettext_noop(
            "Wholesale and retail trade; repair of motor vehicles and motorcycles"
        ),
        ForcedLabourIndustry.TRANSPORTATION_AND_STORAGE: gettext_noop("Transportation and storage"),
        ForcedLabourIndustry.ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES: gettext_noop(
            "Accommodation and food service activities"
        ),
        ForcedLabourIndustry.INFORMATION_AND_COMMUNICATION: gettext_noop(
            "Information and communication"
        ),
        ForcedLabourIndustry.FINANCIAL_AND_INSURANCE_ACTIVITIES: gettext_noop(
            "Financial and insurance activities"
        ),
        ForcedLabourIndustry.REAL_ESTATE_ACTIVITIES: gettext_noop("Real estate activities"),
        ForcedLabourIndustry.PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES: gettext_noop(
            "Professional, scientific and technical activities"
        ),
        ForcedLabourIndustry.ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES: gettext_noop(
            "Administrative and support service activities"
        ),
        ForcedLabourIndustry.PUBLIC_ADMINISTRATION_AND_DEFENCE: gettext_noop(
            "Public administration and defence; compulsory social security"
        ),
        ForcedLabourIndustry.EDUCATION: gettext_noop("Education"),
        ForcedLabourIndustry.HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES: gettext_noop(
            "Human health and social work activities"
        ),
        ForcedLabourIndustry.ARTS_ENTERTAINMENT_AND_RECREATION: gettext_noop(
            "Arts, entertainment and recreation"
        ),
        ForcedLabourIndustry.OTHER_SERVICE_ACTIVITIES: gettext_noop("Other service activities"),
        ForcedLabourIndustry.ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS: gettext_noop(
            "Activities of households as employers; undifferentiated goods- and services- "
            "producing activities of households for own use"
        ),
        ForcedLabourIndustry.ACTIVITIES_OF_EXTRATERRITORIAL_ORGANISATIONS: gettext_noop(
            "Activities of extraterritorial organizations and bodies"
        ),
    },
)


class SexExploitationType(StrEnum):
    """Form of sexual exploitation (HTCDS ``vic_TypeOfSexExploitation``)."""

    PROSTITUTION = "Prostitution"
    PORNOGRAPHY = "Pornography"
    REMOTE_INTERACTIVE_SERVICES = "RemoteInteractiveServices"
    PRIVATE_SEXUAL_SERVICES = "PrivateSexualServices"


_register(
    SexExploitationType,
    {
        SexExploitationType.PROSTITUTION: gettext_noop("Prostitution"),
        SexExploitationType.PORNOGRAPHY: gettext_noop("Pornography"),
        SexExploitationType.REMOTE_INTERACTIVE_SERVICES: gettext_noop(
            "Remote Interactive Services"
        ),
        SexExploitationType.PRIVATE_SEXUAL_SERVICES: gettext_noop("Private Sexual Services"),
    },
)


class Vulnerability(StrEnum):
    """Vulnerability (HTCDS ``vic_Vulnerabilities``; deprecated in v2.0, kept for old data)."""

    ADDICTION = "Addiction"
    SOCIAL_GROUP = "SocialGroup"
    DISCRIMINATION = "Discrimination"
    POVERTY = "Poverty"
    DISABILITY_AND_PHYSICAL_HEALTH = "DisabilityAndPhysicalHealth"
    MENTAL_HEALTH = "MentalHealth"
    MIGRATION = "Migration"
    HOMELESSNESS = "Homelessness"
    ABUSE_SOCIAL_MEDIA = "AbuseSocialMedia"
    ABUSE_PHYSICAL = "AbusePhysical"
    EDUCATION = "Education"
    WORK_ENVIRONMENT = "WorkEnvironment"


_register(
    Vulnerability,
    {
        Vulnerability.ADDICTION: gettext_noop("Addiction"),
        Vulnerability.SOCIAL_GROUP: gettext_noop("Social Group"),
        Vulnerability.DISCRIMINATION: gettext_noop("Discrimination"),
        Vulnerability.POVERTY: gettext_noop("Poverty"),
        Vulnerability.DISABILITY_AND_PHYSICAL_HEALTH: gettext_noop(
            "Disability and physical health"
        ),
        Vulnerability.MENTAL_HEALTH: gettext_noop("Mental health"),
        Vulnerability.MIGRATION: gettext_noop("Migration"),
        Vulnerability.HOMELESSNESS: gettext_noop("Homelessness"),
        Vulnerability.ABUSE_SOCIAL_MEDIA: gettext_noop("Abuse - social media"),
        Vulnerability.ABUSE_PHYSICAL: gettext_noop("Abuse - physical"),
        Vulnerability.EDUCATION: gettext_noop("Education"),
        Vulnerability.WORK_ENVIRONMENT: gettext_noop("Work environment"),
    },
)


class PerpetratorRole(StrEnum):
    """Role of a perpetrator in the trafficking process (HTCDS ``per_RoleInProcess``)."""

    TRAVELLING_PARTNER = "TravellingPartner"
    TRANSPORTER = "Transporter"
    RECRUITER_OR_INTERMEDIARY = "RecruiterOrIntermediary"
    BROKER_TRAVEL_AGENT = "BrokerTravelAgent"
    TRANSFERRED_INDIVIDUAL = "TransferredIndividual"
    HARBOURED_INDIVIDUAL = "HarbouredIndividual"
    SOLD_INDIVIDUAL = "SoldIndividual"
    BOUGHT_INDIVIDUAL = "BoughtIndividual"
    RECEIVED_INDIVIDUAL = "ReceivedIndividual"
    CONTROLLED_INDIVIDUAL = "ControlledIndividual"
    SMUGGLER = "Smuggler"
    ABUSER = "Abuser"
    KIDNAPPER = "Kidnapper"
    EXPLOITER = "Exploiter"
    OTHER = "Other"


_register(
    PerpetratorRole,
    {
        PerpetratorRole.TRAVELLING_PARTNER: gettext_noop("Travelling Partner"),
        PerpetratorRole.TRANSPORTER: gettext_noop("Transporter"),
        PerpetratorRole.RECRUITER_OR_INTERMEDIARY: gettext_noop("Recruiter Or Intermediary"),
        PerpetratorRole.BROKER_TRAVEL_AGENT: gettext_noop("Broker Travel Agent"),
        PerpetratorRole.TRANSFERRED_INDIVIDUAL: gettext_noop("Transferred Individual"),
        PerpetratorRole.HARBOURED_INDIVIDUAL: gettext_noop("Harboured Individual"),
        PerpetratorRole.SOLD_INDIVIDUAL: gettext_noop("Sold Individual"),
        PerpetratorRole.BOUGHT_INDIVIDUAL: gettext_noop("Bought Individual"),
        PerpetratorRole.RECEIVED_INDIVIDUAL: gettext_noop("Received Individual"),
        PerpetratorRole.CONTROLLED_INDIVIDUAL: gettext_noop("Controlled Individual"),
        PerpetratorRole.SMUGGLER: gettext_noop("Smuggler"),
        PerpetratorRole.ABUSER: gettext_noop("Abuser"),
        PerpetratorRole.KIDNAPPER: gettext_noop("Kidnapper"),
        PerpetratorRole.EXPLOITER: gettext_noop("Exploiter"),
        PerpetratorRole.OTHER: gettext_noop("Other"),
    },
)


class CaseStatus(StrEnum):
    """Case status (HTCDS ``cas_Status``)."""

    ACTIVE = "Active"
    FOLLOW_UP = "FollowUp"
    CLOSED = "Closed"
    CLOSED_REFERRED = "ClosedReferred"


_register(
    CaseStatus,
    {
        CaseStatus.ACTIVE: gettext_noop("Active"),
        CaseStatus.FOLLOW_UP: gettext_noop("Follow Up"),
        CaseStatus.CLOSED: gettext_noop("Closed"),
        CaseStatus.CLOSED_REFERRED: gettext_noop("Closed Referred"),
    },
)


class ReferralReason(StrEnum):
    """Reason for a referral (HTCDS ``cas_ReasonForIncomingReferral`` and
    ``cas_ReasonForOutgoingReferral``, which share this list).
    """

    ADDITIONAL_SERVICES_REQUIRED = "AdditionalServicesRequired"
    MIGRATION_OR_CHANGE_OF_LOCATION = "MigrationOrChangeOfLocation"
    OTHER = "Other"


_register(
    ReferralReason,
    {
        ReferralReason.ADDITIONAL_SERVICES_REQUIRED: gettext_noop("Additional Services Required"),
        ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION: gettext_noop(
            "Migration or Change of Location"
        ),
        ReferralReason.OTHER: gettext_noop("Other"),
    },
)


class TraffickingEventType(StrEnum):
    """Kind of historic trafficking event (HTCDS ``hte_Type``) plus tipnet extensions."""

    RECRUITMENT = "Recruitment"
    TRANSIT = "Transit"
    EXPLOITATION = "Exploitation"
    # tipnet extensions: the route continues after exploitation (return, re-trafficking).
    RETURN = "Return"
    RE_TRAFFICKING = "ReTrafficking"


_register(
    TraffickingEventType,
    {
        TraffickingEventType.RECRUITMENT: gettext_noop("Recruitment"),
        TraffickingEventType.TRANSIT: gettext_noop("Transit"),
        TraffickingEventType.EXPLOITATION: gettext_noop("Exploitation"),
        TraffickingEventType.RETURN: gettext_noop("Return"),
        TraffickingEventType.RE_TRAFFICKING: gettext_noop("Re-trafficking"),
    },
)


class SupportPlanType(StrEnum):
    """Type of support plan (HTCDS ``spl_Type``)."""

    EDUCATION = "Education"
    FINANCIAL = "Financial"
    HEALTH = "Health"
    LABOUR_EXPLOITATION_REHABILITATION = "LabourExploitationRehabilitation"
    LEGAL = "Legal"
    LIVELIHOOD = "Livelihood"
    RIGHTS_BASED_TRAINING = "RightsBasedTraining"
    SEXUAL_EXPLOITATION_REHABILITATION = "SexualExploitationRehabilitation"
    SOCIAL_CARE = "SocialCare"


_register(
    SupportPlanType,
    {
        SupportPlanType.EDUCATION: gettext_noop("Education"),
        SupportPlanType.FINANCIAL: gettext_noop("Financial"),
        SupportPlanType.HEALTH: gettext_noop("Health"),
        SupportPlanType.LABOUR_EXPLOITATION_REHABILITATION: gettext_noop(
            "Labour Exploitation Rehabilitation"
        ),
        SupportPlanType.LEGAL: gettext_noop("Legal"),
        SupportPlanType.LIVELIHOOD: gettext_noop("Livelihood"),
        SupportPlanType.RIGHTS_BASED_TRAINING: gettext_noop("Rights-based Training"),
        SupportPlanType.SEXUAL_EXPLOITATION_REHABILITATION: gettext_noop(
            "Sexual Exploitation Rehabilitation"
        ),
        SupportPlanType.SOCIAL_CARE: gettext_noop("Social Care"),
    },
)


# ---------------------------------------------------------------------------------------------
# tipnet extensions (not part of HTCDS)
# ---------------------------------------------------------------------------------------------


class RouteRole(StrEnum):
    """Role of a country on a trafficking route (tipnet extension)."""

    SENDING = "Sending"
    TRANSIT = "Transit"
    DESTINATION = "Destination"


_register(
    RouteRole,
    {
        RouteRole.SENDING: gettext_noop("Sending"),
        RouteRole.TRANSIT: gettext_noop("Transit"),
        RouteRole.DESTINATION: gettext_noop("Destination"),
    },
)


class IssueArea(StrEnum):
    """Field of work of a member organisation beyond trafficking (tipnet extension)."""

    REFUGEE_PROTECTION = "RefugeeProtection"
    HIV_AIDS = "HivAids"
    LABOUR_RIGHTS = "LabourRights"
    CHILD_PROTECTION = "ChildProtection"
    GENDER_BASED_VIOLENCE = "GenderBasedViolence"
    RACISM_AND_XENOPHOBIA = "RacismAndXenophobia"
    DEVELOPMENT = "Development"
    LEGAL_AID = "LegalAid"


_register(
    IssueArea,
    {
        IssueArea.REFUGEE_PROTECTION: gettext_noop("Refugee protection"),
        IssueArea.HIV_AIDS: gettext_noop("HIV/AIDS"),
        IssueArea.LABOUR_RIGHTS: gettext_noop("Labour rights"),
        IssueArea.CHILD_PROTECTION: gettext_noop("Child protection"),
        IssueArea.GENDER_BASED_VIOLENCE: gettext_noop("Gender-based violence"),
        IssueArea.RACISM_AND_XENOPHOBIA: gettext_noop("Racism and xenophobia"),
        IssueArea.DEVELOPMENT: gettext_noop("Development"),
        IssueArea.LEGAL_AID: gettext_noop("Legal aid"),
    },
)


class MigrationStatus(StrEnum):
    """Migration status of a victim (tipnet extension, column ``ext_MigrationStatus``)."""

    REGULAR_MIGRANT = "RegularMigrant"
    IRREGULAR_MIGRANT = "IrregularMigrant"
    NOT_A_MIGRANT = "NotAMigrant"
    UNKNOWN = "Unknown"


_register(
    MigrationStatus,
    {
        MigrationStatus.REGULAR_MIGRANT: gettext_noop("Regular migrant"),
        MigrationStatus.IRREGULAR_MIGRANT: gettext_noop("Irregular migrant"),
        MigrationStatus.NOT_A_MIGRANT: gettext_noop("Not a migrant"),
        MigrationStatus.UNKNOWN: gettext_noop("Unknown"),
    },
)


class ProtectionStatus(StrEnum):
    """International-protection status of a victim (tipnet extension, ``ext_ProtectionStatus``)."""

    NOT_APPLIED = "NotApplied"
    ASYLUM_SEEKER = "AsylumSeeker"
    RECOGNISED_REFUGEE = "RecognisedRefugee"
    SUBSIDIARY_PROTECTION = "SubsidiaryProtection"
    STATELESS = "Stateless"
    REJECTED = "Rejected"
    UNKNOWN = "Unknown"


_register(
    ProtectionStatus,
    {
        ProtectionStatus.NOT_APPLIED: gettext_noop("Has not applied for protection"),
        ProtectionStatus.ASYLUM_SEEKER: gettext_noop("Asylum seeker"),
        ProtectionStatus.RECOGNISED_REFUGEE: gettext_noop("Recognised refugee"),
        ProtectionStatus.SUBSIDIARY_PROTECTION: gettext_noop("Subsidiary protection"),
        ProtectionStatus.STATELESS: gettext_noop("Stateless"),
        ProtectionStatus.REJECTED: gettext_noop("Application rejected"),
        ProtectionStatus.UNKNOWN: gettext_noop("Unknown"),
    },
)


class PersonRole(StrEnum):
    """Why a person is on record (tipnet extension; HTCDS models this as contexts)."""

    VICTIM = "Victim"
    PERPETRATOR = "Perpetrator"
    STAFF = "Staff"


_register(
    PersonRole,
    {
        PersonRole.VICTIM: gettext_noop("Victim"),
        PersonRole.PERPETRATOR: gettext_noop("Perpetrator"),
        PersonRole.STAFF: gettext_noop("Staff"),
    },
)


class ReferralDirection(StrEnum):
    """Direction of a referral as seen by the recording organisation (tipnet extension).

    HTCDS has separate incoming (``cas_Referring*``, ``cas_IncomingReferral*``) and outgoing
    (``cas_Referred*``, ``cas_OutgoingReferral*``) fields; tipnet stores one referral record
    with a direction.
    """

    INCOMING = "Incoming"
    OUTGOING = "Outgoing"


_register(
    ReferralDirection,
    {
        ReferralDirection.INCOMING: gettext_noop("Incoming"),
        ReferralDirection.OUTGOING: gettext_noop("Outgoing"),
    },
)


# ---------------------------------------------------------------------------------------------
# Which vocabulary each field uses
# ---------------------------------------------------------------------------------------------

HTCDS_FIELD_VOCABULARY: Mapping[str, type[StrEnum]] = MappingProxyType(
    {
        "org_Type": OrganisationType,
        "prs_Gender": Gender,
        "prs_MaritalStatus": MaritalStatus,
        "prs_HighestLevelOfEducation": EducationLevel,
        "vic_TraffickingStatus": TraffickingStatus,
        "vic_TraffickingStatusDecisionMakingOrg": StatusDecisionOrganisation,
        "vic_RelationshipToTrafficker": RelationshipToTrafficker,
        "vic_RecruitmentWebsitesAndApps": WebsiteOrApp,
        "vic_MethodOfRecruitment": RecruitmentMethod,
        "vic_MethodsOfControl": ControlMethod,
        "vic_TypeOfExploitation": ExploitationType,
        "vic_ForcedLabourIndustry": ForcedLabourIndustry,
        "vic_TypeOfSexExploitation": SexExploitationType,
        "vic_ExploitationWebsitesAndApps": WebsiteOrApp,
        "vic_Vulnerabilities": Vulnerability,
        "per_RoleInProcess": PerpetratorRole,
        "cas_Status": CaseStatus,
        "cas_ReasonForIncomingReferral": ReferralReason,
        "cas_ReasonForOutgoingReferral": ReferralReason,
        "hte_Type": TraffickingEventType,
        "spl_Type": SupportPlanType,
        "ext_MigrationStatus": MigrationStatus,
        "ext_ProtectionStatus": ProtectionStatus,
    }
)
"""Picklist field -> its vocabulary.

Keys are HTCDS field names with prefix (which are also the flat-file column names where the
flat exchange format carries the field) and tipnet's ``ext_`` extension columns.
``org_Type``, ``per_RoleInProcess`` and ``spl_Type`` are HTCDS fields that the flat cases file
does not carry.
"""

MULTI_SELECT_COLUMNS: frozenset[str] = frozenset(
    {
        "prs_Citizenship",
        "vic_RecruitmentWebsitesAndApps",
        "vic_MethodOfRecruitment",
        "vic_MethodsOfControl",
        "vic_TypeOfExploitation",
        "vic_TypeOfSexExploitation",
        "vic_ExploitationWebsitesAndApps",
        "vic_Vulnerabilities",
        "per_RoleInProcess",
        "ext_Aliases",
    }
)
"""Fields that hold several values, written ``;``-separated in flat files (HTCDS "Multiselect
Picklist", plus ``prs_Citizenship`` country codes and ``ext_Aliases`` free-text names)."""
