"""Each project rule catches its bad example and passes its good one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tools.rules import check_file, check_logging, check_translated_strings, check_view_writes


def _codes(found: object) -> list[str]:
    return [violation.code for violation in found]  # type: ignore[attr-defined]


def test_logging_an_identifying_field_is_refused() -> None:
    bad = ast.parse("logger.info('saved %s', person.given_names)")
    good = ast.parse("logger.info('saved case %s', case.pk)")
    assert _codes(check_logging(bad, "x.py")) == ["TIP001"]
    assert _codes(check_logging(good, "x.py")) == []


def test_a_write_in_a_view_is_refused_but_session_updates_are_fine() -> None:
    bad = ast.parse("def view(request):\n    case.save()\n    Case.objects.create()")
    good = ast.parse("def view(request):\n    request.session.update({})\n    services.x()")
    assert _codes(check_view_writes(bad, "views.py")) == ["TIP002", "TIP002"]
    assert _codes(check_view_writes(good, "views.py")) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("messages.success(request, 'Saved')", ["TIP003"]),
        ("messages.success(request, _('Saved'))", []),
        ("forms.CharField(label='Name')", ["TIP003"]),
        ("forms.CharField(label=_('Name'))", []),
    ],
)
def test_user_facing_text_must_be_translated(source: str, expected: list[str]) -> None:
    assert _codes(check_translated_strings(ast.parse(source), "views.py")) == expected


def test_rules_apply_by_file_name(tmp_path: Path) -> None:
    view = tmp_path / "views.py"
    view.write_text("def v(r):\n    thing.delete()\n", encoding="utf-8")
    other = tmp_path / "services.py"
    other.write_text("def s():\n    thing.delete()\n", encoding="utf-8")
    assert _codes(check_file(view)) == ["TIP002"]
    assert _codes(check_file(other)) == []
