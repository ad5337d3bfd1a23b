"""``tipnet generate``: write a synthetic demo network as HTCDS flat files plus its truth."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tipnet.core.errors import TipnetError
from tipnet.core.synthetic import SyntheticNetwork, generate_network
from tipnet.core.synthetic.columns import CASE_COLUMNS, EVENT_COLUMNS


def register(app: typer.Typer) -> None:
    """Add the ``generate`` command to the ``tipnet`` application."""
    app.command(name="generate")(generate)


def generate(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the files into.")],
    seed: Annotated[int, typer.Option("--seed", help="Seed; the same seed gives the same files.")],
    people: Annotated[
        int, typer.Option("--people", min=0, help="Size of the hidden population.")
    ] = 2000,
    list_dependence: Annotated[
        float,
        typer.Option(
            "--list-dependence", min=0.0, max=1.0, help="0 = independent lists, 1 = strong."
        ),
    ] = 0.0,
) -> None:
    """Generate the synthetic demo network: cases and events per organisation, and the truth.

    Everything written is invented; no real person is described.
    """
    try:
        with _progress_bar() as progress:
            generating = progress.add_task("Generating cases", total=None)
            network = generate_network(
                seed=seed,
                people=people,
                list_dependence=list_dependence,
                progress=lambda done, total: progress.update(
                    generating, completed=done, total=total
                ),
            )
            progress.update(generating, total=1, completed=1)
            writing = progress.add_task("Writing files", total=len(network.organisations) + 2)
            _write_network(out, network, lambda: progress.advance(writing))
    except (TipnetError, OSError) as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(code=1) from error
    case_count = sum(len(rows) for rows in network.case_rows.values())
    typer.echo(
        f"Wrote {case_count} cases of {len(network.organisations)} organisations "
        f"({len(network.captured_person_ids())} distinct people of {people}) to {out}."
    )


def _write_network(out: Path, network: SyntheticNetwork, advance: Callable[[], None]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for organisation in network.organisations:
        key = organisation.key
        _write_csv(out / f"{key}_cases.csv", CASE_COLUMNS, network.case_rows[key])
        _write_csv(out / f"{key}_events.csv", EVENT_COLUMNS, network.event_rows[key])
        advance()
    truth_rows = (
        {"organisation_key": key, "case_id": case_id, "person_id": person_id}
        for (key, case_id), person_id in sorted(network.truth.items())
    )
    _write_csv(out / "truth.csv", ("organisation_key", "case_id", "person_id"), truth_rows)
    advance()
    keys = tuple(organisation.key for organisation in network.organisations)
    history_rows = (
        {**dict(zip(keys, map(str, history), strict=True)), "count": str(count)}
        for history, count in sorted(network.capture_histories().items(), reverse=True)
    )
    _write_csv(out / "capture_histories.csv", (*keys, "count"), history_rows)
    advance()


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=columns, extrasaction="raise")
        writer.writeheader()
        writer.writerows(rows)


def _progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
