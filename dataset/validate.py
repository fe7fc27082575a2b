"""Validate any ACLED-format table (ours, or an export a researcher downloaded).

Exports come in eras: 2021-style (numeric inter codes, data_id, iso3), 2023+ (text inter
labels, disorder_type, civilian_targeting, tags), and monadic (one actor a row). The era is
detected from the columns, types are coerced, and the codebook rules from `schemas` that the
era's columns allow are checked lazily, every failure collected.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from schemas import models
from schemas.codebook import (
    DISORDER_TYPES,
    EVENT_TYPES,
    INTER_LABELS,
    SUB_EVENT_TYPES,
    all_interaction_codes,
    interaction_label,
)
from schemas.validation import ValidationFailed, failure_report

EXAMPLES = 5


class UnreadableInput(Exception):
    """The file cannot be read as a table; the message says why."""


@dataclass
class ValidationResult:
    path: Path
    era: str
    rows: int
    report: pd.DataFrame  # check, column, row, id, value

    @property
    def ok(self) -> bool:
        return self.report.empty

    def summary(self) -> pd.DataFrame:
        """One row per check: count and up to 5 examples (event id and offending value)."""
        if self.report.empty:
            return pd.DataFrame(columns=["check", "column", "count", "examples"])
        rows = []
        for (check, column), g in self.report.groupby(["check", "column"], sort=True):
            examples = [f"{r.id or 'row ' + str(r.row)}: {r.value}" for r in g.head(EXAMPLES).itertuples()]
            rows.append({"check": check, "column": column, "count": len(g), "examples": examples})
        return pd.DataFrame(rows).sort_values(["count", "check"], ascending=[False, True]).reset_index(drop=True)


def read_table(path: Path) -> pd.DataFrame:
    """CSV (BOM or not), Parquet or XLSX, every column as read; raises UnreadableInput."""
    if not path.exists():
        raise UnreadableInput(f"{path} does not exist")
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".xlsx", ".xlsm", ".xls"):
            return pd.read_excel(path, dtype=str, keep_default_na=False)
        if suffix in (".csv", ".txt", ".tsv"):
            sep = "\t" if suffix == ".tsv" else ","
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=sep)
    except (ValueError, OSError, UnicodeDecodeError, ImportError, pd.errors.ParserError) as exc:
        raise UnreadableInput(f"cannot read {path.name}: {exc}") from None
    raise UnreadableInput(f"{path.name}: unknown format {suffix!r}; use .csv, .parquet or .xlsx")


def detect_era(columns: list[str]) -> str:
    cols = set(columns)
    if "article_id" in cols and "provenance" in cols:
        return "ours"
    if "actor" in cols and "actor1" not in cols:
        return "monadic"
    if "event_date" not in cols or "event_type" not in cols:
        raise UnreadableInput("not an ACLED-format table: it has no event_date and event_type columns")
    if "disorder_type" in cols or "civilian_targeting" in cols:
        return "2023+"
    return "2021"


DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d %B %Y", "%d-%B-%Y", "%d-%b-%y", "%d/%m/%Y", "%m/%d/%Y")


def _parse_dates(values: pd.Series) -> pd.Series:
    """Dates in any format ACLED files have been seen in; NaT where none fits."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    text = values.astype(str).str.strip().str.replace(r"\.0$", "", regex=True)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        missing = out.isna()
        if not missing.any():
            break
        out[missing] = pd.to_datetime(text[missing], format=fmt, errors="coerce")
    return out


_INT_COLUMNS = ("year", "time_precision", "geo_precision", "fatalities", "iso", "timestamp", "inter1", "inter2",
                "interaction", "inter")
_FLOAT_COLUMNS = ("latitude", "longitude")


def coerce(df: pd.DataFrame, era: str) -> pd.DataFrame:
    """Typed copy: dates parsed, numbers numeric (text inter labels mapped to their codes)."""
    df = df.copy()
    df.columns = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    labels = {v.lower(): k for k, v in INTER_LABELS.items() if v}
    for c in df.columns:
        if c == "event_date":
            df[c] = _parse_dates(df[c])
        elif c in ("inter1", "inter2", "inter") and not pd.api.types.is_numeric_dtype(df[c]):
            raw = df[c].astype(str).str.strip()
            mapped = raw.str.lower().map(labels)
            numeric = pd.to_numeric(raw.replace("", "0"), errors="coerce")
            df[c] = numeric.fillna(mapped).astype("Float64")
        elif c == "interaction" and era == "2023+" and not pd.api.types.is_numeric_dtype(df[c]):
            df[c] = df[c].astype(str)
        elif c in _INT_COLUMNS:
            df[c] = pd.to_numeric(df[c], errors="coerce")
            df[c] = df[c].astype("Float64")
        elif c in _FLOAT_COLUMNS:
            df[c] = pd.to_numeric(df[c], errors="coerce")
        elif not pd.api.types.is_numeric_dtype(df[c]):
            df[c] = df[c].fillna("").astype(str)
    return df


def _needs(*columns: str) -> Callable[[Callable], Callable]:
    """Run a dataframe check only when the table has its columns (older eras lack some)."""
    def wrap(fn: Callable) -> Callable:
        def check(df: pd.DataFrame) -> pd.Series:
            if not all(c in df.columns for c in columns):
                return pd.Series(True, index=df.index)
            return fn(df).fillna(False).astype(bool)
        return check
    return wrap


