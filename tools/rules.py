"""tipnet's own lint rules, run by ``scripts/check`` as ``python -m tools.rules tipnet``.

- TIP001 no identifying field in a logging call (names, birth dates, documents, contacts,
  addresses, free text);
- TIP002 no writes in views (``save``/``delete``/``create``/``update``/``bulk_create``):
  writes belong in services;
- TIP003 user-facing strings in views and forms go through gettext (messages and labels
  given as bare string literals are refused).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

IDENTIFYING_NAMES = frozenset(
    {
        "given_names",
        "middle_names",
        "family_names",
        "aliases",
        "birth_date",
        "identity_number",
        "email",
        "home_phone",
        "mobile_phone",
        "mailing_street",
        "mailing_city",
        "mailing_postal_code",
        "body",
        "description",
        "details",
        "closure_reason",
        "vulnerability_details",
        "primary_caseworker",
        "password",
    }
)
LOG_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})
WRITE_METHODS = frozenset(
    {"save", "delete", "create", "update", "bulk_create", "get_or_create", "update_or_create"}
)
MESSAGE_METHODS = frozenset({"success", "error", "info", "warning", "add_message"})


@dataclass(frozen=True)
class Violation:
    """One broken rule at one place."""

    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code} {self.message}"


def _is_logging_call(node: ast.Call) -> bool:
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in LOG_METHODS:
        return False
    owner = func.value
    name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
    return name in {"logger", "logging", "log", "LOGGER"}


def _identifying_references(node: ast.AST) -> Iterator[str]:
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and child.id in IDENTIFYING_NAMES:
            yield child.id
        elif isinstance(child, ast.Attribute) and child.attr in IDENTIFYING_NAMES:
            yield child.attr


def check_logging(tree: ast.AST, path: str) -> Iterator[Violation]:
    """TIP001: logging calls must not mention identifying fields."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_logging_call(node):
            for name in _identifying_references(node):
                yield Violation(path, node.lineno, "TIP001", f"identifying field '{name}' logged")


def check_view_writes(tree: ast.AST, path: str) -> Iterator[Violation]:
    """TIP002: views call services; they never write to the database themselves."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WRITE_METHODS
            and not _is_session_or_response(node.func.value)
        ):
            yield Violation(path, node.lineno, "TIP002", f"'.{node.func.attr}()' in a view")


def _is_session_or_response(owner: ast.expr) -> bool:
    return isinstance(owner, ast.Attribute) and owner.attr in {"session", "headers"}


def check_translated_strings(tree: ast.AST, path: str) -> Iterator[Violation]:
    """TIP003: messages and form labels are wrapped in gettext, never bare literals."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        literal = _bare_user_string(node)
        if literal is not None:
            yield Violation(path, node.lineno, "TIP003", f"untranslated text {literal!r}")


def _bare_user_string(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in MESSAGE_METHODS:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "messages" and len(node.args) >= 2:
            text = node.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                return text.value
    for keyword in node.keywords:
        if keyword.arg in {"label", "help_text"} and isinstance(keyword.value, ast.Constant):
            value = keyword.value.value
            if isinstance(value, str) and value:
                return value
    return None


def check_file(path: Path) -> list[Violation]:
    """Every rule that applies to one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = list(check_logging(tree, str(path)))
    if path.name == "views.py":
        found += check_view_writes(tree, str(path))
    if path.name in {"views.py", "forms.py"}:
        found += check_translated_strings(tree, str(path))
    return found


def main(roots: list[str]) -> int:
    """Check every Python file under ``roots``; print violations; return the exit code."""
    violations = [
        violation
        for root in roots
        for path in sorted(Path(root).rglob("*.py"))
        if "migrations" not in path.parts
        for violation in check_file(path)
    ]
    for violation in violations:
        print(violation)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["tipnet"]))
