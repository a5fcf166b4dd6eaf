"""Words a narrow column cut without a hyphen, put back together by where the printed lines stop and
the space glyph after them (parsers.pdf.forcedbreaks)."""

from __future__ import annotations

import pdfplumber
from layouts.spec import FILES

from normalizers.language import is_function_word, is_known_word, is_link_word, is_word_form
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.text import TextLine, text_lines

GLYPH = 7.5  # points a glyph of these lines is wide
BOX = (150.0, 250.0)  # the cell's left and right edge; text starts 5 points in


def _line(text: str, top: float, room: float | None = None, space: float = 0.0) -> TextLine:
    """A printed line of the cell; `room`: how far short of the right text edge it stops; `space`: the
    width of the space glyph printed after it."""
    x1 = BOX[1] - 5 - room if room is not None else 155 + GLYPH * len(text)
    return TextLine(text, 155.0, x1, top, top + 10, 12.0, False, space)


def _read(first: str, second: str, room: float) -> list[str]:
    lines = [_line(first, 0, room), _line(second, 14)]
    tight = (is_word_form, is_function_word, is_link_word)
    return [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)]


def test_a_word_cut_where_no_glyph_more_fitted_is_closed():
    assert _read("юнармейског", "о движения", room=4.0) == ["юнармейского движения"]
    assert _read("радикализац", "ии протестных", room=4.0) == ["радикализации протестных"]
    assert _read("волонтерств", "а) в школах", room=4.0) == ["волонтерства) в школах"]  # "а)" ends a word
    assert _read("неуспешно", "сти обучающихся", room=4.0) == ["неуспешности обучающихся"]  # a word, no ending
    assert _read("http://единый", "урок.рф", room=4.0) == ["http://единыйурок.рф"]
    # a hyphenated word too wide for the column, broken before its hyphen
    assert _read("сентябрь", "-октябрь", room=4.0) == ["сентябрь-октябрь"]
    # ... a year after the hyphen ("добровольчества-2025»"); with room to spare the line ended there
    assert _read("добровольчества", "-2025» РП", room=4.0) == ["добровольчества-2025» РП"]
    assert _read("добровольчества", "-2025» РП", room=30.0) == ["добровольчества", "-2025» РП"]
    # a compound typed with a space after its hyphen, pushed over before the hyphen
    assert _read("информационно", "- методической", room=4.0) == ["информационно- методической"]
    assert _read("информационно", "- методической", room=30.0) == ["информационно", "- методической"]
    assert _read("мероприятий", "- конкурсов", room=4.0) == ["мероприятий", "- конкурсов"]  # no linking vowel
    assert _read("вдохновение", "- новой России", room=4.0) == ["вдохновение", "- новой России"]  # a noun, a dash
    lines = [_line("материально", 0, 2.0), _line("-", 14, space=3.0), _line("технической базы", 28)]
    tight = (is_word_form, is_function_word, is_link_word)
    joined = [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)]
    assert joined == ["материально- технической базы"]
    # a word the column cut twice, its head no word the dictionary knows: a one-letter rest is its ending
    lines = [_line("сформир", 0, 4.0), _line("ованност", 14, 4.0), _line("и предметных", 28)]
    tight = (is_word_form, is_function_word, is_link_word)
    assert [ln.text for ln in close_forced_breaks(lines, BOX, is_known_word, tight)] == ["сформированности предметных"]
    # a word before a compound's linking vowel glued to its hyphen
    assert _read("психолог", "о-педагогической помощи", room=4.0) == ["психолого-педагогической помощи"]


