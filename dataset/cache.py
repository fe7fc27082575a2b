"""Content-hash cache of per-article coder results, kept in build/cache/.

A cached result is reused only when everything the coder read is unchanged: the article's
bytes and metadata, the coder version, and every packaged data file (lexicons, actor
dictionary, gazetteer tables, the GeoNames source). Anything else changes the key.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from dataset.model import Article, Event

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def coder_inputs_digest() -> str:
    """Hash of the coder's code version and of every data file it reads."""
    from dataset.coder import CODER_VERSION
    from dataset.coder.gazetteer import _inputs_digest

    h = hashlib.sha256(CODER_VERSION.encode())
    code_dir = Path(__file__).resolve().parent / "coder"
    for path in sorted(DATA_DIR.rglob("*")) + sorted(code_dir.glob("*.py")):
        if path.is_file():
            h.update(path.relative_to(path.parents[1]).as_posix().encode())
            h.update(path.read_bytes())
    h.update(_inputs_digest().encode())
    return h.hexdigest()


def article_key(article: Article) -> str:
    h = hashlib.sha256(coder_inputs_digest().encode())
    for part in (article.id, article.sha256, article.text, article.published.isoformat(), article.country,
                 article.source, article.source_scale, article.title):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


class ResultCache:
    """Pickled event lists by article key, under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> list[Event] | None:
        path = self._path(article_key(article))
        try:
            with open(path, "rb") as fh:
                events = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return events

    def put(self, article: Article, events: list[Event]) -> None:
        path = self._path(article_key(article))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(events, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
