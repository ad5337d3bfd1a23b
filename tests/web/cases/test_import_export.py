"""The import page: all rows or none, every error listed by row and field; exports round-trip."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.web.conftest import sample_bundle, signed_in_client, viewer_of
from tipnet.core.standard.exchange import CASE_COLUMNS, cases_to_csv, cases_to_xlsx
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.audit.models import AuditEvent
from tipnet.web.cases import services
from tipnet.web.cases.models import Case

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def supervisor_and_organisation(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> tuple[User, Organisation]:
    organisation = make_organisation()
    return make_member(organisation, Role.SUPERVISOR), organisation


def _upload(text: str, name: str = "cases.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_a_valid_csv_imports_every_row(
    supervisor_and_organisation: tuple[User, Organisation],
) -> None:
    user, organisation = supervisor_and_organisation
    text = cases_to_csv([sample_bundle(f"IMP-{n}") for n in range(5)])
    response = signed_in_client(user, organisation).post(
        "/cases/import/", {"cases_file": _upload(text)}
    )
    assert response.status_code == 302
    assert Case.objects.filter(organisation=organisation).count() == 5
    assert AuditEvent.objects.filter(action="case_import").exists()


def test_a_valid_xlsx_imports_every_row(
    supervisor_and_organisation: tuple[User, Organisation],
) -> None:
    user, organisation = supervisor_and_organisation
    data = cases_to_xlsx([sample_bundle(f"X-{n}") for n in range(3)])
    upload = SimpleUploadedFile("cases.xlsx", data)
    response = signed_in_client(user, organisation).post("/cases/import/", {"cases_file": upload})
    assert response.status_code == 302
    assert Case.objects.filter(organisation=organisation).count() == 3


def _broken_csv() -> str:
    rows = list(
        csv.DictReader(io.StringIO(cases_to_csv([sample_bundle(f"B-{n}") for n in range(4)])))
    )
    rows[1]["prs_Birthdate"] = "1990-02-31"
    rows[2]["prs_Gender"] = "Robot"
    rows[3]["case_id"] = "B-0"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CASE_COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def test_a_file_with_errors_imports_nothing_and_lists_each_row_and_field(
    supervisor_and_organisation: tuple[User, Organisation],
) -> None:
    user, organisation = supervisor_and_organisation
    response = signed_in_client(user, organisation).post(
        "/cases/import/", {"cases_file": _upload(_broken_csv())}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert Case.objects.count() == 0
    for field in ("prs_Birthdate", "prs_Gender", "case_id"):
        assert field in page
    problems = response.context["problems"]
    assert {(problem.row, problem.field) for problem in problems} >= {
        (2, "prs_Birthdate"),
        (3, "prs_Gender"),
        (4, "case_id"),
    }


def test_a_file_in_another_encoding_is_refused_with_the_row(
    supervisor_and_organisation: tuple[User, Organisation],
) -> None:
    user, organisation = supervisor_and_organisation
    text = cases_to_csv([sample_bundle("ENC-1", given="José")])
    upload = SimpleUploadedFile(
        "cases.csv", text.encode("latin-1", errors="replace"), content_type="text/csv"
    )
    response = signed_in_client(user, organisation).post("/cases/import/", {"cases_file": upload})
    assert response.status_code == 200
    assert response.context["problems"]
    assert Case.objects.count() == 0


def test_a_caseworker_may_not_import(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    caseworker = make_member(organisation, Role.CASEWORKER)
    response = signed_in_client(caseworker, organisation).get("/cases/import/")
    assert response.status_code == 403


def test_the_htcds_export_round_trips_through_the_import(
    supervisor_and_organisation: tuple[User, Organisation],
    make_organisation: Callable[..., Organisation],
    make_member: Callable[..., User],
) -> None:
    user, organisation = supervisor_and_organisation
    viewer = viewer_of(user, organisation, Role.SUPERVISOR)
    for n in range(3):
        services.case_create(viewer=viewer, bundle=sample_bundle(f"RT-{n}"))
    exported = b"".join(
        signed_in_client(user, organisation).get("/cases/export/htcds.csv").streaming_content  # type: ignore[attr-defined]
    ).decode()
    second = make_organisation()
    importer = make_member(second, Role.SUPERVISOR)
    response = signed_in_client(importer, second).post(
        "/cases/import/", {"cases_file": _upload(exported)}
    )
    assert response.status_code == 302
    assert sorted(Case.objects.filter(organisation=second).values_list("reference", flat=True)) == [
        "RT-0",
        "RT-1",
        "RT-2",
    ]
    assert AuditEvent.objects.filter(action="case_export", actor_id=user.pk).exists()


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("@SUM", "'@SUM"),
        ("-12.5", "-12.5"),
        ("-cmd", "'-cmd"),
        ("Maria", "Maria"),
        ("", ""),
    ],
)
def test_exported_cells_cannot_run_as_spreadsheet_formulas(cell: str, expected: str) -> None:
    from tipnet.web.cases.exports import neutralise_formula

    assert neutralise_formula(cell) == expected
