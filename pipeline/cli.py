"""The one command-line entry point, thin: parse arguments, call the functions tests call too, print.

Help texts and messages come from the catalogue (pipeline/messages.yaml), Russian unless `--lang en`.
Every bad argument or unusable path is one line on stderr and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.messages import LANGUAGES, argparse_text, say, set_language, translate

argparse._ = argparse_text  # argparse's own words (section titles, its errors) follow --lang


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line (no usage block) and exits with code 2."""

    def error(self, message: str):
        self.exit(2, say("cli.bad_argument", prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="roadmaps", description=say("cli.description"))
    parser.add_argument("--lang", choices=LANGUAGES, help=say("cli.lang"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=say("cli.command_meta"),
                                parser_class=_Parser)
    ing = sub.add_parser("ingest", help=say("cli.ingest"), description=say("cli.ingest"))
    ing.add_argument("paths", nargs="*", type=Path, default=[Path("data/raw")], metavar=say("cli.paths_meta"),
                     help=say("cli.paths"))
    ing.add_argument("--out", type=Path, default=Path("data/parquet"), metavar=say("cli.dir_meta"),
                     help=say("cli.out_dataset"))
    ing.add_argument("--root", type=Path, default=None, metavar=say("cli.dir_meta"), help=say("cli.root"))
    ing.add_argument("--quiet", action="store_true", help=say("cli.quiet"))
    ing.add_argument("--file-timeout", type=_positive, default=180.0, metavar=say("cli.seconds_meta"),
                     help=say("cli.file_timeout"))
    ing.add_argument("--file-memory", type=_positive, default=768, metavar=say("cli.mb_meta"),
                     help=say("cli.file_memory"))
    ing.add_argument("--workers", default=None, metavar="N", help=say("cli.workers"))
    ing.add_argument("--scheduler", default=None, metavar=say("cli.address_meta"), help=say("cli.scheduler"))
    q = sub.add_parser("query", help=say("cli.query"), description=say("cli.query"))
    q.add_argument("sql", metavar="SQL", help=say("cli.sql"))
    _data_arg(q)
    q.add_argument("--max-rows", type=_whole, default=100, metavar="N", help=say("cli.max_rows"))
    q.add_argument("--format", choices=("table", "csv", "json", "markdown"), default=None,
                   help=say("cli.format"))
    q.add_argument("--output", type=Path, metavar=say("cli.file_meta"), help=say("cli.output"))
    rep = sub.add_parser("report", help=say("cli.report"), description=say("cli.report"))
    _data_arg(rep)
    rep.add_argument("--out", type=Path, default=Path("report"), metavar=say("cli.dir_meta"),
                     help=say("cli.out_report"))
    exp = sub.add_parser("export", help=say("cli.export"), description=say("cli.export"))
    exp.add_argument("kind", choices=("xlsx", "csv", "duckdb"), help=say("cli.export_kind"))
    _data_arg(exp)
    exp.add_argument("--output", type=Path, metavar=say("cli.file_meta"), help=say("cli.export_output"))
    exp.add_argument("--sql", metavar="SQL", help=say("cli.export_sql"))
    exp.add_argument("--codes", action="store_true", help=say("cli.export_codes"))
    return parser


def _data_arg(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--data", type=Path, default=Path("data/parquet"), metavar=say("cli.dir_meta"),
                     help=say("cli.data"))


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("cli.not_positive", value=text)) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(say("cli.not_positive", value=text))
    return value


def _whole(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(say("cli.not_whole", value=text))
    return int(text)


def _language(argv: list[str]) -> str | None:
    """--lang is read before the parser is built, so the help texts come in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language(argv))
    args = build_parser().parse_args(argv)
    try:
        return {"ingest": _ingest, "query": _query, "report": _report, "export": _export}[args.command](args)
    except KeyboardInterrupt:
        print(f"roadmaps: {say('cli.interrupted')}", file=sys.stderr)
        return 130


def _fail(message: str, code: int = 2) -> int:
    print(f"roadmaps: {message}", file=sys.stderr)
    return code


def _ingest(args) -> int:
    from pipeline.discovery import DiscoveryError
    from pipeline.ingest import ingest_paths
    from pipeline.isolation import Limits
    from pipeline.parallel import ExecutorError, check_workers
    from pipeline.store import StoreError, describe_os_error
    from pipeline.summary import format_summary

    def tell(outcome) -> None:
        if outcome.status in ("failed", "skipped"):
            # the status as documents.status records it (failed, skipped), so the line greps like the data;
            # the error as the dataset holds it (Russian), said in the interface language
            print(say("ingest.file_line", file=outcome.source_file, status=outcome.status,
                      error=translate(outcome.error)), file=sys.stderr)

    limits = Limits(seconds=args.file_timeout, memory_mb=int(args.file_memory))
    try:
        workers = check_workers(args.workers) if args.workers is not None else None
        report = ingest_paths(args.paths, args.out, show_progress=not args.quiet, root=args.root,
                              limits=limits, workers=workers, scheduler=args.scheduler, on_outcome=tell)
    except (DiscoveryError, StoreError, ExecutorError) as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(say("cli.dataset_not_written", error=describe_os_error(e)), 1)
    print(format_summary(report, data=args.out))
    return 1 if report.failed else 0


def _query(args) -> int:
    from pipeline.query import format_for, run_query, write_query

    fmt = format_for(args.output, args.format)

    def run() -> None:
        if args.output is not None:
            n = write_query(args.sql, args.data, args.output, fmt, args.max_rows)
            print(say("cli.written_rows", path=args.output, n=n))
        else:
            print(run_query(args.sql, args.data, args.max_rows, fmt))

    return _querying(run, args.output)


def _querying(run, output: Path | None) -> int:
    """Run a query or an export: no dataset or a path it cannot write is exit code 2, a bad query 1."""
    from pipeline.query import QueryError
    from pipeline.store import describe_os_error

    try:
        run()
    except FileNotFoundError as e:
        return _fail(str(e))
    except QueryError as e:
        return _fail(str(e), 1)
    except OSError as e:
        return _fail(say("cli.not_written", path=output, error=describe_os_error(e)))
    return 0


def _report(args) -> int:
    from pipeline.report import build_report
    from pipeline.store import describe_os_error

    try:
        path = build_report(args.data, args.out)
    except FileNotFoundError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(say("cli.report_not_written", error=describe_os_error(e)))
    print(say("cli.report_written", path=path))
    return 0


EXPORT_DEFAULTS = {"xlsx": Path("export/roadmaps.xlsx"), "csv": Path("export/csv"),
                   "duckdb": Path("export/roadmaps.duckdb")}


def _export(args) -> int:
    from pipeline import export

    output = args.output or (Path("export/query.csv") if args.kind == "csv" and args.sql
                             else EXPORT_DEFAULTS[args.kind])
    if args.kind == "duckdb" and args.sql:
        return _fail(say("cli.export_duckdb_sql"))
    writers = {"xlsx": export.export_xlsx, "csv": export.export_csv}

    def run() -> None:
        if args.kind == "duckdb":
            export.export_duckdb(args.data, output)
        else:
            writers[args.kind](args.data, output, args.sql, args.codes)

    if (code := _querying(run, output)) == 0:
        print(say("cli.exported", path=output))
    return code
