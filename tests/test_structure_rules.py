"""The structure step's rules on small documents built here, each showing one layout of real offices."""

from __future__ import annotations

from parsers.model import Cell, Document, Paragraph, Row, Table
from pipeline.structure import build_structure

HEADER = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные исполнители", "Ожидаемый результат"]


def row(*texts, page=None, spans=None) -> Row:
    spans = spans or [1] * len(texts)
    return Row([Cell(t, t.split("\n") if t else [], colspan=s) for t, s in zip(texts, spans, strict=True)], page)


def doc(*blocks) -> Document:
    return Document("test", "docx", list(blocks))


def plan_doc(*rows, title="План мероприятий («дорожная карта» 1.3) по развитию системы на 2021-2022 годы"):
    return doc(Paragraph(title, bold=True), Table([row(*HEADER), *rows]))


def test_header_synonyms_map_columns_to_roles():
    d = doc(Paragraph("Дорожная карта", bold=True), Table([
        row("№", "Мероприятие", "Срок исполнения", "Индикативные показатели", "Исполнители"),
        row("1.", "Анализ результатов", "Сентябрь", "Наличие отчета", "Отдел образования")]))
    m = build_structure(d).plans[0].measures[0]
    assert (m.number, m.name) == ("1.", "Анализ результатов")
    assert m.get("deadline") == "Сентябрь"
    assert m.get("result") == "Наличие отчета"
    assert m.get("executors") == "Отдел образования"


def test_combined_executor_result_column():
    d = doc(Paragraph("План мероприятий", bold=True), Table([
        row("№", "Мероприятие", "Сроки исполнения", "Ответственные исполнители, результат"),
        row("1.1", "Внесение изменений", "Ежегодно", "Приказ УО")]))
    m = build_structure(d).plans[0].measures[0]
    assert m.get("exec_result") == "Приказ УО"
    assert m.get("result") is None


def test_plan_title_and_number_and_section_rows():
    d = plan_doc(row("1. Организационные мероприятия", spans=[5]),
                 row("1.1.", "Совещание", "Май", "УО", "Протокол"))
    plan = build_structure(d).plans[0]
    assert plan.number == "1.3"
    assert plan.title.startswith("План мероприятий")
    assert plan.measures[0].section == "1. Организационные мероприятия"


def test_repeated_header_on_a_later_page_is_skipped_and_pieces_are_stitched():
    d = doc(Paragraph("План мероприятий", bold=True),
            Table([row(*HEADER, page=1), row("1.", "Первое", "Май", "УО", "Отчет", page=1)]),
            Table([row(*HEADER, page=2), row("2.", "Второе", "Июнь", "УО", "Отчет", page=2)]))
    plans = build_structure(d).plans
    assert len(plans) == 1
    assert [m.number for m in plans[0].measures] == ["1.", "2."]


def test_same_header_after_a_new_title_starts_a_new_plan():
    d = doc(Paragraph("Первый план", bold=True), Table([row(*HEADER), row("1", "А", "Май", "УО", "")]),
            Paragraph("Второй план", bold=True), Table([row(*HEADER), row("1", "Б", "Май", "УО", "")]))
    assert [p.title for p in build_structure(d).plans] == ["Первый план", "Второй план"]


