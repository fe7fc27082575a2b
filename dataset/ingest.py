"""Read raw/ into Article records; every raw file is accounted for.

Two input formats:

* ``raw/**/*.md`` / ``*.txt``: one article per file, YAML front matter then the text.
* ``raw/**/*.jsonl``: one article per line, the same fields plus ``text``.

A file (or JSONL line) that cannot be used becomes a :class:`Rejection` with its path
and a reason that says what to fix; it never stops the build.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from dataset.model import Article

ARTICLE_SUFFIXES = (".md", ".txt", ".markdown")
JSONL_SUFFIXES = (".jsonl",)
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Rejection:
    """A raw input that could not be turned into an article."""

    path: str
    reason: str
    id: str = ""
    sha256: str = ""


class ArticleError(ValueError):
    """An article's content breaks the raw format; the message says what to fix."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(raw_dir: Path) -> list[Path]:
    """All raw input files under raw_dir, in a stable order."""
    files = [
        p for p in raw_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
        and p.name.lower() != "readme.md"
    ]
    return sorted(files, key=lambda p: p.relative_to(raw_dir).as_posix())


def _parse_published(value: object) -> date:
    if value is None or value == "":
        raise ArticleError("missing 'published' (an ISO date such as 2020-01-27 is required)")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ArticleError(f"'published' is {text!r}, not an ISO date such as 2020-01-27") from None


def _text_field(meta: dict, key: str, default: str = "") -> str:
    value = meta.get(key, default)
    return default if value is None else str(value).strip()


def article_from_fields(meta: dict, text: str, *, path: str, sha256: str, default_id: str) -> Article:
    """Build an Article from front-matter/JSON fields, or raise ArticleError."""
    if not isinstance(meta, dict):
        raise ArticleError("front matter must be a YAML mapping of field: value")
    article_id = _text_field(meta, "id", default_id)
    if not _ID_RE.match(article_id):
        raise ArticleError(f"id {article_id!r} is not filename-safe (letters, digits, '.', '_', '-')")
    published = _parse_published(meta.get("published"))
    if not text or not text.strip():
        raise ArticleError("the article has no text")
    return Article(
        id=article_id,
        text=text.strip("\n").replace("\r\n", "\n"),
        published=published,
        title=_text_field(meta, "title"),
        source=_text_field(meta, "source"),
        url=_text_field(meta, "url"),
        language=_text_field(meta, "language", "en") or "en",
        country=_text_field(meta, "country"),
        source_scale=_text_field(meta, "source_scale"),
        path=path,
        sha256=sha256,
    )


def parse_article_file(data: bytes, path: str) -> Article:
    """Parse one front-matter article file; raise ArticleError with a readable reason."""
    digest = sha256_bytes(data)
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 (byte {exc.start}); re-save the file as UTF-8") from None
    match = _FRONT_MATTER.match(content)
    if not match:
        raise ArticleError("no front matter: the file must start with a '---' line, YAML fields, and '---'")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise ArticleError(f"broken front matter{where}: {getattr(exc, 'problem', exc)}") from None
    return article_from_fields(
        meta, content[match.end():], path=path, sha256=digest, default_id=Path(path).stem
    )


def read_jsonl(data: bytes, path: str) -> list[Article | Rejection]:
    """Articles of a JSONL file, one per line; unusable lines become Rejections (path:line)."""
    out: list[Article | Rejection] = []
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [Rejection(path, f"not UTF-8 (byte {exc.start}); re-save the file as UTF-8", "", sha256_bytes(data))]
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        digest = sha256_bytes(line.encode("utf-8"))
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Rejection(where, f"line is not valid JSON ({exc.msg})", "", digest))
            continue
        try:
            if not isinstance(record, dict):
                raise ArticleError("line must be a JSON object with id, published and text")
            out.append(
                article_from_fields(
                    record, str(record.get("text") or ""), path=where, sha256=digest,
                    default_id=f"{Path(path).stem}-{number}",
                )
            )
        except ArticleError as exc:
            out.append(Rejection(where, str(exc), str(record.get("id", "")) if isinstance(record, dict) else "",
                                 digest))
    return out


def read_raw(raw_dir: Path) -> list[Article | Rejection]:
    """Read every raw input under raw_dir. Duplicate ids: the first (by path) wins."""
    raw_dir = Path(raw_dir)
    results: list[Article | Rejection] = []
    for file in discover(raw_dir):
        rel = file.relative_to(raw_dir.parent).as_posix() if raw_dir.parent != file else file.name
        try:
            data = file.read_bytes()
        except OSError as exc:
            results.append(Rejection(rel, f"cannot read file: {exc.strerror}"))
            continue
        if file.suffix.lower() in JSONL_SUFFIXES:
            results.extend(read_jsonl(data, rel))
            continue
        try:
            results.append(parse_article_file(data, rel))
        except ArticleError as exc:
            results.append(Rejection(rel, str(exc), "", sha256_bytes(data)))
    return _reject_duplicate_ids(results)


def _reject_duplicate_ids(results: list[Article | Rejection]) -> list[Article | Rejection]:
    seen: dict[str, str] = {}
    out: list[Article | Rejection] = []
    for item in results:
        if isinstance(item, Article):
            if item.id in seen:
                out.append(Rejection(item.path, f"id {item.id!r} is already used by {seen[item.id]}; "
                                                "give this article its own id", item.id, item.sha256))
                continue
            seen[item.id] = item.path
        out.append(item)
    return out
