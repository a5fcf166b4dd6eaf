"""Words and signs a PDF line or page end parted, put back as the writer typed them (issue 10)."""

from __future__ import annotations

from normalizers.language import are_alike, is_function_word, is_known_word, is_link_word, is_word_form
from parsers.pdf.forcedbreaks import close_forced_breaks
from parsers.pdf.text import TextLine
from pipeline.structure.cut import join_cut

GLYPH = 7.5  # points a glyph of these lines is wide
BOX = (150.0, 250.0)  # the cell's left and right edge; text starts 5 points in
TIGHT = (is_word_form, is_function_word, is_link_word)


def _line(text: str, top: float, room: float | None = None, space: float = 0.0) -> TextLine:
    """A printed line; `room`: how far short of the right text edge it stops; `space`: the space glyph after it."""
    x1 = BOX[1] - 5 - room if room is not None else 155 + GLYPH * len(text)
    return TextLine(text, 155.0, x1, top, top + 10, 12.0, False, space)


def _read(*lines: TextLine) -> list[str]:
    return [ln.text for ln in close_forced_breaks(list(lines), BOX, is_known_word, TIGHT)]


def test_a_compound_printed_with_its_hyphen_alone_on_a_line_is_one_word():
    # "семинаров-совещаний" too wide for the column: word, hyphen, word, no space glyph at either break
    assert _read(_line("семинаров", 0, 2.0), _line("-", 14), _line("совещаний для", 28, space=4.0),
                 _line("педагогов", 42)) == ["семинаров-совещаний для", "педагогов"]
    # the first line stopped well short of the edge: the hyphen is a bullet's, the item a new one
    assert _read(_line("семинаров", 0, 30.0, space=4.0), _line("- совещаний", 14)) == ["семинаров", "- совещаний"]


def test_a_dash_the_renderer_broke_after_with_room_to_spare_was_glued_to_the_next_word():
    # no space glyph after the dash though one fitted: the writer typed "–МООУСО"
    assert _read(_line("совещания –", 0, 30.0), _line("МООУСО, ОО", 14)) == ["совещания –МООУСО, ОО"]
    # the break carried its space glyph: the dash stood between spaces
    assert _read(_line("совещания –", 0, 30.0, space=4.0), _line("МООУСО, ОО", 14)) == ["совещания –", "МООУСО, ОО"]
    # a dash filling the line to the edge tells nothing: the line break stays
    assert _read(_line("совещания –", 0, 1.0), _line("МООУСО, ОО", 14)) == ["совещания –", "МООУСО, ОО"]


def test_a_closing_quote_pushed_over_after_an_exclamation_mark_goes_back():
    assert _read(_line("«#Ориентируйся!", 0, 3.0), _line("», для", 14)) == ["«#Ориентируйся!», для"]


def test_a_short_ending_the_page_cut_off_an_unknown_head_is_joined_where_the_page_cut_the_word():
    # the dictionary knows "го" as a word of its own; the join is a word form, "го" no preposition
    assert join_cut("организации внутришкольно", "го контроля", mid_word=True) == "организации внутришкольного контроля"
    assert join_cut("организации внутришкольно", "го контроля") == "организации внутришкольно\nго контроля"
    # a conjunction after an unknown head stays a word of its own
    assert join_cut("работа ВсОШ", "и олимпиад", mid_word=True) == "работа ВсОШ\nи олимпиад"


def test_a_slash_before_the_space_a_page_broke_the_row_at_keeps_its_space():
    assert join_cut("муниципальных районов/", "городских округов") == "муниципальных районов/городских округов"
    assert join_cut("муниципальных районов/", "городских округов", spaced=True) == \
        "муниципальных районов/\nгородских округов"


def test_letters_on_both_sides_of_a_break_at_a_wrap_space_stay_two_words():
    """The page broke the row's cells where the renderer wrote the space it wraps a line at: a
    conjunction opening the rest is a word of its own, though the join spells one ("функциями")."""
    assert join_cut("по возможностям, функциям", "и результатам", spaced=True) == \
        "по возможностям, функциям\nи результатам"
    assert join_cut("в федеральных вебинарах", "и семинарах", spaced=True) == "в федеральных вебинарах\nи семинарах"
    assert join_cut("оценки деятельност", "и школ", mid_word=True) == "оценки деятельности школ"


