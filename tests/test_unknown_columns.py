"""Nothing lost: a column whose header names no known role keeps its text, and a column whose header a
scan misread gets its role back (pipeline/structure/unknown_columns.py)."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline import present
from pipeline.structure import build_structure
from pipeline.structure.headers import Header, read_header
from pipeline.structure.unknown_columns import guess_missing_role, sounds_like

KNOWN = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные исполнители", "Ожидаемый результат"]


def row(*texts, page=None, confidence=None) -> Row:
    return Row([Cell(t, t.split("\n") if t else [], confidence=confidence) for t in texts], page)


def plan(*tables) -> Document:
    return Document("test", "docx", [Paragraph("План мероприятий на 2021-2022 годы", bold=True), *tables])


def test_a_column_nobody_listed_keeps_its_text_under_its_header_and_the_document_warns():
    header = row("№", "Мероприятие", "Срок", "Исполнители", "Объём финанси-\nрования, тыс. руб.", "")
    d = plan(Table([header,
                    row("1.", "Семинар директоров", "Май 2021", "Управление образования", "120,5", "местный бюджет"),
                    row("2.", "Конкурс педагогов", "Июнь 2021", "Управление образования", "", "")]))
    s = build_structure(d)
    first, second = s.plans[0].measures
    assert first.others == {"Объём финансирования, тыс. руб.": "120,5", "столбец 6": "местный бюджет"}
    assert second.others == {}
    assert (first.get("deadline"), first.get("executors")) == ("Май 2021", "Управление образования")
    assert s.warnings.count("column_unknown") == 1
    assert [(n.code, n.plan, n.header) for n in s.notes] == [
        ("column_unknown", "План мероприятий на 2021-2022 годы", "Объём финансирования, тыс. руб."),
        ("column_unknown", "План мероприятий на 2021-2022 годы", "столбец 6")]


def test_a_header_with_two_columns_nobody_listed_still_opens_its_plan_and_keeps_both():
    header = row("№", "Мероприятие", "Срок", "Исполнители", "Объём финансирования", "Источник финансирования")
    d = plan(Table([header, row("1.", "Ремонт", "2021 год", "Управление образования", "100,0", "Бюджет района")]))
    m = build_structure(d).plans[0].measures[0]
    assert m.others == {"Объём финансирования": "100,0", "Источник финансирования": "Бюджет района"}


def test_two_unnamed_header_cells_only_beside_the_whole_core():
    assert read_header(row("№", "Мероприятие", "Срок", "Кто проводит", "Финансирование")) is None  # no executors
    assert read_header(row("1.", "Мероприятия по развитию", "Срок до мая", "Управление образования", "100")) is None


def test_the_rest_of_an_unknown_columns_cell_cut_by_a_page_joins_its_measure():
    header = ["№", "Мероприятие", "Срок", "Исполнители", "Источник финансирования"]
    d = plan(Table([row(*header, page=1),
                    row("1.", "Ремонт кабинетов", "2021 год", "Управление образования", "Бюджет", page=1)]),
             Table([row("", "", "", "", "муниципального района", page=2),
                    row("", "и школ района", "", "", "и средства школ", page=2),
                    row("2.", "Закупка учебников", "2022 год", "Управление образования", "Бюджет области", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert len(measures) == 2
    assert measures[0].name == "Ремонт кабинетов\nи школ района"
    assert measures[0].others == {"Источник финансирования": "Бюджет\nмуниципального района\nи средства школ"}
    assert measures[1].others == {"Источник финансирования": "Бюджет области"}


def test_a_table_whose_columns_are_all_known_keeps_nothing_aside_and_warns_nothing():
    d = plan(Table([row(*KNOWN), row("1.", "Семинар", "Май", "Управление образования", "Протокол")]))
    s = build_structure(d)
    assert s.plans[0].measures[0].others == {}
    assert s.notes == [] and "column_unknown" not in s.warnings


def test_a_misread_executors_header_gets_its_role_back_with_a_warning():
    texts = ["№ п/п", "Наименование мероприятия", "Сроки", "Иаюлнители"]
    d = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True), Table([
        row(*texts, confidence=70.0),
        row("1.", "Совещание руководителей", "Сентябрь 2021", "Руководители ОО", confidence=80.0)])])
    s = build_structure(d)
    m = s.plans[0].measures[0]
    assert m.get("executors") == "Руководители ОО" and m.others == {}
    assert "column_role_guessed" in s.warnings and "column_unknown" not in s.warnings
    assert [(n.code, n.header, n.role) for n in s.notes] == [("column_role_guessed", "Иаюлнители", "executors")]


def test_a_column_under_another_wording_takes_the_missing_role_when_its_cells_read_as_it():
    header = read_header(row("№", "Мероприятие", "Срок", "Кто проводит"))
    cells = [row("1.", "Семинар", "Май", "Управление образования"), row("2.", "Конкурс", "Июнь", "МКУ «ИМЦ»"),
             row("3.", "Совет", "Июль", "Руководители ОО")]
    guessed, note = guess_missing_role(header, cells)
    assert guessed.roles == ["number", "name", "deadline", "executors"]
    assert (note.code, note.header, note.role) == ("column_role_guessed", "Кто проводит", "executors")
    money = [row("1.", "Семинар", "Май", "120,5 тыс. руб."), row("2.", "Конкурс", "Июнь", "Бюджет района")]
    assert guess_missing_role(header, money) == (header, None)


def test_no_guess_when_two_columns_lack_a_role_or_no_core_role_is_missing():
    two_open = Header(["number", "name", "deadline", None, None],
                      ["№", "Мероприятие", "Срок", "Кто проводит", "Финансирование"])
    cells = [row("1.", "Семинар", "Май", "Управление образования", "100"),
             row("2.", "Конкурс", "Июнь", "МКУ «ИМЦ»", "200")]
    assert guess_missing_role(two_open, cells)[1] is None
    complete = read_header(row("№", "Мероприятие", "Срок", "Исполнители", "Руководители ОО"))
    assert guess_missing_role(complete, cells)[1] is None


def test_a_header_close_to_a_roles_words_only_counts_when_misread_into_no_word():
    assert sounds_like("Иаюлнители", "executors")
    assert sounds_like("Отвегственные", "executors")
    assert sounds_like("Сроко исполнения", "deadline")
    assert not sounds_like("Исполнение", "executors")  # a word of its own, not a misreading
    assert not sounds_like("Источник финансирования", "executors")


def test_an_exported_column_kept_aside_reads_as_header_then_text():
    kept = [{"header": "Объём финансирования", "text": "120,5"}, {"header": "столбец 6", "text": "бюджет"}]
    assert present.text(kept) == "Объём финансирования: 120,5; столбец 6: бюджет"


def _docx_with_financing(path):
    import docx

    d = docx.Document()
    d.add_paragraph("План мероприятий по развитию образования на 2024 год").runs[0].bold = True
    table = d.add_table(rows=0, cols=5)
    for texts in (["№", "Наименование мероприятия", "Срок", "Исполнители", "Источник финансирования"],
                  ["1.", "Семинар для директоров школ", "Май 2024", "Управление образования", "Местный бюджет"],
                  ["2.", "Конкурс «Учитель года»", "Июнь 2024", "Управление образования", "Не требуется"]):
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    d.save(path)
    return path


def test_an_ingested_docx_keeps_the_unknown_column_and_the_summary_names_it(tmp_path):
    import pandas as pd

    from pipeline.export import export_csv
    from pipeline.ingest import ingest_paths
    from pipeline.summary import format_summary

    raw = tmp_path / "raw" / "bashmakovsky"
    raw.mkdir(parents=True)
    _docx_with_financing(raw / "plan.docx")
    out = tmp_path / "out"
    report = ingest_paths([tmp_path / "raw"], out, show_progress=False)
    summary = format_summary(report)
    assert "столбец «Источник финансирования» не распознан: его текст сохранён в other_columns" in summary
    assert "bashmakovsky/plan.docx" in summary and "столбец не распознан (column_unknown)" in summary
    measures = pd.read_parquet(out / "measures").sort_values("seq")
    kept = [[(c["header"], c["text"]) for c in cols] for cols in measures["other_columns"]]
    assert kept == [[("Источник финансирования", "Местный бюджет")], [("Источник финансирования", "Не требуется")]]
    assert list(measures["executors_raw"]) == ["Управление образования"] * 2
    assert "column_unknown" in list(pd.read_parquet(out / "documents.parquet").loc[0, "warnings"])
    csv = export_csv(out, tmp_path / "csv")
    measures_csv = next(p for p in csv if p.name == "measures.csv").read_text(encoding="utf-8-sig")
    assert "Источник финансирования: Местный бюджет" in measures_csv


def test_the_reports_list_shows_a_measures_kept_columns_under_their_headers():
    from pipeline.report.lists import _others

    html = _others([{"header": "Объём финансирования", "text": "120 <тыс.>"}])
    assert "<b>Объём финансирования:</b> 120 &lt;тыс.&gt;" in html
    assert _others(None) == "" and _others([]) == ""


def test_a_stamp_that_garbled_two_header_cells_still_gives_the_executors_their_column():
    """A stamp's ring over the header garbles two cells past any fuzzy reading: the one that opens with the
    role's first letters takes the core role the header lacks, with a warning; the other stays a column of
    its own, its text kept."""
    texts = ["№ п/п", "Наименование мероприятия", "Срок проведения", "Ответорибиный", "Ожазаемые результаты"]
    d = Document("scan", "pdf-ocr", [Paragraph("План мероприятий", bold=True), Table([
        row(*texts, confidence=60.0),
        row("1.", "Семинар директоров", "Май 2021", "Отдел образования", "Протокол", confidence=80.0)])])
    s = build_structure(d)
    m = s.plans[0].measures[0]
    assert m.get("executors") == "Отдел образования"
    assert [(n.code, n.header, n.role) for n in s.notes if n.code == "column_role_guessed"] == [
        ("column_role_guessed", "Ответорибиный", "executors")]


def test_an_opening_shared_by_a_known_word_or_a_far_length_is_no_misreading():
    assert sounds_like("Ответорибиный", "executors")
    assert not sounds_like("Ответ по запросу", "executors")  # a known word
    assert not sounds_like("Ответприемникодолжностной", "executors")  # far longer than the role's word