def test_a_whole_word_before_the_next_stays_apart():
    # a head the dictionary does not know before a whole word, a preposition or a conjunction
    assert _read("радикализации", "протестных настроений", room=4.0) == ["радикализации", "протестных настроений"]
    assert _read("тьюторов", "и руководителей", room=4.0) == ["тьюторов", "и руководителей"]
    # a long head the dictionary lacks before a preposition of two letters: two words
    assert _read("квазитьюторизации", "на уровне школ", room=4.0) == ["квазитьюторизации", "на уровне школ"]
    # room for a glyph more: the renderer did not have to cut
    assert _read("юнармейског", "о движения", room=10.0) == ["юнармейског", "о движения"]
    assert _read("потенциала", "-развитие кадров", room=10.0) == ["потенциала", "-развитие кадров"]  # a bullet
    assert _read("научных знаний", "-физическое", room=4.0) == ["научных знаний", "-физическое"]
    # a word, then a preposition of its own, though the join spells a word ("процедурна")
    assert _read("процедур", "на официальных", room=4.0) == ["процедур", "на официальных"]
    assert _read("практику", "мы", room=4.0) == ["практикумы"]  # a pronoun may be a word's ending


def test_office_renderers_print_the_space_they_broke_a_line_at_when_it_fits():
    """A generated layout (LibreOffice, DejaVu Sans 14pt): the name column of the first page."""
    with pdfplumber.open(FILES / "L12_002.pdf") as pdf:
        lines = text_lines([c for c in pdf.pages[0].chars if 150 < c["x0"] < 250])
    space = {ln.text: ln.end_space for ln in lines}
    assert 4 < space["Разработка"] < 5 and 4 < space["графика"] < 5  # broken at a space
    assert space["государств"] == space["образовате"] == 0  # a word cut by the column
    assert space["подготовки"] == 0  # "подготовки|и": the word filled the line, no room for a space


def _spaced(*lines: tuple[str, float, float]) -> list[str]:
    """Lines (text, room, printed space) of a cell read with the space glyphs' evidence."""
    printed = [_line(text, 14 * i, room, space) for i, (text, room, space) in enumerate(lines)]
    return [ln.text for ln in close_forced_breaks(printed, BOX, is_known_word, (is_word_form, is_function_word,
                                                                              is_link_word))]


def test_a_cell_whose_breaks_carry_a_space_glyph_tells_a_cut_word_by_its_missing_space():
    # room for the space the other breaks carry, none printed: a cut, though "и" is a word of its own
    assert _spaced(("Снижение", 30, 4), ("неуспешност", 9, 0), ("и обучающихся", 20, 0)) == [
        "Снижение", "неуспешности обучающихся"]
    assert _spaced(("треке", 40, 4), ("«PRO_актив5", 6, 0), ("2», в целях", 20, 0)) == [
        "треке", "«PRO_актив52», в целях"]
    # a line opening with a list number opens a paragraph: a measure stacked under the one above
    assert _spaced(("оценки", 40, 4), ("образования", 6, 0), ("2.2.", 60, 0), ("Проведение", 20, 0)) == [
        "оценки", "образования", "2.2.", "Проведение"]
    # ...but a paragraph ends there with no space glyph (a stacked cell): two words whose join is none stay apart
    assert _spaced(("Отдел", 40, 4), ("ноябрь-апрель", 6, 0), ("октябрь, ноябрь", 20, 0)) == [
        "Отдел", "ноябрь-апрель", "октябрь, ноябрь"]
    # the space printed: two words, though the dictionary knows "процедурна"
    assert _spaced(("оценочных", 10, 4), ("процедур", 1, 4), ("на сайтах", 20, 0)) == [
        "оценочных", "процедур", "на сайтах"]
    # a dash before the space the line broke at stays apart from the number after it; one without it does not
    assert _spaced(("2021 г.–", 10, 4), ("0,337;", 20, 0)) == ["2021 г.– 0,337;"]
    assert _spaced(("Отдел", 40, 4), ("совещания –", 10, 0), ("МООУСО, ОО", 20, 0)) == [
        "Отдел", "совещания –МООУСО, ОО"]
    # no room for the space: the glyphs cannot tell, the dictionary decides ("подготовки|и")
    assert _spaced(("Разработка", 10, 4), ("подготовки", 2, 0), ("и проведения", 20, 0)) == [
        "Разработка", "подготовки", "и проведения"]
    # ...a long head it does not know filling the line is a cut word, even before a conjunction's letter
    assert _spaced(("противодействие", 30, 4), ("кибербуллинг", 1, 0), ("а в школе", 20, 0)) == [
        "противодействие", "кибербуллинга в школе"]
    assert _spaced(("экзамены", 30, 4), ("ГИА", 1, 0), ("и ЕГЭ", 20, 0)) == ["экзамены", "ГИА", "и ЕГЭ"]
    # ...a tail it does not know is a cut word's rest, unless the column cut that line again
    assert _spaced(("уровня", 30, 4), ("сформирован", 1, 0), ("ности предметных", 20, 0)) == [
        "уровня", "сформированности предметных"]
    assert _spaced(("Организация", 30, 4), ("Привлечение", 1, 0), ("руководител", 1, 0), ("ей ОО", 20, 0)) == [
        "Организация", "Привлечение", "руководителей ОО"]
    assert _spaced(("участия", 30, 4), ("деятельности", 1, 0), ("стажерских площадок", 20, 0)) == [
        "участия", "деятельности", "стажерских площадок"]  # a word the dictionary lacks, not an ending
    # no room for the space, an abbreviation in quotes cut in its capitals: the next line closes the quote
    assert _spaced(("ГБУ ПО", 30, 4), ("«ЦППМиСПП", 1, 0), ("О» БПК БР", 20, 0)) == ["ГБУ ПО", "«ЦППМиСППО» БПК БР"]
    assert _spaced(("ГБУ ПО", 30, 4), ("«ЦППМиСПП", 1, 0), ("«ОО» БПК", 20, 0)) == ["ГБУ ПО", "«ЦППМиСПП", "«ОО» БПК"]
    assert _spaced(("ГБУ ПО", 30, 4), ("«Школа", 1, 0), ("РОСАТОМ»", 20, 0)) == ["ГБУ ПО", "«Школа", "РОСАТОМ»"]


