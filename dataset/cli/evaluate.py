"""`dataset evaluate`: score the coder against ACLED exports you hold."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table


def evaluate(
    acled: list[Path] = typer.Option(..., "--acled", help="ACLED export(s) with a notes column (CSV, XLSX, Parquet)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON instead of tables."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes used to code the notes."),
    limit: int = typer.Option(0, "--limit", min=0, help="Score only the first N rows of each file (0 = all)."),
    confusion: int = typer.Option(15, "--confusion", help="Rows of the sub-event confusion table to show."),
) -> None:
    """Code each ACLED note as a tiny article and compare with the row's coded fields.

    The note is the article text, event_date its publication date and country its country
    hint. The best-matching coded event is compared field by field: event_type, sub_event_type
    (accuracy, macro F1 and confusion), event_date exact, location within 25 km, admin1,
    fatalities exact, inter1, inter2, actor1, and the share of notes with no event at all.
    """
    from dataset.evaluate import combine
    from dataset.evaluate import evaluate as run

    console = Console(stderr=True)
    results = []
    for path in acled:
        if not path.is_file():
            console.print(f"[red]error:[/red] {path} does not exist.")
            raise typer.Exit(2)
        progress = Progress(TextColumn(f"coding {path.name}"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=console, transient=True, disable=as_json)

        def start(total: int, progress: Progress = progress):
            task = progress.add_task("coding", total=total)
            return lambda n: progress.advance(task, n)

        try:
            with progress:
                results.append(run(path, jobs=jobs, limit=limit or None, on_start=start))
        except (ValueError, KeyError, OSError) as exc:
            console.print(f"[red]error:[/red] cannot score {path}: {exc}")
            raise typer.Exit(2) from None
    if len(results) > 1:
        results.append(combine(results))
    if as_json:
        typer.echo(json.dumps(results, indent=2, default=str))
        return
    out = Console()
    table = Table(title="Coder agreement with ACLED (share of rows)")
    table.add_column("field")
    for r in results:
        table.add_column(f"{Path(r['file']).stem} (n={r['scored']})", justify="right")
    fields = list(results[0]["fields"])
    for f in fields:
        table.add_row(f, *[f"{r['fields'][f]:.3f}" for r in results])
    table.add_row("sub_event_type macro F1", *[f"{r['sub_event_type_macro_f1']:.3f}" for r in results])
    table.add_row("no-event rate", *[f"{r['no_event_rate']:.3f}" for r in results])
    out.print(table)
    for r in results:
        if "confusion" not in r or confusion <= 0:
            continue
        t = Table(title=f"{Path(r['file']).stem}: sub_event_type, gold vs coded (top {confusion})")
        t.add_column("gold")
        t.add_column("coded")
        t.add_column("n", justify="right")
        for row in r["confusion"][:confusion]:
            t.add_row(row["gold"], row["coded"], str(row["count"]))
        out.print(t)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
