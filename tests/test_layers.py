"""The flow goes one way: no module imports from a stage that comes after its own (docs/architecture.md).

Every import statement of the project's modules is read (function-level ones too) and ranked.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Earliest first. A module may import its own rank and earlier ones; the longest matching prefix ranks it.
LAYERS = [
    ("base", ["normalizers.language", "normalizers.outcomes", "normalizers.topic_names", "pipeline.schema",
              "pipeline.registry", "pipeline.filenames", "pipeline.messages"]),
    ("parsers", ["parsers"]),
    ("normalizers", ["normalizers"]),
    ("structure", ["pipeline.structure"]),
    ("normalise", ["pipeline.normalize"]),
    ("writer", ["pipeline.dataset", "pipeline.manifest", "pipeline.duplicates"]),
    ("orchestration", ["pipeline"]),
]


def rank(module: str) -> tuple[int, str] | None:
    best = None
    for i, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > best[2]):
                best = (i, prefix, len(prefix))
    return (best[0], best[1]) if best else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def project_modules() -> list[Path]:
    return sorted(p for top in ("parsers", "normalizers", "pipeline") for p in (ROOT / top).rglob("*.py"))


def backward_imports(path: Path, name: str) -> list[str]:
    """The imports of one module that reach a later stage than the module's own."""
    own = rank(name)
    wrong = []
    for line, target in imports(path):
        theirs = rank(target)
        if own and theirs and theirs[0] > own[0]:
            wrong.append(f"{name}:{line} ({LAYERS[own[0]][0]}) imports {target} ({LAYERS[theirs[0]][0]})")
    return wrong


def test_no_stage_imports_a_later_one():
    assert [w for p in project_modules() for w in backward_imports(p, module_name(p))] == []


def test_every_stage_has_modules_so_the_check_is_not_empty():
    ranks = {rank(module_name(p))[0] for p in project_modules()}
    assert ranks == set(range(len(LAYERS)))


def test_the_check_catches_a_backward_import(tmp_path):
    module = tmp_path / "fake.py"
    module.write_text("from normalizers.language import clean\n\ndef f():\n    from pipeline.normalize import rows\n")
    assert backward_imports(module, "parsers.fake") == [
        "parsers.fake:4 (parsers) imports pipeline.normalize.rows (normalise)"]
    assert backward_imports(module, "pipeline.ingest") == []
    assert rank("parsers.pdf.reader")[0] < rank("pipeline.structure.build")[0] < rank("pipeline.normalize.rows")[0]
    assert rank("normalizers.language.text")[0] < rank("normalizers.deadlines")[0]  # longest prefix wins
    assert rank("pipeline.schema")[0] == 0 and rank("pipeline.ingest")[0] == len(LAYERS) - 1


def test_the_report_reads_no_normaliser_beyond_the_base_layer():
    report = [p for p in project_modules() if module_name(p).startswith("pipeline.report")]
    used = {t for p in report for _, t in imports(p) if t.startswith("normalizers")}
    assert all(rank(t)[0] == 0 for t in used), used
