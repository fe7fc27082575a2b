"""Structured dataset builder: ACLED-style event tables from raw news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("acled-dataset-builder")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
