"""A linkage round encodes every extract with one layout version, recorded when it opens."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.web.conftest import signed_in_client, viewer_of
from tipnet.core.linkage import DEFAULT_LAYOUT, LAYOUT_V1, key_check_value
from tipnet.core.standard.exchange import parse_case_rows
from tipnet.core.synthetic import generate_network
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.cases import services as case_services
from tipnet.web.linkage.models import LinkageRound, LinkageSubmission

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = bytes(range(40))
ORGANISATIONS = ("bkk-shelter", "tokyo-legal-aid")


@pytest.fixture
def supervisors(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> dict[str, Client]:
    """Two organisations with synthetic consented cases, each with a signed-in supervisor."""
    network = generate_network(seed=5, people=1500)
    clients = {}
    for key in ORGANISATIONS:
        organisation = make_organisation(key)
        organisation.slug = key
        organisation.save()
        supervisor = make_member(organisation, Role.SUPERVISOR)
        case_services.cases_import(
            viewer=viewer_of(supervisor, organisation, Role.SUPERVISOR),
            bundles=parse_case_rows(list(network.case_rows[key]), today=timezone.localdate()),
            source_label="synthetic",
        )
        clients[key] = signed_in_client(supervisor, organisation)
    return clients


@pytest.fixture
def open_round(make_member: Callable[..., User]) -> LinkageRound:
    home = Organisation.objects.get(slug=ORGANISATIONS[0])
    coordinator = make_member(home, Role.NETWORK_COORDINATOR)
    signed_in_client(coordinator, home).post("/linkage/", {"title": "Round", "threshold": 0.5})
    return LinkageRound.objects.get()


def _submit(client: Client, linkage_round: LinkageRound) -> list[str]:
    response = client.post(
        f"/linkage/{linkage_round.pk}/submit/",
        {"secret_file": SimpleUploadedFile("secret.bin", SECRET)},
    )
    return [str(message) for message in get_messages(response.wsgi_request)]


def _extract_header(submission: LinkageSubmission) -> dict[str, object]:
    header: dict[str, object] = json.loads(bytes(submission.extract).split(b"\n", 1)[0])
    return header


def test_a_new_round_expects_the_default_layout_and_its_extracts_use_it(
    supervisors: dict[str, Client], open_round: LinkageRound
) -> None:
    assert open_round.layout_version == DEFAULT_LAYOUT.version
    _submit(supervisors[ORGANISATIONS[0]], open_round)
    submission = LinkageSubmission.objects.get()
    assert _extract_header(submission)["layout_version"] == DEFAULT_LAYOUT.version
    assert submission.key_check == key_check_value(SECRET, version=DEFAULT_LAYOUT.version)


def test_a_round_opened_under_layout_v1_keeps_encoding_its_extracts_with_v1(
    supervisors: dict[str, Client], open_round: LinkageRound
) -> None:
    LinkageRound.objects.filter(pk=open_round.pk).update(layout_version=LAYOUT_V1.version)
    _submit(supervisors[ORGANISATIONS[0]], open_round)
    submission = LinkageSubmission.objects.get()
    assert _extract_header(submission)["layout_version"] == 1
    assert submission.key_check == key_check_value(SECRET, version=1)


def test_a_submission_to_a_round_of_a_layout_this_installation_cannot_make_is_refused(
    supervisors: dict[str, Client], open_round: LinkageRound
) -> None:
    LinkageRound.objects.filter(pk=open_round.pk).update(layout_version=99)
    shown = _submit(supervisors[ORGANISATIONS[0]], open_round)
    assert not LinkageSubmission.objects.exists()
    assert any("linkage layout version 99" in message for message in shown), shown


def test_a_round_refuses_to_link_an_extract_of_another_layout_version(
    supervisors: dict[str, Client], open_round: LinkageRound, make_member: Callable[..., User]
) -> None:
    for client in supervisors.values():
        _submit(client, open_round)
    # As if the round had been opened for v1 but received extracts of the new default.
    LinkageRound.objects.filter(pk=open_round.pk).update(layout_version=LAYOUT_V1.version)
    home = Organisation.objects.get(slug=ORGANISATIONS[0])
    coordinator = make_member(home, Role.NETWORK_COORDINATOR)
    signed_in_client(coordinator, home).post(f"/linkage/{open_round.pk}/run/")
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    open_round.refresh_from_db()
    assert open_round.status == LinkageRound.Status.FAILED
    assert f"layout version {DEFAULT_LAYOUT.version}" in open_round.error_message
