"""The one command-line entry point, thin: parse arguments, call the functions tests call too, print.

Every bad argument or unusable path is one line on stderr and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line (no usage block) and exits with code 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (справка: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="roadmaps",
                                     description="Дорожные карты муниципалитетов -> набор данных Parquet")
    sub = parser.add_subparsers(dest="command", required=True, metavar="КОМАНДА", parser_class=_Parser)
    ing = sub.add_parser("ingest", help="прочитать приказы из data/raw в data/parquet")
    ing.add_argument("paths", nargs="*", type=Path, default=[Path("data/raw")], metavar="ПУТЬ",
                     help="файлы или папки внутри корня исходных файлов (по умолчанию data/raw)")
    ing.add_argument("--out", type=Path, default=Path("data/parquet"), metavar="ПАПКА",
                     help="набор данных (по умолчанию data/parquet)")
    ing.add_argument("--root", type=Path, default=None, metavar="ПАПКА",
                     help="корень исходных файлов: папка с подпапками муниципалитетов (запоминается в наборе)")
    ing.add_argument("--quiet", action="store_true", help="без индикатора хода работы")
    ing.add_argument("--file-timeout", type=_positive, default=180.0, metavar="СЕК",
                     help="предел времени на один файл (по умолчанию 180 с)")
    ing.add_argument("--file-memory", type=_positive, default=1024, metavar="МБ",
                     help="предел памяти на один файл (по умолчанию 1024 МБ)")
    q = sub.add_parser("query", help="выполнить SQL-запрос к набору данных (DuckDB, только чтение)")
    q.add_argument("sql", metavar="SQL")
    q.add_argument("--data", type=Path, default=Path("data/parquet"), metavar="ПАПКА")
    q.add_argument("--max-rows", type=int, default=100, metavar="N")
    rep = sub.add_parser("report", help="написать HTML-отчёт сравнения муниципалитетов")
    rep.add_argument("--data", type=Path, default=Path("data/parquet"), metavar="ПАПКА")
    rep.add_argument("--out", type=Path, default=Path("report"), metavar="ПАПКА")
    return parser


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"нужно положительное число, а не «{text}»") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"нужно положительное число, а не «{text}»")
    return value


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return {"ingest": _ingest, "query": _query, "report": _report}[args.command](args)
    except KeyboardInterrupt:
        print("roadmaps: прервано; набор данных остался в прежнем состоянии", file=sys.stderr)
        return 130


def _fail(message: str, code: int = 2) -> int:
    print(f"roadmaps: {message}", file=sys.stderr)
    return code


def _ingest(args) -> int:
    from pipeline.discovery import DiscoveryError
    from pipeline.ingest import ingest_paths
    from pipeline.isolation import Limits
    from pipeline.store import StoreError, describe_os_error
    from pipeline.summary import format_summary

    def say(outcome) -> None:
        if outcome.status in ("failed", "skipped"):
            print(f"{outcome.source_file}: {outcome.status}: {outcome.error}", file=sys.stderr)

    limits = Limits(seconds=args.file_timeout, memory_mb=int(args.file_memory))
    try:
        report = ingest_paths(args.paths, args.out, show_progress=not args.quiet, root=args.root,
                              limits=limits, on_outcome=say)
    except (DiscoveryError, StoreError) as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"набор данных не записан: {describe_os_error(e)}; прежнее состояние сохранено", 1)
    print(format_summary(report, data=args.out))
    return 1 if report.failed else 0


def _query(args) -> int:
    from pipeline.query import QueryError, run_query

    try:
        print(run_query(args.sql, args.data, args.max_rows))
    except FileNotFoundError as e:
        return _fail(str(e))
    except QueryError as e:
        return _fail(str(e), 1)
    return 0


def _report(args) -> int:
    from pipeline.report import build_report
    from pipeline.store import describe_os_error

    try:
        path = build_report(args.data, args.out)
    except FileNotFoundError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"отчёт не записан: {describe_os_error(e)}")
    print(f"отчёт записан: {path}")
    return 0
