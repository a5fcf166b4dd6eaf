"""Executor classes the fourth other-regions set (tests/gold/other_regions_fourth/) showed broken, with examples
of our own, read as a municipality no glossary file exists for."""

from __future__ import annotations

import pytest
from unseen_reading import read


# -- posts of museums, libraries, houses of culture and forestries; students -----------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Хранитель музейных предметов Сидорова О.П.", [("хранитель музейных предметов", "role")]),
    ("Заведующий музеем Иванов П.П., хранитель Петрова А.А.", [("заведующий музеем", "role"), ("хранитель", "role")]),
    ("Экскурсоводы", [("экскурсоводы", "role")]),
    ("Хормейстер Кузнецова Л.М.", [("хормейстер", "role")]),
    ("Отдел сельского хозяйства администрации, лесничие", [("Отдел сельского хозяйства администрации", "authority"),
                                                           ("лесничие", "role")]),
    ("Преподаватели, студенты 2 курса", [("преподаватели", "role"), ("студенты 2 курса", "role")]),
])
def test_culture_and_forestry_posts_and_students_are_roles(cell, expected):
    assert read(cell) == expected


def test_a_single_post_of_a_house_of_culture_stays_singular_before_its_body():
    assert read("Режиссёр РДК Савина Т.Т.") == [("режиссёр районного дома культуры", "role")]


# -- one school named without a number ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Школа", [("Школа", "school")]),
    ("Школа, сельский клуб", [("Школа", "school"), ("сельский клуб", "external")]),
    ("Озёрская ООШ", [("Озёрская ООШ", "school")]),
    ("Озёрская ООШ, Петрова Н.Н.", [("Озёрская ООШ", "school"), ("Петрова Н.Н.", "role")]),
    ("Лесная средняя школа", [("Лесная средняя школа", "school")]),
])
def test_a_school_in_the_singular_is_one_school(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize(("cell", "kind"), [("Школы", "schools"), ("СОШ", "schools"), ("Школы района", "schools")])
def test_schools_in_the_plural_or_a_bare_type_stay_the_group(cell, kind):
    assert read(cell)[0][1] == kind


# -- a library clipped with a hyphen; children's libraries by their short names ---------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("б-ка", [("библиотека", "external")]),
    ("Биб-ка Орлова Т.Т.", [("библиотека", "external"), ("Орлова Т.Т.", "role")]),
    ("Школа Б-ка", [("Школа", "school"), ("библиотека", "external")]),
    ("Сосновская б-ка", [("Сосновская б-ка", "external")]),
    ("ЦГДБ", [("центральная городская детская библиотека", "external")]),
    ("Отдел культуры, ЦРДБ", [("Отдел культуры", "authority"),
                              ("центральная районная детская библиотека", "external")]),
])
def test_libraries_clipped_or_abbreviated(cell, expected):
    assert read(cell) == expected


# -- a post opening with two modifiers ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Старший научный сотрудник", [("старший научный сотрудник", "role")]),
    ("Ведущий научный сотрудник музея, экскурсоводы", [("ведущий научный сотрудник музея", "role"),
                                                      ("экскурсоводы", "role")]),
    ("Главный государственный санитарный врач по району",
     [("главный государственный санитарный врач по району", "role")]),
    ("Отдел культуры, главный внештатный методист", [("Отдел культуры", "authority"),
                                                     ("главный внештатный методист", "role")]),
])
def test_a_post_keeps_both_modifiers_before_it(cell, expected):
    assert read(cell) == expected


# -- the territory an office serves, after its known name -------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ОНД по Сосновскому району", [("отдел надзорной деятельности по Сосновскому району", "external")]),
    ("ЕДДС по г. Озёрску, отдел культуры", [("единая дежурно-диспетчерская служба по г. Озёрску", "external"),
                                            ("отдел культуры", "authority")]),
    ("ПЧ по Лесному муниципальному району", [("пожарная часть по Лесному муниципальному району", "external")]),
])
def test_the_territory_an_office_serves_is_part_of_its_name(cell, expected):
    assert read(cell) == expected


def test_a_territorial_office_keeps_its_agreement():
    from normalizers.executors import normalize

    (office,) = normalize("ОНД по Сосновскому району (по согласованию)", "nowhere-town").executors
    assert (office.mention, office.by_agreement) == ("ОНД по Сосновскому району", True)


def test_po_before_other_words_stays_extra_text():
    from normalizers.executors import normalize

    result = normalize("ОНД по плану", "nowhere-town")
    assert [e.name for e in result.executors] == ["отдел надзорной деятельности"]
    assert "extra_text" in result.warnings


# -- two abbreviations joined by "и" inside one complement, with words depending on them ------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    # the names without the municipal qualifier (R4)
    ("Сектор по делам ГО и ЧС администрации поселения", [("Сектор по делам ГО и ЧС", "authority")]),
    ("Отдел по делам ГО и ЧС администрации района, ЕДДС", [("Отдел по делам ГО и ЧС", "authority"),
                                                           ("единая дежурно-диспетчерская служба", "external")]),
])
def test_paired_abbreviations_stay_in_one_name_before_their_dependents(cell, expected):
    assert read(cell) == expected


def test_a_capitalised_name_after_the_pair_is_still_its_own():
    assert read("ИМЦ и ЦДТ Кировского района")[0] == ("ИМЦ", "methodical_service")


