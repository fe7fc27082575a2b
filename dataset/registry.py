"""The event id registry: an event keeps its event_id_cnty across rebuilds and releases.

Kept in the repository (registry/event_ids.csv, commit it), not in build/. An event is known
by its fingerprint: day, country, place, event type and actor pair, the same key that merges
reports of one event. New events get the next number of their country prefix; an event that
disappears is marked retired and its id is never handed out again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from dataset.dedupe import event_key
from dataset.model import Event
from dataset.write import write_text

FIELDS = ("event_id_cnty", "fingerprint", "status")
_ID = re.compile(r"^([A-Z]{3})(\d+)$")


def default_path(raw_dir: Path) -> Path:
    """DATASET_REGISTRY, else registry/event_ids.csv beside the raw folder."""
    env = os.environ.get("DATASET_REGISTRY")
    return Path(env) if env else Path(raw_dir).resolve().parent / "registry" / "event_ids.csv"


def fingerprint(e: Event) -> str:
    return hashlib.sha256(repr(event_key(e)).encode("utf-8")).hexdigest()[:20]


@dataclass
class Registry:
    path: Path
    rows: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> row
    by_print: dict[str, str] = field(default_factory=dict)  # fingerprint -> id (active or retired)
    highest: dict[str, int] = field(default_factory=dict)  # prefix -> highest number ever used
    seen: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path) -> Registry:
        reg = cls(path)
        if path.exists():
            with open(path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    reg.rows[row["event_id_cnty"]] = row
                    reg.by_print[row["fingerprint"]] = row["event_id_cnty"]
                    m = _ID.match(row["event_id_cnty"])
                    if m:
                        reg.highest[m.group(1)] = max(reg.highest.get(m.group(1), 0), int(m.group(2)))
        return reg

    def assign(self, e: Event, prefix: str) -> str:
        fp = fingerprint(e)
        ident = self.by_print.get(fp)
        if ident is None or not ident.startswith(prefix):
            number = self.highest.get(prefix, 0) + 1
            self.highest[prefix] = number
            ident = f"{prefix}{number}"
            self.by_print[fp] = ident
        self.rows[ident] = {"event_id_cnty": ident, "fingerprint": fp, "status": "active"}
        self.seen.add(ident)
        return ident

    def save(self) -> None:
        """Mark events not seen in this build retired, and write the file (sorted, atomically)."""
        for ident, row in self.rows.items():
            if ident not in self.seen:
                row["status"] = "retired"

        def order(ident: str) -> tuple:
            m = _ID.match(ident)
            return (m.group(1), int(m.group(2))) if m else (ident, 0)

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        for ident in sorted(self.rows, key=order):
            w.writerow({k: self.rows[ident][k] for k in FIELDS})
        write_text(buf.getvalue(), self.path)
