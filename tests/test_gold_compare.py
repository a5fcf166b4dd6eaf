"""The gold comparison's two counts: by position, and in order (one extra measure costs itself only)."""

from gold_compare import compare


def _measure(number: str, name: str, plan: int = 1) -> dict:
    return {"plan_seq": plan, "plan_title": "План", "section": None, "number": number, "name": name,
            "deadline": "май", "executors": "Отдел", "result": None, "form": None, "mark": None}


GOLD = [_measure("1.", "Совещание"), _measure("2.", "Семинар"), _measure("3.", "Конкурс"), _measure("4.", "Отчёт")]


def test_an_extra_measure_shifts_every_later_one_by_position_but_costs_one_in_order():
    got = [GOLD[0], _measure(None, "продолжение строки"), *GOLD[1:]]
    result = compare(got, GOLD, "pdf")
    assert (result.equal, result.in_order, result.total) == (1, 4, 4)


def test_a_wrong_field_costs_its_measure_in_both_counts():
    got = [GOLD[0], {**GOLD[1], "deadline": "июнь"}, *GOLD[2:]]
    result = compare(got, GOLD, "pdf")
    assert (result.equal, result.in_order) == (3, 3)


def test_measures_swapped_within_a_plan_count_once_in_order():
    got = [GOLD[1], GOLD[0], *GOLD[2:]]
    assert compare(got, GOLD, "pdf").in_order == 3


def test_plans_are_paired_apart():
    gold = [*GOLD, _measure("1.", "Совещание", plan=2)]
    got = [*GOLD, _measure("1.", "Совещание", plan=3)]
    assert compare(got, gold, "pdf").in_order == 4
