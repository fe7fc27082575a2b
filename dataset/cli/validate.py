"""`dataset validate PATH`: check any ACLED-format table against the codebook."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def validate(
    path: Path = typer.Argument(..., help="A CSV, Parquet or XLSX table in ACLED's format (ours or an ACLED export)."),
    report: Path = typer.Option(None, "--report", help="Also write the report to FILE (.json or .csv)."),
) -> None:
    """Validate a table against the ACLED codebook rules in schemas/.

    The export's era is detected from its columns: 2021-style (numeric inter codes, data_id,
    iso3), 2023+ (text inter labels, disorder_type, tags), monadic (one actor a row) or one of
    our own builds. Types are coerced (a UTF-8 BOM is fine), every rule is checked, and the
    failures are listed by check with a count and up to 5 examples (event id and value).

    Exit codes: 0 valid, 1 invalid, 2 the file cannot be read.
    """
    from dataset.validate import UnreadableInput, validate_file, write_report

    err = Console(stderr=True, soft_wrap=True)
    try:
        result = validate_file(path)
    except UnreadableInput as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_UNREADABLE) from None
    out = Console(soft_wrap=True)
    if result.ok:
        out.print(f"{path}: valid ({result.rows} rows, {result.era} format)")
    else:
        table = Table(title=f"{path.name}: {len(result.report)} failure(s) in {result.rows} rows ({result.era} format)")
        for col in ("check", "column", "count", "examples"):
            table.add_column(col, overflow="fold")
        for r in result.summary().itertuples(index=False):
            table.add_row(r.check, r.column, str(r.count), "\n".join(r.examples))
        out.print(table)
    if report is not None:
        try:
            write_report(result, report)
        except OSError as exc:
            err.print(f"[red]error:[/red] cannot write the report to {report}: {exc.strerror}")
            raise typer.Exit(EXIT_UNREADABLE) from None
        err.print(f"report written to {report}")
    raise typer.Exit(EXIT_VALID if result.ok else EXIT_INVALID)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
