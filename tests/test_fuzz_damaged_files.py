"""Damaged files, made by mutating corpus files: no escaped exception, no hang, and never a quiet
"ok" with fewer measures than the intact file."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pypdfium2
import pytest
from conftest import FIXTURES, RAW

from pipeline.isolation import LimitExceeded, Limits, run_limited
from pipeline.read import ReadFailure, read_document

MUTANTS = 70  # per format
HANG = Limits(seconds=90, memory_mb=2048)


def first_pages(source: Path, n: int, target: Path) -> Path:
    """A short PDF cut from a corpus PDF, so a few hundred mutants stay quick to read."""
    pdf = pypdfium2.PdfDocument(str(source))
    cut = pypdfium2.PdfDocument.new()
    cut.import_pages(pdf, list(range(n)))
    cut.save(str(target))
    return target


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    at = rng.randrange(len(b))
    kind = rng.choice(["delete", "flip", "truncate", "insert", "repeat"])
    if kind == "delete":
        del b[at:at + rng.randrange(1, 500)]
    elif kind == "flip":
        for _ in range(rng.randrange(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == "truncate":
        del b[at:]
    elif kind == "insert":
        b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 50)))
    else:
        b[at:at] = b[at:at + rng.randrange(1, 300)]
    return bytes(b)


def mutate_docx(path: Path, rng: random.Random) -> bytes:
    """Half the mutants break the zip, half break the document's XML inside a sound zip."""
    data = path.read_bytes()
    if rng.random() < 0.5:
        return mutate(data, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            target.writestr(item, mutate(content, rng) if item.filename == "word/document.xml" else content)
    return out.getvalue()


def outcome(path: Path) -> tuple[str, int, bool]:
    """("ok", measures, damage reported) or (status, 0, True) for a refused file."""
    try:
        document, structured = read_document(path)
    except ReadFailure as e:
        assert str(e) and "Error" not in str(e) and "b'" not in str(e), str(e)  # words, not internals
        return e.status, 0, True
    return "ok", sum(len(p.measures) for p in structured.plans), bool(document.damage)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_mutants_are_refused_or_read_honestly(kind, tmp_path):
    if kind == "pdf":
        original = first_pages(FIXTURES / "corpus" / "bashmakovsky" / "bashmakovsky_msoko_roadmap.pdf", 2,
                               tmp_path / "original.pdf")
    else:
        original = RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"
    status, intact, damaged = outcome(original)
    assert status == "ok" and intact > 0 and not damaged
    rng = random.Random(2026)
    data = original.read_bytes()
    seen: dict[str, int] = {}
    for i in range(MUTANTS):
        path = tmp_path / f"mutant{i}.{kind}"
        path.write_bytes(mutate(data, rng) if kind == "pdf" else mutate_docx(original, rng))
        try:
            status, n, damaged = run_limited(outcome, (path,), HANG)
        except LimitExceeded as e:
            pytest.fail(f"mutant {i}: {e}")
        seen[status] = seen.get(status, 0) + 1
        assert status != "ok" or n >= intact or damaged, f"mutant {i}: {n} of {intact} measures, no warning"
    assert seen.get("ok", 0) > 0 and seen.get("failed", 0) > 0, seen  # the mutants exercise both paths