def test_row_cut_by_a_page_break_is_merged_into_its_measure():
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1),
                   row("1.", "Проведение семинаров по вопросам", "В течение", "УО", "Рост", page=1)]),
            Table([row("", "оценки качества", "года", "", "качества", page=2),
                   row("2.", "Второе", "Май", "УО", "Отчет", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert len(measures) == 2
    assert measures[0].name == "Проведение семинаров по вопросам\nоценки качества"
    assert measures[0].get("deadline") == "В течение\nгода"
    assert (measures[0].page_start, measures[0].page_end) == (1, 2)


def test_unnumbered_complete_activity_with_its_own_deadline_stays_separate():
    d = plan_doc(row("1.", "Совещание руководителей.", "Май", "УО", "Протокол"),
                 row("", "Внесение в план-график курсовой подготовки", "Август", "МЦ", "План"))
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["1.", None]
    assert "number_missing" in measures[1].warnings


def test_empty_rows_and_rows_with_only_a_number_are_dropped():
    d = plan_doc(row("1.", "Совещание", "Май", "УО", "Протокол"), row("", "", "", "", ""), row("16", "", "", "", ""))
    assert len(build_structure(d).plans[0].measures) == 1


def test_numbered_row_with_name_only_heading_sub_items_is_a_section():
    d = plan_doc(row("1", "Нормативно-правовое обеспечение", "", "", ""),
                 row("1.1", "Разработка положения", "Январь", "УО", "Положение"))
    measures = build_structure(d).plans[0].measures
    assert len(measures) == 1
    assert measures[0].section == "1 Нормативно-правовое обеспечение"


def test_parent_item_between_measures_stays_a_measure():
    d = plan_doc(row("4.", "Развитие сотрудничества", "2021", "УО", "Соглашения"),
                 row("5.", "Проведение мероприятий, включая:", "", "", ""),
                 row("5.1", "Форум классных руководителей", "2021", "УО", "Резолюция"))
    assert [m.number for m in build_structure(d).plans[0].measures] == ["4.", "5.", "5.1"]


def test_section_heading_cut_in_two_rows_is_one_section():
    d = plan_doc(row("3. Развитие способностей", spans=[5]), row("4. и талантов у детей", spans=[5]),
                 row("3.1.", "Конкурс", "Май", "УО", "Итоги"))
    assert build_structure(d).plans[0].measures[0].section == "3. Развитие способностей и талантов у детей"


def test_paragraph_between_pieces_of_one_plan_is_a_section():
    d = doc(Paragraph("Дорожная карта", bold=True),
            Table([row(*HEADER), row("Направление «Оценка качества»", spans=[5]), row("1.", "А", "Май", "УО", "")]),
            Paragraph("Направление «Методическая работа»"),
            Table([row("1.", "Б", "Май", "УО", "")]))
    measures = build_structure(d).plans[0].measures
    assert [m.section for m in measures] == ["Направление «Оценка качества»", "Направление «Методическая работа»"]


def test_passport_table_is_kept_as_the_next_plans_passport():
    d = doc(Table([row("1", "Цели", "Повышение качества"), row("2", "Ожидаемый результат", "Рост")]),
            Paragraph("План мероприятий", bold=True), Table([row(*HEADER), row("1", "А", "Май", "УО", "")]))
    plan = build_structure(d).plans[0]
    assert plan.passport == {"Цели": "Повышение качества", "Ожидаемый результат": "Рост"}
    assert len(plan.measures) == 1


def test_one_cell_row_above_a_header_titles_the_next_plan():
    d = doc(Paragraph("Первый план", bold=True),
            Table([row(*HEADER), row("1", "А", "Май", "УО", ""),
                   row("Развитие способностей обучающихся.\nАнализ показал, что…", spans=[5]),
                   row(*HEADER), row("1", "Б", "Май", "УО", "")]))
    plans = build_structure(d).plans
    assert [p.title for p in plans] == ["Первый план", "Развитие способностей обучающихся."]
    assert plans[0].sections == []


def test_title_without_bold_is_the_first_paragraph_after_the_previous_table():
    d = doc(Paragraph("План (дорожная карта) на 2023-2024 учебный год", bold=True),
            Paragraph("Объективность оценки качества подготовки обучающихся"),
            Paragraph("Анализ результатов показал, что " + "результаты стабильны. " * 10),
            Table([row(*HEADER), row("1", "А", "Май", "УО", "")]),
            Paragraph("Сбалансированность системы оценки."),
            Paragraph("При проведении проверок " + "наблюдается одна ситуация. " * 10),
            Table([row(*HEADER), row("1", "Б", "Май", "УО", "")]))
    titles = [p.title for p in build_structure(d).plans]
    assert titles == ["Объективность оценки качества подготовки обучающихся", "Сбалансированность системы оценки."]


def test_piece_with_a_stray_empty_column_is_realigned():
    header = ["№ п/п", "Наименование мероприятия", "Форма проведения", "Срок проведения", "Ответственный",
              "Ожидаемые результаты", "Отметка о выполнении"]
    shifted = [row(str(k), f"Мероприятие {k}", "", "семинар", month, "отдел общего образования",
                   "повышение качества") for k, month in zip(range(2, 6), ["сентябрь", "октябрь", "ноябрь", "май"],
                                                               strict=True)]
    d = doc(Paragraph("План", bold=True),
            Table([row(*header), row("1", "Первое", "анализ", "сентябрь", "отдел общего образования", "итог", "")]),
            Table(shifted))
    measures = build_structure(d).plans[0].measures
    last = measures[-1]
    assert (last.get("form"), last.get("deadline"), last.get("executors"), last.get("result")) == (
        "семинар", "май", "отдел общего образования", "повышение качества")
    assert "columns_realigned" in last.warnings
    assert "columns_realigned" not in measures[0].warnings


def test_guessed_merges_and_separations_are_flagged():
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1), row("1.", "Совещание руководителей", "Май", "УО", "Протокол", page=1)]),
            Table([row("", "Награждение победителей", "", "", "Грамоты", page=2),
                   row("2.", "Семинар.", "Июнь", "УО", "Отчет", page=2),
                   row("", "Организация обмена опытом между школами", "", "", "", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["1.", "2.", None]
    assert "row_merged_uncertain" in measures[0].warnings  # capitalised, at a page start, no deadline
    assert "row_kept_apart_uncertain" in measures[2].warnings
    assert not measures[1].warnings


TWO_ROW_TOP = ["№ п/п", "Мероприятия", "Организация исполнения", ""]
TWO_ROW = ["№ п/п", "Мероприятия", "Сроки реализации", "Ответственные исполнители", "Ожидаемый результат"]


def test_two_row_header_printed_again_and_cut_otherwise_keeps_one_plan_and_its_title():
    top = row(*TWO_ROW_TOP, spans=[1, 1, 2, 1])  # its group cell names no role: the row alone is no header
    d = doc(Paragraph("План мероприятий «дорожная карта»", bold=True),
            Table([top, row(*TWO_ROW), row("1", "2", "3", "4", "5"),
                   row("1.", "Первое", "Май", "УО", "Отчет", page=1),
                   row("Направление «Мониторинг эффективности", spans=[5], page=1)]),
            Table([row(*TWO_ROW_TOP, spans=[1, 1, 2, 1], page=2), row(*TWO_ROW, page=2),
                   row("руководителей»", spans=[5], page=2),
                   row("2.", "Второе", "Июнь", "УО", "Отчет", page=2)]),
            Table([row("№ п/п", "Мероприятия", "Сроки реализации", "Организация исполнения\nОтветственные исполнители",
                       "Ожидаемый результат", page=3),  # the page read the two rows as one
                   row("3.", "Третье", "Июль", "УО", "Отчет", page=3)]))
    plans = build_structure(d).plans
    assert [p.title for p in plans] == ["План мероприятий «дорожная карта»"]
    assert [m.number for m in plans[0].measures] == ["1.", "2.", "3."]
    assert plans[0].measures[2].get("executors") == "УО"
    assert plans[0].measures[1].section == "Направление «Мониторинг эффективности руководителей»"


def test_header_row_cut_by_a_page_opens_its_plan():
    d = doc(Paragraph("Первый план", bold=True), Table([row(*HEADER, page=1), row("1.", "А", "Май", "УО", "", page=1)]),
            Paragraph("Второй план", bold=True),
            Table([row("№ п/п", "Наимено", "Сроки", "Ответств", "Ожидаем", page=1)]),
            Table([row("", "вание мероприятия", "", "енные исполнители", "ый результат", page=2),
                   row("1.", "Б", "Июнь", "УО", "Отчет", page=2)]))
    plans = build_structure(d).plans
    assert [p.title for p in plans] == ["Первый план", "Второй план"]
    assert [(m.name, m.get("result")) for m in plans[1].measures] == [("Б", "Отчет")]


def test_a_header_cut_by_a_page_between_two_whole_words_keeps_them_two():
    """The header's rest atop the next page: a word the page cut ("Ответств" | "енные") is glued whole,
    two words each whole ("Сроки" | "исполнения") stay two, as the cell prints them."""
    from pipeline.structure.pagecut import stitch_cut_headers
    blocks = [Table([row("№ п/п", "Наимено", "Сроки", "Ответств", page=1)]),
              Table([row("", "вание мероприятия", "исполнения", "енные исполнители", page=2),
                     row("1.", "Б", "Июнь", "УО", page=2)])]
    cells = stitch_cut_headers(blocks)[0].rows[0].cells
    assert [c.text for c in cells] == ["№ п/п", "Наименование мероприятия", "Сроки\nисполнения",
                                       "Ответственные исполнители"]


def test_section_row_read_into_the_number_column_after_a_split_table_is_a_section():
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1), row("2. Показатели", spans=[5], page=1),
                   row("2.1.", "Разработка системы показателей", "Май", "УО", "Приказ", page=1)]),
            Table([row("3. Мониторинг", "", "", "", "", page=2),
                   row("3.1.", "Мониторинг охвата детей", "2021", "УО", "Отчет", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert measures[0].name == "Разработка системы показателей"
    assert [m.section for m in measures] == ["2. Показатели", "3. Мониторинг"]


def test_rest_of_a_row_cut_by_a_page_joins_it_whatever_its_cells_and_the_header_between():
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1),
                   row("5.", "Организация участия образовательных организаций", "В соответствии с графиком",
                       "Отдел образования", "Участие ОО", page=1)]),
            Table([row(*HEADER, page=2),
                   row("", "Башмаковского района в исследованиях", "НИКО", "", "", page=2),
                   row("6.", "Проведение анализа", "Июль", "Отдел образования", "Отчет", page=2)]))
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["5.", "6."]
    assert measures[0].get("deadline") == "В соответствии с графиком\nНИКО"