def _text_interaction_ok(df: pd.DataFrame) -> pd.Series:
    def label(r) -> str:
        try:
            return interaction_label(int(r.inter1), int(r.inter2 or 0))
        except (KeyError, ValueError, TypeError):
            return ""
    return df.apply(label, axis=1) == df["interaction"].astype(str)


def _numeric_interaction_ok(df: pd.DataFrame) -> pd.Series:
    if not pd.api.types.is_numeric_dtype(df["interaction"]):
        return _text_interaction_ok(df)
    d = df.fillna({"inter2": 0})
    return models.interaction_matches_inter(d)


def external_schema(df: pd.DataFrame, era: str) -> pa.DataFrameSchema:
    """The codebook's rules that apply to this table's columns."""
    inter_ok = pa.Check.isin(list(range(0, 9)), ignore_na=True)
    columns = {
        "event_id_cnty": pa.Column(str, pa.Check.str_matches(models.ID_PATTERN), unique=era != "monadic",
                                   required=False),
        "event_date": pa.Column("datetime64[ns]", nullable=False, required=True,
                                description="unparseable dates show up as null"),
        "year": pa.Column("Float64", pa.Check.in_range(1990, 2100), required=False, nullable=True),
        "time_precision": pa.Column("Float64", pa.Check.isin([1, 2, 3]), required=False),
        "geo_precision": pa.Column("Float64", pa.Check.isin([1, 2, 3]), required=False),
        "event_type": pa.Column(str, pa.Check.isin(list(EVENT_TYPES)), required=True),
        "sub_event_type": pa.Column(str, pa.Check.isin(list(SUB_EVENT_TYPES)), required=False),
        "disorder_type": pa.Column(str, pa.Check.isin(list(DISORDER_TYPES)), required=False),
        "inter1": pa.Column("Float64", pa.Check.isin(list(range(1, 9))), required=False),
        "inter2": pa.Column("Float64", inter_ok, required=False, nullable=True),
        "fatalities": pa.Column("Float64", pa.Check.ge(0), required=False),
        "latitude": pa.Column(float, pa.Check.in_range(-90, 90), required=False),
        "longitude": pa.Column(float, pa.Check.in_range(-180, 180), required=False),
        "civilian_targeting": pa.Column(str, pa.Check.isin(list(models.CIVILIAN_TARGETING)), required=False),
    }
    if "interaction" in df.columns and pd.api.types.is_numeric_dtype(df["interaction"]):
        columns["interaction"] = pa.Column("Float64", pa.Check.isin(all_interaction_codes()), required=False)
    checks = [
        pa.Check(_needs("event_type", "sub_event_type")(models.sub_event_matches_type),
                 name="sub_event_type_belongs_to_event_type"),
        pa.Check(_needs("sub_event_type", "disorder_type")(models.disorder_matches_sub_event),
                 name="disorder_type_matches_sub_event_type"),
        pa.Check(_needs("inter1", "inter2", "interaction")(_numeric_interaction_ok),
                 name="interaction_matches_inter_codes"),
        pa.Check(_needs("year", "event_date")(models.year_matches_date), name="year_matches_event_date"),
        pa.Check(_needs("civilian_targeting", "inter1", "inter2")(models.civilian_targeting_only_for_civilians),
                 name="civilian_targeting_only_when_civilians_targeted"),
        pa.Check(_needs("iso", "country")(models.iso_matches_country), name="iso_matches_country"),
        pa.Check(_needs("latitude", "longitude", "country")(models.coordinates_in_country),
                 name="coordinates_inside_country"),
    ]
    return pa.DataFrameSchema(columns, checks=checks, strict=False, coerce=False, name=f"ACLED export ({era})")


def validate_file(path: Path) -> ValidationResult:
    """Read, detect the era, coerce and validate; raises UnreadableInput."""
    raw = read_table(path)
    era = detect_era([str(c).strip().lstrip("\ufeff") for c in raw.columns])
    df = coerce(raw, era)
    if era == "ours":
        import schemas
        from dataset.frames import coerce_events

        try:
            schemas.validate_events(coerce_events(df))
            report = pd.DataFrame(columns=["check", "column", "row", "id", "value"])
        except (ValidationFailed, ValueError, TypeError, KeyError) as exc:
            if isinstance(exc, ValidationFailed):
                report = exc.report
            else:
                report = pd.DataFrame([{"check": "column_types", "column": "", "row": None, "id": "",
                                        "value": str(exc)}])
        return ValidationResult(path, era, len(df), report)
    try:
        external_schema(df, era).validate(df, lazy=True)
        report = pd.DataFrame(columns=["check", "column", "row", "id", "value"])
    except pandera.errors.SchemaErrors as err:
        report = failure_report(err, df, "event_id_cnty")
    return ValidationResult(path, era, len(df), report)


def write_report(result: ValidationResult, target: Path) -> None:
    """The report as JSON (summary plus every failure) or CSV (one row per failure)."""
    if target.suffix.lower() == ".csv":
        result.report.to_csv(target, index=False)
        return
    payload = {
        "file": str(result.path), "era": result.era, "rows": result.rows, "valid": result.ok,
        "checks": result.summary().to_dict("records"),
        "failures": result.report.astype(str).to_dict("records"),
    }
    target.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
