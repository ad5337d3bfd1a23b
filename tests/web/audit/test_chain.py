"""The audit log is append-only and verify_audit detects altered or deleted rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from tests.web.conftest import sample_bundle, viewer_of
from tipnet.web.accounts.models import Organisation, User
from tipnet.web.accounts.roles import Role
from tipnet.web.audit.models import AuditEvent
from tipnet.web.cases import selectors, services

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def audited_activity(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    organisation = make_organisation()
    user = make_member(organisation, Role.CASEWORKER)
    viewer = viewer_of(user, organisation, Role.CASEWORKER)
    case = services.case_create(viewer=viewer, bundle=sample_bundle())
    selectors.case_get(viewer=viewer, case_id=case.pk)
    selectors.case_list(viewer=viewer)


def _bypass_trigger(sql: str, params: list[int]) -> None:
    # An attacker with database-owner rights can disable the trigger; the chain must still tell.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_append_only")
        cursor.execute(sql, params)
        cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_append_only")


def test_an_untouched_chain_verifies(
    audited_activity: None, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("verify_audit")
    assert "intact" in capsys.readouterr().out


def test_the_database_refuses_to_update_an_audit_row(audited_activity: None) -> None:
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.update(reason="rewritten")


def test_an_altered_row_is_detected(audited_activity: None) -> None:
    target = AuditEvent.objects.order_by("sequence")[2]
    _bypass_trigger("UPDATE audit_auditevent SET actor_id = 999 WHERE id = %s", [target.pk])
    with pytest.raises(CommandError):
        call_command("verify_audit")


def test_a_deleted_row_is_detected(audited_activity: None) -> None:
    target = AuditEvent.objects.order_by("sequence")[1]
    _bypass_trigger("DELETE FROM audit_auditevent WHERE id = %s", [target.pk])
    with pytest.raises(CommandError):
        call_command("verify_audit")


def test_deleting_the_newest_row_is_detected(audited_activity: None) -> None:
    target = AuditEvent.objects.order_by("-sequence").first()
    assert target is not None
    _bypass_trigger("DELETE FROM audit_auditevent WHERE id = %s", [target.pk])
    with pytest.raises(CommandError):
        call_command("verify_audit")


def test_a_supervisor_reads_the_organisations_audit_log_but_a_caseworker_cannot(
    make_organisation: Callable[..., Organisation], make_member: Callable[..., User]
) -> None:
    from tests.web.conftest import signed_in_client

    organisation = make_organisation()
    supervisor = make_member(organisation, Role.SUPERVISOR)
    caseworker = make_member(organisation, Role.CASEWORKER)
    services.case_create(
        viewer=viewer_of(caseworker, organisation, Role.CASEWORKER), bundle=sample_bundle()
    )
    page = signed_in_client(supervisor, organisation).get("/audit/").content.decode()
    assert "case_create" in page
    assert caseworker.username in page
    assert signed_in_client(caseworker, organisation).get("/audit/").status_code == 403