def test_a_two_row_header_whose_group_cell_spans_the_deadline_and_executors_opens_a_new_plan():
    """The first header row names only the number and the name; "Организация исполнения" spans the
    columns the second row names. After another plan, this table is a plan of its own, with its title."""
    first = doc(Paragraph("План мероприятий по первому направлению", bold=True),
                Table([row(*HEADER), row("1.", "Первое", "Май", "УО", "Отчет")]))
    second = [Paragraph("План мероприятий по второму направлению", bold=True),
              Table([row("№", "Мероприятие", "Организация исполнения", spans=[1, 1, 2]),
                     row("№", "Мероприятие", "Сроки", "Ответственные исполнители"),
                     row("1.1.", "Второе", "Июнь", "Отдел образования")])]
    plans = build_structure(doc(*first.blocks, *second)).plans
    assert [p.title for p in plans] == ["План мероприятий по первому направлению",
                                        "План мероприятий по второму направлению"]
    measure = plans[1].measures[0]
    assert (measure.number, measure.name, measure.get("deadline"), measure.get("executors")) == (
        "1.1.", "Второе", "Июнь", "Отдел образования")


def test_header_words_without_a_deadline_or_executors_open_no_plan_when_measures_follow():
    """Only a sub-header row that names the missing columns completes a group header's first row."""
    d = doc(Paragraph("План мероприятий", bold=True), Table([
        row("№", "Мероприятие", "Примечание", spans=[1, 1, 2]),
        row("1.", "Совещание", "Май", "Отдел образования")]))
    assert build_structure(d).plans == []


