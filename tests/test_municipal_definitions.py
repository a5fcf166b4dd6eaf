"""Definitions learnt from a municipality's other documents (pipeline/normalize/municipal_definitions.py).
Folders and bodies made up for the rule."""

from __future__ import annotations

from unseen_reading import UNSEEN

from normalizers.executors import normalize
from pipeline.normalize.glossary import document_glossary, text_definitions
from pipeline.normalize.municipal_definitions import learnt_definitions, mentioned, relevant, with_learnt
from pipeline.structure.model import OrderMeta, Plan, RawMeasure, StructuredDocument

_ORDER = {"ШСП": "школьные спортивные площадки", "КМЦ": "Координационный методический центр"}


def test_a_sibling_s_definition_is_offered_to_the_document_that_lacks_it():
    learnt = learnt_definitions({"энск/order.pdf": _ORDER, "энск/roadmap.docx": {}})
    assert learnt["энск/roadmap.docx"] == _ORDER
    assert learnt["энск/order.pdf"] == {}  # nothing it does not know already


def test_the_document_s_own_definition_wins():
    own = {"энск/order.pdf": _ORDER, "энск/roadmap.docx": {"КМЦ": "Комиссия по методической работе"}}
    learnt = learnt_definitions(own)
    assert learnt["энск/roadmap.docx"] == {"ШСП": "школьные спортивные площадки"}
    glossary = with_learnt(own["энск/roadmap.docx"], learnt["энск/roadmap.docx"])
    assert glossary["КМЦ"] == "Комиссия по методической работе"


def test_a_short_name_two_siblings_define_differently_is_learnt_by_nobody():
    own = {"a.pdf": {"КМЦ": "Координационный методический центр"},
           "b.pdf": {"КМЦ": "Комиссия по методической работе"},
           "c.docx": {}}
    assert learnt_definitions(own)["c.docx"] == {}


def test_the_same_definition_in_other_letters_is_one_meaning():
    own = {"a.pdf": {"КМЦ": "Координационный методический центр"},
           "b.pdf": {"КМц": "координационный методический центр"},
           "c.docx": {}}
    assert learnt_definitions(own)["c.docx"] == {"КМЦ": "Координационный методический центр"}


def _document(issuer: str | None, paragraphs: list[str]) -> StructuredDocument:
    measure = RawMeasure("1", "Совещание", {"deadline": "май", "executors": "УО"})
    return StructuredDocument(OrderMeta(issuer=issuer, title="Об утверждении плана"),
                              [Plan(seq=1, title="План мероприятий", measures=[measure])], paragraphs)


def test_an_issuer_s_initials_are_not_shared():
    order = _document("Комитет по образованию администрации Энского района",
                      ["Руководителям координационных методических центров (далее – КМЦ) обеспечить …"])
    assert "КО" in document_glossary(order)
    assert set(text_definitions(order)) == {"КМЦ"}


def test_a_roadmap_reads_the_short_name_its_order_defines():
    order = _document(None, ["Руководителям муниципальных опорных школ (далее – МОШ) обеспечить …"])
    learnt = learnt_definitions({"order.pdf": text_definitions(order), "roadmap.docx": {}})["roadmap.docx"]
    without = normalize("Управление образования, МОШ", UNSEEN, {}).executors[1]
    with_ = normalize("Управление образования, МОШ", UNSEEN, learnt).executors[1]
    assert without.kind == "other"
    assert (with_.name, with_.abbreviation) == ("муниципальные опорные школы", "МОШ")


def test_a_municipality_s_glossary_file_outranks_a_sibling_s_definition():
    learnt = {"ОбОО": "обособленные объединения", "ШСП": "школьные спортивные площадки"}
    assert with_learnt({}, learnt, "sarov") == {"ШСП": "школьные спортивные площадки"}
    assert with_learnt({}, learnt, UNSEEN) == learnt  # the common glossary's ОбОО does not


def test_only_abbreviations_are_shared():
    own = {"a.pdf": {"Министерство": "Министерство образования Энской области", "ШСП": "школьные спортивные площадки"},
           "b.docx": {}}
    assert learnt_definitions(own)["b.docx"] == {"ШСП": "школьные спортивные площадки"}


def test_a_document_is_offered_the_abbreviations_its_cells_write():
    learnt = {"ШСП": "школьные спортивные площадки", "МОО": "муниципальные образовательные организации",
              "КМЦ": "Координационный методический центр"}
    mentions = mentioned(["Управление образования, МОУ", None, "директора ШСП"])
    assert relevant(learnt, mentions) == {"ШСП": "школьные спортивные площадки",  # "МОУ": the older name of МОО
                                          "МОО": "муниципальные образовательные организации"}
