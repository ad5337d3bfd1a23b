"""``tipnet estimate``: population estimate from a capture-history CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tipnet.core.errors import TipnetError
from tipnet.core.estimation import (
    EstimationMethod,
    PopulationEstimate,
    estimate_population,
    read_capture_histories,
)
from tipnet.core.estimation.bootstrap import Resampling

_METHODS = ", ".join(method.value for method in EstimationMethod)
_RESAMPLINGS = ", ".join(item.value for item in Resampling)


def register(app: typer.Typer) -> None:
    """Add the ``estimate`` command to ``app``."""
    app.command(name="estimate")(estimate)


def estimate(
    file: Annotated[Path, typer.Argument(help="CSV: one 0/1 column per list, then 'count'.")],
    *,
    method: Annotated[str, typer.Option(help=f"One of: {_METHODS}.")] = "auto",
    model: Annotated[
        str | None, typer.Option(help="Model for --method fixed, e.g. '[12,23]'.")
    ] = None,
    maxorder: Annotated[
        int | None, typer.Option(help="Highest interaction order searched.")
    ] = None,
    nboot: Annotated[
        int, typer.Option(help="Bootstrap resamples (0: model-conditional intervals only).")
    ] = 0,
    seed: Annotated[int | None, typer.Option(help="Seed for reproducible resampling.")] = None,
    resampling: Annotated[
        str,
        typer.Option(
            help=f"One of: {_RESAMPLINGS}. 'r-compatible' redraws R's resamples for "
            "set.seed(--seed), reproducing the reference packages' bootstraps exactly."
        ),
    ] = Resampling.NUMPY.value,
    level: Annotated[float, typer.Option(help="Coverage of the reported interval.")] = 0.95,
    workers: Annotated[
        int | None, typer.Option(help="Processes for resampling (default: all cores).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Estimate the hidden total from overlapping lists (multiple systems estimation)."""
    errors = Console(stderr=True)
    try:
        histories = read_capture_histories(file)
        result = _run(
            histories,
            method,
            model,
            maxorder,
            nboot,
            seed,
            level,
            workers,
            show_progress=not as_json,
            resampling=resampling,
        )
    except (TipnetError, OSError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=2) from None
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        typer.echo(result.summary())


def _run(
    histories: object,
    method: str,
    model: str | None,
    maxorder: int | None,
    nboot: int,
    seed: int | None,
    level: float,
    workers: int | None,
    *,
    show_progress: bool,
    resampling: str = Resampling.NUMPY.value,
) -> PopulationEstimate:
    levels = (level,) if level == 0.80 else (level, 0.80)
    options = {
        "method": method,
        "model": model,
        "max_order": maxorder,
        "resamples": nboot,
        "seed": seed,
        "levels": levels,
        "workers": workers,
        "resampling": resampling,
    }
    if nboot <= 0 or not show_progress:
        return estimate_population(histories, **options)  # type: ignore[arg-type]  # validated by the core
    columns = (TextColumn("bootstrap"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("bootstrap", total=nboot)
        return estimate_population(
            histories,  # type: ignore[arg-type]  # a CaptureHistories read above
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            **options,  # type: ignore[arg-type]  # validated by the core
        )
