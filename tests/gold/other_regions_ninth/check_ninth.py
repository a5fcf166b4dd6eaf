"""Validate the ninth other-regions set: the checks of ../other_regions/check.py, plus its own.

Besides fields, allowed values and consistency (../other_regions/check.py), it checks what the set was
built to keep: at most 6 cells of a kind from one source, and no source address (nor document id under
another anchor) shared with the eight earlier other-regions sets or listed in excluded_urls.txt (every
address the project's gold held when the set was built). It never imports the project's normalisers.
Run: python3 tests/gold/other_regions_ninth/check_ninth.py   (exit 1 on any problem)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "other_regions"))

import check  # noqa: E402  (the other-regions checker)

OTHER_SETS = ("other_regions", "other_regions_fresh", "other_regions_third", "other_regions_fourth",
              "other_regions_fifth", "other_regions_sixth", "other_regions_seventh", "other_regions_eighth")


def main() -> int:
    ds, es, errs = check.problems(HERE)
    errs += check.kept_apart(ds, es, HERE, OTHER_SETS, most=6) + check.excluded(ds, es, HERE)
    return check.report(ds, es, errs)


if __name__ == "__main__":
    sys.exit(main())
