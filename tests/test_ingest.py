"""`roadmaps ingest` end to end: the dataset contract, incremental runs, duplicates, bad input."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES, RAW
from pdf_builders import encrypted_pdf

from pipeline import schema
from pipeline.cli import main
from pipeline.ingest import ingest_paths

pytestmark = pytest.mark.slow  # ingests corpus documents end to end

SAROV_ORDER = FIXTURES / "corpus" / "sarov" / "sarov_2021_order158.docx"
SAROV_ROADMAP = RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"
BASHMAKOVSKY = RAW / "bashmakovsky" / "bashmakovsky_msoko_roadmap.docx"


def make_raw(tmp_path: Path, files: dict[str, Path | bytes]) -> Path:
    raw = tmp_path / "raw"
    for rel, source in files.items():
        target = raw / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copy(source, target)
        else:
            target.write_bytes(source)
    return raw


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents.parquet")


SMALL = {"sarov/order158.docx": SAROV_ORDER, "sarov/roadmap_2_3.docx": SAROV_ROADMAP,
         "bashmakovsky/msoko.docx": BASHMAKOVSKY}


@pytest.fixture
def small_raw(tmp_path):
    return make_raw(tmp_path, SMALL)


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory) -> Path:
    """small_raw's files ingested into a new dataset once, for the tests that only read it."""
    root = tmp_path_factory.mktemp("small")
    report = ingest_paths([make_raw(root, SMALL)], root / "out", show_progress=False)
    assert not report.failed
    return root / "out"


def test_dataset_layout_and_schema(small_dataset):
    out = small_dataset
    parts = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert "measures/municipality=sarov/part-" in " ".join(parts)
    assert {"documents.parquet", "plans.parquet"} <= set(parts)
    measures = pq.read_table(next((out / "measures" / "municipality=sarov").glob("*.parquet")))
    assert measures.schema.equals(pq.read_schema(next((out / "measures" / "municipality=sarov").glob("*"))))
    expected = [f.name for f in schema.MEASURES if f.name != "municipality"]
    assert measures.schema.names == expected
    frame = pd.read_parquet(out / "measures")
    assert set(frame["municipality"].astype(str)) == {"sarov", "bashmakovsky"}
    assert len(frame) == 271 + 79 + 93
    assert frame["measure_id"].is_unique
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{out.as_posix()}/measures/**/*.parquet', "
                    "hive_partitioning=true) where municipality = 'sarov'").fetchone()[0]
    assert n == 350


def test_duplicate_roadmap_points_to_the_dated_order(small_dataset):
    m = pd.read_parquet(small_dataset / "measures")
    copy = m[m["source_file"] == "sarov/roadmap_2_3.docx"]
    original = m[m["source_file"] == "sarov/order158.docx"]
    assert copy["duplicate_of"].notna().all()
    assert original["duplicate_of"].isna().all()
    assert set(copy["duplicate_of"]) <= set(original[original["plan_seq"] == 7]["measure_id"])


def test_rerun_is_byte_identical_and_reads_nothing(small_raw, tmp_path):
    out = tmp_path / "out"
    ingest_paths([small_raw], out, show_progress=False)
    before = snapshot(out)
    report = ingest_paths([small_raw], out, show_progress=False)
    assert {o.status for o in report.outcomes} == {"unchanged"}
    assert snapshot(out) == before


def test_measure_ids_are_stable_across_runs(small_dataset, small_raw, tmp_path):
    ingest_paths([small_raw], tmp_path / "b", show_progress=False)  # the same files, another run and folder
    ids = [sorted(pd.read_parquet(out / "measures")["measure_id"]) for out in (small_dataset, tmp_path / "b")]
    assert ids[0] == ids[1]


def test_changed_file_replaces_exactly_its_rows_and_removed_file_goes(small_raw, tmp_path):
    out = tmp_path / "out"
    ingest_paths([small_raw], out, show_progress=False)
    bashmakovsky_part = snapshot(out)
    shutil.copy(SAROV_ROADMAP, small_raw / "sarov" / "order158.docx")  # the file now holds another order
    report = ingest_paths([small_raw], out, show_progress=False)
    statuses = {o.source_file: o.status for o in report.outcomes}
    assert statuses["sarov/order158.docx"] == "ok"
    assert statuses["bashmakovsky/msoko.docx"] == "unchanged"
    m = pd.read_parquet(out / "measures")
    assert (m["source_file"] == "sarov/order158.docx").sum() == 79
    after = snapshot(out)
    bash = [k for k in after if "bashmakovsky" in k]
    assert all(after[k] == bashmakovsky_part[k] for k in bash)
    (small_raw / "bashmakovsky" / "msoko.docx").unlink()
    report = ingest_paths([small_raw], out, show_progress=False)
    assert ("bashmakovsky/msoko.docx", "removed") in {(o.source_file, o.status) for o in report.outcomes}
    assert "bashmakovsky" not in set(pd.read_parquet(out / "measures")["municipality"].astype(str))
    assert "bashmakovsky/msoko.docx" not in set(documents(out)["source_file"])


def _not_a_plan_docx(tmp_path: Path) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Приказ без плана мероприятий.")
    path = tmp_path / "noplan.docx"
    d.save(path)
    return path.read_bytes()


