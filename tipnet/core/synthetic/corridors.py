"""Trafficking corridors and city coordinates for the synthetic network.

The corridors follow routes documented in public reporting (for example the UNODC Global
Report on Trafficking in Persons and the US TIP reports): Myanmar and Cambodia to Thai
fishing and agriculture, Nigeria through Niger and Libya to Italy, the Horn of Africa through
Sudan and Libya, Viet Nam to European cannabis farms and nail bars, scam compounds in
Myanmar and Cambodia, Central America through Mexico. Weights are rough and illustrative,
not estimates. Coordinates are city centres only (never streets).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A city with the coordinates of its centre (decimal degrees, WGS 84)."""

    name: str
    country: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class ExploitationProfile:
    """One way people on a corridor are exploited.

    Attributes:
        types: HTCDS ``vic_TypeOfExploitation`` value names.
        industry: HTCDS ``vic_ForcedLabourIndustry`` value name, or ``""``.
        sex_exploitation: HTCDS ``vic_TypeOfSexExploitation`` value names.
        is_forced_criminality: scam compounds, cannabis cultivation (tipnet extension flag).
        feminine_share: probability that a person exploited this way is a woman or girl.
        minor_share: probability that the person is under 18 when recruited.
        weight: relative frequency within the corridor.
    """

    types: tuple[str, ...]
    industry: str
    sex_exploitation: tuple[str, ...]
    is_forced_criminality: bool
    feminine_share: float
    minor_share: float
    weight: float


@dataclass(frozen=True)
class Corridor:
    """A route from an origin through transit countries to a destination.

    Attributes:
        key: stable slug such as ``"NG-NE-LY-IT"``.
        origin: alpha-2 origin country.
        transits: alpha-2 transit countries in travel order (may be empty).
        destination: alpha-2 destination country (where the exploitation happens).
        weight: relative share of the synthetic population on this corridor.
        profiles: the ways people on this corridor are exploited.
    """

    key: str
    origin: str
    transits: tuple[str, ...]
    destination: str
    weight: float
    profiles: tuple[ExploitationProfile, ...]


def _city(name: str, country: str, latitude: float, longitude: float) -> City:
    return City(name=name, country=country, latitude=latitude, longitude=longitude)