def test_a_paragraph_ending_near_the_edge_stays_apart_from_a_preposition_a_number_or_a_word_cut_again():
    """Room for the space the cell's wraps carry and none printed, less than a glyph and a half: a
    cut or a paragraph's end (a stacked cell). A word before a preposition of its own, a word of
    letters before digits, a word before a word the column cut once more end their paragraphs."""
    assert _spaced(("Отдел", 40, 4), ("рекомендации", 6, 0), ("по плану", 20, 0)) == ["Отдел", "рекомендации",
                                                                                        "по плану"]
    assert _spaced(("Отдел", 40, 4), ("периода", 6, 0), ("2021 г.", 20, 0)) == ["Отдел", "периода", "2021 г."]
    assert _spaced(("Отдел", 40, 4), ("функционирования", 6, 0), ("профилак", 1, 0), ("тика учебной", 20, 0)) == [
        "Отдел", "функционирования", "профилактика учебной"]
    assert _spaced(("Отдел", 40, 4), ("проект", 6, 0), ("ировани", 1, 0), ("я школ", 20, 0)) == [
        "Отдел", "проектирования школ"]  # one word cut twice: the pieces join into a word


def test_a_particle_standing_alone_after_a_word_whose_paragraph_ended_at_the_edge_stays_apart():
    # a stacked cell's paragraph ends carry no space glyph: "графику" ends an entry, "не реже" opens the next
    assert _spaced(("по", 40, 4), ("графику", 7, 0), ("не реже 2 раз", 20, 0)) == ["по", "графику", "не реже 2 раз"]
    # a one-letter conjunction too: "Подготовкаи" is no word, so "и" opens the next entry
    assert _spaced(("по", 40, 4), ("Подготовка", 7, 0), ("и запуск сайта", 20, 0)) == [
        "по", "Подготовка", "и запуск сайта"]
    # ...but a word the column cut before a one-letter ending still glues ("неуспешност|и", "методик|и")
    assert _spaced(("по", 40, 4), ("методик", 7, 0), ("и школы", 20, 0)) == ["по", "методики школы"]
    # ...but a join the dictionary knows is one word cut, though both pieces are words ("даль|не", "мест|но")
    assert _spaced(("по", 40, 4), ("даль", 7, 0), ("не от", 20, 0)) == ["по", "дальне от"]
