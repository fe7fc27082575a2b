"""`dataset build`: code every article under raw/ into validated tables under build/."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

import schemas

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3


def build(
    raw: Path = typer.Option(Path("raw"), "--raw", help="Folder of raw articles (.md/.txt with front matter, .jsonl)."),
    out: Path = typer.Option(Path("build"), "--out", help="Folder the tables and the report are written to."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes used to code articles."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero (3) if any raw file is rejected."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no report on screen."),
    force: bool = typer.Option(False, "--force", help="Ignore the per-article cache in OUT/cache and recode all."),
    registry: Path = typer.Option(None, "--registry", help="Event id registry (default: registry/event_ids.csv "
                                  "beside RAW, or $DATASET_REGISTRY). Commit it: ids are kept across builds."),
) -> None:
    """Code every article under RAW into ACLED-style tables in OUT.

    Writes events.parquet and events.csv (ACLED's columns, then provenance), articles.parquet
    (one row per raw file: coded, no-event or rejected, with the reason) and report.md.
    Everything is validated against the pandera schemas first; nothing invalid is written.

    Exit codes: 0 built; 1 the tables broke a schema rule (the rows and rules are listed);
    2 RAW does not exist; 3 --strict and some raw file was rejected.
    """
    from dataset.build import run_build

    console = Console(stderr=True, soft_wrap=True)
    if not raw.is_dir():
        console.print(f"[red]error:[/red] raw folder {raw} does not exist. Pass --raw PATH to the articles.")
        raise typer.Exit(EXIT_USAGE)

    progress = Progress(
        TextColumn("coding articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, disable=quiet, transient=True,
    )

    def start(total: int):
        task = progress.add_task("coding", total=total)
        return lambda n: progress.advance(task, n)

    try:
        with progress:
            result = run_build(raw, out, jobs=jobs, progress=start, force=force, registry_path=registry)
    except schemas.ValidationFailed as exc:
        console.print("[red]validation failed; nothing was written.[/red]")
        console.print(str(exc), markup=False, highlight=False)
        raise typer.Exit(EXIT_INVALID) from None

    if not quiet:
        Console().print(result.report, markup=False, highlight=False)
        console.print(f"wrote {', '.join(str(p) for p in result.outputs.values())}")
    if result.n_rejected:
        console.print(f"[yellow]{result.n_rejected} raw input(s) rejected; see {out / 'report.md'}[/yellow]")
        if strict:
            raise typer.Exit(EXIT_REJECTED)


def register(app: typer.Typer) -> None:
    app.command("build")(build)
