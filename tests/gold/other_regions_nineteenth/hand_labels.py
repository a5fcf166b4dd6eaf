# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the session-42 blind set (h11blind18; kept outside the project, scored only as totals by score.py).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full, from
docs/spec/deadlines.md, docs/spec/executors.md and the rulings (tests/gold/deadlines R1-R40, executors R1-R20,
other_regions O1-O76) and the labels earlier sets gave the same wording. No cell was given to the project's
normalisers before it was labelled.

Two parts, kept apart:
* PART A (source id K01): real cells copied verbatim from a public plan found with the search tool (pages corpus).
  84 searches (pages, docs, code) found almost only addresses already used by tests/gold or the earlier blind sets.
* PART B (source ids KW01-KW06): WRITTEN cells (the brief's part B, because part A gave fewer than 40 executor
  cells), written in the manner of real plans of real municipalities/regions other than the four sample
  municipalities, before reading any normaliser code, vocabulary or test; names of people and institutions
  invented. Their source field ("url") is "written".
Source ids are unique across the blind sets (P, Q, V, W, Y, Z, now K).
"""
from datetime import date

from build import D, M, Q, Y, months_in, quarters_in, weeks_in, yearly  # noqa: F401
from hand_label_helpers import CAL_SEEN, UNK, A, O, R, X  # noqa: F401
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import months_interval as _months
from hand_label_helpers import plan_period as _pp
from hand_label_helpers import school_year as _school
from hand_label_helpers import source as _src

MS, SC, SCH = "methodical_service", "schools", "school"
WRITTEN = "written"
TITLE = "the plan title names its period (spec; O1)"

SOURCES = {
    # ---------------- PART A: real cells -------------------------------------------------------------------
    "K01": _src("https://base.garant.ru/408348497/948c9c0734b6e944a4727660f2d5a027", "Иркутская область", None,
                "Перечень мероприятий государственной региональной программы Иркутской области \"Повышение финансовой грамотности населения Иркутской области\" на 2021 - 2024 годы на 2023 - 2024 годы (III этап) (приложение 2 к распоряжению Правительства Иркутской области от 29 декабря 2023 года N 904-рп; строка 1.1, столбец \"Ответственный исполнитель\"; срок строки в сохранённой странице не виден)"),
    # ---------------- PART B: written cells ---------------------------------------------------------------
    "KW01": _src(WRITTEN, "Тамбовская область", "Моршанский муниципальный округ",
                 "План мероприятий («дорожная карта») по повышению качества общего образования в Моршанском муниципальном округе на 2025-2026 учебный год (написанные ячейки по образцу муниципальных дорожных карт, не реальный документ)",
                 _school(2025), True, TITLE + ": \"на 2025-2026 учебный год\""),
    "KW02": _src(WRITTEN, "Республика Марий Эл", None,
                 "Комплекс мер по профилактике деструктивного поведения обучающихся в Республике Марий Эл на 2024-2026 годы (республиканский план; написанные ячейки, не реальный документ)",
                 _cal(2024, 2026), False, TITLE + ": \"на 2024-2026 годы\""),
    "KW03": _src(WRITTEN, "Алтайский край", "Змеиногорский район",
                 "План мероприятий, посвящённых 80-летию Победы в Великой Отечественной войне, в Змеиногорском районе на 2025 год (написанные ячейки, не реальный документ)",
                 _cal(2025), False, TITLE + ": \"на 2025 год\""),
    "KW04": _src(WRITTEN, "Кировская область", "город Слободской",
                 "Годовой план работы МКДОУ «Детский сад № 8 «Рябинка» г. Слободского на 2025-2026 учебный год (план детского сада; написанные ячейки, не реальный документ)",
                 _school(2025), True, TITLE + ": \"на 2025-2026 учебный год\""),
    "KW05": _src(WRITTEN, "Ярославская область", "Угличский муниципальный район",
                 "План основных мероприятий Угличского муниципального района в области гражданской обороны, предупреждения и ликвидации чрезвычайных ситуаций, обеспечения пожарной безопасности и безопасности людей на водных объектах на 2025 год (написанные ячейки, не реальный документ)",
                 _cal(2025), False, TITLE + ": \"на 2025 год\""),
    "KW06": _src(WRITTEN, "Оренбургская область", "Бугурусланский район",
                 "Межведомственный план мероприятий по организации отдыха, оздоровления и занятости детей и подростков Бугурусланского района в 2025 году (написанные ячейки, не реальный документ)",
                 _cal(2025), False, TITLE + ": \"в 2025 году\""),
}

PART_A = {sid for sid in SOURCES if not sid.startswith("KW")}


def deadlines(sources):
    def p(sid):
        return _pp(sources, sid)

    return [
        # ======== PART A: no deadline cell (the row's deadline is not in the stored page) ========
        # ======== PART B (written) ========
        # KW01 (school year 2025-2026; Sep-Dec in the first year, Jan-Aug in the second (spec); no year_assumed outside
        #       multi-year calendar plans (spec, O14))
        ("KW01", "сентябрь 2025 г.", _months(2025, 9)),
        # "до <day month>": the due day, note null (O5); a day without a year placed in the period (O50)
        ("KW01", "до 1 октября", _day(2025, 10, 1)),
        # abbreviated "в течение учебного года": continuous over the plan period, note null (R30)
        ("KW01", "в теч. уч. года", dict(kind="continuous")),
        # bare months in a school-year plan placed one by one, not touching -> multi, months as written (R14, R15, R17)
        ("KW01", "ноябрь, март", dict(kind="multi", occ=[M(2025, 11), M(2026, 3)], months=[11, 3])),
        # schedule phrase: by_schedule over the plan period, note the phrase (spec, R36)
        ("KW01", "по графику проведения ВПР", dict(kind="by_schedule", note="по графику проведения ВПР")),
        # monthly day-of-month rule: one occurrence per calendar month of the period, day 5, note null (O9, S01)
        ("KW01", "ежемесячно до 5 числа", dict(kind="recurring", freq="monthly", dom=5, occ=months_in(p("KW01")))),
        # KW02 (calendar 2024-2026)
        ("KW02", "2024 - 2026 гг.", dict(kind="interval", occ=[Y(2024, 2026)], months=[])),
        # yearly rule naming one day without a year (spec "ежегодно до 25 января"), note null
        ("KW02", "ежегодно, до 20 декабря",
         dict(kind="recurring", freq="yearly", months=[12], dom=20, occ=yearly(p("KW02"), 12, day=20))),
        ("KW02", "II квартал 2025 г.", dict(kind="interval", occ=[Q(2025, 2)], months=[])),
        # calendar quarters (R21), day 10, what "следующего за отчетным кварталом" adds goes to note (O9, R35)
        ("KW02", "ежеквартально, до 10 числа месяца, следующего за отчетным кварталом",
         dict(kind="recurring", freq="quarterly", dom=10, occ=quarters_in(p("KW02")),
              note="до 10 числа месяца, следующего за отчетным кварталом")),
        # spec "По итогам мероприятий" is by_schedule; the phrase is the note (R36)
        ("KW02", "по итогам мониторинга", dict(kind="by_schedule", note="по итогам мониторинга")),
        # KW03 (calendar 2025; single-year plan, no year_assumed (O14))
        ("KW03", "до 1 мая", _day(2025, 5, 1)),
        # the time of day goes to note (O32)
        ("KW03", "9 мая, 10.00", _day(2025, 5, 9, note="10.00")),
        ("KW03", "22 июня", _day(2025, 6, 22)),
        ("KW03", "в течение года", dict(kind="continuous")),
        ("KW03", "апрель-май", _months(2025, 4, 2025, 5)),
        # an event whose dates the plan does not give: by_schedule, note the phrase (O52)
        ("KW03", "в период проведения акции «Георгиевская ленточка»",
         dict(kind="by_schedule", note="в период проведения акции «Георгиевская ленточка»")),
        # KW04 (school year 2025-2026; a kindergarten's own plan)
        ("KW04", "сентябрь, май", dict(kind="multi", occ=[M(2025, 9), M(2026, 5)], months=[9, 5])),
        # a count with "раз": times 1; квартал = calendar quarter, clipped to the school year (R21, R26)
        ("KW04", "1 раз в квартал", dict(kind="recurring", freq="quarterly", times=1, occ=quarters_in(p("KW04")))),
        # the summer period of a kindergarten read as the holidays (R32): continuous, yearly, months [6, 7, 8]
        ("KW04", "в летний оздоровительный период",
         dict(kind="continuous", freq="yearly", months=[6, 7, 8], occ=[M(2026, 6, 2026, 8)])),
        ("KW04", "по плану ГМО", dict(kind="by_schedule", note="по плану ГМО")),
        # every day: continuous with note "ежедневно" (O63)
        ("KW04", "ежедневно", dict(kind="continuous", note="ежедневно")),
        # KW05 (calendar 2025)
        # an abbreviated quarter without a year: the quarter of the plan's year, months [] (R17)
        ("KW05", "I кв.", dict(kind="interval", occ=[Q(2025, 1)], months=[])),
        # a day.month without a year placed in the period (O50), "до" encoded by the kind (O5), months [3] (O6)
        ("KW05", "до 15.03", _day(2025, 3, 15)),
        # a fire-hazard season is a schedule phrase (sixteenth set's classes; O52)
        ("KW05", "в пожароопасный период", dict(kind="by_schedule", note="в пожароопасный период")),
        # the parenthesis goes to note (R35)
        ("KW05", "март – апрель (в период паводка)",
         dict(kind="interval", occ=[M(2025, 3, 2025, 4)], months=[3, 4], note="в период паводка")),
        ("KW05", "октябрь (месячник ГЗ)", dict(kind="interval", occ=[M(2025, 10)], months=[10], note="месячник ГЗ")),
        # KW06 (calendar 2025)
        ("KW06", "до 25 мая 2025 г.", _day(2025, 5, 25)),
        ("KW06", "июнь-август", _months(2025, 6, 2025, 8)),
        # "с … по …" with both ends is a plain interval (O50, O75); months from start to end month (O49)
        ("KW06", "с 02.06 по 22.06", dict(kind="interval", occ=[(date(2025, 6, 2), date(2025, 6, 22))], months=[6])),
        ("KW06", "ежемесячно", dict(kind="recurring", freq="monthly", occ=months_in(p("KW06")))),
        # on request, the requester named (R37)
        ("KW06", "по заявкам ОО", dict(kind="on_demand", note="по заявкам ОО")),
    ]


EXECUTORS = [
    # ======== PART A ========
    # K01 (a regional plan: a shared genitive after "X и Y" belongs to both (O30), one executor per complement (O76);
    #      groups the plan does not name further are other + unknown_executor (spec, O41))
    ("K01", "Участники и соисполнители Программы",
     [("Участники", "участники Программы", None, O, 0),
      ("соисполнители Программы", "соисполнители Программы", None, O, 0)], UNK),
    # ======== PART B (written) ========
    # KW01 (a municipal plan: the district's education authority is authority; a municipal methodical centre is
    #       methodical_service; an abbreviation is read from the same plan's other cells (O59); "ОО" undefined takes
    #       the common reading (O39); roles keep their organisation (R12); schools are school (spec))
    ("KW01", "Управление образования администрации Моршанского муниципального округа, МКУ «Информационно-методический центр»",
     [("Управление образования администрации Моршанского муниципального округа",
       "Управление образования", None, A, 0),
      ("МКУ «Информационно-методический центр»", "МКУ «Информационно-методический центр»", "ИМЦ", MS, 0)]),
    ("KW01", "УО, ИМЦ, руководители ОО",
     [("УО", "Управление образования", "УО", A, 0),
      ("ИМЦ", "МКУ «Информационно-методический центр»", "ИМЦ", MS, 0),
      ("руководители ОО", "руководители образовательных организаций", None, R, 0)]),
    # names run together split where the next begins (spec); abbreviated post expanded, plural kept (O43)
    ("KW01", "Руководители ОО Зам. директоров по УВР",
     [("Руководители ОО", "руководители образовательных организаций", None, R, 0),
      ("Зам. директоров по УВР", "заместители директоров по УВР", None, R, 0)]),
    ("KW01", "МБОУ СОШ № 1 г. Моршанска, МБОУ «Лицей № 3», МБОУ Новотомниковская СОШ",
     [("МБОУ СОШ № 1 г. Моршанска", "МБОУ СОШ № 1 г. Моршанска", None, SCH, 0),
      ("МБОУ «Лицей № 3»", "МБОУ «Лицей № 3»", None, SCH, 0),
      ("МБОУ Новотомниковская СОШ", "МБОУ Новотомниковская СОШ", None, SCH, 0)]),
    # a regional institute in a municipal plan is external (O18, sample gold); by_agreement (R19)
    ("KW01", "ТОГОАУ ДПО «Институт повышения квалификации работников образования» (по согласованию)",
     [("ТОГОАУ ДПО «Институт повышения квалификации работников образования»",
       "ТОГОАУ ДПО «Институт повышения квалификации работников образования»", None, X, 1)]),
    # a position followed by its holder is one role named by the position, organisation written out (O29, O26)
    ("KW01", "Начальник УО Гончарова Е.В.",
     [("Начальник УО Гончарова Е.В.", "начальник управления образования", None, R, 0)]),
    # a plural head over coordinated complements: one role per complement, the first mention keeps the head (O76, O58)
    ("KW01", "методисты ИМЦ, руководители ШМО и РМО",
     [("методисты ИМЦ", "методисты МКУ «Информационно-методический центр»", None, R, 0),
      ("руководители ШМО", "руководители школьных методических объединений", None, R, 0),
      ("РМО", "руководители районных методических объединений", None, R, 0)]),
    # KW02 (a regional plan: the region's ministries are authority (O16); its institute of education development is
    #       methodical_service (O18); municipal education authorities of its territory are authority, the participial
    #       clause does not split (O16, O22); federal territorial offices are external (O16); a body the plan does
    #       not spell out keeps its written short name (R5))
    ("KW02", "Министерство образования и науки Республики Марий Эл, ГБУ ДПО Республики Марий Эл «Марийский институт образования»",
     [("Министерство образования и науки Республики Марий Эл", "Министерство образования и науки Республики Марий Эл", None, A, 0),
      ("ГБУ ДПО Республики Марий Эл «Марийский институт образования»",
       "ГБУ ДПО Республики Марий Эл «Марийский институт образования»", None, MS, 0)]),
    ("KW02", "органы местного самоуправления муниципальных образований в Республике Марий Эл, осуществляющие управление в сфере образования (по согласованию)",
     [("органы местного самоуправления муниципальных образований в Республике Марий Эл, осуществляющие управление в сфере образования",
       "органы местного самоуправления муниципальных образований в Республике Марий Эл, осуществляющие управление в сфере образования", None, A, 1)]),
    ("KW02", "Минздрав Республики Марий Эл Минмолодежи Республики Марий Эл",
     [("Минздрав Республики Марий Эл", "Минздрав Республики Марий Эл", None, A, 0),
      ("Минмолодежи Республики Марий Эл", "Минмолодежи Республики Марий Эл", None, A, 0)]),
    ("KW02", "МВД по Республике Марий Эл (по согласованию); Управление Роскомнадзора по Республике Марий Эл (по согласованию)",
     [("МВД по Республике Марий Эл", "МВД по Республике Марий Эл", None, X, 1),
      ("Управление Роскомнадзора по Республике Марий Эл", "Управление Роскомнадзора по Республике Марий Эл", None, X, 1)]),
    # "(далее – X)" is a definition, X the abbreviation, not extra text (O23); a regional centre of the education
    # system that is neither authority nor methodical is other (O68, as the monitoring centre)
    ("KW02", "ГБУ Республики Марий Эл «Центр психолого-педагогической и медико-социальной помощи» (далее – ЦППМСП)",
     [("ГБУ Республики Марий Эл «Центр психолого-педагогической и медико-социальной помощи»",
       "ГБУ Республики Марий Эл «Центр психолого-педагогической и медико-социальной помощи»", "ЦППМСП", O, 0)]),
    ("KW02", "ЦППМСП, образовательные организации (по согласованию)",
     [("ЦППМСП", "ГБУ Республики Марий Эл «Центр психолого-педагогической и медико-социальной помощи»", "ЦППМСП", O, 0),
      ("образовательные организации", "образовательные организации", None, SC, 1)]),
    ("KW02", "Заместитель Председателя Правительства Республики Марий Эл Иванова Н.Г.",
     [("Заместитель Председателя Правительства Республики Марий Эл Иванова Н.Г.",
       "заместитель Председателя Правительства Республики Марий Эл", None, R, 0)]),
    # KW03 (a district plan: the district's committees are authority (O17, spec); culture institutions, veterans'
    #       councils, social-service centres, the police office and the district newspaper are external (O40, O59, O16);
    #       additional-education bodies are other (O59); bodies with a legal form run together split (O59))
    ("KW03", "Комитет по культуре и делам молодежи Администрации Змеиногорского района",
     [("Комитет по культуре и делам молодежи Администрации Змеиногорского района",
       "Комитет по культуре и делам молодежи", None, A, 0)]),
    ("KW03", "Комитет по образованию, МКУК «Змеиногорская централизованная клубная система»",
     [("Комитет по образованию", "Комитет по образованию", None, A, 0),
      ("МКУК «Змеиногорская централизованная клубная система»", "МКУК «Змеиногорская централизованная клубная система»", None, X, 0)]),
    ("KW03", "Главы сельсоветов (по согласованию)",
     [("Главы сельсоветов", "главы сельсоветов", None, R, 1)]),
    ("KW03", "Совет ветеранов района, КГБУСО «Комплексный центр социального обслуживания населения Змеиногорского района»",
     [("Совет ветеранов района", "Совет ветеранов района", None, X, 0),
      ("КГБУСО «Комплексный центр социального обслуживания населения Змеиногорского района»",
       "КГБУСО «Комплексный центр социального обслуживания населения Змеиногорского района»", None, X, 0)]),
    ("KW03", "МБОУ Змеиногорская СОШ с УИОП МБОУ «Барановская СОШ» МБУ ДО «ДДТ»",
     [("МБОУ Змеиногорская СОШ с УИОП", "МБОУ Змеиногорская СОШ с УИОП", None, SCH, 0),
      ("МБОУ «Барановская СОШ»", "МБОУ «Барановская СОШ»", None, SCH, 0),
      ("МБУ ДО «ДДТ»", "МБУ ДО «ДДТ»", None, O, 0)]),
    ("KW03", "Отделение МВД России по Змеиногорскому району (по согласованию)",
     [("Отделение МВД России по Змеиногорскому району", "Отделение МВД России по Змеиногорскому району", None, X, 1)]),
    ("KW03", "Редакция газеты «Змеиногорский вестник»",
     [("Редакция газеты «Змеиногорский вестник»", "Редакция газеты «Змеиногорский вестник»", None, X, 0)]),
    # KW04 (a kindergarten's own plan: single posts stay singular, abbreviations expanded (O26, O43, O60); "Педагоги ДОУ"
    #       is the plan's own institution in the singular (spec, O60); a bare "Администрация" is its administration, a
    #       role (O74); a working group of the institution is a collegial body inside the system, other (O40, O67))
    ("KW04", "Заведующий, ст. воспитатель",
     [("Заведующий", "заведующий", None, R, 0), ("ст. воспитатель", "старший воспитатель", None, R, 0)]),
    ("KW04", "Воспитатели групп Музыкальный руководитель",
     [("Воспитатели групп", "воспитатели групп", None, R, 0),
      ("Музыкальный руководитель", "музыкальный руководитель", None, R, 0)]),
    ("KW04", "Педагоги ДОУ, родители воспитанников",
     [("Педагоги ДОУ", "педагоги дошкольного образовательного учреждения", None, R, 0),
      ("родители воспитанников", "родители воспитанников", None, R, 0)]),
    ("KW04", "Инструктор по ФК Шубина О.А.",
     [("Инструктор по ФК Шубина О.А.", "инструктор по физической культуре", None, R, 0)]),
    # staff of a body outside the institution named with it are a role keeping the organisation (O73, R12)
    ("KW04", "Медицинская сестра КОГБУЗ «Слободская ЦРБ» (по согласованию)",
     [("Медицинская сестра КОГБУЗ «Слободская ЦРБ»", "медицинская сестра КОГБУЗ «Слободская ЦРБ»", None, R, 1)]),
    ("KW04", "Администрация, творческая группа",
     [("Администрация", "администрация", None, R, 0), ("творческая группа", "творческая группа", None, O, 0)]),
    # KW05 (a district civil-protection plan: the administration's department is authority, commas of its fields stay
    #       in the name (O22, sixteenth "… делам ГО, ЧС"); an unexplained commission abbreviation is other +
    #       unknown_executor (O41); ЕДДС, fire-service units, the hospital and the police office are external (O16,
    #       O40, sixteenth "7 ОФПС"); coordinated adjectives before a shared plural noun give one role each, the
    #       singular adjective its own number (sixteenth "сельских и городского поселений"))
    ("KW05", "Отдел по ВМР, ГО и ЧС Администрации Угличского муниципального района",
     [("Отдел по ВМР, ГО и ЧС Администрации Угличского муниципального района",
       "Отдел по ВМР, ГО и ЧС", None, A, 0)]),
    ("KW05", "КЧС и ОПБ района", [("КЧС и ОПБ района", "КЧС и ОПБ района", None, O, 0)], UNK),
    ("KW05", "МКУ «ЕДДС Угличского МР», 31 ПСЧ 8 ПСО ФПС ГПС ГУ МЧС России по Ярославской области (по согласованию)",
     [("МКУ «ЕДДС Угличского МР»", "МКУ «ЕДДС Угличского МР»", None, X, 0),
      ("31 ПСЧ 8 ПСО ФПС ГПС ГУ МЧС России по Ярославской области",
       "31 ПСЧ 8 ПСО ФПС ГПС ГУ МЧС России по Ярославской области", None, X, 1)]),
    ("KW05", "Управление образования, руководители ОУ",
     [("Управление образования", "Управление образования", None, A, 0),
      ("руководители ОУ", "руководители образовательных учреждений", None, R, 0)]),
    ("KW05", "Главы городского и сельских поселений (по согласованию)",
     [("Главы городского", "главы городского поселения", None, R, 1),
      ("сельских поселений", "главы сельских поселений", None, R, 1)]),
    ("KW05", "Руководители организаций независимо от форм собственности",
     [("Руководители организаций независимо от форм собственности",
       "руководители организаций независимо от форм собственности", None, R, 0)]),
    ("KW05", "ГУ ЯО «Угличская ЦРБ» (по согласованию) ОМВД России по Угличскому району (по согласованию)",
     [("ГУ ЯО «Угличская ЦРБ»", "ГУ ЯО «Угличская ЦРБ»", None, X, 1),
      ("ОМВД России по Угличскому району", "ОМВД России по Угличскому району", None, X, 1)]),
    # KW06 (a district interagency plan: the district's education and culture/youth departments are authority (O17);
    #       social-service, health and federal offices are external (O16, O40); the commas of the districts served
    #       stay inside the office's name (O22); КДН common (spec), external (R11); a role keeps an unexplained
    #       abbreviation as written (O26))
    ("KW06", "Отдел образования администрации МО Бугурусланский район, начальники лагерей с дневным пребыванием детей",
     [("Отдел образования администрации МО Бугурусланский район", "Отдел образования", None, A, 0),
      ("начальники лагерей с дневным пребыванием детей", "начальники лагерей с дневным пребыванием детей", None, R, 0)]),
    ("KW06", "ГАУСО «Комплексный центр социального обслуживания населения» в г. Бугуруслане и Бугурусланском районе (по согласованию)",
     [("ГАУСО «Комплексный центр социального обслуживания населения» в г. Бугуруслане и Бугурусланском районе",
       "ГАУСО «Комплексный центр социального обслуживания населения» в г. Бугуруслане и Бугурусланском районе", None, X, 1)]),
    ("KW06", "ТО Управления Роспотребнадзора по Оренбургской области в г. Бугуруслане, Бугурусланском, Северном, Абдулинском районах (по согласованию)",
     [("ТО Управления Роспотребнадзора по Оренбургской области в г. Бугуруслане, Бугурусланском, Северном, Абдулинском районах",
       "ТО Управления Роспотребнадзора по Оренбургской области в г. Бугуруслане, Бугурусланском, Северном, Абдулинском районах", None, X, 1)]),
    ("KW06", "КДН и ЗП, ПДН МО МВД России «Бугурусланский» (по согласованию)",
     [("КДН и ЗП", "комиссия по делам несовершеннолетних и защите их прав", "КДН и ЗП", X, 0),
      ("ПДН МО МВД России «Бугурусланский»", "ПДН МО МВД России «Бугурусланский»", None, X, 1)]),
    ("KW06", "ГБУЗ «ГБ» г. Бугуруслана", [("ГБУЗ «ГБ» г. Бугуруслана", "ГБУЗ «ГБ» г. Бугуруслана", None, X, 0)]),
    ("KW06", "Директора ОО Начальники ЛДП",
     [("Директора ОО", "директора образовательных организаций", None, R, 0),
      ("Начальники ЛДП", "начальники ЛДП", None, R, 0)]),
    ("KW06", "Отдел культуры администрации района; Отдел по делам молодежи, физической культуре и спорту администрации района",
     [("Отдел культуры администрации района", "Отдел культуры", None, A, 0),
      ("Отдел по делам молодежи, физической культуре и спорту администрации района",
       "Отдел по делам молодежи, физической культуре и спорту", None, A, 0)]),
]
