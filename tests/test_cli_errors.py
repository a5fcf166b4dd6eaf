"""Every bad argument is one line on stderr and exit code 2, never a usage block or a traceback."""

from __future__ import annotations

import pytest

from pipeline.cli import main


@pytest.mark.parametrize("argv", [
    [], ["bogus"], ["ingest", "--file-timeout", "x"], ["ingest", "--file-memory", "-5"], ["query"],
    ["query", "select 1", "--max-rows", "many"], ["ingest", "--no-such-option"],
])
def test_bad_arguments_are_one_line(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("roadmaps") and "\n" not in err and "Traceback" not in err and "usage:" not in err


def test_a_missing_input_path_is_one_line(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "data" / "raw" / "nowhere"), "--out", str(tmp_path / "o"),
                 "--root", str(tmp_path / "data" / "raw"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert "нет такого файла или папки" in err and "\n" not in err


@pytest.fixture
def say_in(monkeypatch):
    """main() in a language, the catalogue's choice restored afterwards for the other tests."""
    from pipeline.messages import set_language

    monkeypatch.delenv("ROADMAPS_LANG", raising=False)
    yield lambda lang: ["--lang", lang] if lang else []
    set_language("ru")


@pytest.mark.parametrize(("lang", "words"), [(None, "здесь нет набора данных"), ("en", "no dataset here")])
@pytest.mark.parametrize("command", [["query", "select 1"], ["report"], ["export", "xlsx"]])
def test_a_missing_data_folder_is_one_line_in_the_chosen_language(command, lang, words, tmp_path, capsys, say_in):
    assert main([*say_in(lang), *command, "--data", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("roadmaps: ") and words in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize(("lang", "words"), [(None, "нужно целое число процессов"), ("en", "needs a whole number")])
@pytest.mark.parametrize("value", ["0", "two", "-3", "1.5"])
def test_a_bad_number_of_workers_is_one_line_in_the_chosen_language(value, lang, words, tmp_path, capsys, say_in):
    raw = tmp_path / "raw"
    raw.mkdir()
    assert main([*say_in(lang), "ingest", str(raw), "--root", str(raw), "--out", str(tmp_path / "o"),
                 "--workers", value, "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("roadmaps: ") and words in err and value in err and "\n" not in err


@pytest.mark.parametrize(("lang", "words"), [(None, "недопустимое значение"), ("en", "invalid choice")])
@pytest.mark.parametrize("argv", [["query", "select 1", "--format", "xml"], ["export", "pdf"]])
def test_an_unknown_format_is_one_line_in_the_chosen_language(argv, lang, words, capsys, say_in):
    with pytest.raises(SystemExit) as stop:
        main([*say_in(lang), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and "Traceback" not in err and "usage:" not in err


def test_the_dataset_folder_refused_in_english(tmp_path, capsys, say_in):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.write_text("not a folder")
    assert main([*say_in("en"), "ingest", str(raw), "--root", str(raw), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"roadmaps: {out}: is a file, not a dataset folder; give a folder with --out"


def test_a_file_outside_the_raw_root_is_refused_in_english(tmp_path, capsys, say_in):
    (tmp_path / "raw").mkdir()
    (tmp_path / "elsewhere").mkdir()
    assert main([*say_in("en"), "ingest", str(tmp_path / "elsewhere"), "--root", str(tmp_path / "raw"),
                 "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "lies outside the dataset's raw root" in capsys.readouterr().err


def test_a_file_that_does_not_read_is_told_in_english_and_kept_in_russian_in_the_dataset(tmp_path, capsys, say_in):
    from pipeline.query import connect

    raw = tmp_path / "raw" / "sarov"
    raw.mkdir(parents=True)
    (raw / "empty.docx").write_bytes(b"")
    (raw / "fake.pdf").write_bytes(b"this is no pdf at all")
    out = tmp_path / "out"
    assert main([*say_in("en"), "ingest", str(raw.parent), "--root", str(raw.parent), "--out", str(out),
                 "--quiet", "--workers", "1"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert "sarov/empty.docx: failed: empty file (0 bytes)" in lines
    assert "sarov/fake.pdf: failed: not a PDF: the file does not start with %PDF-" in lines
    errors = dict(connect(out).execute("SELECT source_file, error FROM documents").fetchall())
    assert errors == {"sarov/empty.docx": "пустой файл (0 байт)",
                      "sarov/fake.pdf": "это не PDF: в начале файла нет заголовка %PDF-"}
