"""A user never sees another organisation's case: list, detail, search, edit, export, admin."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.web.conftest import sample_bundle, signed_in_client, viewer_of
from tipnet.core.errors import NotFoundError
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.cases import selectors, services
from tipnet.web.cases.models import Case

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_organisations(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> dict[str, object]:
    home, other = make_organisation("Home shelter"), make_organisation("Other hotline")
    owner = make_member(home, Role.SUPERVISOR)
    outsider = make_member(other, Role.SUPERVISOR)
    case = services.case_create(
        viewer=viewer_of(owner, home, Role.SUPERVISOR),
        bundle=sample_bundle("HOME-1", "Quintessa", "Marlowe"),
    )
    return {"home": home, "other": other, "owner": owner, "outsider": outsider, "case": case}


def test_the_list_page_of_another_organisation_does_not_show_the_case(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    page = client.get("/cases/").content.decode()
    assert "HOME-1" not in page
    assert "Quintessa" not in page


def test_the_owner_sees_the_case_in_the_list_and_by_search(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["owner"], two_organisations["home"])  # type: ignore[arg-type]
    assert "Quintessa" in client.get("/cases/").content.decode()
    assert "HOME-1" in client.get("/cases/", {"q": "marlowe"}).content.decode()


def test_search_from_another_organisation_finds_nothing(
    two_organisations: dict[str, object],
) -> None:
    case: Case = two_organisations["case"]  # type: ignore[assignment]
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    for query in ("Quintessa", "marlowe", "HOME-1"):
        page = client.get("/cases/", {"q": query}).content.decode()
        assert f"/cases/{case.pk}/" not in page
        assert "No cases found." in page


@pytest.mark.parametrize("suffix", ["", "edit/"])
def test_the_detail_and_edit_urls_answer_404_to_another_organisation(
    two_organisations: dict[str, object], suffix: str
) -> None:
    case: Case = two_organisations["case"]  # type: ignore[assignment]
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    response = client.get(f"/cases/{case.pk}/{suffix}")
    assert response.status_code == 404
    assert "Quintessa" not in response.content.decode()


def test_writes_to_another_organisations_case_are_refused(
    two_organisations: dict[str, object],
) -> None:
    case: Case = two_organisations["case"]  # type: ignore[assignment]
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    assert client.post(f"/cases/{case.pk}/comment/", {"body": "x"}).status_code == 404
    assert (
        client.post(
            f"/cases/{case.pk}/close/", {"status": "Closed", "closure_reason": "x"}
        ).status_code
        == 404
    )
    case.refresh_from_db()
    assert case.status == "Active"


def test_switching_the_session_to_a_foreign_organisation_is_refused(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    home: Organisation = two_organisations["home"]  # type: ignore[assignment]
    response = client.post("/accounts/organisation/", {"organisation_id": home.pk})
    assert response.status_code == 403
    assert "HOME-1" not in client.get("/cases/").content.decode()


def test_the_export_of_another_organisation_omits_the_case(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    for export_format in ("htcds", "ctdc"):
        response = client.get(f"/cases/export/{export_format}.csv")
        body = b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]
        assert response.status_code == 200
        assert "HOME-1" not in body
        assert "Quintessa" not in body


def test_the_owners_export_contains_the_case_but_ctdc_holds_no_names(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["owner"], two_organisations["home"])  # type: ignore[arg-type]
    htcds = b"".join(client.get("/cases/export/htcds.csv").streaming_content).decode()  # type: ignore[attr-defined]
    ctdc = b"".join(client.get("/cases/export/ctdc.csv").streaming_content).decode()  # type: ignore[attr-defined]
    assert "Quintessa" in htcds
    assert "Quintessa" not in ctdc


def test_the_admin_site_has_no_case_data_and_refuses_non_staff(
    two_organisations: dict[str, object],
) -> None:
    client = signed_in_client(two_organisations["outsider"], two_organisations["other"])  # type: ignore[arg-type]
    assert client.get("/admin/").status_code == 302
    from django.contrib import admin

    registered = {model._meta.app_label for model in admin.site._registry}
    assert "cases" not in registered


def test_selectors_refuse_another_organisations_case_directly(
    two_organisations: dict[str, object],
) -> None:
    case: Case = two_organisations["case"]  # type: ignore[assignment]
    viewer = viewer_of(two_organisations["outsider"], two_organisations["other"], Role.SUPERVISOR)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        selectors.case_get(viewer=viewer, case_id=case.pk)
    assert list(selectors.case_bundles_for_export(viewer=viewer, reason="test")) == []
