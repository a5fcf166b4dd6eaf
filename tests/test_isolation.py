"""Each file is read in a child under a time and memory limit: a bad file costs only itself."""

from __future__ import annotations

import os
import shutil
import signal
import time

import pytest
from conftest import RAW

from pipeline.ingest import ingest_paths
from pipeline.isolation import LimitExceeded, Limits, run_limited
from pipeline.read import ReadFailure


def sleeps() -> None:
    time.sleep(30)


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
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="дольше 1 с"):
        run_limited(sleeps, (), Limits(seconds=1))
    assert time.monotonic() - started < 20


def test_a_file_that_takes_too_much_memory_is_stopped():
    with pytest.raises(LimitExceeded, match="памяти"):
        run_limited(eats_memory, (), Limits(memory_mb=1024))


def test_a_reader_that_crashes_is_reported():
    with pytest.raises(LimitExceeded, match="аварийно"):
        run_limited(crashes, (), Limits())


def test_ingest_goes_on_after_a_file_over_its_limit(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sarov").mkdir(parents=True)
    shutil.copy(RAW / "sarov" / "sarov_2021_roadmap_2_3.docx", raw / "sarov" / "roadmap.docx")
    report = ingest_paths([raw], tmp_path / "out", show_progress=False, limits=Limits(seconds=0.01))
    assert [o.status for o in report.outcomes] == ["failed"]
    assert "дольше" in report.outcomes[0].error