def _zip_bytes(tmp_path: Path, members: dict[str, bytes]) -> bytes:
    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path.read_bytes()


def _first_page_of_scan(tmp_path: Path) -> bytes:
    """One page of the shared scan: enough for OCR to find a plan, quick enough for a fast test."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(str(FIXTURES / "scanned" / "sarov_2021_roadmap_2_3_scan.pdf")), [0])
    out.save(str(tmp_path / "scan_page.pdf"))
    return (tmp_path / "scan_page.pdf").read_bytes()


def test_bad_files_are_reported_and_the_others_ingested(tmp_path, capsys):
    pdf = (FIXTURES / "corpus" / "bashmakovsky" / "bashmakovsky_msoko_roadmap.pdf").read_bytes()
    raw = make_raw(tmp_path, {
        "bashmakovsky/good.docx": BASHMAKOVSKY,
        "sarov/empty.pdf": b"",
        "sarov/truncated.pdf": pdf[: len(pdf) // 2],
        "sarov/encrypted.pdf": encrypted_pdf(),
        "sarov/not_a_zip.docx": b"This is plain text pretending to be a Word file.",
        "sarov/table.xlsx": _zip_bytes(tmp_path, {"xl/workbook.xml": b"<workbook/>"}),
        "sarov/notes.txt": "просто текст".encode(),
        "sarov/noplan.docx": _not_a_plan_docx(tmp_path),
        "sarov/scan.pdf": _first_page_of_scan(tmp_path),
        "sarov/really_a_docx.pdf": SAROV_ROADMAP,
    })
    out = tmp_path / "out"
    code = main(["ingest", str(raw), "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 1
    docs = documents(out).set_index("source_file")
    expected = {
        "sarov/empty.pdf": ("failed", "пустой файл"),
        "sarov/truncated.pdf": ("failed", "PDF повреждён"),
        "sarov/encrypted.pdf": ("failed", "зашифрован"),
        "sarov/not_a_zip.docx": ("failed", "не является zip-архивом"),
        "sarov/table.xlsx": ("skipped", "не документ Word"),
        "sarov/notes.txt": ("skipped", "неизвестный тип файла"),
        "sarov/noplan.docx": ("skipped", "таблица плана не найдена"),
    }
    for rel, (status, words) in expected.items():
        assert docs.loc[rel, "status"] == status, rel
        assert words in docs.loc[rel, "error"], (rel, docs.loc[rel, "error"])
        if status == "failed":
            assert f"{rel}: failed:" in captured.err
    assert docs.loc["bashmakovsky/good.docx", "status"] == "ok"
    assert docs.loc["sarov/really_a_docx.pdf", "status"] == "ok"  # read by its content, not its extension
    assert docs.loc["sarov/really_a_docx.pdf", "format"] == "docx"
    scan = docs.loc["sarov/scan.pdf"]
    assert (scan["status"], scan["format"]) == ("ok", "pdf-ocr"), scan["error"]  # a scan is read by OCR
    assert scan["n_measures"] >= 7
    measures = pd.read_parquet(out / "measures")
    assert len(measures) == 93 + 79 + scan["n_measures"]
    from_scan = measures[measures["source_file"] == "sarov/scan.pdf"]
    assert all("ocr_low_confidence" in list(w) for w in from_scan["warnings"])


def test_a_file_that_turns_bad_keeps_what_was_ingested_before(small_raw, tmp_path):
    out = tmp_path / "out"
    ingest_paths([small_raw], out, show_progress=False)
    (small_raw / "bashmakovsky" / "msoko.docx").write_bytes(b"PK\x03\x04 broken")
    report = ingest_paths([small_raw], out, show_progress=False)
    assert report.failed
    docs = documents(out).set_index("source_file")
    assert docs.loc["bashmakovsky/msoko.docx", "status"] == "failed"
    assert "прежняя версия" in docs.loc["bashmakovsky/msoko.docx", "error"]
    assert (pd.read_parquet(out / "measures")["municipality"].astype(str) == "bashmakovsky").sum() == 93


def test_unknown_municipality_still_ingests_with_a_warning(tmp_path):
    raw = make_raw(tmp_path, {"novyi-gorod/plan.docx": BASHMAKOVSKY})
    out = tmp_path / "out"
    report = ingest_paths([raw], out, show_progress=False)
    assert any("не указана в реестре" in m for m in report.messages)
    docs = documents(out)
    assert docs.loc[0, "municipality_name"] == "novyi-gorod"
    assert "unknown_municipality" in list(docs.loc[0, "warnings"])


def test_cli_query_and_summary(small_raw, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(small_raw), "--out", str(out), "--quiet"]) == 0
    summary = capsys.readouterr().out
    assert "sarov/order158.docx" in summary and "271" in summary
    assert main(["query", "select count(*) as n from measures where municipality = 'sarov'", "--data", str(out)]) == 0
    assert "350" in capsys.readouterr().out
    for view in ("plans", "documents", "executors", "occurrences"):
        assert main(["query", f"select count(*) from {view}", "--data", str(out)]) == 0
    assert main(["query", "select nonsense from nowhere", "--data", str(out)]) == 1
