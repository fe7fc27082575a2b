"""Lazy validation with a readable report grouped by check."""

from __future__ import annotations

import pandas as pd
import pandera.errors

from schemas.models import ArticlesSchema, EventsSchema

MAX_EXAMPLES = 5


class ValidationFailed(Exception):
    """A table broke schema rules. `.report` has one row per failure, `str()` a summary."""

    def __init__(self, table: str, report: pd.DataFrame, n_rows: int) -> None:
        self.table = table
        self.report = report
        self.n_rows = n_rows
        super().__init__(self.summary())

    def summary(self) -> str:
        lines = [f"{self.table}: {len(self.report)} failure(s) in {self.n_rows} row(s)"]
        for (check, column), group in self.report.groupby(["check", "column"], sort=True, dropna=False):
            where = f" [{column}]" if column else ""
            lines.append(f"- {check}{where}: {len(group)} failure(s)")
            for r in group.head(MAX_EXAMPLES).itertuples(index=False):
                lines.append(f"    row {r.row} ({r.id or 'no id'}): {r.value}")
        return "\n".join(lines)


def failure_report(err: pandera.errors.SchemaErrors, df: pd.DataFrame, id_column: str) -> pd.DataFrame:
    """Tidy failures: check, column, row, id, value."""
    fc = err.failure_cases.copy()
    # a dataframe-level check fails once per row, but pandera lists every column of that row
    frame_level = fc["schema_context"] == "DataFrameSchema"
    fc.loc[frame_level, "column"] = ""
    fc = fc[~(frame_level & fc.duplicated(["check", "index", "schema_context"]))]
    rows = []
    ids = df[id_column] if id_column in df.columns else pd.Series([""] * len(df), index=df.index)
    for r in fc.itertuples(index=False):
        index = r.index
        column = r.column if isinstance(r.column, str) else ""
        check = str(r.check)
        value = r.failure_case
        ident = ""
        if index is not None and not (isinstance(index, float) and pd.isna(index)) and index in ids.index:
            ident = str(ids.loc[index])
            if not column and r.schema_context == "DataFrameSchema":
                value = _row_excerpt(df.loc[index], check)
        rows.append({"check": check, "column": column if column != df.__class__.__name__ else "",
                     "row": index, "id": ident, "value": str(value)})
    out = pd.DataFrame(rows, columns=["check", "column", "row", "id", "value"])
    out["column"] = out["column"].fillna("")
    return out


# the columns each dataframe-level check reads: what a report shows of a failing row
CHECK_COLUMNS = {
    "sub_event_type_belongs_to_event_type": ("event_type", "sub_event_type"),
    "disorder_type_matches_sub_event_type": ("sub_event_type", "disorder_type"),
    "interaction_matches_inter_codes": ("inter1", "inter2", "interaction"),
    "year_matches_event_date": ("event_date", "year"),
    "civilian_targeting_only_when_civilians_targeted": ("civilian_targeting", "inter1", "inter2"),
    "iso_matches_country": ("country", "iso"),
    "coordinates_inside_country": ("country", "latitude", "longitude"),
    "actor2_empty_iff_inter2_zero": ("actor2", "inter2"),
}


def _row_excerpt(row: pd.Series, check: str) -> str:
    keys = [k for k in CHECK_COLUMNS.get(check, tuple(row.index[:6])) if k in row.index]
    return ", ".join(f"{k}={row[k]}" for k in keys)


def _validate(schema, df: pd.DataFrame, table: str, id_column: str) -> pd.DataFrame:
    try:
        return schema.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        raise ValidationFailed(table, failure_report(err, df, id_column), len(df)) from None


def validate_events(df: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Validate an events table; with `articles`, also check no event is dated after its article."""
    out = _validate(EventsSchema, df, "events", "event_id_cnty")
    if articles is not None and len(df):
        published = articles.set_index("article_id")["published"]
        published = published[~published.index.duplicated()]
        pub = df["article_id"].map(published)
        late = pub.notna() & (pd.to_datetime(df["event_date"]) > pd.to_datetime(pub))
        if late.any():
            report = pd.DataFrame({
                "check": "event_date_not_after_publication", "column": "event_date",
                "row": df.index[late], "id": df.loc[late, "event_id_cnty"].astype(str),
                "value": [f"{d:%Y-%m-%d} > published {p:%Y-%m-%d}" for d, p in
                          zip(pd.to_datetime(df.loc[late, "event_date"]), pd.to_datetime(pub[late]), strict=True)],
            })
            raise ValidationFailed("events", report, len(df))
    return out


def validate_articles(df: pd.DataFrame) -> pd.DataFrame:
    return _validate(ArticlesSchema, df, "articles", "path")
