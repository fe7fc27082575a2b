"""The `dataset` command line.

One module per command (as in frictionless-py): every module in this package that defines
`register(app)` adds its command(s). Modules are discovered, so adding a command never means
editing a shared list.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="dataset",
    help=(
        "Build ACLED-style event tables from raw news articles.\n\n"
        "Typical use: `dataset build` codes every article under raw/ and writes validated "
        "Parquet and CSV tables to build/. Run `dataset COMMAND --help` for each command."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _module = importlib.import_module(f"{__name__}.{_info.name}")
    if hasattr(_module, "register"):
        _module.register(app)


def main() -> None:
    app()
