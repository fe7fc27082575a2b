"""`dataset release X.Y.Z` and `dataset verify X.Y.Z`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console


def release(
    version: str = typer.Argument(..., help="Semantic version: major for a schema change, minor for new data, "
                                  "patch for corrections."),
    raw: Path = typer.Option(Path("raw"), "--raw", help="Folder of raw articles."),
    out: Path = typer.Option(Path("build"), "--out", help="Build folder; the release goes to OUT/releases/VERSION."),
) -> None:
    """Build RAW and freeze it as an immutable, citable release.

    Writes OUT/releases/VERSION/ (data/events.parquet, data/events.csv, data/articles.parquet,
    datapackage.json, CITATION.cff, codebook.md, CHANGELOG.md, SHA256SUMS, build-manifest.json)
    and OUT/releases/VERSION.tar.gz for Zenodo. Set SOURCE_DATE_EPOCH to fix the release time.
    An existing version is refused. Exit codes: 0 released, 1 refused (the message says why).
    """
    from dataset.release import ReleaseError, make_release
    from schemas import ValidationFailed

    err = Console(stderr=True, soft_wrap=True)
    try:
        folder = make_release(version, raw, out)
    except (ReleaseError, ValidationFailed) as exc:
        err.print(f"[red]release refused:[/red] {exc}")
        raise typer.Exit(1) from None
    Console(soft_wrap=True).print(f"released {version}: {folder} and {folder}.tar.gz")


def verify(
    version: str = typer.Argument(..., help="The release to check."),
    raw: Path = typer.Option(None, "--raw", help="Raw folder to rebuild from (default: the one recorded)."),
    out: Path = typer.Option(Path("build"), "--out", help="Build folder holding releases/."),
) -> None:
    """Check a release's checksums and inputs, rebuild it, and report any byte that differs.

    Exit codes: 0 verified, 1 something differs (listed), 2 no such release.
    """
    from dataset.release import ReleaseError, verify_release

    err = Console(stderr=True, soft_wrap=True)
    try:
        problems = verify_release(version, out, raw)
    except ReleaseError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    if problems:
        for p in problems:
            err.print(f"[red]differs:[/red] {p}")
        raise typer.Exit(1)
    Console(soft_wrap=True).print(f"release {version} verified: checksums match and the rebuild is byte-identical")


def register(app: typer.Typer) -> None:
    app.command("release")(release)
    app.command("verify")(verify)