def test_rest_of_a_row_the_page_geometry_says_was_cut_joins_it_whatever_its_own_deadline():
    """The rest of a row cut by a page with a capitalised name and a deadline cell of its own: what
    the words cannot tell, the page can (parsers/pdf/pagecuts.py marks the row `continued`)."""
    rest = row("", "ОбОО по профилактике девиантного поведения", "г.", "ОО", "о контроля", page=2)
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1),
                   row("1.", "Контроль деятельности", "Октябрь 2021 г., Март 2022", "Департамент", "Проведение "
                       "ведомственног", page=1)]),
            Table([rest, row("2.", "Второе", "Май", "УО", "Отчет", page=2)]))
    assert len(build_structure(d).plans[0].measures) == 3  # the words alone keep the rest apart
    rest.continued = True
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["1.", "2."]
    assert measures[0].name == "Контроль деятельности\nОбОО по профилактике девиантного поведения"


def test_column_numbers_atop_a_page_under_a_header_the_page_before_ended_with_are_no_measure():
    d = doc(Paragraph("План мероприятий", bold=True), Table([row(*HEADER, page=1)]),
            Table([row("1", "2", "3", "4", "5", page=2), row("1.1.", "Совещание", "Май", "УО", "Отчет", page=2)]))
    plans = build_structure(d).plans
    assert [(m.number, m.name) for m in plans[0].measures] == [("1.1.", "Совещание")]


