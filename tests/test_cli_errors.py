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
