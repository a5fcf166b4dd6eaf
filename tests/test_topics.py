"""Topic classifier: labelled plans and sections of the corpus, unseen titles, the rules around them."""

import difflib
import json
from collections import defaultdict
from pathlib import Path

import pytest

from normalizers.topic_names import TOPIC_NAMES
from normalizers.topics import UNCERTAIN, classify, is_direction_section

GOLD = Path(__file__).parent / "gold"
LABELS = [json.loads(line) for line in (GOLD / "topics" / "labels.jsonl").read_text().splitlines() if line]


def _gold_rows() -> dict[tuple[str, int], list[dict]]:
    rows = defaultdict(list)
    for path in sorted((GOLD / "measures").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line:
                row = json.loads(line)
                rows[(row["seed"], row["plan_seq"])].append(row)
    return rows


GOLD_ROWS = _gold_rows()


def _spec_names() -> dict[str, str]:
    """code -> name as the table of docs/spec/topics.md gives it (its "other" row names no mechanism)."""
    spec = (Path(__file__).parents[1] / "docs" / "spec" / "topics.md").read_text()
    table = {}
    for line in spec.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] not in ("code", "---", "other"):
            table[cells[0]] = cells[1]
    return table


SPEC_NAMES = _spec_names()
OTHER_NAME = "Другое (вне перечня механизмов)"


def _expected_name(code: str) -> str:
    return OTHER_NAME if code == "other" else SPEC_NAMES[code]


def _labelled_unit(label: dict) -> tuple[str, list[dict]]:
    """The title a label is about (plan title or direction section) and the gold measures under it."""
    rows = GOLD_ROWS[(label["seed"], label["plan_seq"])]
    if "section_prefix" in label:
        rows = [r for r in rows if (r["section"] or "").startswith(label["section_prefix"])]
        assert rows, label
        return rows[0]["section"], rows
    assert rows, label
    return rows[0]["plan_title"], rows


def _label_id(label: dict) -> str:
    return f"{label['seed'][:3]}-{label['plan_seq']}-{label.get('section_prefix', '')[:40]}"


@pytest.mark.parametrize("label", LABELS, ids=_label_id)
def test_labelled_title_alone_gets_an_allowed_code(label):
    title, _ = _labelled_unit(label)
    assert classify(title).code in label["topics"], title


@pytest.mark.parametrize("label", LABELS, ids=_label_id)
def test_labelled_title_with_its_measures_as_context_gets_an_allowed_code(label):
    title, rows = _labelled_unit(label)
    context = "\n".join([r["section"] or "" for r in rows] + [r["name"] for r in rows])
    topic = classify(title, context=context)
    assert topic.code in label["topics"], title
    if len(label["topics"]) == 1:
        assert UNCERTAIN not in topic.warnings, (title, topic)


def test_every_labelled_section_is_a_direction_section():
    for label in LABELS:
        if "section_prefix" in label:
            title, _ = _labelled_unit(label)
            assert is_direction_section(title), title


@pytest.mark.parametrize(
    "section",
    [
        "1. Мероприятия с работниками органов местного самоуправления, осуществляющих управление в сфере "
        "образования",
        "Организационно-методическое обеспечение",
        "Раздел 2. Аналитическая деятельность",
        "",
        None,
    ],
)
def test_ordinary_sections_are_not_direction_sections(section):
    assert not is_direction_section(section)


@pytest.mark.parametrize(
    "section",
    ["Направление «Развитие системы наставничества»", "2. НАПРАВЛЕНИЕ: работа с одарёнными детьми",
     "Направления работы с молодыми педагогами"],
)
def test_direction_sections_of_other_spellings(section):
    assert is_direction_section(section)


# Titles written for this test from the vocabulary of the mechanisms, not taken from the corpus.
UNSEEN = [
    ("План мероприятий по развитию системы наставничества педагогов", "2.2"),
    ("Дорожная карта по повышению объективности результатов ВПР", "OBJ"),
    ("План работы с одарёнными детьми на 2024-2025 учебный год", "1.3"),
    ("Программа поддержки детей с высокой мотивацией к обучению", "1.3"),
    ("Комплекс мер по профориентации школьников", "1.4"),
    ("План по ранней профориентации и профессиональному самоопределению", "1.4"),
    ("План мероприятий по поддержке школ, показывающих низкие образовательные результаты", "1.2"),
    ("Программа воспитания обучающихся муниципального образования", "2.3"),
    ("Дорожная карта по профилактике правонарушений несовершеннолетних", "2.3"),
    ("Мониторинг качества дошкольного образования в детских садах района", "2.4"),
    ("План по повышению квалификации учителей", "2.2"),
    ("Дорожная карта по совершенствованию управленческих компетенций директоров школ", "2.1"),
    ("Работа с резервом управленческих кадров", "2.1"),
    ("ПЛАН МЕРОПРИЯТИЙ ПО РАЗВИТИЮ СИСТЕМЫ ВЫЯВЛЕНИЯ И ПОДДЕРЖКИ ОДАРЁННЫХ ДЕТЕЙ", "1.3"),
    ("План мероприятий по развитию муниципальной методической службы", "MET"),
    ("План мониторинга качества программ дополнительного профессионального образования педагогов", "DPO"),
    ("План мероприятий по обеспечению объективности проведения олимпиад школьников", "OBJ"),
    ("План мероприятий по развитию олимпиадного движения", "1.3"),
]


