"""The bars of issue 11, measured by tests/accuracy.py: unseen municipalities first."""

from __future__ import annotations

import accuracy
import pytest
from accuracy import (
    GENERATED_EXECUTORS,
    REGIONAL_EXECUTORS,
    SECTOR_EXECUTORS,
    STAFF_EXECUTORS,
    executors_right,
    names_overlap,
    other_region_rows,
    plan_definitions,
    score_generated_executors,
    score_in_sample_deadlines,
    score_in_sample_executors,
    score_labelled_sets,
    score_lomo_executors,
    score_other_regions,
    score_regional_executors,
    score_sector_executors,
    score_staff_executors,
    score_unknown_municipality_executors,
    score_unknown_municipality_own_order_executors,
    title_definitions,
)
from conftest import structured

from normalizers.executors import Executor

pytestmark = pytest.mark.slow  # end-to-end: whole documents, processes or clusters
accuracy.structured = structured  # the orders' definitions from the run's one reading of each (conftest)

# The issue's bars are 90 % (leave-one-municipality-out executors), 95 % (other regions' deadlines) and 90 %
# (their executors); bench/bench_accuracy.py reports the verdict. Where a bar is not reached yet, the test
# holds the floor reached so far (README's figures), so that no change loses ground unseen.
LOMO_FLOOR = 0.92  # 141/152 on 2026-12-03 (136 before the folder's definitions were shared)
UNKNOWN_MUNICIPALITY_FLOOR = 0.82
OWN_ORDER_FLOOR = 0.88  # 136/152 on 2026-12-04: no glossary, the order's own definitions only
# The generated cells of roles, persons and bodies (tests/gold/executors_generated/): 100 % when the set was
# made; the floor leaves room for a ruling that changes a label, not for a class of cells lost.
GENERATED_FLOOR = 0.97
# The made-up cells of school, kindergarten and education-office plans (tests/gold/executors_staff/): the floor
# is the figure reached (README), so that no class of post or abbreviation is lost unseen.
STAFF_FLOOR = 0.99  # 188/223 before the fixes of session 32, 211/223 after, 216/223 with the institution level, 222/223
# The made-up cells of municipal plans outside education (tests/gold/executors_sectors/): the floor is the figure
# reached, so that no class of those sectors' executors is lost unseen.
SECTOR_FLOOR = 0.97  # 157/200 with main's code of session 34, 193/200 after the sector classes, 195/200
# The made-up cells of regional and municipal education plans (tests/gold/executors_regional/): the floor is the
# figure reached, so that no class of those plans' executors is lost unseen.
# 87/120 with integ35's code, 108/120 after session 35's classes, 115/120 with ИМЦ/ГИМЦ/ППЭ labelled as written (R5)
REGIONAL_FLOOR = 0.95
OTHER_REGIONS_FLOORS = {"other regions deadlines, all": 0.95, "other regions executors, all": 0.94}  # 287/302
# The other-regions sets once held out and dev sets since (tests/gold/other_regions_fresh/, _third/, _fourth/, _fifth/,
# _sixth/, _seventh/, _eighth/, _ninth/, _tenth/, _eleventh/, _twelfth/, _thirteenth/, _fourteenth/,
# _fifteenth/, _sixteenth/, _seventeenth/, _eighteenth/, _nineteenth/, _twentieth/, _twenty_first/, _twenty_second/,
# _twenty_third/, _twenty_fourth/, _twenty_fifth/, _twenty_sixth/, _twenty_seventh/):
# floors a little under their figures (README), so that a class of cells they hold is not lost unseen.
DEV_SET_FLOORS = {"fresh other regions deadlines": 0.98, "fresh other regions executors": 0.92,
                  "third other regions deadlines": 0.98, "third other regions executors": 0.92,
                  "fourth other regions deadlines": 0.99, "fourth other regions executors": 0.93,
                  "fifth other regions deadlines": 0.97, "fifth other regions executors": 0.88,
                  "sixth other regions deadlines": 0.97, "sixth other regions executors": 0.87,  # 43/49
                  "seventh other regions deadlines": 0.98, "seventh other regions executors": 0.95,
                  "eighth other regions deadlines": 0.98, "eighth other regions executors": 0.93,
                  # the ninth set (non-education plans, 8 and 26 cells): one miss allowed each way
                  "ninth other regions deadlines": 0.87, "ninth other regions executors": 0.96,
                  # the tenth set (session 36, 10 and 10 cells): one miss allowed each way
                  "tenth other regions deadlines": 0.9, "tenth other regions executors": 0.9,
                  # the eleventh set (session 37, 20 and 18 cells): its figures after the sessions' classes (14/18 in
                  # session 37, 15/18 with session 38's settlements after a comma, 17/18 with session 39's glued
                  # committee and run-together services)
                  "eleventh other regions deadlines": 0.95, "eleventh other regions executors": 0.94,
                  # the twelfth set (session 38, 12 and 17 cells): its figures after the session's classes, one
                  # deadline miss allowed; 17/17 executors with session 39's body set up at a ministry
                  "twelfth other regions deadlines": 0.9, "twelfth other regions executors": 0.95,
                  # the thirteenth set (session 39, 6 and 5 cells): its figures after the session's classes (4/6 and
                  # 4/5 before them), no miss allowed: one cell is 17-20 points
                  "thirteenth other regions deadlines": 1.0, "thirteenth other regions executors": 1.0,
                  # the fourteenth set (the blind sets of sessions 36-38, 50 and 45 cells, dev from session 39): its
                  # figures when it was promoted (49/50 and 33/45; 42/45 executors after session 39's classes)
                  "fourteenth other regions deadlines": 0.98, "fourteenth other regions executors": 0.73,
                  # the fifteenth set (session 39, 2 and 6 cells): its figures as collected (2/2 and 4/6: the working
                  # group a row of the page defines is read as written), before any rule change
                  "fifteenth other regions deadlines": 1.0, "fifteenth other regions executors": 0.66,
                  # the sixteenth set (the blind set of session 39, 34 and 35 cells, dev from session 40): its figures
                  # when it was promoted (30/34 and 22/35), before any rule change
                  "sixteenth other regions deadlines": 0.88, "sixteenth other regions executors": 0.62,
                  # the seventeenth set (the blind set of session 40, 12 and 17 cells, dev from session 41): its
                  # figures when it was promoted (11/12 and 13/17), before any rule change
                  "seventeenth other regions deadlines": 0.91, "seventeenth other regions executors": 0.76,
                  # the eighteenth set (the blind set of session 41, 37 and 42 cells, dev from session 42): its
                  # figures when it was promoted (36/37 and 32/42), before any rule change
                  "eighteenth other regions deadlines": 0.97, "eighteenth other regions executors": 0.76,
                  # the nineteenth set (the blind set of session 42, 32 and 42 cells, dev from session 43): its
                  # figures when it was promoted (31/32 and 32/42), before any rule change
                  "nineteenth other regions deadlines": 0.96, "nineteenth other regions executors": 0.76,
                  # the twentieth set (session 43, 81 and 148 written cells, a dev set): its figures when it was
                  # added (75/81 and 123/148, labels corrected against the rulings, before any rule change), after
                  # session 44's general classes (80/81 and 132/148)
                  "twentieth other regions deadlines": 0.98, "twentieth other regions executors": 0.89,
                  # the twenty-first set (session 44, 80 and 150 written cells, a dev set): its figures when it was
                  # added (80/80 and 120/150, labels corrected against the rulings, before any rule change), after
                  # session 44's rules for its classes (80/80 and 141/150)
                  "twenty_first other regions deadlines": 1.00, "twenty_first other regions executors": 0.93,
                  # the twenty-second set (the blind set of session 44, 40 and 50 written cells, a dev set from session
                  # 45): its figures when it was added (40/40 and 40/50, labels corrected against the rulings)
                  "twenty_second other regions deadlines": 1.00, "twenty_second other regions executors": 0.80,
                  # the twenty-third set (the blind set of session 45, 40 and 60 written cells, a dev set from session
                  # 46): its figures when it was added (40/40 and 49/60, labels corrected against the rulings)
                  "twenty_third other regions deadlines": 1.00, "twenty_third other regions executors": 0.81,
                  # the twenty-fourth set (the blind set of session 46, 40 and 60 written cells, a dev set from
                  # session 47): its figures when it was added (40/40 and 51/60, labels corrected against the rulings)
                  "twenty_fourth other regions deadlines": 1.00, "twenty_fourth other regions executors": 0.85,
                  # the twenty-fifth set (the blind set of session 47, 40 and 60 written cells, a dev set from
                  # session 48): its figures when it was added (39/40 and 48/60, labels corrected against the rulings)
                  "twenty_fifth other regions deadlines": 0.97, "twenty_fifth other regions executors": 0.80,
                  # the twenty-sixth set (the blind set of session 48, 40 and 60 written cells, a dev set from
                  # session 49): its figures when it was added (40/40 and 53/60, labels corrected against the rulings)
                  "twenty_sixth other regions deadlines": 1.00, "twenty_sixth other regions executors": 0.88,
                  # the twenty-seventh set (the blind set of session 49, 40 and 60 written cells, a dev set from
                  # session 50): its figures when it was added (39/40 and 45/60, labels corrected against the rulings)
                  "twenty_seventh other regions deadlines": 0.97, "twenty_seventh other regions executors": 0.75}


