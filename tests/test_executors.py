"""Executor normalisation (spec/executors.md): the gold standard, and names nobody labelled."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from normalizers.executors import Executor, ExecutorsResult, mine_glossary, normalize, normalize_strict

GOLD = Path(__file__).parent / "gold" / "executors" / "dev.jsonl"
BAR = 0.98


def _gold_rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _triples(executors) -> list[tuple]:
    return [(e.name, e.kind, e.by_agreement) for e in executors]


def test_gold_dev_cells_give_the_gold_executors_in_order():
    rows = _gold_rows()
    misses = []
    for row in rows:
        result = normalize(row["raw"], row["municipality"])
        expected = [(e["name"], e["kind"], e["by_agreement"]) for e in row["executors"]]
        got = _triples(result.executors)
        if got != expected:
            misses.append(f"{row['municipality']}: {row['raw']!r}\n   got      {got}\n   expected {expected}")
    share = 1 - len(misses) / len(rows)
    print(f"\nexecutors gold: {len(rows) - len(misses)}/{len(rows)} cells exact ({share:.1%})")
    for miss in misses:
        print("MISS", miss)
    assert share >= BAR, f"{len(misses)} misses of {len(rows)}"


def test_gold_not_executors_cells_carry_the_warning_and_real_cells_never_do():
    """The structure step realigns shifted rows on this signal: it must be exact on the gold."""
    wrong = []
    for row in _gold_rows():
        flagged = "not_executors" in normalize(row["raw"], row["municipality"]).warnings
        if flagged != ("not_executors" in row["warnings"]):
            wrong.append(row["raw"])
    assert wrong == []


def test_gold_mentions_are_the_words_as_written():
    rows = _gold_rows()
    exact = sum(
        [e.mention for e in normalize(r["raw"], r["municipality"]).executors] == [e["mention"] for e in r["executors"]]
        for r in rows
    )
    assert exact / len(rows) >= BAR


@pytest.mark.parametrize(
    ("raw", "municipality", "name", "kind"),
    [
        ("МКУ «Центр образования»", "bashmakovsky", "МКУ «Центр образования»", "methodical_service"),
        ("Комитет по образованию", "timashevsky", "Комитет по образованию", "authority"),
        # a name no glossary knows keeps its qualifier (other regions O61: nothing tells whose district it is)
        ("Отдел культуры администрации района", "timashevsky", "Отдел культуры", "authority"),
        ("Смирнова Л.В.", "sarov", "Смирнова Л.В.", "role"),
        ("директор МЦ Королева О.А.", "sarov", "директор МЦ", "role"),
        ("МУ «ГМЦ» (Е.Н. Питеева)", "sarov", "МУ «ГМЦ»", "methodical_service"),
        ("Департаментом образования", "sarov", "Департамент образования", "authority"),
        ("Комитетом по делам культуры", "unknown-town", "Комитет по делам культуры", "authority"),
        ("Министерство образования Нижегородской области", "sarov", "Министерство образования Нижегородской области",
         "external"),
        ("МАОУ СОШ №3", "unknown-town", "МАОУ СОШ № 3", "school"),
        ("Информационно-методический центр", "unknown-town", "Информационно-методический центр", "methodical_service"),
        ("ОМВД России по району", "unknown-town", "ОМВД России по району", "external"),
        ("учителя-предметники", "unknown-town", "учителя-предметники", "role"),
    ],
)
def test_unseen_names_come_out_with_a_sensible_name_and_kind(raw, municipality, name, kind):
    result = normalize(raw, municipality)
    assert [(e.name, e.kind) for e in result.executors] == [(name, kind)]
    assert "unknown_executor" not in result.warnings


def test_a_role_takes_its_organisation_in_the_case_the_position_governs():
    result = normalize("заведующий МК, специалист УО, руководители ОО", "smirnykhovsky")
    assert [e.name for e in result.executors] == [
        "заведующий методическим кабинетом",
        "специалисты управления образования",
        "руководители общеобразовательных организаций",
    ]
    # a municipality without a role entry composes it from what ОО means there
    sarov = normalize("Руководители ОО", "sarov").executors
    assert [(e.name, e.kind) for e in sarov] == [
        ("руководители подведомственных муниципальных образовательных организаций", "role")
    ]


def test_mining_reads_definitions_in_the_document():
    text = (
        "Руководителям подведомственных муниципальных образовательных организаций (далее – ОбОО) обеспечить. "
        "О создании муниципального опорного центра дополнительного образования детей (далее - МОЦ). "
        "Положение о муниципальной системе оценки качества образования (далее - МСОКО). "
        "В общеобразовательных организациях (далее ОО) района и Комитетом по образованию (далее – Комитет)."
    )
    assert mine_glossary(text) == {
        "ОбОО": "подведомственные муниципальные образовательные организации",
        "МОЦ": "муниципальный опорный центр дополнительного образования детей",
        "МСОКО": "муниципальная система оценки качества образования",
        "ОО": "общеобразовательные организации",
        "Комитет": "Комитет по образованию",
    }


def test_a_document_definition_outranks_the_glossaries():
    # Башмаковский's glossary reads ОО as образовательные организации; this document says otherwise
    glossary = mine_glossary("в общеобразовательных организациях (далее – ОО) района")
    assert _triples(normalize("Отдел образования, ОО", "bashmakovsky", glossary).executors)[1] == (
        "общеобразовательные организации", "schools", False,
    )
    assert normalize("ОО", "bashmakovsky").executors[0].name == "образовательные организации"
    # a definition of a thing, not a body, does not turn a body's short name into it
    sarov_doc = mine_glossary("программ дополнительного образования (далее – ДО)")
    assert normalize("ДО, ОО", "sarov", sarov_doc).executors[0].name == "Департамент образования"


def test_numbered_schools_are_expanded_one_per_number():
    result = normalize("Департамент образования, МБОУ Школы №№ 10, 17", "sarov")
    assert [e.name for e in result.executors] == ["Департамент образования", "МБОУ Школа № 10", "МБОУ Школа № 17"]
    assert [e.mention for e in result.executors][1:] == ["МБОУ Школы №№ 10", "17"]
    wrapped = normalize("Департамент\nобразования,\nМБОУ Школы\n№№ 10,\n17", "sarov").executors
    assert [e.name for e in wrapped] == ["Департамент образования", "МБОУ Школа № 10", "МБОУ Школа № 17"]
    unseen = normalize("МБОУ СОШ № 1, 2 и 5", "unknown-town").executors
    assert [(e.name, e.kind) for e in unseen] == [
        ("МБОУ СОШ № 1", "school"), ("МБОУ СОШ № 2", "school"), ("МБОУ СОШ № 5", "school"),
    ]


def test_run_together_names_split_at_known_names_and_across_line_breaks():
    result = normalize("Управление образования Методический кабинет Руководители ОО", "smirnykhovsky")
    assert [e.name for e in result.executors] == [
        "Управление образования", "Методический кабинет", "руководители общеобразовательных организаций",
    ]
    wrapped = normalize("Департамент\nобразования, МБОУ ДПО\nМЦ", "sarov").executors
    assert [e.name for e in wrapped] == ["Департамент образования", "МБОУ ДПО МЦ"]
    lines = normalize("Отдел культуры\nКомитет по спорту", "unknown-town").executors
    assert [(e.name, e.kind) for e in lines] == [("Отдел культуры", "authority"), ("Комитет по спорту", "authority")]


def test_letter_case_of_abbreviations_is_folded_to_the_canonical_spelling():
    for spelling in ("ОбОО", "ОБОО", "ОбоО", "ОБОУ", "ОО"):
        (executor,) = normalize(spelling, "sarov").executors
        assert (executor.abbreviation, executor.mention) == ("ОбОО", spelling)
    # a lower-case preposition is not the Department's short name
    assert "not_executors" in normalize("до 1 сентября", "sarov").warnings


def test_duplicates_within_a_cell_are_removed():
    result = normalize("Департамент образования, ОО ОО, ОбОО", "sarov")
    assert [e.abbreviation for e in result.executors] == ["ДО", "ОбОО"]


def test_by_agreement_belongs_to_the_executor_it_follows():
    result = normalize("Управление образования, ЦЗН (по согласованию), КДН", "timashevsky")
    assert [(e.short_name, e.by_agreement) for e in result.executors] == [("УО", False), ("ЦЗН", True), ("КДН", False)]


@pytest.mark.parametrize(
    "raw",
    [
        "декабрь, июнь",
        "два раза в год (декабрь, май)",
        "В течение учебного года по плану ГБОУ ИРО КК",
        "2021-2025 гг.",
        "Ответственные исполнители",
        "Распоряжение УО о проведении совещания",
        "Аналитические отчеты по результатам оценочных процедур",
        "Проведено совещание с руководителями ОО",
        "Организация участия образовательных организаций района в исследованиях",
        "--------",
    ],
)
def test_cells_of_deadlines_results_or_headers_are_not_executors(raw):
    result = normalize(raw, "sarov")
    assert result.executors == [] and result.warnings == ["not_executors"]


def test_extra_words_are_dropped_with_a_warning():
    result = normalize("Департамент образования по разрядке МОНиМП НО, в рамках проекта «Школа Росатома»", "sarov")
    assert [e.name for e in result.executors] == ["Департамент образования"]
    assert result.warnings == ["extra_text"]


def test_unknown_names_are_kept_as_other_with_a_warning():
    result = normalize("Отдел образования ГБУ ПО «ЦППМиСППО» БПК БР", "bashmakovsky")
    assert result.executors[-1] == Executor("БПК БР", "БПК БР", None, "other", False)
    assert result.warnings == ["unknown_executor"]
    assert result.unknown_names == ["БПК БР"]


def test_short_names_for_the_measures_table():
    result = normalize("Департамент образования, МБОУ ДПО МЦ, ОбоО, Кванториум", "sarov")
    assert result.short_names == ["ДО", "МБОУ ДПО МЦ", "ОбОО", "Кванториум"]


def test_empty_and_missing_cells():
    assert normalize(None, "sarov") == ExecutorsResult()
    assert normalize("   ", "sarov") == ExecutorsResult()
    assert normalize_strict("Управление образования", "").executors[0].abbreviation == "УО"


@pytest.mark.parametrize(("cell", "names"), [
    ("Управление образования, руководители ОО", True),
    ("Городская межведомственная комиссия по делам несовершеннолетних", True),
    ("Сентябрь-октябрь 2021 г.", False),
    ("Аналитическая справка по итогам мониторинга", False),
    ("", False),
    (None, False),
])
def test_the_structure_step_asks_whether_a_cell_names_executors_without_resolving_them(cell, names):
    from normalizers.executors import names_executors

    assert names_executors(cell) is names
    if cell:
        result = normalize(cell, "")
        assert (bool(result.executors) and "not_executors" not in result.warnings) is names


def test_a_result_is_the_frozen_dataclass_its_fields_build():
    """normalize() builds its results through the slots (a speed-up): each object must hold every field, compare
    and hash equal to the one the dataclass builds from the same values, and stay frozen."""
    result = normalize("Управление образования, МБОУ СОШ № 1 (по согласованию)", "sarov")
    executor = result.executors[-1]
    for made in (executor, result):
        values = {spec.name: getattr(made, spec.name) for spec in dataclasses.fields(made)}
        assert made == type(made)(**values) and repr(made) == repr(type(made)(**values))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, next(iter(values)), [])
    assert executor.by_agreement and hash(executor) == hash(Executor(**dataclasses.asdict(executor)))
    assert isinstance(result, ExecutorsResult)


@pytest.mark.parametrize("municipality", ["own", ""])
def test_a_segment_that_is_one_known_name_is_read_as_the_resolver_reads_it(municipality):
    """whole_known_name (a short path of the speed-up) stands in for the segment resolver: on every segment of
    the gold cells, with the municipality's glossary and with the common one, it answers as the resolver does,
    or leaves the segment to it."""
    from normalizers.executors.glossary import glossary_for
    from normalizers.executors.labels import without_label
    from normalizers.executors.segmentation import SegmentResolver
    from normalizers.executors.splitting import split_cell, unwrap
    from normalizers.executors.whole_names import whole_known_name

    answered = left = 0
    for row in _gold_rows():
        glossary = glossary_for(row["municipality"] if municipality else "")
        for segment in split_cell(without_label(unwrap(row["raw"]))).segments:
            whole = whole_known_name(segment.words, glossary)
            read = SegmentResolver(glossary, segment.text, segment.words, segment.start).pieces()
            if whole is None:
                left += 1
            else:
                assert [whole] == read, segment.text
                answered += 1
    assert answered >= 50 and left >= 50  # both ways taken: most segments are one known name, many are not


def test_a_cell_of_letters_and_spaces_is_split_as_split_cell_splits_it():
    """plain_split (a short path of the speed-up) stands in for split_cell: on every gold cell it answers as
    split_cell does, or leaves the cell to it."""
    from normalizers.executors.labels import without_label
    from normalizers.executors.plain_cells import plain_split
    from normalizers.executors.splitting import cell_words, split_cell, unwrap

    answered = left = 0
    for row in _gold_rows():
        cell = without_label(unwrap(row["raw"]))
        read = cell_words(cell)
        plain = plain_split(read)
        if plain is None:
            left += 1
        else:
            assert plain == split_cell(cell, read), cell
            answered += 1
    assert answered >= 20 and left >= 20


def test_the_plain_cell_pattern_reads_the_characters_the_letter_set_holds():
    """plain_split tests a cell's characters with a pattern, not the set of letters it stands for: the two agree
    on every character of the Latin, Cyrillic and general punctuation blocks (and on whole cells)."""
    from normalizers.executors.plain_cells import _PLAIN, _PLAIN_RE

    for code in [*range(0x0000, 0x0530), *range(0x1C80, 0x1C90), *range(0x2000, 0x2070)]:
        char = chr(code)
        assert (char in _PLAIN) == (_PLAIN_RE.fullmatch(char) is not None), hex(code)
    assert _PLAIN_RE.fullmatch("Руководители ОО") and _PLAIN_RE.fullmatch("")
    assert _PLAIN_RE.fullmatch("Отдел образования, ОО") is None and _PLAIN_RE.fullmatch("Школа № 5") is None
