"""The structure step against the hand-checked gold: every plan, every measure, both formats."""

from __future__ import annotations

import pytest
from conftest import corpus_file, structured
from gold_compare import SEEDS, compare, load_gold, measures_of, norm

pytestmark = pytest.mark.slow  # structures the whole corpus, PDF included

BAR = 0.995


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_measures_equal_gold(fmt):
    total = equal = found = 0
    problems = []
    for stem in SEEDS:
        got = measures_of(structured(corpus_file(stem, fmt)))
        result = compare(got, load_gold(stem), fmt)
        found += len(got)
        total += result.total
        equal += result.equal
        if not result.plan_counts_equal:
            problems.append(f"{stem}: plan or measure counts differ: {result.plan_counts}")
        for line in result.differences:
            print(f"{fmt} {stem}: {line}")
    print(f"{fmt}: {equal}/{total} measures equal to gold ({equal / total:.2%})")
    assert found == total  # as many measures as the gold, not one more or less
    assert not problems, problems
    assert equal / total >= BAR


@pytest.mark.parametrize("stem", list(SEEDS))
def test_docx_and_pdf_give_the_same_measures(stem):
    from_docx = measures_of(structured(corpus_file(stem, "docx")))
    from_pdf = measures_of(structured(corpus_file(stem, "pdf")))
    assert len(from_docx) == len(from_pdf)
    fields = ("plan_title", "section", "number", "name", "deadline", "executors", "result", "form", "mark")
    differing = [(a["number"], f) for a, b in zip(from_docx, from_pdf, strict=True) for f in fields
                 if norm(a[f], "pdf") != norm(b[f], "pdf")]
    for d in differing:
        print(stem, d)
    assert len(differing) <= 0.005 * len(from_docx) * len(fields)


def test_order_metadata_read_from_the_preamble():
    meta = structured(corpus_file("timashevsky_2023_order046", "pdf")).meta
    assert meta.order_number == "046"
    assert meta.order_date.isoformat() == "2023-08-30"
    assert meta.issuer.lower().startswith("управление образования")
    assert meta.title.startswith("Об утверждении Плана мероприятий")
    meta = structured(corpus_file("sarov_2021_order158", "docx")).meta
    assert (meta.order_number, meta.order_date.isoformat()) == ("158", "2021-08-27")
    assert meta.issuer.startswith("Департамент образования")


def test_plan_numbers_come_from_titles():
    plans = structured(corpus_file("sarov_2021_order158", "pdf")).plans
    assert [p.number for p in plans] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4"]


def test_passports_are_kept_apart_from_measures():
    plans = structured(corpus_file("smirnykhovsky_2020_2025_program", "docx")).plans
    with_passport = [p for p in plans if p.passport]
    assert len(with_passport) >= 6
    assert any(k.startswith("Цели") for k in with_passport[0].passport)
    names = {m.name for p in plans for m in p.measures}
    assert not any(n.startswith(("Цели", "Ожидаемый результат")) for n in names)
