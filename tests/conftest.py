"""Shared fixtures: the corpus files, their parsed structure, and a dataset ingested from data/raw."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_FILES = sorted([*RAW.glob("*/*.pdf"), *RAW.glob("*/*.docx"),
                       *(FIXTURES / "corpus").glob("*/*.pdf"), *(FIXTURES / "corpus").glob("*/*.docx")])


def corpus_file(stem: str, fmt: str) -> Path:
    for path in CORPUS_FILES:
        if path.stem == stem and path.suffix == f".{fmt}":
            return path
    raise FileNotFoundError(f"{stem}.{fmt}")


_STRUCTURED: dict[Path, object] = {}


def structured(path: Path):
    """Parse and structure a corpus file once per test session."""
    if path not in _STRUCTURED:
        from parsers import docx, pdf
        from pipeline.structure import build_structure

        parser = pdf if path.suffix == ".pdf" else docx
        _STRUCTURED[path] = build_structure(parser.parse(path))
    return _STRUCTURED[path]


@pytest.fixture(scope="session")
def corpus_dataset(tmp_path_factory) -> Path:
    """The dataset `make ingest` writes: data/raw ingested into a temporary folder."""
    from pipeline.ingest import ingest_paths

    out = tmp_path_factory.mktemp("dataset")
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(RAW, raw, dirs_exist_ok=True)
    report = ingest_paths([raw], out, show_progress=False)
    assert not report.failed, [o for o in report.outcomes if o.status == "failed"]
    return out
