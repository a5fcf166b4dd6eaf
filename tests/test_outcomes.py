"""The one registry of warning codes and statuses: code, data file, docs and report agree, typos fail."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from normalizers import outcomes
from normalizers.outcomes import Code, Status

ROOT = Path(__file__).resolve().parents[1]


def test_enum_and_data_file_hold_the_same_codes_each_with_a_label_and_an_explanation():
    assert {e.code for e in outcomes.warnings()} == {c.value for c in Code}
    assert {e.code for e in outcomes.statuses()} == {s.value for s in Status}
    for entry in outcomes.warnings() + outcomes.statuses():
        assert entry.label and entry.explanation and entry.label_en and entry.explanation_en, entry
        assert "\n" not in entry.explanation + entry.explanation_en, entry
    assert all(e.field and e.level in {"measure", "plan", "document"} for e in outcomes.warnings())


def test_a_typo_is_no_new_kind():
    with pytest.raises(ValueError):
        Code("year_asumed")
    with pytest.raises(ValueError, match="unregistered"):
        outcomes.describe("year_asumed")
    with pytest.raises(AttributeError):
        _ = Code.YEAR_ASUMED


def test_the_normalise_stage_refuses_an_unregistered_warning():
    from pipeline.normalize.warnings import codes

    assert codes(["unparsed", Code.UNPARSED, "year_assumed"]) == ["unparsed", "year_assumed"]
    with pytest.raises(ValueError):
        codes(["unparsed", "unparsd"])


def _warning_literals(path: Path) -> list[tuple[int, str]]:
    """String literals a module puts into something called warnings: append("…"), ["…"], += ["…"]."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" \
                and "warnings" in ast.unparse(node.func.value):
            found += [(node.lineno, a.value) for a in node.args if isinstance(a, ast.Constant)]
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.keyword)):
            target = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else
                                 node.target if isinstance(node, ast.AugAssign) else ast.Name(node.arg or ""))
            if "warnings" in target and isinstance(node.value, ast.List):
                found += [(node.lineno if hasattr(node, "lineno") else 0, e.value) for e in node.value.elts
                          if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return found


def test_every_warning_written_in_library_code_is_registered():
    unknown = []
    for path in sorted(p for top in ("parsers", "normalizers", "pipeline") for p in (ROOT / top).rglob("*.py")):
        for line, literal in _warning_literals(path):
            if literal not in {c.value for c in Code}:
                unknown.append(f"{path.relative_to(ROOT)}:{line} {literal!r}")
    assert unknown == []


def test_the_scan_sees_a_misspelt_warning(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f(m):\n    m.warnings.append('year_asumed')\n    warnings = ['unparsed']\n")
    assert sorted(_warning_literals(module)) == [(2, "year_asumed"), (3, "unparsed")]


def test_the_spec_lists_every_code_with_the_registry_field_and_explanation():
    spec = (ROOT / "docs" / "spec" / "dataset.md").read_text(encoding="utf-8").splitlines()
    listed = [line for line in spec if line.startswith("| `")]
    expected = [f"| `{e.code}` | {e.field} | {e.explanation_en} |" for e in outcomes.warnings()]
    expected += [f"| `{e.code}` | {e.explanation_en} |" for e in outcomes.statuses()]
    assert sorted(listed) == sorted(expected)


def test_report_labels_come_from_the_registry():
    from pipeline.report.labels import known, say

    assert say("warnings", "year_assumed") == outcomes.describe("year_assumed").label
    assert say("document_status", "failed") == outcomes.describe("failed").label
    assert known("warnings") == [c.value for c in Code]
    assert say("warnings", "not_registered") == "not_registered"  # a page never breaks on an old dataset
