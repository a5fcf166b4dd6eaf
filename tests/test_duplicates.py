"""pipeline.duplicates on hand-made measure rows: which copy is the original, how measures pair."""

from __future__ import annotations

from datetime import date

from pipeline.duplicates import document_order_key, mark_duplicates


def rows(doc_id: str, title: str, *items: tuple[str, str]) -> list[dict]:
    return [{"document_id": doc_id, "plan_key": f"{doc_id}:1", "plan_title": title, "item_path": path,
             "section": None, "name": name, "measure_id": f"{doc_id}-{path}", "duplicate_of": "stale"}
            for path, name in items]


PLAN = [("1", "Совещание руководителей школ"), ("2", "Мониторинг качества подготовки"), ("3", "Анализ итогов")]


def test_the_dated_earlier_document_is_the_original():
    docs = {"a": {"order_date": date(2021, 8, 27), "source_file": "z.docx"},
            "b": {"order_date": None, "source_file": "a.docx"},
            "c": {"order_date": date(2020, 1, 1), "source_file": "y.docx"}}
    assert sorted(docs, key=lambda d: document_order_key(docs[d])) == ["c", "a", "b"]
    by_doc = {"a": rows("a", "Дорожная карта 2.3", *PLAN), "b": rows("b", "Дорожная карта 2.3", *PLAN),
              "c": rows("c", "ДОРОЖНАЯ КАРТА 2.3!", *PLAN)}
    mark_duplicates(by_doc, docs)
    assert [r["duplicate_of"] for r in by_doc["c"]] == [None, None, None]
    assert [r["duplicate_of"] for r in by_doc["a"]] == ["c-1", "c-2", "c-3"]
    assert [r["duplicate_of"] for r in by_doc["b"]] == ["c-1", "c-2", "c-3"]


def test_small_text_variants_pair_and_different_measures_do_not():
    docs = {"a": {"order_date": date(2021, 1, 1)}, "b": {"order_date": date(2022, 1, 1)}}
    copy = [("1", "Совещание руководителей школ."), ("2", "Совсем другое мероприятие года"), ("3", "Анализ итогов")]
    by_doc = {"a": rows("a", "План", *PLAN), "b": rows("b", "План", *copy)}
    mark_duplicates(by_doc, docs)
    assert [r["duplicate_of"] for r in by_doc["b"]] == ["a-1", None, "a-3"]


def test_other_plans_and_one_document_are_never_duplicates():
    docs = {"a": {"order_date": date(2021, 1, 1)}, "b": {"order_date": date(2022, 1, 1)}}
    twice_in_a = rows("a", "План", *PLAN) + [dict(r, plan_key="a:2", measure_id=r["measure_id"] + "x")
                                             for r in rows("a", "План", *PLAN)]
    by_doc = {"a": twice_in_a, "b": rows("b", "Другой план", *PLAN)}
    mark_duplicates(by_doc, docs)
    assert all(r["duplicate_of"] is None for d in by_doc.values() for r in d)