CITIES: dict[str, tuple[City, ...]] = {
    "PH": (
        _city("Manila", "PH", 14.5995, 120.9842),
        _city("Cebu City", "PH", 10.3157, 123.8854),
        _city("Davao City", "PH", 7.1907, 125.4553),
    ),
    "TH": (
        _city("Bangkok", "TH", 13.7563, 100.5018),
        _city("Chiang Mai", "TH", 18.7883, 98.9853),
        _city("Samut Sakhon", "TH", 13.5475, 100.2744),
        _city("Songkhla", "TH", 7.1898, 100.5954),
        _city("Mae Sot", "TH", 16.7131, 98.5747),
    ),
    "NP": (
        _city("Kathmandu", "NP", 27.7172, 85.3240),
        _city("Pokhara", "NP", 28.2096, 83.9856),
        _city("Biratnagar", "NP", 26.4525, 87.2718),
    ),
    "NG": (
        _city("Benin City", "NG", 6.3350, 5.6037),
        _city("Lagos", "NG", 6.5244, 3.3792),
        _city("Kano", "NG", 12.0022, 8.5920),
    ),
    "VN": (
        _city("Hanoi", "VN", 21.0278, 105.8342),
        _city("Vinh", "VN", 18.6796, 105.6813),
        _city("Ho Chi Minh City", "VN", 10.8231, 106.6297),
    ),
    "MM": (
        _city("Yangon", "MM", 16.8409, 96.1735),
        _city("Mandalay", "MM", 21.9588, 96.0891),
        _city("Myawaddy", "MM", 16.6883, 98.5083),
    ),
    "KH": (
        _city("Phnom Penh", "KH", 11.5564, 104.9282),
        _city("Sihanoukville", "KH", 10.6253, 103.5234),
        _city("Battambang", "KH", 13.0957, 103.2022),
        _city("Poipet", "KH", 13.6600, 102.5633),
    ),
    "BD": (
        _city("Dhaka", "BD", 23.8103, 90.4125),
        _city("Chattogram", "BD", 22.3569, 91.7832),
    ),
    "ET": (_city("Addis Ababa", "ET", 9.0300, 38.7400),),
    "ER": (_city("Asmara", "ER", 15.3229, 38.9251),),
    "UA": (
        _city("Kyiv", "UA", 50.4501, 30.5234),
        _city("Lviv", "UA", 49.8397, 24.0297),
        _city("Kharkiv", "UA", 49.9935, 36.2304),
    ),
    "MX": (
        _city("Tapachula", "MX", 14.9056, -92.2633),
        _city("Mexico City", "MX", 19.4326, -99.1332),
        _city("Tijuana", "MX", 32.5149, -117.0382),
    ),
    "GT": (_city("Guatemala City", "GT", 14.6349, -90.5069),),
    "HN": (
        _city("San Pedro Sula", "HN", 15.5042, -88.0250),
        _city("Tegucigalpa", "HN", 14.0723, -87.1921),
    ),
    "CN": (
        _city("Kunming", "CN", 25.0389, 102.7183),
        _city("Fuzhou", "CN", 26.0745, 119.2965),
        _city("Guangzhou", "CN", 23.1291, 113.2644),
    ),
    "MY": (
        _city("Kuala Lumpur", "MY", 3.1390, 101.6869),
        _city("Johor Bahru", "MY", 1.4927, 103.7414),
        _city("George Town", "MY", 5.4141, 100.3288),
    ),
    "LY": (
        _city("Tripoli", "LY", 32.8872, 13.1913),
        _city("Sabha", "LY", 27.0377, 14.4283),
        _city("Bani Walid", "LY", 31.7566, 13.9942),
    ),
    "NE": (_city("Agadez", "NE", 16.9742, 7.9865),),
    "SD": (_city("Khartoum", "SD", 15.5007, 32.5599),),
    "IN": (
        _city("Kolkata", "IN", 22.5726, 88.3639),
        _city("New Delhi", "IN", 28.6139, 77.2090),
        _city("Mumbai", "IN", 19.0760, 72.8777),
    ),
    "PL": (_city("Warsaw", "PL", 52.2297, 21.0122),),
    "FR": (_city("Paris", "FR", 48.8566, 2.3522),),
    "JP": (
        _city("Tokyo", "JP", 35.6762, 139.6503),
        _city("Osaka", "JP", 34.6937, 135.5023),
        _city("Nagoya", "JP", 35.1815, 136.9066),
    ),
    "IT": (
        _city("Palermo", "IT", 38.1157, 13.3615),
        _city("Naples", "IT", 40.8518, 14.2681),
        _city("Turin", "IT", 45.0703, 7.6869),
        _city("Rome", "IT", 41.9028, 12.4964),
    ),
    "DE": (
        _city("Berlin", "DE", 52.5200, 13.4050),
        _city("Hamburg", "DE", 53.5511, 9.9937),
        _city("Munich", "DE", 48.1351, 11.5820),
    ),
    "NL": (
        _city("Amsterdam", "NL", 52.3676, 4.9041),
        _city("Rotterdam", "NL", 51.9244, 4.4777),
    ),
    "US": (
        _city("Houston", "US", 29.7604, -95.3698),
        _city("Los Angeles", "US", 34.0522, -118.2437),
    ),
}
"""Cities per country (alpha-2) used for route events and mailing cities."""


def _profile(
    types: tuple[str, ...],
    *,
    industry: str = "",
    sex: tuple[str, ...] = (),
    is_forced_criminality: bool = False,
    feminine_share: float = 0.5,
    minor_share: float = 0.1,
    weight: float = 1.0,
) -> ExploitationProfile:
    return ExploitationProfile(
        types=types,
        industry=industry,
        sex_exploitation=sex,
        is_forced_criminality=is_forced_criminality,
        feminine_share=feminine_share,
        minor_share=minor_share,
        weight=weight,
    )


_SEX_EXPLOITATION = _profile(
    ("SexualExploitation",), sex=("Prostitution",), feminine_share=0.93, minor_share=0.15
)
_ENTERTAINMENT_SEX_EXPLOITATION = _profile(
    ("SexualExploitation",),
    sex=("Prostitution", "PrivateSexualServices"),
    feminine_share=0.9,
    minor_share=0.05,
)
_SCAM_COMPOUND = _profile(
    ("Other",), is_forced_criminality=True, feminine_share=0.35, minor_share=0.03
)
_FISHING = _profile(
    ("ForcedLabour",), industry="A_AgricultureForestryAndFishing", feminine_share=0.05
)
_AGRICULTURE = _profile(
    ("ForcedLabour",), industry="A_AgricultureForestryAndFishing", feminine_share=0.35
)
_DOMESTIC_SERVITUDE = _profile(
    ("ForcedLabour", "Servitude"),
    industry="T_ActivitiesOfHouseholdsAsEmployers",
    feminine_share=0.95,
    minor_share=0.08,
)
_FACTORY = _profile(("ForcedLabour",), industry="C_Manufacturing", feminine_share=0.4)
_CONSTRUCTION = _profile(("ForcedLabour",), industry="F_Construction", feminine_share=0.05)
_CHILD_BEGGING = _profile(("ForcedBegging",), feminine_share=0.45, minor_share=0.9, weight=0.3)

