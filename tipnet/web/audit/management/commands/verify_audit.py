"""``manage.py verify_audit``: detect any altered, deleted or truncated audit row."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tipnet.web.audit.selectors import audit_verify


class Command(BaseCommand):
    """Verify the audit hash chain; exit non-zero when it is broken."""

    help = "Verify the tamper-evident audit log; exits with an error if any row was altered."

    def handle(self, *args: Any, **options: Any) -> None:
        """Run the verification and report each problem by sequence number."""
        result = audit_verify()
        for problem in result.problems:
            self.stderr.write(f"#{problem.sequence}: {problem.kind} — {problem.detail}")
        if not result.is_intact:
            raise CommandError(
                f"Audit chain broken: {len(result.problems)} problem(s) "
                f"in {result.checked_count} rows."
            )
        self.stdout.write(f"Audit chain intact: {result.checked_count} rows verified.")
