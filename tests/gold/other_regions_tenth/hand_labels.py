# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the tenth other-regions set (session 36; see README.md, cells in notes_raw.txt).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full.
No cell was given to the project's normalisers before it was labelled.
"""
from hand_label_helpers import CAL_SEEN, UNK, A, O, X
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import months_interval as _mon
from hand_label_helpers import persons as _persons
from hand_label_helpers import role as _role
from hand_label_helpers import school_year as _sy
from hand_label_helpers import source as _src
from hand_label_helpers import span as _span

SOURCES = {
    "T001": _src("https://arkh-gov.ru/doc/357", "Архангельская область", "город Северодвинск",
                 "План мероприятий по весенней уборке и благоустройству (название не видно на сохранённой странице: таблица с первой строки; столбцы «Мероприятия», «Срок исполнения», «Исполнитель»; строки 1-5)",
                 _cal(2004), False, CAL_SEEN + ": 2004"),
    "T002": _src("https://uotih.narod.ru/mun_kal_II_polugod_sparta.htm", "Краснодарский край", "Тихорецкий район",
                 "Календарь районной спартакиады учащихся общеобразовательных учреждений муниципального образования Тихорецкий район на II полугодие 2009-2010 учебного года (приложение № 2 к приказу управления образования от 09.09.2009 № 780; столбец «Дата проведения»; строки 1-6)",
                 _sy(2009), True, "title: 2009-2010 учебного года (school year)"),
    "T003": _src("http://old-kozlov.cap.ru/SiteMap.aspx?id=510161", "Чувашская Республика", "Козловский район",
                 "План мероприятий по подготовке и проведению в Козловском районе в 2008 году Дней защиты от экологической опасности (15 апреля – 5 июня) (утв. распоряжением главы Козловского района от 09.04.2008 № 75; строка 1)",
                 _cal(2008), False, "title: в 2008 году (calendar; the campaign's own days in the title do not change the plan period)"),
    "T004": _src("https://sverdlovsk-gov.ru/doc/5991", "Свердловская область", "город Новоуральск",
                 "План мероприятий по программе «Родники» (обустройство источников нецентрализованного водоснабжения; название и год не видны на сохранённой странице: таблица с первой строки; столбец «Ответственный исполнитель»; строки 1-6)"),
    # --SOURCES-END--
}


def deadlines(sources):
    return [
        # T001 (calendar 2004 from the years the cells write; "До <date>" is that day (O5); two merged sub-rows with a date each that
        #       do not touch are multi, one day each (F7); "2 кв. <year>" the quarter, months empty as every quarter of the earlier sets ("2 кв. 2017 г."))
        ("T001", "До 25.04.2004", _day(2004, 4, 25)),
        ("T001", "До 01.05.2004 До 09.05.2004",
         dict(kind="multi", occ=[_span(2004, 5, 1, 2004, 5, 1), _span(2004, 5, 9, 2004, 5, 9)], months=[5])),
        ("T001", "2 кв. 2004 г.", dict(kind="interval", occ=[_span(2004, 4, 1, 2004, 6, 30)], months=[])),
        # T002 (school year 2009-2010; January without a year is in the second year; listed days that touch are one interval (R15, O7,
        #       as D034 "2, 3, 4 января"), also when each day stands on its own line (merged sub-rows of classes); a nominative month
        #       after a day number is that day ("23 январь 2010 г."))
        ("T002", "4, 5, 6 января", dict(kind="interval", occ=[_span(2010, 1, 4, 2010, 1, 6)], months=[1])),
        ("T002", "8, 9, 10 января", dict(kind="interval", occ=[_span(2010, 1, 8, 2010, 1, 10)], months=[1])),
        ("T002", "11 января 12 января 13 января", dict(kind="interval", occ=[_span(2010, 1, 11, 2010, 1, 13)], months=[1])),
        ("T002", "23 январь 2010 г.", _day(2010, 1, 23)),
        ("T002", "23, 24 января", dict(kind="interval", occ=[_span(2010, 1, 23, 2010, 1, 24)], months=[1])),
        ("T002", "30, 31 января", dict(kind="interval", occ=[_span(2010, 1, 30, 2010, 1, 31)], months=[1])),
        # T003 (calendar 2008; a month without a year in a one-year plan is that month, no year_assumed (O14))
        ("T003", "апрель", _mon(2008, 4)),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # T001 (a city plan: enterprises and organisations outside the administration are external (spec); a federal enterprise's shop is
    #       external; "СМУП …" and the quoted "ГорВиК" are not explained on the page: other + unknown_executor (O59, O71); a plural post
    #       over listed genitives is one role per genitive (O76); the city's departments are authority (O17, O61); "комитет ЖКХ, ТиС" is
    #       one committee whose name keeps its comma (spec: a stray comma inside one name does not split); companies are external)
    ("T001", "Жилищно-коммунальные предприятия, СМУП САХ, цех 19 ФГУП \"ПО \"Севмаш\", СМУП ЖКХ, \"ГорВиК\"",
     [("Жилищно-коммунальные предприятия", "жилищно-коммунальные предприятия", None, X, 0),
      ("СМУП САХ", "СМУП САХ", None, O, 0),
      ("цех 19 ФГУП \"ПО \"Севмаш\"", "цех 19 ФГУП «ПО «Севмаш»»", None, X, 0),
      ("СМУП ЖКХ", "СМУП ЖКХ", None, O, 0),
      ("\"ГорВиК\"", "«ГорВиК»", None, O, 0)], UNK),
    ("T001", "Руководители предприятий, организаций, жилищно коммунальных предприятий, управление образования, управление здравоохранения, управление культуры",
     [_role("Руководители предприятий", "руководители предприятий"),
      _role("организаций", "руководители организаций"),
      _role("жилищно коммунальных предприятий", "руководители жилищно коммунальных предприятий"),
      ("управление образования", "Управление образования", None, A, 0),
      ("управление здравоохранения", "Управление здравоохранения", None, A, 0),
      ("управление культуры", "Управление культуры", None, A, 0)]),
    ("T001", "Предприятия, организации, комитет ЖКХ, ТиС",
     [("Предприятия", "предприятия", None, X, 0), ("организации", "организации", None, X, 0),
      ("комитет ЖКХ, ТиС", "Комитет ЖКХ, ТиС", None, A, 0)]),
    ("T001", "ООО \"Ремстройуслуги\", ООО \"Торгинвест\", ООО \"Паркет\"",
     [("ООО \"Ремстройуслуги\"", "ООО «Ремстройуслуги»", None, X, 0), ("ООО \"Торгинвест\"", "ООО «Торгинвест»", None, X, 0),
      ("ООО \"Паркет\"", "ООО «Паркет»", None, X, 0)]),
    # T004 (persons by surname and initials are roles, name as written, also when several follow each other with only spaces; the
    #       initials are not mended (O20, O69))
    ("T004", "Кудрявцев А.В.", _persons("Кудрявцев А.В.")),
    ("T004", "Гусева Н.Г.", _persons("Гусева Н.Г.")),
    ("T004", "Голышев В.Н Гусева Н.Г.", _persons("Голышев В.Н", "Гусева Н.Г.")),
    ("T004", "Быстрикова Л.А. Новикова Л.Г.", _persons("Быстрикова Л.А.", "Новикова Л.Г.")),
    ("T004", "Быстрикова Л.А. Кондрич М.М.", _persons("Быстрикова Л.А.", "Кондрич М.М.")),
    ("T004", "Новикова Г.М.", _persons("Новикова Г.М.")),
    # --EXECUTORS-END--
]
