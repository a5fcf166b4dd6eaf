"""Rule: the body that issues an order is named by its initials in the order's tables without "(далее – …)"
(normalizers/executors/issuer_initials.py; pipeline/normalize/glossary.py). Orders made up for the rule.
"""

from __future__ import annotations

import pytest
from unseen_reading import UNSEEN

from normalizers.executors import issuer_definition, normalize
from pipeline.normalize.glossary import document_glossary
from pipeline.structure.model import OrderMeta, Plan, RawMeasure, StructuredDocument


@pytest.mark.parametrize(("issuer", "definition"), [
    ("Комитет по образованию администрации Энского района", ("КО", "Комитет по образованию")),
    ("УПРАВЛЕНИЕ КУЛЬТУРЫ АДМИНИСТРАЦИИ ГОРОДА ЭНСКА", ("УК", "Управление культуры")),
    ("Департамент образования Администрации г. Энска", ("ДО", "Департамент образования")),
    ("Управление образования", ("УО", "Управление образования")),  # the sector's УО: the same body
    ("ОТДЕЛ ОБРАЗОВАНИЯ И МОЛОДЕЖНОЙ ПОЛИТИКИ", ("ООМП", "Отдел образования и молодежной политики")),
])
def test_an_executive_issuer_gives_its_initials(issuer, definition):
    assert issuer_definition(issuer) == definition


@pytest.mark.parametrize("issuer", [
    None,
    "Администрация Энского района",  # a territory after the head, not a field
    "АДМИНИСТРАЦИЯ ИВАНОВСКОГО РАЙОНА",  # a place or a surname, in capitals
    "МБОУ «Лицей № 1»",  # a school issuing its own plan: no head of government
    "Директор школы",
    "Управление № 3",
    "Отдел образования",  # ОО: the sector's образовательные организации, not the department
])
def test_other_issuers_give_nothing(issuer):
    assert issuer_definition(issuer) is None


def _order(issuer: str | None, paragraphs: list[str], executors: str) -> StructuredDocument:
    measure = RawMeasure("1", "Совещание руководителей", {"deadline": "май", "executors": executors})
    return StructuredDocument(OrderMeta(issuer=issuer, title="Об утверждении плана"),
                              [Plan(seq=1, title="План мероприятий", measures=[measure])], paragraphs)


def test_the_issuer_s_initials_name_it_in_the_order_s_cells():
    glossary = document_glossary(_order("Комитет по образованию администрации Энского района", [], "КО, ОО"))
    result = normalize("КО, ОО", UNSEEN, glossary)
    assert [(e.name, e.abbreviation, e.kind) for e in result.executors][0] == ("Комитет по образованию", "КО",
                                                                             "authority")
    assert "unknown_executor" not in result.warnings
    # the same cell in an order someone else issued: КО stays unknown
    assert normalize("КО, ОО", UNSEEN, document_glossary(_order(None, [], "КО, ОО"))).executors[0].kind == "other"


def test_a_definition_the_order_writes_outranks_the_issuer_s_initials():
    order = _order("Комитет по образованию администрации Энского района",
                   ["Координационный отдел (далее – КО) готовит отчёт."], "КО")
    assert document_glossary(order)["КО"] == "Координационный отдел"