@pytest.mark.parametrize(("title", "code"), UNSEEN)
def test_unseen_titles(title, code):
    topic = classify(title)
    assert topic.code == code
    assert topic.name == SPEC_NAMES[code]
    assert UNCERTAIN not in topic.warnings


def test_title_words_outweigh_the_plans_own_number():
    topic = classify("Дорожная карта 2.3 по развитию системы оценки качества подготовки обучающихся")
    assert topic.code == "1.1"
    agreeing = classify("Дорожная карта 1.1 по развитию системы оценки качества подготовки обучающихся")
    assert agreeing.code == "1.1"
    assert agreeing.confidence > topic.confidence


def test_number_alone_is_evidence_but_not_certainty():
    from_title = classify("Дорожная карта 1.4")
    from_argument = classify("План мероприятий", plan_number="1.4.")
    for topic in (from_title, from_argument):
        assert topic.code == "1.4"
        assert UNCERTAIN in topic.warnings


def test_a_number_that_is_no_topic_code_is_ignored():
    assert classify("План мероприятий", plan_number="7").code == "other"


def test_context_decides_when_the_title_says_nothing():
    context = "Профориентационные экскурсии на предприятия\nДни открытых дверей в колледжах\nКонкурс рисунков"
    topic = classify("План мероприятий на 2024 год", context=context)
    assert topic.code == "1.4"
    assert UNCERTAIN in topic.warnings


def test_context_does_not_overrule_a_clear_title():
    context = "\n".join(["Профориентационные экскурсии на предприятия"] * 20)
    assert classify("План по развитию системы наставничества педагогов", context=context).code == "2.2"


@pytest.mark.parametrize("title", ["План мероприятий по благоустройству территории", "", None, "12345 ---"])
def test_nothing_recognisable_is_other_and_uncertain(title):
    topic = classify(title)
    assert (topic.code, topic.name, topic.confidence, topic.warnings) == ("other", OTHER_NAME, 0.0, [UNCERTAIN])


def test_topic_names_are_the_names_of_topics_md():
    assert len(SPEC_NAMES) == 11
    assert TOPIC_NAMES == {**SPEC_NAMES, "other": OTHER_NAME}


def test_confidence_is_a_share():
    for title, _ in UNSEEN:
        assert 0.0 <= classify(title).confidence <= 1.0


def _similarity(a: str, b: str) -> float:
    def norm(s: str) -> str:
        return " ".join((s or "").replace("-", " ").split()).lower()

    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


@pytest.mark.slow  # ingests the corpus
def test_corpus_dataset_measures_carry_the_labelled_topics(corpus_dataset):
    """The ingest fills topic_code from this classifier: every labelled plan/section of the corpus."""
    import duckdb

    rows = duckdb.connect().execute(
        f"""SELECT DISTINCT municipality_name, plan_seq, plan_key, plan_title, section, topic_code, topic_name
            FROM read_parquet('{corpus_dataset}/measures/**/*.parquet', hive_partitioning=true)"""
    ).fetchall()
    wrong = []
    for label in LABELS:
        gold_rows = GOLD_ROWS[(label["seed"], label["plan_seq"])]
        municipality, plan_title = gold_rows[0]["municipality"], gold_rows[0]["plan_title"]
        candidates = [r for r in rows if r[0] == municipality and r[1] == label["plan_seq"]]
        best = max(candidates, key=lambda r: _similarity(r[3], plan_title), default=None)
        if best is None or _similarity(best[3], plan_title) <= 0.6:
            wrong.append(("plan not found", plan_title, best and best[3]))
            continue
        found = [r for r in candidates if r[2] == best[2]
                 and ("section_prefix" not in label or (r[4] or "").startswith(label["section_prefix"][:40]))]
        if not found:
            wrong.append(("section not found", plan_title, label.get("section_prefix")))
        wrong += [("topic", plan_title, r[4], r[5]) for r in found if r[5] not in label["topics"]]
        assert [r[6] for r in found] == [_expected_name(r[5]) for r in found]
    assert wrong == []
