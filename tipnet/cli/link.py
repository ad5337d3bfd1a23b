"""``tipnet link``: find the same people across organisations' linkage extracts.

Reads two or more ``.enc`` extracts (never the secret), scores candidate pairs with Splink
on DuckDB, clusters records into people and writes one row per input record. Output files
are written to a temporary file beside the target and renamed, so a failed run leaves no
partial output.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tipnet.core.errors import LinkageError, TipnetError
from tipnet.core.linkage import Extract, read_extract
from tipnet.core.linkage.clustering import (
    Clustering,
    capture_histories,
    cluster_records,
    count_unique_people,
)
from tipnet.core.linkage.scoring import score_pairs

_THRESHOLD_HELP = (
    "Posterior match probability a link needs (default 0.5: the model finds a match more "
    "likely than not)."
)
_HISTORIES_HELP = "Also write the capture-history table (one 0/1 column per source, count)."


def register(app: typer.Typer) -> None:
    """Add the ``link`` command to the ``tipnet`` application."""
    app.command(name="link")(link)


def link(
    extracts: Annotated[
        list[Path], typer.Argument(help="Two or more linkage extracts (.enc), one per source.")
    ],
    out: Annotated[Path, typer.Option("--out", help="The clusters CSV to write.")],
    threshold: Annotated[float, typer.Option("--threshold", help=_THRESHOLD_HELP)] = 0.5,
    histories: Annotated[Path | None, typer.Option("--histories", help=_HISTORIES_HELP)] = None,
) -> None:
    """Link extracts into clusters of records believed to be one person each."""
    logging.getLogger("splink").setLevel(logging.ERROR)  # Splink's chatter is not for users
    for target in (out, histories):
        if target is not None and not target.parent.is_dir():
            typer.echo(f"Error: cannot write {target}: the folder does not exist.", err=True)
            raise typer.Exit(code=1)
    try:
        with _progress_bar() as progress:
            loaded = _read_extracts(extracts, progress)
            task = progress.add_task("Scoring", total=5)
            scores = score_pairs(
                loaded,
                progress=lambda stage, done, total: progress.update(
                    task, description=stage, completed=done, total=total
                ),
            )
            clustering = cluster_records(scores, threshold=threshold)
        outputs = {out: _clusters_csv(clustering)}
        if histories is not None:
            outputs[histories] = _histories_csv(clustering)
        _write_all_atomically(outputs)
    except TipnetError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(code=1) from error
    except OSError as error:
        typer.echo(f"Error: cannot write {error.filename}: {error.strerror}.", err=True)
        raise typer.Exit(code=1) from error
    typer.echo(
        f"Linked {len(clustering.records)} records from {len(loaded)} sources into "
        f"{count_unique_people(clustering)} clusters; wrote {out}."
    )


def _read_extracts(paths: Sequence[Path], progress: Progress) -> list[Extract]:
    task = progress.add_task("Reading extracts", total=len(paths))
    loaded = []
    for path in paths:
        try:
            loaded.append(read_extract(path))
        except LinkageError as error:
            raise LinkageError(f"{path}: {error}") from error
        progress.advance(task)
    return loaded


def _clusters_csv(clustering: Clustering) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["source", "record_id", "cluster_id", "match_probability"])
    for record in clustering.records:
        writer.writerow(
            [
                record.source,
                record.record_id,
                record.cluster_id,
                f"{record.match_probability:.6f}",
            ]
        )
    return buffer.getvalue()


def _histories_csv(clustering: Clustering) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*clustering.sources, "count"])
    for history, count in sorted(capture_histories(clustering).items(), reverse=True):
        writer.writerow([*history, count])
    return buffer.getvalue()


def _write_all_atomically(outputs: dict[Path, str]) -> None:
    """Write every file to a temporary sibling first; rename only when all are written."""
    with _temporary_files(outputs) as temporaries:
        for target, temporary in temporaries.items():
            temporary.replace(target)


@contextmanager
def _temporary_files(outputs: dict[Path, str]) -> Iterator[dict[Path, Path]]:
    temporaries: dict[Path, Path] = {}
    try:
        for target, text in outputs.items():
            descriptor, name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
            )
            temporaries[target] = Path(name)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        yield temporaries
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)


def _progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    )