CORRIDORS: tuple[Corridor, ...] = (
    Corridor(
        "PH-JP", "PH", (), "JP", 5.0, (_ENTERTAINMENT_SEX_EXPLOITATION, _FACTORY, _CONSTRUCTION)
    ),
    Corridor("PH-MY", "PH", (), "MY", 4.0, (_DOMESTIC_SERVITUDE,)),
    Corridor("PH-TH-MM", "PH", ("TH",), "MM", 3.0, (_SCAM_COMPOUND,)),
    Corridor("TH-JP", "TH", (), "JP", 3.0, (_ENTERTAINMENT_SEX_EXPLOITATION, _FACTORY)),
    Corridor("TH-DE", "TH", (), "DE", 2.0, (_SEX_EXPLOITATION, _DOMESTIC_SERVITUDE)),
    Corridor("MM-TH", "MM", (), "TH", 7.0, (_FISHING, _AGRICULTURE, _DOMESTIC_SERVITUDE)),
    Corridor("MM-TH-MY", "MM", ("TH",), "MY", 2.0, (_AGRICULTURE, _CONSTRUCTION)),
    Corridor("KH-TH", "KH", (), "TH", 5.0, (_FISHING, _AGRICULTURE, _CHILD_BEGGING)),
    Corridor("NP-MY", "NP", (), "MY", 5.0, (_FACTORY, _CONSTRUCTION)),
    Corridor("NP-IN", "NP", (), "IN", 3.0, (_SEX_EXPLOITATION, _DOMESTIC_SERVITUDE)),
    Corridor("BD-MY", "BD", (), "MY", 4.0, (_CONSTRUCTION, _AGRICULTURE)),
    Corridor("NG-NE-LY-IT", "NG", ("NE", "LY"), "IT", 6.0, (_SEX_EXPLOITATION,)),
    Corridor("ER-SD-LY-IT", "ER", ("SD", "LY"), "IT", 3.0, (_AGRICULTURE, _SEX_EXPLOITATION)),
    Corridor("ET-SD-LY-IT", "ET", ("SD", "LY"), "IT", 2.0, (_AGRICULTURE, _DOMESTIC_SERVITUDE)),
    Corridor(
        "VN-PL-DE",
        "VN",
        ("PL",),
        "DE",
        3.0,
        (_profile(("ForcedLabour",), industry="S_OtherServiceActivities", feminine_share=0.6),),
    ),
    Corridor(
        "VN-FR-NL",
        "VN",
        ("FR",),
        "NL",
        2.0,
        (_profile(("Other",), is_forced_criminality=True, feminine_share=0.2, minor_share=0.3),),
    ),
    Corridor("VN-JP", "VN", (), "JP", 4.0, (_FACTORY, _CONSTRUCTION, _AGRICULTURE)),
    Corridor("VN-KH", "VN", (), "KH", 2.0, (_SCAM_COMPOUND,)),
    Corridor(
        "VN-CN",
        "VN",
        (),
        "CN",
        2.0,
        (_profile(("ForcedMarriage",), feminine_share=1.0, minor_share=0.2),),
    ),
    Corridor("CN-TH-MM", "CN", ("TH",), "MM", 2.0, (_SCAM_COMPOUND,)),
    Corridor("CN-KH", "CN", (), "KH", 2.0, (_SCAM_COMPOUND,)),
    Corridor("UA-PL-DE", "UA", ("PL",), "DE", 3.0, (_SEX_EXPLOITATION, _AGRICULTURE)),
    Corridor("UA-PL-NL", "UA", ("PL",), "NL", 1.0, (_SEX_EXPLOITATION, _FACTORY)),
    Corridor("GT-MX-US", "GT", ("MX",), "US", 3.0, (_AGRICULTURE, _CONSTRUCTION)),
    Corridor("HN-GT-MX", "HN", ("GT",), "MX", 3.0, (_SEX_EXPLOITATION, _CHILD_BEGGING)),
    Corridor("MX-US", "MX", (), "US", 2.0, (_AGRICULTURE, _SEX_EXPLOITATION)),
)
"""The corridors of the default synthetic population."""


def corridor_by_key(key: str) -> Corridor:
    """Return the corridor with the given key (``KeyError`` when unknown)."""
    for corridor in CORRIDORS:
        if corridor.key == key:
            return corridor
    raise KeyError(key)
