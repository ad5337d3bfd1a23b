"""The linkage task: link the submitted extracts, then count people and fill the table.

This task sees encodings, pseudonyms and non-identifying codes only: no names, and no
linkage secret (the extracts were made before it starts).
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from tipnet.core.errors import TipnetError
from tipnet.core.linkage import layout_for_version, read_extract
from tipnet.core.linkage.clustering import Clustering, capture_histories, cluster_records
from tipnet.core.linkage.scoring import score_pairs
from tipnet.core.reports.disclosure import suppress_small_cells
from tipnet.core.standard.rules import age_group
from tipnet.web.cases.selectors import CaseAttributes, case_attributes_for_aggregates
from tipnet.web.linkage.models import LinkagePseudonym, LinkageRound, LinkageSubmission

logger = logging.getLogger(__name__)
PROGRESS_INTERVAL_SECONDS = 0.5


class _StageWriter:
    """Writes the linkage stage and its progress to the round's row, throttled."""

    def __init__(self, round_id: int) -> None:
        self.round_id = round_id
        self.last_written = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last_written < PROGRESS_INTERVAL_SECONDS:
            return
        self.last_written = now
        LinkageRound.objects.filter(pk=self.round_id).update(
            stage=stage[:64], progress_done=min(done, total), progress_total=total
        )


@task()
def run_linkage_round(round_id: int) -> None:
    """Link one round's extracts; store clusters, the capture histories and aggregates."""
    submissions = list(
        LinkageSubmission.objects.filter(round_id=round_id)
        .select_related("organisation")
        .order_by("organisation__slug")
    )
    try:
        clustering, summary = _link(round_id, submissions)
        with transaction.atomic():
            _store_clusters(submissions, clustering)
            _store_results(round_id, submissions, clustering, summary)
    except TipnetError as error:
        _mark_failed(round_id, str(error))
    except Exception:
        # Never leave a round "running" for ever; the worker keeps the traceback.
        _mark_failed(round_id, "The linkage stopped on an unexpected error; see the task log.")
        raise


def _mark_failed(round_id: int, message: str) -> None:
    logger.warning("linkage round %s failed", round_id)
    LinkageRound.objects.filter(pk=round_id).update(
        status=LinkageRound.Status.FAILED, error_message=message
    )


def _link(round_id: int, submissions: list[LinkageSubmission]) -> tuple[Clustering, str]:
    threshold, layout_version = LinkageRound.objects.values_list("threshold", "layout_version").get(
        pk=round_id
    )
    with tempfile.TemporaryDirectory() as folder:
        extracts = []
        for submission in submissions:
            path = Path(folder) / f"{submission.organisation.slug}.enc"
            path.write_bytes(bytes(submission.extract))
            extracts.append(read_extract(path))
    # The round's own layout, not the first extract's: an extract of another version is
    # refused by name instead of deciding how the whole round is compared.
    scores = score_pairs(
        extracts, layout=layout_for_version(layout_version), progress=_StageWriter(round_id)
    )
    return cluster_records(scores, threshold=threshold), scores.summary()


def _store_clusters(submissions: list[LinkageSubmission], clustering: Clustering) -> None:
    by_source = {submission.organisation.slug: submission for submission in submissions}
    pseudonyms = {
        (row.submission_id, row.pseudonym): row
        for row in LinkagePseudonym.objects.filter(submission__in=submissions)
    }
    for record in clustering.records:
        row = pseudonyms[(by_source[record.source].pk, record.record_id)]
        row.cluster_id = record.cluster_id
        row.match_probability = record.match_probability
    LinkagePseudonym.objects.bulk_update(
        pseudonyms.values(), ["cluster_id", "match_probability"], batch_size=2000
    )


def _store_results(
    round_id: int, submissions: list[LinkageSubmission], clustering: Clustering, summary: str
) -> None:
    sources = [submission.organisation.slug for submission in submissions]
    histories = capture_histories(clustering, sources)
    counts = [0] * (2 ** len(sources) - 1)
    for history, count in histories.items():
        counts[sum(bit << position for position, bit in enumerate(history)) - 1] += count
    LinkageRound.objects.filter(pk=round_id).update(
        status=LinkageRound.Status.DONE,
        finished_at=timezone.now(),
        list_names=sources,
        cell_counts=counts,
        record_count=len(clustering.records),
        unique_people=clustering.cluster_count,
        aggregates=_aggregates(round_id, submissions),
        model_summary=summary,
    )


def _aggregates(round_id: int, submissions: list[LinkageSubmission]) -> dict[str, object]:
    """Unique people by sex, age group, nationality and form of exploitation, suppressed."""
    members: dict[int, list[int]] = defaultdict(list)
    for cluster_id, case_id in LinkagePseudonym.objects.filter(
        submission__in=submissions, case__isnull=False, cluster_id__isnull=False
    ).values_list("cluster_id", "case_id"):
        if cluster_id is not None and case_id is not None:
            members[cluster_id].append(case_id)
    attributes = case_attributes_for_aggregates(
        case_ids=[case_id for ids in members.values() for case_id in ids],
        reason=f"linkage round {round_id} aggregates",
    )
    people = [
        [attributes[case_id] for case_id in ids if case_id in attributes]
        for ids in members.values()
    ]
    threshold = settings.TIPNET_SMALL_CELL_THRESHOLD
    return {
        dimension: _published(counter, threshold)
        for dimension, counter in _count_people(people).items()
    }


def _count_people(people: Iterable[list[CaseAttributes]]) -> dict[str, Counter[str]]:
    """One count per person per dimension (the most common value among their records).

    A person counts once under each form of exploitation recorded for them.
    """
    tables: dict[str, Counter[str]] = {
        "sex": Counter(),
        "age_group": Counter(),
        "nationality": Counter(),
        "exploitation": Counter(),
    }
    for records in people:
        tables["sex"][_most_common(r.gender for r in records)] += 1
        tables["age_group"][age_group(_most_common_age(records))] += 1
        tables["nationality"][_most_common(c for r in records for c in r.citizenships[:1])] += 1
        for form in {form for r in records for form in r.exploitation_types} or {"unknown"}:
            tables["exploitation"][form] += 1
    return tables


def _most_common(values: Iterable[str]) -> str:
    known = Counter(value for value in values if value)
    return known.most_common(1)[0][0] if known else "unknown"


def _most_common_age(records: list[CaseAttributes]) -> int | None:
    ages = Counter(r.age_at_identification for r in records if r.age_at_identification is not None)
    return ages.most_common(1)[0][0] if ages else None


def _published(counter: Counter[str], threshold: int) -> dict[str, object]:
    table = suppress_small_cells(dict(counter), threshold=threshold)
    return {
        "cells": [{"category": cell.category, "count": cell.count} for cell in table.cells],
        "total": table.total,
        "note": table.note,
    }
