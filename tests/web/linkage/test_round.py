"""A linkage round end to end: extracts without names, clusters, counts, an estimate."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.web.conftest import signed_in_client, viewer_of
from tipnet.core.standard.exchange import parse_case_rows
from tipnet.core.synthetic import generate_network
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.cases import services as case_services
from tipnet.web.linkage.models import LinkagePseudonym, LinkageRound, LinkageSubmission

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

SECRET = bytes(range(40))
ORGANISATIONS = (
    "benin-city-faith",
    "tripoli-health",
    "palermo-shelter",
    "bkk-shelter",
    "tokyo-legal-aid",
)


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.fixture
def network_in_the_database(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> dict[str, tuple[Organisation, User]]:
    network = generate_network(seed=11, people=9000)
    members: dict[str, tuple[Organisation, User]] = {}
    for key in ORGANISATIONS:
        organisation = make_organisation(key)
        organisation.slug = key
        organisation.save()
        supervisor = make_member(organisation, Role.SUPERVISOR)
        bundles = parse_case_rows(
            list(network.case_rows[key]),
            today=timezone.localdate(),
            event_rows=list(network.event_rows.get(key, ())),
        )
        case_services.cases_import(
            viewer=viewer_of(supervisor, organisation, Role.SUPERVISOR),
            bundles=bundles,
            source_label="synthetic",
        )
        members[key] = (organisation, supervisor)
    return members


def test_a_round_links_extracts_and_publishes_only_counts(
    network_in_the_database: dict[str, tuple[Organisation, User]],
    make_member: Callable[..., User],
) -> None:
    home, _supervisor = network_in_the_database[ORGANISATIONS[0]]
    coordinator = make_member(home, Role.NETWORK_COORDINATOR)
    coordinator_client = signed_in_client(coordinator, home)
    coordinator_client.post("/linkage/", {"title": "Test round", "threshold": 0.5})
    linkage_round = LinkageRound.objects.get()
    for organisation, supervisor in network_in_the_database.values():
        response = signed_in_client(supervisor, organisation).post(
            f"/linkage/{linkage_round.pk}/submit/",
            {"secret_file": SimpleUploadedFile("secret.bin", SECRET)},
        )
        assert response.status_code == 302
    assert LinkageSubmission.objects.count() == len(ORGANISATIONS)
    extract_text = b"".join(bytes(s.extract) for s in LinkageSubmission.objects.all())
    assert b"SYN-" not in extract_text  # no case reference leaves with the extract
    coordinator_client.post(f"/linkage/{linkage_round.pk}/run/")
    _run_worker()
    linkage_round.refresh_from_db()
    assert linkage_round.status == LinkageRound.Status.DONE, [
        (r.status, r.exception_class_path, r.traceback[-800:]) for r in DBTaskResult.objects.all()
    ]
    assert linkage_round.unique_people is not None
    assert 0 < linkage_round.unique_people < linkage_round.record_count
    assert sum(linkage_round.cell_counts) == linkage_round.unique_people
    sex_table = linkage_round.aggregates["sex"]  # type: ignore[index]
    assert all(cell["count"] is None or cell["count"] >= 10 for cell in sex_table["cells"])
    assert not LinkagePseudonym.objects.filter(cluster_id__isnull=True).exists()

    organisation, supervisor = network_in_the_database[ORGANISATIONS[1]]
    page = signed_in_client(supervisor, organisation).get(f"/linkage/{linkage_round.pk}/")
    own = page.context["own"]
    assert own
    assert {row.case_id for row in own} <= set(
        LinkagePseudonym.objects.filter(submission__organisation=organisation).values_list(
            "case_id", flat=True
        )
    )

    response = coordinator_client.post(f"/linkage/{linkage_round.pk}/estimate/")
    assert response.status_code == 302
    assert "/estimates/" in response["Location"]


def test_a_submission_with_a_short_secret_is_refused(
    network_in_the_database: dict[str, tuple[Organisation, User]],
    make_member: Callable[..., User],
) -> None:
    home, supervisor = network_in_the_database[ORGANISATIONS[0]]
    coordinator = make_member(home, Role.NETWORK_COORDINATOR)
    signed_in_client(coordinator, home).post("/linkage/", {"title": "R", "threshold": 0.5})
    linkage_round = LinkageRound.objects.get()
    signed_in_client(supervisor, home).post(
        f"/linkage/{linkage_round.pk}/submit/",
        {"secret_file": SimpleUploadedFile("secret.bin", b"short")},
    )
    assert not LinkageSubmission.objects.exists()
