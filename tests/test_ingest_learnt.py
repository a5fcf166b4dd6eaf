"""An ingest reads each document with what its municipality's other documents define
(docs/municipal_definitions.md): a made-up order and roadmap, the order defining a short name the roadmap uses."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from docx_builders import _p, _tc, make_docx

from normalizers.outcomes import Status
from pipeline.ingest import ingest_paths

pytestmark = pytest.mark.slow  # ingests documents end to end

HEADER = ("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные исполнители")


def _plan(tmp_path: Path, paragraphs: list[str], rows: list[tuple[str, ...]]) -> bytes:
    table = "".join(f"<w:tr>{''.join(_tc(_p(cell)) for cell in row)}</w:tr>" for row in [HEADER, *rows])
    body = "".join(_p(text) for text in paragraphs) + f"<w:tbl>{table}</w:tbl>"
    return make_docx(tmp_path, body).read_bytes()


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw" / "enskiy"
    folder.mkdir(parents=True)
    (folder / "order.docx").write_bytes(_plan(tmp_path, [
        "Об утверждении плана мероприятий на 2024 год",
        "Руководителям муниципальных опорных школ (далее – МОШ) обеспечить участие в мероприятиях плана."],
        [("1", "Совещание руководителей МОШ", "май 2024 года", "Управление образования")]))
    (folder / "roadmap.docx").write_bytes(_plan(tmp_path, ["Дорожная карта на 2024 год"], [
        ("1", "Семинар для учителей", "июнь 2024 года", "Управление образования, МОШ")]))
    return tmp_path / "raw"


def _roadmap_executors(out: Path) -> list[str]:
    frame = pd.read_parquet(out / "executors", filters=[("mention", "==", "МОШ")])
    return sorted(frame["name"])


def _learnt(out: Path) -> dict:
    docs = pd.read_parquet(out / "documents.parquet")
    row = docs[docs["source_file"] == "enskiy/roadmap.docx"].iloc[0]
    return dict(row["learnt_glossary"] or [])


def _parts(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def test_a_roadmap_is_read_with_its_order_s_definitions_whatever_came_first(raw, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    alone, whole = tmp_path / "alone", tmp_path / "whole"
    ingest_paths([raw / "enskiy" / "roadmap.docx"], alone, show_progress=False, root=raw, workers=1)
    assert _roadmap_executors(alone) == ["МОШ"]  # read alone: nobody defines it
    assert _learnt(alone) == {}
    report = ingest_paths([raw], alone, show_progress=False, workers=1)
    assert {o.source_file: o.status for o in report.outcomes} == {"enskiy/order.docx": Status.OK,
                                                                  "enskiy/roadmap.docx": Status.OK}
    assert _roadmap_executors(alone) == ["муниципальные опорные школы"]
    assert _learnt(alone) == {"МОШ": "муниципальные опорные школы"}
    ingest_paths([raw], whole, show_progress=False, workers=1)
    assert _parts(alone) == _parts(whole)  # the same dataset whatever order the files came in
    again = ingest_paths([raw], whole, show_progress=False, workers=1)
    assert {o.status for o in again.outcomes} == {Status.UNCHANGED}
    (raw / "enskiy" / "other.docx").write_bytes(_plan(tmp_path, [
        "Зональным координационным центрам (далее – ЗКЦ) представить отчёты."],
        [("1", "Отчёт ЗКЦ", "декабрь 2024 года", "Управление образования")]))
    third = ingest_paths([raw], whole, show_progress=False, workers=1)
    assert {o.source_file: o.status for o in third.outcomes}["enskiy/roadmap.docx"] == Status.UNCHANGED  # no ЗКЦ in it


def test_a_sibling_gone_takes_its_definitions_with_it(raw, tmp_path):
    out = tmp_path / "out"
    ingest_paths([raw], out, show_progress=False, workers=1)
    (raw / "enskiy" / "order.docx").unlink()
    report = ingest_paths([raw], out, show_progress=False, workers=1)
    assert {o.source_file: o.status for o in report.outcomes} == {"enskiy/roadmap.docx": Status.OK,
                                                                  "enskiy/order.docx": Status.REMOVED}
    assert _roadmap_executors(out) == ["МОШ"]
    assert _learnt(out) == {}


def test_an_order_without_a_plan_table_still_teaches_its_roadmap(tmp_path):
    folder = tmp_path / "raw" / "enskiy"
    folder.mkdir(parents=True)
    order = make_docx(tmp_path, "".join(_p(text) for text in [
        "Об утверждении дорожной карты",
        "Руководителям муниципальных опорных школ (далее – МОШ) обеспечить исполнение дорожной карты."]))
    (folder / "order.docx").write_bytes(order.read_bytes())
    (folder / "roadmap.docx").write_bytes(_plan(tmp_path, ["Дорожная карта на 2024 год"], [
        ("1", "Семинар для учителей", "июнь 2024 года", "Управление образования, МОШ")]))
    out = tmp_path / "out"
    report = ingest_paths([tmp_path / "raw"], out, show_progress=False, workers=1)
    assert {o.source_file: o.status for o in report.outcomes} == {"enskiy/order.docx": Status.SKIPPED,
                                                                  "enskiy/roadmap.docx": Status.OK}
    assert _roadmap_executors(out) == ["муниципальные опорные школы"]
