"""Synthetic demo network: the only source of people in tipnet's tests and demos.

Everything here is invented: organisations, people, names (drawn from pools of common
names), dates and routes. The hidden truth (which case is which person) is kept aside so
that record linkage and population estimation can be checked against it.
"""

from __future__ import annotations

from tipnet.core.synthetic.network import SyntheticNetwork, generate_network
from tipnet.core.synthetic.organisations import DEFAULT_ORGANISATIONS, SyntheticOrganisation
from tipnet.core.synthetic.people import TruePerson
from tipnet.core.synthetic.stream import generate_person_rows

__all__ = [
    "DEFAULT_ORGANISATIONS",
    "SyntheticNetwork",
    "SyntheticOrganisation",
    "TruePerson",
    "generate_network",
    "generate_person_rows",
]
