"""`roadmaps export`: the dataset (or one query) for Excel, and a DuckDB file for BI tools.

XLSX: one sheet per table and view, headers from the data dictionary, lists joined with "; ", frozen
header row and an auto-filter. CSV: one file per table and view, UTF-8 with a BOM and ";" between
fields, which is what Russian Excel opens as is. DuckDB: a database file whose views read the Parquet
files where they lie, so DBeaver, Metabase or Superset connect to it and always see the latest ingest.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline import dictionary, present
from pipeline.messages import language
from pipeline.query import BASE_TABLES, connect, fetch_result
from pipeline.views import ANALYST_VIEWS

QUERY_SHEET = "query"
CONTENTS_SHEET = "contents"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XLSX cannot hold
_MAX_WIDTH = 60


def exported_names() -> list[str]:
    """Views first (what analysts read), then the tables underneath them."""
    return [*ANALYST_VIEWS, *BASE_TABLES, "plans", "documents"]


def _results(data: Path, sql: str | None) -> dict[str, present.Result]:
    if sql is not None:  # one statement, reading only, as `roadmaps query` runs it
        return {QUERY_SHEET: fetch_result(sql, Path(data))}
    con = connect(Path(data))
    return {name: present.fetch(con, f"SELECT * FROM {name}") for name in exported_names()}


def headers(table: str, columns: list[str], lang: str | None = None, codes: bool = False) -> list[str]:
    """Column headers in the interface language, or the column names themselves with `codes`."""
    if codes:
        return list(columns)
    return [dictionary.label(table, c, lang or language()) for c in columns]


def _cell(value):
    """An XLSX cell value: dates, numbers and text stay typed; lists become "a; b"; NULL stays empty."""
    if value is None or isinstance(value, bool | int | float) or hasattr(value, "isoformat"):
        if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
            return value.replace(tzinfo=None)
        return value
    return _ILLEGAL.sub(" ", present.text(value))


def export_xlsx(data: Path, output: Path, sql: str | None = None, codes: bool = False) -> list[str]:
    """Write the workbook; return its sheet names."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    results = _results(data, sql)
    if sql is None:
        _contents(book.create_sheet(CONTENTS_SHEET), results)
    for name, result in results.items():
        sheet = book.create_sheet(name[:31])
        sheet.append(headers(name, result.columns, codes=codes))
        for row in result.rows:
            sheet.append([_cell(v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        if result.columns:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(result.columns))}{max(1, result.total + 1)}"
        for i, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), start=1):
            longest = max(len(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[get_column_letter(i)].width = min(_MAX_WIDTH, max(8, longest + 2))
    output.parent.mkdir(parents=True, exist_ok=True)
    book.save(output)
    return book.sheetnames


def _contents(sheet, results: dict[str, present.Result]) -> None:
    """The first sheet: what each sheet holds and how many rows, in the interface language."""
    lang = language()
    sheet.append(["Лист", "Что на нём", "Строк"] if lang == "ru" else ["Sheet", "What it holds", "Rows"])
    for name, result in results.items():
        sheet.append([name, dictionary.tables().get(name, {}).get(f"{lang}_doc", ""), result.total])
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 100


def export_csv(data: Path, output: Path, sql: str | None = None, codes: bool = False) -> list[Path]:
    """One CSV per table and view into the folder `output` (or one file for a query); return the files."""
    results = _results(data, sql)
    if sql is not None:
        targets = {QUERY_SHEET: output}
    else:
        output.mkdir(parents=True, exist_ok=True)
        targets = {name: output / f"{name}.csv" for name in results}
    for name, path in targets.items():
        result = results[name]
        body = present.to_csv(present.Result(headers(name, result.columns, codes=codes), result.rows))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8-sig", newline="")
    return list(targets.values())


def export_duckdb(data: Path, output: Path, lang: str | None = None) -> list[str]:
    """A DuckDB database file holding the views of `roadmaps query` over the Parquet files, with the data
    dictionary as comments; return the view names. The views name the dataset by its absolute path as
    given (`data/parquet` is a link to the current snapshot), so they follow every later ingest."""
    import duckdb

    source = connect(Path(data))
    names = [*BASE_TABLES, "plans", "documents", *ANALYST_VIEWS]
    snapshot, given = Path(data).resolve().as_posix(), Path(data).absolute().as_posix()
    ddl = {name: sql.replace(f"'{snapshot}/", f"'{given}/")
           for name, sql in source.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal").fetchall()}
    columns = {n: [d[0] for d in source.execute(f"SELECT * FROM {n} LIMIT 0").description] for n in names}
    source.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)
    con = duckdb.connect(str(output))
    try:
        for name in names:
            con.execute(ddl[name])
            _comment(con, name, columns[name], lang or language())
    finally:
        con.close()
    return names


def _comment(con, view: str, columns: list[str], lang: str) -> None:
    """Table and column descriptions, which DBeaver and Superset show beside the names."""
    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    about = dictionary.tables().get(view, {}).get(f"{lang}_doc")
    if about:
        con.execute(f"COMMENT ON VIEW {view} IS {quoted(about)}")
    for column in columns:
        found = dictionary.entry(view, column)
        if found:
            con.execute(f'COMMENT ON COLUMN {view}."{column}" IS {quoted(found[lang] + ": " + found[lang + "_doc"])}')
