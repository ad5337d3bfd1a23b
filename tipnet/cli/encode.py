"""``tipnet encode``: turn an organisation's identifier CSV into a linkage extract."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tipnet.core.errors import TipnetError
from tipnet.core.linkage import (
    DEFAULT_LAYOUT,
    encode_identifier_batch,
    key_check_value,
    layout_for_version,
    read_identifiers_csv,
    write_extract,
)
from tipnet.core.linkage.keys import validate_secret

_KEY_FILE_HELP = (
    "File holding the network linkage secret (at least 32 bytes; kept off the extract)."
)
_INPUT_HELP = (
    "UTF-8 CSV with columns record_id, given_names, family_names, birth_date "
    "(YYYY-MM-DD or YYYY), sex (F/M/X), nationality (ISO alpha-2), place_of_origin."
)


def register(app: typer.Typer) -> None:
    """Add the ``encode`` command to the ``tipnet`` application."""
    app.command(name="encode")(encode)


def encode(
    secret_file: Annotated[Path, typer.Option("--secret-file", help=_KEY_FILE_HELP)],
    input_path: Annotated[Path, typer.Option("--input", help=_INPUT_HELP)],
    out: Annotated[Path, typer.Option("--out", help="The extract to write (.enc).")],
    source_label: Annotated[
        str, typer.Option("--source-label", help="Your organisation's label in the extract.")
    ] = "",
    layout_version: Annotated[
        int,
        typer.Option("--layout", help="Linkage layout version; every member must use the same."),
    ] = DEFAULT_LAYOUT.version,
) -> None:
    """Encode identifiers into hardened, keyed linkage encodings; no names leave the file."""
    try:
        layout = layout_for_version(layout_version)
        secret = _read_secret(secret_file)
        records = read_identifiers_csv(input_path)
        with _progress_bar() as progress:
            task = progress.add_task("Encoding", total=len(records))
            encoded = encode_identifier_batch(
                records,
                secret=secret,
                layout=layout,
                progress=lambda done, _total: progress.update(task, completed=done),
                workers=os.cpu_count() or 1,
            )
        write_extract(
            out,
            encoded,
            layout=layout,
            source_label=source_label or input_path.stem,
            key_check=key_check_value(secret, version=layout.version),
        )
    except TipnetError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(code=1) from error
    typer.echo(f"Wrote {len(encoded)} encoded records to {out}.")


def _read_secret(path: Path) -> bytes:
    try:
        secret = path.read_bytes().strip()
    except OSError as error:
        raise typer.BadParameter(f"Cannot read the secret file: {error.strerror}.") from error
    validate_secret(secret)
    return secret


def _progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    )
