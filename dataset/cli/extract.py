"""`dataset extract`: code arbitrary texts from a JSONL file into an events table."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def extract(
    input: Path = typer.Option(..., "--input", "-i", help="JSONL: one object a line with id, text, published "
                               "(ISO date) and optionally country, title, source."),
    output: Path = typer.Option(..., "--output", "-o", help="Parquet file for the events (same columns as "
                                "build/events.parquet)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes used to code the texts."),
) -> None:
    """Code every text of a JSONL file into ACLED-style events, with provenance.

    Lines that cannot be used are reported with their line number and skipped. Events keep
    their article_id; event ids are numbered per country in a stable order. Exit codes: 0 done,
    1 the events broke a schema rule, 2 the input cannot be read.
    """
    import schemas
    from dataset.build import assign_ids, build_timestamp, code_articles
    from dataset.frames import events_frame
    from dataset.ingest import Rejection, read_jsonl
    from dataset.write import write_parquet

    err = Console(stderr=True, soft_wrap=True)
    try:
        data = input.read_bytes()
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot read {input}: {exc.strerror}")
        raise typer.Exit(2) from None
    items = read_jsonl(data, str(input))
    for r in items:
        if isinstance(r, Rejection):
            err.print(f"[yellow]skipped[/yellow] {r.path}: {r.reason}")
    articles = [a for a in items if not isinstance(a, Rejection)]
    progress = Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err, transient=True)
    with progress:
        task = progress.add_task("coding", total=len(articles))
        coded = code_articles(articles, jobs=jobs, on_done=lambda n: progress.advance(task, n))
    by_id = {a.id: a for a in articles}
    events = [e for a in articles for e in coded[a.id]]
    for e in events:
        e.source = e.source or by_id[e.article_id].source
        e.timestamp = build_timestamp(articles)
    try:
        df = schemas.validate_events(events_frame(assign_ids(events)))
    except schemas.ValidationFailed as exc:
        err.print(str(exc), markup=False)
        raise typer.Exit(1) from None
    write_parquet(df, output)
    err.print(f"coded {len(articles)} texts: {len(df)} events written to {output}")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
