"""The end-of-run summary: per document what was found and what was doubtful.

Its headline number is the measures counted once (the `measures_once` view, the report's number); the
rows that repeat an earlier document are shown beside it, so no two places disagree on "how many".
"""

from __future__ import annotations

from pathlib import Path

from normalizers.outcomes import label
from pipeline.ingest import IngestReport
from pipeline.messages import language, plural, say, translate


def repeats_by_file(data: Path | None) -> dict[str, int] | None:
    """source_file -> measure rows that repeat an earlier document (duplicate_of set); None without data."""
    if data is None or not (Path(data) / "documents.parquet").exists():
        return None
    from pipeline.query import connect

    rows = connect(Path(data)).execute(
        "SELECT source_file, count(*) FILTER (WHERE duplicate_of IS NOT NULL) FROM measures GROUP BY 1").fetchall()
    return dict(rows)


def _dataset_once(data: Path) -> int:
    from pipeline.query import connect

    return connect(Path(data)).execute("SELECT count(*) FROM measures_once").fetchone()[0]


def _table(report: IngestReport, repeats: dict[str, int] | None) -> list[str]:
    head = [say(f"summary.col.{k}") for k in ("document", "plans", "rows", "repeats", "warnings", "status")]
    rows = [head]
    for o in report.outcomes:
        status = say(f"status.{o.status}") + (f": {translate(o.error)}" if o.error else "")
        rep = "" if repeats is None else str(repeats.get(o.source_file, 0))
        rows.append([o.source_file, str(o.plans), str(o.measures), rep, str(o.warnings), status])
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join([r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in (1, 2, 3, 4)] + [r[5]]))
        if i == 0:
            lines.append("-" * (sum(widths) + 20))
    return lines


def format_summary(report: IngestReport, top_unknown: int = 15, data: Path | None = None) -> str:
    """The summary of one run; with `data` (the dataset folder) repeats are counted out of the total."""
    repeats = repeats_by_file(data)
    lines = _table(report, repeats)
    rows = sum(o.measures for o in report.outcomes)
    failed = sum(o.status == "failed" for o in report.outcomes)
    files = plural(len(report.outcomes), say("summary.files"))
    if repeats is None:
        lines.append(say("summary.total_run", files=files, rows=rows, failed=failed))
    else:
        n_rep = sum(repeats.get(o.source_file, 0) for o in report.outcomes)
        lines.append(say("summary.total", files=files, once=rows - n_rep, rows=rows, repeats=n_rep, failed=failed))
        lines.append(say("summary.once_note", n=_dataset_once(data)))
    if report.warning_counts:
        lines.append(say("summary.warnings"))
        for code, n in report.warning_counts.most_common():
            lines.append(f"  {n:4d}  {label(code, language())} ({code})")
    if report.unknown_executors:
        lines.append(say("summary.unknown_executors"))
        for name, n in report.unknown_executors.most_common(top_unknown):
            lines.append(f"  {n:4d}  {name}")
        rest = len(report.unknown_executors) - top_unknown
        if rest > 0:
            lines.append(say("summary.more", n=rest))
    lines += report.messages
    return "\n".join(lines)
