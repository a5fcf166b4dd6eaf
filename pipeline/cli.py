"""The one command-line entry point, thin: parse arguments, call the functions tests call too."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="roadmaps", description="Municipal education roadmaps -> Parquet")
    sub = parser.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="read orders under data/raw into data/parquet")
    ing.add_argument("paths", nargs="*", type=Path, default=[Path("data/raw")])
    ing.add_argument("--out", type=Path, default=Path("data/parquet"))
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    q = sub.add_parser("query", help="run SQL over the dataset with DuckDB")
    q.add_argument("sql")
    q.add_argument("--data", type=Path, default=Path("data/parquet"))
    q.add_argument("--max-rows", type=int, default=100)
    rep = sub.add_parser("report", help="write the HTML comparison report")
    rep.add_argument("--data", type=Path, default=Path("data/parquet"))
    rep.add_argument("--out", type=Path, default=Path("report"))
    args = parser.parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "query":
        return _query(args)
    return _report(args)


def _ingest(args) -> int:
    from pipeline.ingest import ingest_paths
    from pipeline.summary import format_summary

    try:
        report = ingest_paths(args.paths, args.out, show_progress=not args.quiet)
    except FileNotFoundError as e:
        print(f"roadmaps: {e}", file=sys.stderr)
        return 2
    print(format_summary(report))
    return 1 if report.failed else 0


def _query(args) -> int:
    import duckdb

    from pipeline.query import run_query

    try:
        print(run_query(args.sql, args.data, args.max_rows))
    except FileNotFoundError as e:
        print(f"roadmaps: {e}", file=sys.stderr)
        return 2
    except duckdb.Error as e:
        print(f"roadmaps: query failed: {e}", file=sys.stderr)
        return 1
    return 0


def _report(args) -> int:
    from pipeline.report import build_report

    path = build_report(args.data, args.out)
    print(f"report written to {path}")
    return 0