# -- adjectives sharing the noun after them across a comma or "и" -----------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Управление Росреестра по Тверской и Псковской областям",
     [("Управление Росреестра по Тверской и Псковской областям", "external")]),
    ("Отдел образования Кировского и Ленинского районов", [("Отдел образования Кировского и Ленинского районов",
                                                            "authority")]),
])
def test_adjectives_sharing_a_noun_stay_in_one_name(cell, expected):
    assert read(cell) == expected


def test_a_plural_head_over_adjectives_sharing_a_noun_is_one_executor_each():
    """A plural head over adjectives sharing one noun names one group per adjective (issue 11, as "Главы
    администраций городского и сельских поселений"); "(по согласованию)" after them covers each."""
    from normalizers.executors import normalize

    assert read("Главы администраций городских, сельских поселений") == [
        ("главы администраций городских поселений", "role"), ("главы администраций сельских поселений", "role")]
    cell = "органы местного самоуправления городских, сельских поселений области (по согласованию)"
    bodies = normalize(cell, None, None, "regional").executors
    assert [(b.name, b.kind, b.by_agreement) for b in bodies] == [
        ("органы местного самоуправления городских поселений области", "authority", True),
        ("органы местного самоуправления сельских поселений области", "authority", True)]


@pytest.mark.parametrize(("cell", "count"), [
    ("Управление по Тверской области и отдел культуры", 2),  # a name of its own after "и"
    ("отдел культуры, сельские поселения", 2),  # a nominative after the comma: an executor of its own
])
def test_adjectives_that_share_no_noun_still_split(cell, count):
    assert len(read(cell)) == count


# -- bodies outside the plan's authority: voluntary societies, the militia, state institutions ------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("ВДПО, ВОСВОД", [("Всероссийское добровольное пожарное общество", "external"),
                      ("Всероссийское общество спасания на водах", "external")]),
    ("Милиция, администрация поселения", [("Милиция", "external"), ("администрация поселения", "authority")]),
    ('КУ "Центр гражданской защиты"', [("КУ «Центр гражданской защиты»", "external")]),
    ('БУ "Управление по обеспечению деятельности"', [("БУ «Управление по обеспечению деятельности»", "external")]),
])
def test_societies_militia_and_state_institutions_are_external(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("level", ["regional", "federal"])
def test_a_state_institution_named_like_a_service_stays_external_at_any_level(level):
    from normalizers.executors import normalize

    (body,) = normalize('КУ ОО "Пожарно-спасательная служба"', None, None, level).executors
    assert body.kind == "external"


def test_a_service_of_the_region_is_still_its_authority():
    from normalizers.executors import normalize

    (body,) = normalize("Служба по охране объектов культурного наследия области", None, None, "regional").executors
    assert body.kind == "authority"


# -- a department written glued to its field, like a ministry ----------------------------------------------------------
@pytest.mark.parametrize(("cell", "name"), [
    ("Депздрав", "Департамент здравоохранения"),
    ("Депобр Тверской области", "Департамент образования Тверской области"),
])
def test_a_glued_department_is_spelt_out(cell, name):
    from normalizers.executors import normalize

    (body,) = normalize(cell, None, None, "regional").executors
    assert (body.name, body.kind) == (name, "authority")


def test_a_word_opening_with_dep_is_no_department():
    assert read("Депутаты поселения") == [("депутаты поселения", "role")]


# -- the council of a museum, a library or a college is its own collegial body ---------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Совет библиотеки", [("Совет библиотеки", "other")]),
    ("Совет колледжа, кураторы групп", [("Совет колледжа", "other"), ("кураторы групп", "role")]),
    ("Совет ветеранов", [("Совет ветеранов", "external")]),
])
def test_the_council_of_an_institution(cell, expected):
    assert read(cell) == expected


# -- a unit of a library or museum named by its work or its public ----------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Отдел комплектования и обработки литературы", [("Отдел комплектования и обработки литературы", "other")]),
    ("Сектор краеведения, библиотекари", [("Сектор краеведения", "other"), ("библиотекари", "role")]),
    ("Отдел по работе с читателями", [("Отдел по работе с читателями", "other")]),
])
def test_a_unit_of_a_library_or_museum_is_other(cell, expected):
    assert read(cell) == expected


@pytest.mark.parametrize("cell", ["Отдел по работе с молодежью", "Отдел обслуживания населения администрации района",
                                  "Отдел культуры"])
def test_a_unit_of_government_stays_an_authority(cell):
    assert read(cell)[0][1] == "authority"


# -- a post of a numbered unit keeps the unit's number ---------------------------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Начальник ПЧ-45", [("начальник пожарной части № 45", "role")]),
    ("начальник пожарной части № 7, ЕДДС", [("начальник пожарной части № 7", "role"),
                                            ("единая дежурно-диспетчерская служба", "external")]),
])
def test_a_post_of_a_numbered_unit_keeps_the_number(cell, expected):
    assert read(cell) == expected


def test_the_number_is_no_stray_text():
    from normalizers.executors import normalize

    assert normalize("Начальник ПЧ № 45", "nowhere-town").warnings == []


# -- a numbered school after a post stays in the case the post governs -----------------------------------------------
@pytest.mark.parametrize(("cell", "expected"), [
    ("Директор гимназии № 4", [("директор гимназии № 4", "role")]),
    ("учителя школ № 2, 9", [("учителя школы № 2", "role"), ("учителя школы № 9", "role")]),
    ("школы № 2, 9", [("школа № 2", "school"), ("школа № 9", "school")]),
])
def test_a_numbered_school_after_a_post_keeps_its_case(cell, expected):
    assert read(cell) == expected