def test_a_word_of_the_field_the_dictionary_lacks_is_glued_where_the_column_cut_it():
    # "стажировочных" is in the field's lexicon (normalizers/language/lexicon.yaml), every form of it
    assert is_known_word("стажировочных") and is_known_word("Сформированности")
    assert not is_known_word("стажировочн")
    # both pieces are dictionary words ("стажиров", "очных"), the line filled to the column's edge
    assert _read(_line("стажиров", 0, 0.5), _line("очных площадках", 14)) == ["стажировочных площадках"]
    # the page cut the word where no wrap's space was printed
    assert join_cut("уровня сформированност", "и предметных", mid_word=True) == "уровня сформированности предметных"


def test_a_federal_bodys_name_of_one_word_is_known_though_the_dictionary_lacks_it():
    # "Минпрос" and "вещения" are dictionary words of their own; "Минпросвещения" is the lexicon's
    assert is_known_word("Минпросвещения") and is_known_word("Росмолодежи") and is_known_word("Росмолодёжи")
    assert _read(_line("Минпрос", 0, 1.0), _line("вещения России", 14)) == ["Минпросвещения России"]


def test_an_i_between_two_words_alike_is_a_conjunction_not_the_first_words_ending():
    """A word filling its line and an "и" opening the next: the conjunction when the word after it is
    alike (same part of speech, case and number); the ending of a word the column cut otherwise."""
    tight = (*TIGHT, are_alike)

    def read(*lines: TextLine) -> list[str]:
        return [ln.text for ln in close_forced_breaks(list(lines), BOX, is_known_word, tight)]

    assert read(_line("победителям", 0, 0.5), _line("и призерам этапа", 14, space=4.0),
                _line("олимпиады", 28)) == ["победителям", "и призерам этапа", "олимпиады"]
    assert read(_line("Мониторинг", 0, 0.5), _line("и анализ", 14, space=4.0),
                _line("доступности", 28)) == ["Мониторинг", "и анализ", "доступности"]
    assert read(_line("программам", 0, 0.5), _line("и", 14, space=4.0),
                _line("методикам работы", 28)) == ["программам", "и", "методикам работы"]
    # the next word cut by the column in turn ("профессио|нальных"): no word to compare, the cut stands
    assert read(_line("диагностик", 0, 0.5), _line("и", 14, space=4.0), _line("профессио", 28, 0.5),
                _line("нальных", 42)) == ["диагностики", "профессиональных"]
    # a name in capitals after it: no word to compare ("мониторинги АИС", an abbreviation reads as any case)
    assert read(_line("мониторинг", 0, 0.5), _line("и АИС Сетевой", 14, space=4.0),
                _line("город", 28)) == ["мониторинги АИС Сетевой", "город"]
    # "технологи|и развития": a noun in the genitive after it, the word "технологии" cut at the edge
    assert read(_line("технологи", 0, 0.5), _line("и развития", 14, space=4.0),
                _line("региона", 28)) == ["технологии развития", "региона"]
    # without the test of words alike, the join of a word and "и" is taken as the cut word it spells
    assert _read(_line("Мониторинг", 0, 0.5), _line("и анализ", 14, space=4.0),
                 _line("доступности", 28))[0] == "Мониторинги анализ"


def test_a_line_glued_over_a_word_cut_at_the_edge_ends_where_its_lowest_piece_ends():
    # "педагогическ|ими" too wide for the column: the first piece fills the line to the edge, the
    # second stops short; a break after the glued line is measured from where the text stops
    from parsers.pdf.celllines import printed_lines
    lines = close_forced_breaks([_line("педагогическ", 0, 0.5), _line("ими кадрами", 14, 10.0),
                                 _line("Отдел", 28)], BOX, is_known_word, TIGHT)
    printed = printed_lines(lines, is_known_word)
    assert [ln.text for ln in printed] == ["педагогическими кадрами", "Отдел"]
    assert printed[0].x1 == BOX[1] - 5 - 10.0
    assert lines[0].x1 == BOX[1] - 5 - 0.5  # the reader's line still spans the widest piece
