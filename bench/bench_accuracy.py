"""Accuracy of the deadline and executor normalisers, the figure on unseen municipalities first.

Order of the report: leave-one-municipality-out executors (each sample municipality's cells with its
glossary withheld, the definitions of its documents kept: the document's own and its folder's,
docs/municipal_definitions.md), the sample cells as an unknown municipality (with its own order's definitions,
then with no document), the other regions' set (tuning part, held-out part, all), the fresh, third, fourth, fifth,
sixth, seventh and eighth other-regions sets (held out once, dev sets now), the ninth (non-education plans, a dev set
from its arrival), the tenth … thirteenth (dev sets from sessions 36-39), the
fourteenth (the blind sets of sessions 36-38, dev from session 39), the fifteenth (session 39, dev from its
arrival), the sixteenth (the blind set of session 39, dev from session 40), the seventeenth (the blind set of
session 40, dev from session 41), the eighteenth (the blind set of session 41, dev from session 42), the
nineteenth (the blind set of session 42, dev from session 43), the twentieth (cells written in session 43 in the
manner of 15 regions' plans, a dev set), the twenty_first (cells written in session 44 in the manner of 16 regions'
plans, a dev set), the twenty_second (the blind set of session 44, cells written in the manner of 7 regions' plans,
dev from session 45), the twenty_third (the blind set of session 45, cells written in the manner of 8
regions' plans, dev from session 46), the twenty_fourth (the blind set of session 46, cells written in the
manner of 8 regions' plans, dev from session 47), the twenty_fifth (the blind set of session 47, cells written in
the manner of 8 regions' plans, dev from session 48), the twenty_sixth (the blind set of session 48, cells written
in the manner of 8 regions' plans, dev from session 49), the twenty_seventh (the blind set of session 49, cells
written in the manner of 8 regions' plans, dev from session 50), the generated set of roles and persons
(tests/gold/executors_generated/), the made-up staff cells (tests/gold/executors_staff/), the made-up
cells of plans outside education (tests/gold/executors_sectors/), the made-up cells of regional and municipal education
plans (tests/gold/executors_regional/), the generated
deadline set (tests/gold/deadlines_generated/), then the
in-sample gold.
The scorer is tests/accuracy.py. `--misses` prints the misses of the parts one may tune on (never
those of the held-out part).

Usage: .venv/bin/python bench/bench_accuracy.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import accuracy  # noqa: E402

BARS = {
    "leave-one-municipality-out executors": 0.90,
    "sample cells, unknown municipality, own order only": 0.85,
    "other regions deadlines, all": 0.95,
    "other regions executors, all": 0.90,
    "fresh other regions deadlines": 0.95,
    "fresh other regions executors": 0.90,
    "third other regions deadlines": 0.95,
    "third other regions executors": 0.90,
    "fourth other regions deadlines": 0.95,
    "fourth other regions executors": 0.90,
    "fifth other regions deadlines": 0.95,
    "fifth other regions executors": 0.90,
    "sixth other regions deadlines": 0.95,
    "sixth other regions executors": 0.90,
    "seventh other regions deadlines": 0.95,
    "seventh other regions executors": 0.90,
    "eighth other regions deadlines": 0.95,
    "eighth other regions executors": 0.90,
    "ninth other regions deadlines": 0.95,
    "ninth other regions executors": 0.90,
    "tenth other regions deadlines": 0.95,
    "tenth other regions executors": 0.90,
    "eleventh other regions deadlines": 0.95,
    "eleventh other regions executors": 0.90,
    "twelfth other regions deadlines": 0.95,
    "twelfth other regions executors": 0.90,
    "thirteenth other regions deadlines": 0.95,
    "thirteenth other regions executors": 0.90,
    "fourteenth other regions deadlines": 0.95,
    "fourteenth other regions executors": 0.90,
    "fifteenth other regions deadlines": 0.95,
    "fifteenth other regions executors": 0.90,
    "sixteenth other regions deadlines": 0.95,
    "sixteenth other regions executors": 0.90,
    "seventeenth other regions deadlines": 0.95,
    "seventeenth other regions executors": 0.90,
    "eighteenth other regions deadlines": 0.95,
    "eighteenth other regions executors": 0.90,
    "nineteenth other regions deadlines": 0.95,
    "nineteenth other regions executors": 0.90,
    "twentieth other regions deadlines": 0.95,
    "twentieth other regions executors": 0.90,
    "twenty_first other regions deadlines": 0.95,
    "twenty_first other regions executors": 0.90,
    "twenty_second other regions deadlines": 0.95,
    "twenty_second other regions executors": 0.90,
    "twenty_third other regions deadlines": 0.95,
    "twenty_third other regions executors": 0.90,
    "twenty_fourth other regions deadlines": 0.95,
    "twenty_fourth other regions executors": 0.90,
    "twenty_fifth other regions deadlines": 0.95,
    "twenty_fifth other regions executors": 0.90,
    "twenty_sixth other regions deadlines": 0.95,
    "twenty_sixth other regions executors": 0.90,
    "twenty_seventh other regions deadlines": 0.95,
    "twenty_seventh other regions executors": 0.90,
    "generated deadlines": 0.95,
    "staff executors (made-up)": 0.85,
    "sector executors (made-up)": 0.85,
    "regional executors (made-up)": 0.85,
    "in-sample deadlines": 0.98,
    "in-sample executors": 0.98,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the misses of the tunable parts")
    args = parser.parse_args()
    scores = [
        accuracy.score_lomo_executors(args.misses),
        accuracy.score_unknown_municipality_own_order_executors(args.misses),
        accuracy.score_unknown_municipality_executors(args.misses),
        *accuracy.score_other_regions(args.misses),
        *accuracy.score_labelled_sets(args.misses),
        accuracy.score_generated_executors(args.misses),
        accuracy.score_staff_executors(args.misses),
        accuracy.score_sector_executors(args.misses),
        accuracy.score_regional_executors(args.misses),
        accuracy.score_generated_deadlines(args.misses),
        accuracy.score_in_sample_deadlines(args.misses),
        accuracy.score_in_sample_executors(args.misses),
    ]
    for score in scores:
        bar = BARS.get(score.name)
        verdict = "" if bar is None else f"  bar {bar:.0%} -> {'OK' if score.rate >= bar else 'BELOW'}"
        print(score.line() + verdict)
    if args.misses:
        for score in scores:
            for miss in score.misses:
                print(f"MISS [{score.name}] {miss}")


if __name__ == "__main__":
    main()
