"""The synthetic demo network: organisations, hidden people, case files and the truth."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from tipnet.core.errors import FieldProblem, ValidationError
from tipnet.core.synthetic.capture import Capture, draw_captures
from tipnet.core.synthetic.cases import Referral, build_case_row
from tipnet.core.synthetic.events import build_event_rows
from tipnet.core.synthetic.organisations import DEFAULT_ORGANISATIONS, SyntheticOrganisation
from tipnet.core.synthetic.people import TruePerson, draw_people

DEFAULT_HETEROGENEITY_SD = 0.8
"""Standard deviation of the people's latent capture log-odds shift."""
DEFAULT_REPEAT_REGISTRATION_RATE = 0.02
"""Chance that an organisation registers the same person twice under two case ids."""

_PROGRESS_EVERY_ROWS = 500

CaseRows = tuple[dict[str, str], ...]


@dataclass(frozen=True)
class SyntheticNetwork:
    """A generated network with its hidden truth.

    Attributes:
        organisations: the organisations, in the order of capture-history columns.
        people: every true person, captured or not.
        case_rows: organisation key -> its cases-file rows.
        event_rows: organisation key -> its events-file rows.
        truth: (organisation key, case_id) -> person_id.
    """

    organisations: tuple[SyntheticOrganisation, ...]
    people: tuple[TruePerson, ...]
    case_rows: Mapping[str, CaseRows]
    event_rows: Mapping[str, CaseRows]
    truth: Mapping[tuple[str, str], str]

    def capture_histories(
        self, organisation_keys: Sequence[str] | None = None
    ) -> dict[tuple[int, ...], int]:
        """Count people by true capture history.

        Args:
            organisation_keys: the lists to use, in column order; all organisations
                in network order when ``None``.

        Returns:
            History (one 0/1 per list) -> number of distinct people; people seen by none
            of the lists are left out (that cell is what estimation must infer).
        """
        keys = (
            tuple(organisation.key for organisation in self.organisations)
            if organisation_keys is None
            else tuple(organisation_keys)
        )
        lists_by_person: dict[str, set[str]] = defaultdict(set)
        for (organisation_key, _case_id), person_id in self.truth.items():
            lists_by_person[person_id].add(organisation_key)
        histories = Counter(
            tuple(int(key in lists) for key in keys) for lists in lists_by_person.values()
        )
        histories.pop(tuple(0 for _ in keys), None)
        return dict(histories)

    def true_population_size(self) -> int:
        """Number of people in the hidden population (captured or not)."""
        return len(self.people)

    def captured_person_ids(self) -> frozenset[str]:
        """Ids of the people who appear in at least one organisation's cases."""
        return frozenset(self.truth.values())

    def organisation(self, key: str) -> SyntheticOrganisation:
        """Return the organisation with ``key`` (``KeyError`` when unknown)."""
        for organisation in self.organisations:
            if organisation.key == key:
                return organisation
        raise KeyError(key)


def generate_network(
    *,
    seed: int,
    people: int = 2000,
    organisations: tuple[SyntheticOrganisation, ...] | None = None,
    list_dependence: float = 0.0,
    heterogeneity_sd: float = DEFAULT_HETEROGENEITY_SD,
    repeat_registration_rate: float = DEFAULT_REPEAT_REGISTRATION_RATE,
    progress: Callable[[int, int], None] | None = None,
) -> SyntheticNetwork:
    """Generate a reproducible synthetic network of organisations and people.

    Args:
        seed: the seed; the same seed and arguments give an identical network.
        people: size of the hidden population (captured or not).
        organisations: the network; :data:`DEFAULT_ORGANISATIONS` when ``None``.
        list_dependence: 0 for lists independent given heterogeneity, up to 1 for strong
            positive dependence (referrals raise the next organisation's capture odds).
        heterogeneity_sd: spread of the people's latent capture log-odds shift.
        repeat_registration_rate: chance of a second case for the same person at the
            same organisation.
        progress: called as ``progress(done, total)`` while case rows are written.

    Returns:
        The network with case rows, event rows and the hidden truth.

    Raises:
        ValidationError: an argument is out of range or organisation keys repeat.

    Assumptions:
        See :mod:`tipnet.core.synthetic.capture` for the capture model. Names, dates and
        corridors are invented; nobody in the output is a real person.

    References:
        HTCDS 2.0 field and value names (IOM, CC BY 4.0); tipnet flat exchange format.
    """
    network_organisations = DEFAULT_ORGANISATIONS if organisations is None else organisations
    _check_arguments(people, network_organisations, list_dependence, repeat_registration_rate)
    people_rng, capture_rng, row_rng = (
        np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(3)
    )
    population = draw_people(people_rng, people, heterogeneity_sd=heterogeneity_sd)
    captures = draw_captures(
        capture_rng,
        population,
        network_organisations,
        list_dependence=list_dependence,
        repeat_registration_rate=repeat_registration_rate,
    )
    return _assemble(row_rng, network_organisations, population, captures, progress)


