"""How a query result looks: a readable terminal table, CSV, JSON or Markdown.

Works on DuckDB's Python values (not a pandas frame), so an empty cell stays empty instead of NaN/NaT,
a count stays an integer and a list is a list. Text is cut to its column with an ellipsis; the table
says how many rows there are and which of them it shows.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from pipeline.messages import plural, say

FORMATS = ("table", "csv", "json", "markdown")
LIST_SEPARATOR = "; "
MAX_CELL = 60  # characters a table cell shows at most before the ellipsis
MIN_CELL = 6


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]

    @property
    def total(self) -> int:
        return len(self.rows)


def fetch(con, sql: str) -> Result:
    """Run `sql` on a DuckDB connection and keep Python values (None, int, date, list)."""
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description] if cursor.description else []
    return Result(columns, cursor.fetchall() if columns else [])


def text(value) -> str:
    """One cell as plain text: empty for NULL, integers without ".0", lists joined with "; "."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return say("value.true") if value else say("value.false")
    if isinstance(value, float | Decimal):
        if value == int(value):
            return str(int(value))
        return f"{float(value):.4f}".rstrip("0")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(text(v) for v in value if v is not None)
    if isinstance(value, dict) and set(value) == {"header", "text"}:
        return f"{text(value['header'])}: {text(value['text'])}"  # a column kept under its header (other_columns)
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{k}: {text(v)}" for k, v in value.items())
    return str(value)


def _one_line(value) -> str:
    return " ".join(text(value).split())


def cut(s: str, width: int) -> str:
    return s if len(s) <= width else s[: max(width - 1, 0)] + "…"


def _widths(columns: list[str], cells: list[list[str]], total_width: int) -> list[int]:
    """Natural widths capped at MAX_CELL; the widest columns give way until the table fits."""
    widths = [min(MAX_CELL, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    room = total_width - 2 * (len(columns) - 1)
    while sum(widths) > room and max(widths) > MIN_CELL:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    return widths


def _numeric(result: Result, i: int) -> bool:
    values = [r[i] for r in result.rows if r[i] is not None]
    return bool(values) and all(isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in values)


def table(result: Result, max_rows: int = 100, width: int | None = None) -> str:
    """A terminal table of the first `max_rows` rows with a line saying how many there are."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    shown = result.rows[:max_rows]
    cells = [[_one_line(v) for v in row] for row in shown]
    widths = _widths(result.columns, cells, width)
    right = [_numeric(result, i) for i in range(len(result.columns))]

    def line(values: list[str]) -> str:
        parts = [cut(v, w).rjust(w) if r else cut(v, w).ljust(w) for v, w, r in zip(values, widths, right,
                                                                                   strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(result.columns), "  ".join("─" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(footer(len(shown), result.total))
    return "\n".join(out)


def footer(shown: int, total: int) -> str:
    if shown < total:
        return say("present.first_of", shown=shown, total=total)
    return plural(total, say("present.rows"))


def to_csv(result: Result, sep: str = ";") -> str:
    """CSV with every row; `sep` ";" is what Russian Excel expects."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow(result.columns)
    writer.writerows([text(v) for v in row] for row in result.rows)
    return buf.getvalue()


def _json_value(value):
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == int(value) else float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


def to_json(result: Result) -> str:
    """A JSON array of objects, one per row; lists stay arrays, dates are ISO strings, NULL is null."""
    records = [{c: _json_value(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows]
    return json.dumps(records, ensure_ascii=False, indent=1)


def to_markdown(result: Result) -> str:
    """A Markdown (GitHub) table with every row; pipes in text are escaped."""
    def row(values) -> str:
        return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

    right = [_numeric(result, i) for i in range(len(result.columns))]
    out = [row(result.columns), "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    out += [row([_one_line(v) for v in r]) for r in result.rows]
    return "\n".join(out)


def render(result: Result, fmt: str = "table", max_rows: int = 100, width: int | None = None) -> str:
    if fmt == "table":
        return table(result, max_rows, width)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "json":
        return to_json(result)
    if fmt == "markdown":
        return to_markdown(result)
    raise ValueError(say("present.bad_format", fmt=fmt, formats=", ".join(FORMATS)))