def test_a_cell_is_read_with_what_its_plans_title_defines():
    """The ingest mines a plan's title with its document (pipeline/normalize/glossary.py): so does the scorer."""
    row = {"plan": "План работы муниципального казённого учреждения «Центр поддержки педагогов» (далее — ЦПП) на "
                   "2030 год", "raw": "ЦПП"}
    assert title_definitions(row) == {"ЦПП": "«Центр поддержки педагогов»"}
    assert title_definitions({"plan": "План работы школы на 2030 год", "raw": "ЦПП"}) is None


def test_a_cell_is_read_with_what_other_cells_of_its_plan_define():
    """The ingest mines every cell of a document (pipeline/normalize/glossary.py): a short form one cell defines is
    known to the plan's other cells, not to another plan's."""
    plan = {"seed": "X1", "plan": "План мероприятий на 2030 год"}
    defining = {**plan, "raw": "Министерство просвещения Энской области (далее – Министерство), школы"}
    using = {**plan, "raw": "Министерство"}
    other = {"seed": "X2", "plan": "План мероприятий на 2030 год", "raw": "Министерство"}
    definitions_of = plan_definitions([defining, using], [other])
    assert definitions_of(using) == {"Министерство": "Министерство просвещения Энской области"}
    assert definitions_of(other) is None


