"""Nothing is lost: the raw root belongs to the dataset, a document is its path, content is its hash."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW

from pipeline.cli import main
from pipeline.ingest import ingest_paths

pytestmark = pytest.mark.slow  # ingests real documents end to end

ROADMAP = RAW / "sarov" / "sarov_2021_roadmap_2_3.docx"  # 79 measures
BASHMAKOVSKY = RAW / "bashmakovsky" / "bashmakovsky_msoko_roadmap.docx"  # 93 measures


@pytest.fixture
def raw(tmp_path) -> Path:
    root = tmp_path / "raw"
    for rel, source in {"sarov/roadmap.docx": ROADMAP, "bashmakovsky/msoko.docx": BASHMAKOVSKY}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, root / rel)
    return root


def measures(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "measures")


def documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents.parquet")


def counts(out: Path) -> dict[str, int]:
    return measures(out).groupby("source_file").size().to_dict()


def ingest(paths, out, **kw):
    return ingest_paths(list(paths), out, show_progress=False, **kw)


def test_ingesting_one_municipality_folder_keeps_the_others(raw, tmp_path):
    out = tmp_path / "out"
    ingest([raw], out)
    before = measures(out).sort_values("measure_id").reset_index(drop=True)
    (raw / "sarov" / "roadmap.docx").touch()
    shutil.copy(ROADMAP, raw / "sarov" / "roadmap.docx")
    report = ingest([raw / "sarov"], out, root=None)
    assert not report.removed
    assert counts(out) == {"sarov/roadmap.docx": 79, "bashmakovsky/msoko.docx": 93}
    after = measures(out).sort_values("measure_id").reset_index(drop=True)
    assert list(after["municipality"].astype(str)) == list(before["municipality"].astype(str))
    assert after["warnings"].map(list).tolist() == before["warnings"].map(list).tolist()


def test_a_municipality_folder_on_a_fresh_dataset_is_filed_under_its_municipality(raw, tmp_path):
    out = tmp_path / "out"
    ingest([raw / "sarov"], out)
    docs = documents(out)
    assert list(docs["source_file"]) == ["sarov/roadmap.docx"]
    assert list(docs["municipality"]) == ["sarov"]
    ingest([raw / "bashmakovsky" / "msoko.docx"], out)  # then one file of another folder
    assert counts(out) == {"sarov/roadmap.docx": 79, "bashmakovsky/msoko.docx": 93}


def test_a_path_outside_the_recorded_root_is_refused_in_one_line(raw, tmp_path, capsys):
    out = tmp_path / "out"
    ingest([raw], out)
    elsewhere = tmp_path / "elsewhere" / "sarov"
    elsewhere.mkdir(parents=True)
    shutil.copy(ROADMAP, elsewhere / "x.docx")
    assert main(["ingest", str(elsewhere), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert "вне корня" in err and "\n" not in err
    assert counts(out) == {"sarov/roadmap.docx": 79, "bashmakovsky/msoko.docx": 93}


def test_renaming_a_file_keeps_its_rows(raw, tmp_path):
    out = tmp_path / "out"
    ingest([raw], out)
    (raw / "sarov" / "roadmap.docx").rename(raw / "sarov" / "renamed.docx")
    report = ingest([raw], out)
    assert report.removed == ["sarov/roadmap.docx"]
    assert counts(out) == {"sarov/renamed.docx": 79, "bashmakovsky/msoko.docx": 93}
    again = ingest([raw], out)
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert counts(out) == {"sarov/renamed.docx": 79, "bashmakovsky/msoko.docx": 93}


def test_an_identical_copy_is_a_second_document_marked_as_duplicate(raw, tmp_path):
    out = tmp_path / "out"
    shutil.copy(raw / "sarov" / "roadmap.docx", raw / "sarov" / "roadmap_copy.docx")
    ingest([raw], out)
    m = measures(out)
    assert counts(out)["sarov/roadmap_copy.docx"] == 79 and counts(out)["sarov/roadmap.docx"] == 79
    copy, original = m[m["source_file"] == "sarov/roadmap_copy.docx"], m[m["source_file"] == "sarov/roadmap.docx"]
    assert copy["duplicate_of"].notna().all() and original["duplicate_of"].isna().all()
    (raw / "sarov" / "roadmap.docx").unlink()  # deleting one copy keeps the other
    ingest([raw], out)
    m = measures(out)
    assert counts(out)["sarov/roadmap_copy.docx"] == 79
    assert m[m["source_file"] == "sarov/roadmap_copy.docx"]["duplicate_of"].isna().all()


def test_the_same_file_in_two_municipalities_keeps_both_plans(raw, tmp_path):
    out = tmp_path / "out"
    shutil.copy(BASHMAKOVSKY, raw / "sarov" / "msoko.docx")
    ingest([raw], out)
    plans = pd.read_parquet(out / "plans.parquet")
    assert set(plans["municipality"]) == {"sarov", "bashmakovsky"}
    assert counts(out)["sarov/msoko.docx"] == 93 and counts(out)["bashmakovsky/msoko.docx"] == 93


@pytest.mark.parametrize("damage", ["emptied", "missing"])
def test_an_empty_or_missing_root_removes_nothing_and_says_so(raw, tmp_path, damage):
    out = tmp_path / "out"
    ingest([raw], out)
    shutil.rmtree(raw)
    if damage == "emptied":
        raw.mkdir()
        report = ingest([raw], out)
        assert any("ничего не удалено" in m for m in report.messages)
        assert not report.removed
    else:
        assert main(["ingest", str(raw), "--out", str(out), "--quiet"]) == 2
    assert counts(out) == {"sarov/roadmap.docx": 79, "bashmakovsky/msoko.docx": 93}


def test_file_names_in_any_encoding(raw, tmp_path):
    out = tmp_path / "out"
    cp1251 = "план_мероприятий.docx".encode("cp1251")
    shutil.copy(ROADMAP, os.path.join(os.fsencode(raw / "sarov"), cp1251))
    report = ingest([raw], out)
    assert not report.failed
    names = set(documents(out)["source_file"])
    assert "sarov/план_мероприятий.docx" in names
    assert any("UTF-8" in m for m in report.messages)
    assert {o.status for o in ingest([raw], out).outcomes} == {"unchanged"}


def test_a_folder_name_with_an_equals_sign_keeps_the_dataset_queryable(raw, tmp_path, capsys):
    out = tmp_path / "out"
    (raw / "город=N").mkdir()
    shutil.copy(ROADMAP, raw / "город=N" / "plan.docx")
    ingest([raw], out)
    assert "город_N" in set(measures(out)["municipality"].astype(str))
    assert main(["query", "select count(*) as n from measures", "--data", str(out)]) == 0
    assert "251" in capsys.readouterr().out


def test_output_files_follow_the_umask(raw, tmp_path):
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        ingest([raw], out)
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file()}
    assert modes and set(modes.values()) == {0o644}, modes


def test_out_on_a_file_or_an_unwritable_place_is_one_line(raw, tmp_path, capsys):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert main(["ingest", str(raw), "--out", str(a_file), "--quiet"]) == 2
    assert "это файл" in capsys.readouterr().err
    assert main(["ingest", str(raw), "--out", str(a_file / "sub"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("roadmaps:") and "\n" not in err and "Traceback" not in err


def test_a_full_disk_keeps_the_previous_state(raw, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    ingest([raw], out)
    before = counts(out)
    shutil.copy(BASHMAKOVSKY, raw / "sarov" / "second.docx")

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device", "plans.parquet")

    monkeypatch.setattr("pipeline.dataset.write_single", no_space)
    assert main(["ingest", str(raw), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "нет места на диске" in err and "Traceback" not in err
    assert counts(out) == before
    store = out.parent / ".out.store" / "snapshots"
    assert len(list(store.iterdir())) == 1  # the half-built snapshot is gone
