"""What the build and check scripts of the gold sets share, so that a set's folder keeps only its own labels.

- other-regions sets (other_regions_third/ … other_regions_twenty_seventh/): built by other_regions/build.py from the
  set's hand_labels.py, checked by other_regions/check.py plus what a set built to stand apart keeps (no address of an
  earlier set, at most `most` cells of a kind per source, none of its excluded_urls.txt);
- made-up executor sets (executors_staff/, executors_sectors/): the cells written in the set's build.py, as rows.
Nothing here reads a cell's text or imports the project's normalisers.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

GOLD = Path(__file__).resolve().parent
# The other-regions sets in the order they were built: each keeps apart from the sets before it.
OTHER_REGIONS_SETS = ("other_regions", "other_regions_fresh", "other_regions_third", "other_regions_fourth",
                      "other_regions_fifth", "other_regions_sixth", "other_regions_seventh", "other_regions_eighth",
                      "other_regions_ninth", "other_regions_tenth", "other_regions_eleventh",
                      "other_regions_twelfth", "other_regions_thirteenth", "other_regions_fourteenth",
                      "other_regions_fifteenth", "other_regions_sixteenth", "other_regions_seventeenth",
                      "other_regions_eighteenth", "other_regions_nineteenth",
                      "other_regions_twentieth", "other_regions_twenty_first",
                      "other_regions_twenty_second", "other_regions_twenty_third",
                      "other_regions_twenty_fourth",
                      "other_regions_twenty_fifth", "other_regions_twenty_sixth",
                      "other_regions_twenty_seventh")


def _other_regions_set(script: str) -> Path:
    """The folder of the calling script; its hand_labels.py and ../other_regions/ (builder, checker) go first on
    the path, as `python3 tests/gold/other_regions/build.py FOLDER` puts them."""
    folder = Path(script).resolve().parent
    sys.path[:0] = [str(folder), str(GOLD / "other_regions")]
    return folder


def build_other_regions(script: str) -> None:
    """Write deadlines.jsonl / executors.jsonl of the set beside `script` from its hand_labels.py."""
    folder = _other_regions_set(script)
    import build

    build.main(folder)


def check_other_regions(script: str, most: int = 6, excluded: bool = True, repeats: bool = False) -> int:
    """Print the checks of the set beside `script`; 1 on any problem. The sets built before it must not share a
    source address with it; `excluded`: neither may its excluded_urls.txt; `repeats`: a cell written twice in one
    source may be labelled twice (a blind set that copied consecutive cells as the page shows them, repeats kept)."""
    folder = _other_regions_set(script)
    import check

    ds, es, errs = check.problems(folder)
    if repeats:
        errs = [err for err in errs if not err.startswith("duplicate ")]
    earlier = OTHER_REGIONS_SETS[:OTHER_REGIONS_SETS.index(folder.name)]
    errs += check.kept_apart(ds, es, folder, earlier, most=most)
    if excluded:
        errs += check.excluded(ds, es, folder)
    return check.report(ds, es, errs)


def write_made_up_executors(out: Path, cells: dict, plans: dict, region: str, prefix: str,
                            warnings: Callable[[str], list[str]] = lambda raw: []) -> None:
    """Write `cells` (plan -> [(raw, executors)]) as executors.jsonl rows, seeds `prefix-plan-NNN`; `plans` gives a
    plan's (municipality, title). A cell written twice stops the build: the set scores each wording once."""
    lines = []
    seen = set()
    for plan, plan_cells in cells.items():
        municipality, title = plans[plan]
        for i, (raw, executors) in enumerate(plan_cells, 1):
            if raw in seen:
                raise SystemExit(f"duplicate cell {raw!r}")
            seen.add(raw)
            row = {"seed": f"{prefix}-{plan}-{i:03d}", "municipality": municipality, "raw": raw,
                   "executors": executors, "warnings": warnings(raw), "source": "made up", "region": region,
                   "plan": title}
            lines.append(json.dumps(row, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cells -> {out}")


def executor_label(mention: str, name: str | None = None, kind: str = "role", agreement: bool = False) -> dict:
    """One executor of a made-up set; the name defaults to the mention (a role's with its first letter lowered)."""
    if name is None:
        name = mention[:1].lower() + mention[1:] if kind == "role" else mention
    return {"mention": mention, "name": name, "abbreviation": None, "kind": kind, "by_agreement": agreement}


def labels_of(kind: str) -> Callable[..., dict]:
    """The shorthand a made-up set labels one kind with: a("Отдел образования"), x("…", name, agreement=True)."""
    def label(mention: str, name: str | None = None, agreement: bool = False) -> dict:
        return executor_label(mention, name, kind, agreement)
    return label
