"""Structured dataset builder: ACLED-style event tables from raw news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("acled-dataset-builder")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

def load(version: str | None = None, *, root=None):
    """The events table of the latest release, or of `version` (see dataset.loading.load)."""
    from dataset.loading import load as _load

    return _load(version, root=root)


__all__ = ["__version__", "load"]
