"""The normalise stage on small structured documents: plan periods, ids, warnings with their place."""

from __future__ import annotations

from datetime import date

from normalizers.outcomes import Code
from pipeline.normalize import normalize_document
from pipeline.normalize.ids import MeasureIds, item_path
from pipeline.normalize.periods import period_of
from pipeline.registry import Municipality
from pipeline.structure.model import OrderMeta, Plan, RawMeasure, StructuredDocument

SAROV = Municipality("sarov", "Саров", "Нижегородская область", True)


def measure(number, name, deadline=None, executors=None, warnings=None, page=None) -> RawMeasure:
    return RawMeasure(number, name, {"deadline": deadline, "executors": executors}, page_start=page, page_end=page,
                      warnings=list(warnings or []))


def plan(title, *measures, context=None, seq=1) -> Plan:
    return Plan(seq=seq, title=title, measures=list(measures), context=list(context or []))


def test_plan_period_from_its_own_title_first():
    p = plan("План на 2023-2024 учебный год", measure("1", "Совещание", "2021 г."))
    period = period_of(p, "Об утверждении плана на 2021-2025 годы", date(2020, 3, 1))
    assert (period.start, period.end, period.school_year) == (date(2023, 9, 1), date(2024, 8, 31), True)


def test_plan_period_from_the_nearest_heading_then_the_order_title():
    p = plan("Дорожная карта", measure("1", "Совещание"), context=["Программа на 2019 год", "Раздел на 2022 год"])
    assert period_of(p, "Приказ на 2021-2025 годы", None).start == date(2022, 1, 1)
    p = plan("Дорожная карта", measure("1", "Совещание"))
    assert period_of(p, "Приказ на 2021-2025 годы", None).end == date(2025, 12, 31)


def test_plan_period_from_deadline_years_then_the_order_date():
    p = plan("Дорожная карта", measure("1", "А", "март 2020 г."), measure("2", "Б", "декабрь 2022 г."))
    period = period_of(p, None, date(2019, 1, 1))
    assert (period.start, period.end) == (date(2020, 1, 1), date(2022, 12, 31))
    p = plan("Дорожная карта", measure("1", "А", "ежегодно"))
    period = period_of(p, None, date(2023, 8, 30))  # an order signed in summer plans a school year
    assert (period.start, period.end, period.school_year) == (date(2023, 9, 1), date(2024, 8, 31), True)
    assert period_of(p, None, None) is None


def test_item_path():
    assert [item_path(n) for n in ("1.1.", "5", "2 .3)", None, "")] == ["1.1", "5", "2.3", None, None]


def test_measure_ids_are_stable_and_repeats_get_their_own():
    ids = MeasureIds()
    first = ids.next("sarov", "doc:1", "1", "Совещание")
    second = ids.next("sarov", "doc:1", "1", "Совещание")
    other = ids.next("sarov", "doc:1", "2", "Совещание")
    assert len({first, second, other}) == 3
    again = MeasureIds()
    assert again.next("sarov", "doc:1", "1", "совещание") == first  # the name's case does not count
    assert again.next("sarov", "doc:1", "1", "Совещание") == second


def structured(*plans) -> StructuredDocument:
    return StructuredDocument(OrderMeta(title="Приказ"), list(plans),
                              ["Управление образования (далее – УО) утверждает план."])


def test_rows_of_a_document_with_repeated_measures_and_warnings():
    doc = structured(plan("План мероприятий на 2021-2022 годы",
                          measure("1.", "Совещание", "март 2021 г.", "УО", page=3),
                          measure("1.", "Совещание", "май", "УО", warnings=[Code.COLUMNS_REALIGNED], page=4),
                          measure(None, "Мониторинг", "когда-нибудь потом", "2021", [Code.NUMBER_MISSING])))
    records = normalize_document(doc, "doc", "sarov/plan.docx", SAROV)
    rows = records.measures
    assert len({r["measure_id"] for r in rows}) == 3
    assert records.glossary.get("УО", "").startswith("Управление образования")
    # the two "1." of one section are flagged; the plan's uncertain topic goes on its measures too
    assert Code.ITEM_NUMBER_REPEATED in rows[0]["warnings"] and Code.ITEM_NUMBER_REPEATED in rows[1]["warnings"]
    assert set(rows[0]["warnings"]) <= {Code.ITEM_NUMBER_REPEATED, Code.TOPIC_UNCERTAIN}
    assert [d["code"] for d in rows[0]["warning_details"]] == rows[0]["warnings"]
    assert rows[0]["item_path"] == "1" and rows[0]["start_date"] == date(2021, 3, 1)
    assert Code.YEAR_ASSUMED in rows[1]["warnings"]
    details = {d["code"]: d for d in rows[1]["warning_details"]}
    assert details["columns_realigned"] == {"code": "columns_realigned", "field": "row",
                                            "location": "plan 1, measure 2, page 4"}
    assert details["year_assumed"]["field"] == "deadline"
    third = rows[2]
    assert third["warnings"][0] == "number_missing"
    assert [d["code"] for d in third["warning_details"]] == third["warnings"]
    assert {d["field"] for d in third["warning_details"]} >= {"item_number", "deadline", "executors"}
    assert records.plans[0]["n_measures"] == 3 and records.plans[0]["period_start"] == date(2021, 1, 1)
    occurrence_ids = {o["measure_id"] for o in records.occurrences}
    assert occurrence_ids <= {r["measure_id"] for r in rows} and rows[0]["measure_id"] in occurrence_ids
