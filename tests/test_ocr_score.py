"""The scan scorer pairs gold measures with measures read in order, however a plan repeats a name."""

from __future__ import annotations

from ocr_score import score


def _measure(number: str, name: str) -> dict:
    return {"plan_seq": 1, "plan_title": "План", "section": None, "number": number, "name": name,
            "deadline": None, "executors": None, "result": None, "form": None, "mark": None}


def test_a_name_the_plan_repeats_pairs_with_its_own_copy_when_ocr_garbled_the_first():
    """Two sections open with the same measure; OCR garbled the first copy's words. Every measure was
    read, so all four are found, each under its own number."""
    twice = "Участие в муниципальном этапе мониторинга качества дошкольного образования."
    gold = [_measure("4.1.", twice), _measure("4.2.", "Повышение квалификации педагогов по вопросам качества"),
            _measure("4.3.", "Проведение семинаров для руководителей дошкольных организаций"),
            _measure("5.1.", twice)]
    got = [_measure("4.1.", "Участие в муниципальном\nэтапе мониторинга качества\nдико лыюга ображтания."),
           *[_measure(g["number"], g["name"]) for g in gold[1:]]]
    result = score(got, gold)
    assert result.found == 4
    assert result.numbers_exact == 4

