"""The end-of-run summary: per document what was found and what was doubtful."""

from __future__ import annotations

from pipeline.ingest import IngestReport


def format_summary(report: IngestReport, top_unknown: int = 15) -> str:
    rows = [("document", "plans", "measures", "warnings", "status")]
    for o in report.outcomes:
        status = o.status if not o.error else f"{o.status}: {o.error}"
        rows.append((o.source_file, str(o.plans), str(o.measures), str(o.warnings), status))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join([r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in (1, 2, 3)] + [r[4]]))
        if i == 0:
            lines.append("-" * (sum(widths) + 20))
    total = sum(o.measures for o in report.outcomes)
    failed = sum(o.status == "failed" for o in report.outcomes)
    lines.append(f"{len(report.outcomes)} files, {total} measures, {failed} failed")
    if report.warning_counts:
        lines.append("warnings in this run: " + ", ".join(f"{k} {v}" for k, v in report.warning_counts.most_common()))
    if report.unknown_executors:
        lines.append("unknown executors (add them to a glossary):")
        for name, n in report.unknown_executors.most_common(top_unknown):
            lines.append(f"  {n:4d}  {name}")
        rest = len(report.unknown_executors) - top_unknown
        if rest > 0:
            lines.append(f"  … and {rest} more")
    lines += report.messages
    return "\n".join(lines)