def test_a_nameonly_row_the_page_cut_after_two_words_stays_a_measure_of_its_own():
    """A row without a number opens at a page's foot ("Участие в") and goes on atop the next page:
    two words are short because the page cut them, not a fragment of the row above."""
    foot = row("", "Участие в", "", "", "", page=1)
    rest = row("", "мероприятиях проекта «Молодые таланты»", "", "", "", page=2)
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1), row("1.8.", "Участие в конкурсной программе", "Май", "ОО", "", page=1),
                   foot]),
            Table([row(*HEADER, page=2), rest, row("1.9.", "Взаимодействие с родителями", "Май", "ОО", "", page=2)]))
    rest.continued = True
    assert [m.number for m in build_structure(d).plans[0].measures] == ["1.8.", "1.9."]  # the words alone
    foot.cut = True
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["1.8.", None, "1.9."]
    assert measures[1].name == "Участие в\nмероприятиях проекта «Молодые таланты»"


def test_a_row_under_a_deadline_merged_down_from_the_measure_above_is_a_measure_of_its_own():
    """A capitalised name-and-result row whose deadline cell is the one above merged down, after a
    name with a colon before a quoted title: the merged cell says the table parts the rows."""
    shared = row("", "Формирование базы кадрового резерва", "", "", "Распоряжение УО", page=1)
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1),
                   row("5.5.", "Проведение круглого стола: «Качество образования, анализ решений»", "Ежегодно",
                       "УО", "Рекомендации", page=1), shared]))
    assert len(build_structure(d).plans[0].measures) == 1  # the words alone join it
    shared.cells[2].vmerged = True
    measures = build_structure(d).plans[0].measures
    assert [(m.name, m.get("deadline"), m.get("result")) for m in measures][1:] == [
        ("Формирование базы кадрового резерва", "Ежегодно", "Распоряжение УО")]


def test_the_rest_of_a_row_the_page_broke_at_a_wrap_space_joins_it_though_it_opens_as_a_name():
    """"Интернет на платформе" opens as a measure's name (a capitalised noun after a complete name),
    yet the page broke the name above at the space it wrapped a line at (`Row.wrapped`)."""
    rest = row("", "Интернет на платформе единыйурок.рф", "", "", "", page=2)
    d = doc(Paragraph("План", bold=True),
            Table([row(*HEADER, page=1), row("4.1.", "Проведение Единого урока по безопасности в сети",
                                              "ежегодно", "ОО", "", page=1)]),
            Table([row(*HEADER, page=2), rest, row("4.2.", "Проведение мероприятий", "Май", "ОО", "", page=2)]))
    rest.continued = True
    assert [m.number for m in build_structure(d).plans[0].measures] == ["4.1.", None, "4.2."]
    rest.wrapped = True
    measures = build_structure(d).plans[0].measures
    assert [m.number for m in measures] == ["4.1.", "4.2."]
    assert measures[0].name.endswith("в сети\nИнтернет на платформе единыйурок.рф")
