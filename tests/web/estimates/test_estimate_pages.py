"""A coordinator runs an estimate on a list table through the real task worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from tests.web.conftest import signed_in_client
from tipnet.core.estimation import estimate_population, read_capture_histories
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.estimates.models import EstimateRun

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def organisation(make_organisation: Callable[..., Organisation]) -> Organisation:
    return make_organisation()


def _table(reference_dir: Path, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (reference_dir / "mse" / name).read_bytes(), "text/csv")


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_a_coordinator_runs_an_estimate_and_sees_the_engines_numbers(
    organisation: Organisation, make_member: Callable[..., User], reference_dir: Path
) -> None:
    coordinator = make_member(organisation, Role.NETWORK_COORDINATOR)
    client = signed_in_client(coordinator, organisation)
    response = client.post(
        "/estimates/",
        {
            "title": "UK 2013, five lists",
            "table": _table(reference_dir, "uk2013_5lists.csv"),
            "method": "stepwise",
            "resamples": 40,
            "seed": 7,
        },
    )
    run = EstimateRun.objects.get()
    assert response.status_code == 302
    assert run.status == EstimateRun.Status.QUEUED
    assert "Waiting" in client.get(f"/estimates/{run.pk}/").content.decode()
    _run_worker()
    run.refresh_from_db()
    assert run.status == EstimateRun.Status.DONE
    expected = estimate_population(
        read_capture_histories(reference_dir / "mse" / "uk2013_5lists.csv"),
        method="stepwise",
        resamples=40,
        seed=7,
    )
    assert run.result is not None
    assert run.result["estimate"] == pytest.approx(expected.estimate)
    assert run.result["lower"] == pytest.approx(expected.lower)
    page = client.get(f"/estimates/{run.pk}/").content.decode()
    assert "<svg" in page
    assert "closed" in page.lower()  # the assumptions are shown beside the numbers


def test_a_researcher_sees_results_but_cannot_start_a_run(
    organisation: Organisation, make_member: Callable[..., User], reference_dir: Path
) -> None:
    researcher = make_member(organisation, Role.RESEARCHER)
    client = signed_in_client(researcher, organisation)
    page = client.get("/estimates/").content.decode()
    assert 'type="file"' not in page
    client.post(
        "/estimates/",
        {
            "title": "x",
            "table": _table(reference_dir, "artificial_3lists.csv"),
            "method": "auto",
            "resamples": 0,
        },
    )
    assert not EstimateRun.objects.exists()
    assert client.get("/cases/").status_code == 403


def test_a_bad_table_names_the_row_and_column_and_starts_nothing(
    organisation: Organisation, make_member: Callable[..., User]
) -> None:
    coordinator = make_member(organisation, Role.NETWORK_COORDINATOR)
    client = signed_in_client(coordinator, organisation)
    bad = SimpleUploadedFile("bad.csv", b"A,B,count\n1,0,5\n0,2,3\n1,1,-4\n", "text/csv")
    page = client.post(
        "/estimates/",
        {
            "title": "bad",
            "table": bad,
            "method": "auto",
            "resamples": 0,
        },
    ).content.decode()
    assert "row 2" in page
    assert "row 3" in page
    assert not EstimateRun.objects.exists()


def test_an_impossible_fixed_model_fails_with_a_message(
    organisation: Organisation, make_member: Callable[..., User], reference_dir: Path
) -> None:
    coordinator = make_member(organisation, Role.NETWORK_COORDINATOR)
    client = signed_in_client(coordinator, organisation)
    client.post(
        "/estimates/",
        {
            "title": "wrong model",
            "table": _table(reference_dir, "artificial_3lists.csv"),
            "method": "fixed",
            "model": "[19]",
            "resamples": 0,
        },
    )
    _run_worker()
    run = EstimateRun.objects.get()
    assert run.status == EstimateRun.Status.FAILED
    assert run.error_message