def test_name_overlap_needs_half_of_the_longer_name():
    assert names_overlap("Отдел образования", "отдел образования администрации района")
    assert not names_overlap("Отдел образования", "Отдел культуры администрации района")
    assert not names_overlap("Методический кабинет", "Методкабинет")


def test_a_cell_is_right_only_with_the_same_count_kinds_and_agreement():
    gold = [{"name": "Отдел образования", "kind": "authority", "by_agreement": False}]
    assert executors_right(gold, [Executor("ОО", "Отдел образования", None, "authority")])
    assert not executors_right(gold, [Executor("ОО", "Отдел образования", None, "other")])
    assert not executors_right(gold, [Executor("ОО", "Отдел образования", None, "authority", True)])
    assert not executors_right(gold, [])


def test_in_sample_gold_stays_above_the_bar():
    assert score_in_sample_deadlines(False).rate >= 0.98
    assert score_in_sample_executors(False).rate >= 0.98


def test_leave_one_municipality_out_executors():
    score = score_lomo_executors(False)
    print(score.line())
    assert score.rate >= LOMO_FLOOR


def test_sample_cells_of_an_unknown_municipality_with_its_own_order():
    score = score_unknown_municipality_own_order_executors(False)
    print(score.line())
    assert score.rate >= OWN_ORDER_FLOOR


def test_sample_cells_read_as_an_unknown_municipality():
    score = score_unknown_municipality_executors(False)
    print(score.line())
    assert score.rate >= UNKNOWN_MUNICIPALITY_FLOOR


@pytest.mark.skipif(not any(other_region_rows("deadlines")) and not any(other_region_rows("executors")),
                    reason="tests/gold/other_regions/ not merged yet")
def test_other_regions_set():
    for score in score_other_regions(False):
        print(score.line())
        bar = OTHER_REGIONS_FLOORS.get(score.name)
        if bar is not None:
            assert score.rate >= bar, score.line()


def test_the_labelled_other_regions_sets():
    scores = score_labelled_sets(False)
    assert sorted(score.name for score in scores) == sorted(DEV_SET_FLOORS)
    for score in scores:
        print(score.line())
        assert score.rate >= DEV_SET_FLOORS[score.name], score.line()


def test_generated_executor_set():
    score = score_generated_executors(False)
    print(score.line())
    assert score.total >= 400
    assert score.rate >= GENERATED_FLOOR, score.line()


def test_made_up_staff_executor_set():
    score = score_staff_executors(False)
    print(score.line())
    assert score.total >= 150
    assert score.rate >= STAFF_FLOOR, score.line()


def test_made_up_sector_executor_set():
    score = score_sector_executors(False)
    print(score.line())
    assert score.total >= 200
    assert score.rate >= SECTOR_FLOOR, score.line()


def test_made_up_regional_executor_set():
    score = score_regional_executors(False)
    print(score.line())
    assert score.total >= 120
    assert score.rate >= REGIONAL_FLOOR, score.line()


def test_generated_executor_set_is_what_its_generator_writes(tmp_path, monkeypatch):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("generate_executors", GENERATED_EXECUTORS.with_name("generate.py"))
    generate = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "generate_executors", generate)  # dataclasses look their module up
    spec.loader.exec_module(generate)
    monkeypatch.setattr(generate, "OUT", tmp_path / "executors.jsonl")
    generate.main()
    assert (tmp_path / "executors.jsonl").read_text(encoding="utf-8") == GENERATED_EXECUTORS.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [STAFF_EXECUTORS, SECTOR_EXECUTORS, REGIONAL_EXECUTORS],
                         ids=["staff", "sectors", "regional"])
def test_made_up_set_is_what_its_builder_writes(path, tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"build_{path.parent.name}", path.with_name("build.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.OUT = tmp_path / "executors.jsonl"
    build.main()
    assert (tmp_path / "executors.jsonl").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