def _check_arguments(
    people: int,
    organisations: tuple[SyntheticOrganisation, ...],
    list_dependence: float,
    repeat_registration_rate: float,
) -> None:
    problems = []
    if people < 0:
        problems.append(FieldProblem("people", "must not be negative", "out_of_range"))
    if not 0.0 <= list_dependence <= 1.0:
        problems.append(FieldProblem("list_dependence", "must lie in [0, 1]", "out_of_range"))
    if not 0.0 <= repeat_registration_rate < 1.0:
        problems.append(
            FieldProblem("repeat_registration_rate", "must lie in [0, 1)", "out_of_range")
        )
    keys = [organisation.key for organisation in organisations]
    if not keys or len(set(keys)) != len(keys):
        problems.append(FieldProblem("organisations", "keys must be unique", "duplicate"))
    if problems:
        raise ValidationError(problems)


def _assemble(
    rng: np.random.Generator,
    organisations: tuple[SyntheticOrganisation, ...],
    people: tuple[TruePerson, ...],
    captures: tuple[Capture, ...],
    progress: Callable[[int, int], None] | None,
) -> SyntheticNetwork:
    case_ids = _assign_case_ids(rng, organisations, captures)
    incoming, outgoing = _referrals(organisations, captures)
    case_rows: dict[str, list[dict[str, str]]] = {org.key: [] for org in organisations}
    event_rows: dict[str, list[dict[str, str]]] = {org.key: [] for org in organisations}
    truth: dict[tuple[str, str], str] = {}
    order = sorted(range(len(captures)), key=lambda i: (captures[i].identified_on, i))
    for done, index in enumerate(order, start=1):
        capture = captures[index]
        organisation = organisations[capture.organisation_index]
        person = people[capture.person_index]
        case_id = case_ids[index]
        case_rows[organisation.key].append(
            build_case_row(
                rng,
                case_id=case_id,
                person=person,
                organisation=organisation,
                capture=capture,
                incoming=incoming.get(index),
                outgoing=outgoing.get(index),
            )
        )
        event_rows[organisation.key].extend(
            build_event_rows(
                rng, case_id=case_id, person=person, identified_on=capture.identified_on
            )
        )
        truth[(organisation.key, case_id)] = person.person_id
        if progress is not None and (done % _PROGRESS_EVERY_ROWS == 0 or done == len(order)):
            progress(done, len(order))
    return SyntheticNetwork(
        organisations=organisations,
        people=people,
        case_rows=MappingProxyType({key: tuple(rows) for key, rows in case_rows.items()}),
        event_rows=MappingProxyType({key: tuple(rows) for key, rows in event_rows.items()}),
        truth=MappingProxyType(truth),
    )


def _assign_case_ids(
    rng: np.random.Generator,
    organisations: tuple[SyntheticOrganisation, ...],
    captures: tuple[Capture, ...],
) -> dict[int, str]:
    """Number each organisation's cases per year in identification order, like a registry."""
    next_number: dict[tuple[int, int], int] = {}
    case_ids = {}
    for index in sorted(range(len(captures)), key=lambda i: (captures[i].identified_on, i)):
        capture = captures[index]
        year = capture.identified_on.year
        counter_key = (capture.organisation_index, year)
        if counter_key not in next_number:
            next_number[counter_key] = int(rng.integers(1, 60))
        prefix = organisations[capture.organisation_index].key.split("-")[0][:3].upper()
        case_ids[index] = f"{prefix}-{year}-{next_number[counter_key]:05d}"
        next_number[counter_key] += 1
    return case_ids


def _referrals(
    organisations: tuple[SyntheticOrganisation, ...], captures: tuple[Capture, ...]
) -> tuple[dict[int, Referral], dict[int, Referral]]:
    """Both sides of every referral: receiving capture -> sender, sending capture -> receiver."""
    incoming: dict[int, Referral] = {}
    outgoing: dict[int, Referral] = {}
    for index, capture in enumerate(captures):
        if capture.referred_from is None:
            continue
        sender = captures[capture.referred_from]
        sending_org = organisations[sender.organisation_index]
        receiving_org = organisations[capture.organisation_index]
        referred_on = max(sender.identified_on, capture.identified_on - dt.timedelta(days=2))
        is_cross_border = sending_org.country != receiving_org.country
        incoming[index] = Referral(sending_org.name, referred_on, is_cross_border)
        outgoing[capture.referred_from] = Referral(receiving_org.name, referred_on, is_cross_border)
    return incoming, outgoing
