"""The installed environment: natasha still imports beside pymorphy3, and the lock pins everything."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_natasha_still_imports_and_its_models_ship_in_the_wheel():
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, Segmenter

    doc = Doc("Департамент образования проводит совещание.")
    doc.segment(Segmenter())
    doc.tag_morph(NewsMorphTagger(NewsEmbedding()))
    assert all(t.pos for t in doc.tokens)
    assert doc.tokens[2].pos == "VERB"


def test_pymorphy3_is_our_morphology():
    import pymorphy3

    assert pymorphy3.MorphAnalyzer().parse("Департаментом")[0].normal_form == "департамент"


def test_every_locked_requirement_is_pinned():
    lines = [line.strip() for line in (ROOT / "requirements.lock").read_text().splitlines()]
    packages = [line for line in lines if line and not line.startswith("#")]
    assert len(packages) > 20
    assert all("==" in line for line in packages), [line for line in packages if "==" not in line]
    names = {line.split("==")[0].lower() for line in packages}
    assert {"pdfplumber", "python-docx", "natasha", "pymorphy3", "pyarrow", "duckdb", "pytest", "openpyxl"} <= names
