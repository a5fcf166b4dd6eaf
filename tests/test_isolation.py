"""Each file is read in a child under a time and memory limit: a bad file costs only itself."""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
import zipfile
from pathlib import Path

import pytest
from conftest import RAW

from pipeline.ingest import ingest_paths
from pipeline.isolation import LimitExceeded, Limits, run_limited
from pipeline.read import ReadFailure

pytestmark = pytest.mark.slow  # end-to-end: whole documents, processes or clusters


def sleeps() -> None:
    time.sleep(60)


def spins() -> None:
    while True:
        pass


def eats_memory() -> int:
    hoard = [bytearray(50 * 2**20) for _ in range(100)]  # 5 GB
    return len(hoard)


def crashes() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def refuses() -> None:
    raise ReadFailure("таблица плана не найдена", "skipped", "docx")


def test_result_and_exceptions_come_back():
    assert run_limited(sum, ([1, 2, 3],), Limits()) == 6
    with pytest.raises(ReadFailure) as error:
        run_limited(refuses, (), Limits())
    assert error.value.status == "skipped" and error.value.format == "docx"


def test_a_file_that_takes_too_long_is_stopped():
    """A reader not stopped would return after its minute's sleep, and `raises` would fail: no clock needed."""
    with pytest.raises(LimitExceeded, match="дольше 1 с"):
        run_limited(spins, (), Limits(seconds=1))  # processor time
    with pytest.raises(LimitExceeded, match="«sarov/скан.pdf» остановлено: дольше 1 с .*--file-timeout"):
        run_limited(sleeps, (), Limits(seconds=1), "sarov/скан.pdf")  # a hang that uses no processor: the clock


def test_a_file_that_takes_too_much_memory_is_stopped():
    with pytest.raises(LimitExceeded, match="памяти"):
        run_limited(eats_memory, (), Limits(memory_mb=1024))


def test_a_reader_that_crashes_is_reported():
    with pytest.raises(LimitExceeded, match="аварийно"):
        run_limited(crashes, (), Limits())


def long_table_docx(source: Path, target: Path, rows: int) -> None:
    """The roadmap's package with its body replaced by one plan table of `rows` rows."""
    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    header = "<w:tr>" + "".join(cell(t) for t in ("№ п/п", "Мероприятие", "Срок", "Ответственные")) + "</w:tr>"
    body = "".join("<w:tr>" + cell(f"{i}.") + cell(f"Совещание {i} с руководителями") + cell("ежегодно")
                   + cell("Управление образования") + "</w:tr>" for i in range(1, rows + 1))
    with zipfile.ZipFile(source) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = re.sub(
        r"<w:body>.*</w:body>", f"<w:body><w:p><w:r><w:t>План мероприятий</w:t></w:r></w:p><w:tbl>{header}{body}"
        "</w:tbl><w:sectPr/></w:body>", xml, flags=re.S).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_ingest_goes_on_after_a_file_over_its_limit(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sarov").mkdir(parents=True)
    roadmap = RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"
    long_table_docx(roadmap, raw / "sarov" / "huge.docx", rows=20_000)
    shutil.copy(roadmap, raw / "sarov" / "roadmap.docx")
    report = ingest_paths([raw], tmp_path / "out", show_progress=False, limits=Limits(seconds=2))
    outcomes = {o.source_file: o for o in report.outcomes}
    assert outcomes["sarov/huge.docx"].status == "failed" and "дольше" in outcomes["sarov/huge.docx"].error
    assert outcomes["sarov/roadmap.docx"].status == "ok" and outcomes["sarov/roadmap.docx"].measures == 79
