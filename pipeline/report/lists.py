"""The lists of measures behind the report's numbers: one static page per list, linked from the number.

A number is drawn as a link to the page that lists exactly the measures it counts, so an analyst goes
from "12" in the coverage matrix to the twelve measures, each with its order and where to find it.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

import pandas as pd

from normalizers.outcomes import label
from pipeline.messages import language, say
from pipeline.report.page import columns, document_name, page


def _s(value) -> str:
    """Escaped text of a cell; NULL (None, NaN) as nothing."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else escape(str(value))


def _others(columns) -> str:
    """The text of the measure's columns without a role (other_columns), each under its header."""
    if columns is None or (isinstance(columns, float) and pd.isna(columns)):
        return ""
    return "".join(f'<br><small class="other-column"><b>{_s(c["header"])}:</b> {_s(c["text"])}</small>'
                   for c in columns)


class MeasureLists:
    """Registers lists while pages are drawn; `write` puts one HTML page per list into the report folder."""

    def __init__(self, measures: pd.DataFrame, documents: pd.DataFrame):
        self.measures = measures
        self.doc_names = {d["document_id"]: document_name(d) for _, d in documents.iterrows()}
        self.lists: dict[str, tuple[str, pd.DataFrame]] = {}

    def href(self, rows: pd.DataFrame, title: str) -> str | None:
        """The file of the list of `rows` (registered for `write`); None for an empty list (nothing to open)."""
        if rows.empty:
            return None
        ids = "\x1f".join(rows["measure_id"])
        key = hashlib.sha1(f"{title}\x1e{ids}".encode()).hexdigest()[:12]
        self.lists[key] = (title, rows)
        return f"list-{key}.html"

    def counts(self) -> dict[str, int]:
        """List file -> its number of measures: what a chart's linked number promises (charts.to_svg)."""
        return {f"list-{key}.html": len(rows) for key, (_, rows) in self.lists.items()}

    def link(self, n, rows: pd.DataFrame, title: str) -> str:
        """`n` as a link to the list of `rows` (a slice of `measures`); zero or nothing stays plain."""
        if n is None or pd.isna(n) or int(n) == 0:
            return "" if n is None or pd.isna(n) else "0"
        return (f'<a class="n" href="{self.href(rows, title)}" data-count="{int(n)}" '
                f'title="{escape(title)}">{int(n)}</a>')

    def once(self, mask=None) -> pd.DataFrame:
        """The measures counted once (no repeats), optionally narrowed by a boolean mask."""
        keep = ~self.measures["repeat"]
        return self.measures[keep if mask is None else keep & mask]

    def write(self, out_dir: Path) -> int:
        for key, (title, rows) in self.lists.items():
            (out_dir / f"list-{key}.html").write_text(self._page(title, rows), encoding="utf-8")
        return len(self.lists)

    def _page(self, title: str, rows: pd.DataFrame) -> str:
        body = []
        for i, (_, m) in enumerate(rows.iterrows(), start=1):
            executors = "; ".join(m["executors"]) if m["executors"] is not None else ""
            warnings = "; ".join(label(w, language()) for w in m["warnings"]) if m["warnings"] is not None else ""
            body.append(
                f'<tr class="measure" data-measure="{_s(m["measure_id"])}"><td class="num">{i}</td>'
                f"<td>{_s(m['item_number'])}</td><td>{_s(m['name'])}{_others(m.get('other_columns'))}</td>"
                f"<td>{_s(m['deadline_raw'])}</td><td>{escape(executors)}</td>"
                f"<td>{_s(self.doc_names.get(m['document_id'], m['source_file']))}"
                f"<br><small>{_s(m['source_file'])}</small></td>"
                f"<td>{_s(m['plan_number']) or _s(m['plan_seq'])}</td>"
                f"<td>{_s(m['location'])}</td><td>{escape(warnings)}</td></tr>")
        table = (f'<table class="measures"><thead><tr>{columns("report.list.columns")}'
                 f"</tr></thead><tbody>{''.join(body)}</tbody></table>")
        count = f'<span id="list-count">{len(rows)}</span>'
        lead = f'<p class="lead">{say("report.list.count", n=count)}</p>'
        return page(title, lead + table)
