"""Write tables atomically and deterministically.

Every output is written to a temporary file beside its target and renamed into place, so an
interrupted build never leaves a half-written file. Parquet writer settings are fixed so the same
frame always gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

_PARQUET_OPTIONS = dict(
    compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True,
    version="2.6", data_page_version="1.0",
)


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call write(tmp_path) and move the finished file to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for everyone to read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def arrow_table(df: pd.DataFrame) -> pa.Table:
    """Arrow table with plain string columns and no pandas index.

    Day columns stay timestamps (at midnight) so that `pd.read_parquet` gives datetime64
    columns ready for resampling, as users expect; the CSV writes them as YYYY-MM-DD.
    """
    table = pa.Table.from_pandas(df, preserve_index=False)
    fields = []
    for f in table.schema:
        if pa.types.is_timestamp(f.type):
            fields.append(pa.field(f.name, pa.timestamp("s"), nullable=True))
        elif pa.types.is_large_string(f.type) or pa.types.is_string_view(f.type):
            fields.append(pa.field(f.name, pa.string(), nullable=True))
        else:
            fields.append(f)
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    table = arrow_table(df)
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, **_PARQUET_OPTIONS))


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """ACLED-style CSV: ISO dates, UTF-8, no index, '\\n' line ends."""
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.strftime("%Y-%m-%d").fillna("")
    atomic_write(path, lambda tmp: out.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8"))


def write_text(text: str, path: Path) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
