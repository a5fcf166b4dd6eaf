# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the thirteenth other-regions set (session 39; see README.md, cells in notes_raw.txt).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full.
No cell was given to the project's normalisers before it was labelled.
"""
from hand_label_helpers import UNK, A, O, X
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import source as _src
from hand_label_helpers import span as _span

SOURCES = {
    "W001": _src("https://zaki.ru/pagesnew.php?id=55408&page=7", "Московская область", "Павлово-Посадский муниципальный район",
                 "Программа мероприятий района по борьбе с туберкулезом (название и годы не видны на сохранённой странице: страница 7 документа; столбцы «Исполнитель», «Срок», финансирование по трём годам; строки 2.2.3-2.3.2)"),
    "W002": _src("https://base.garant.ru/47461368/79e0d49c57eaf00b360953ced8a4e94f/", "Тверская область", "город Тверь",
                 "План мероприятий по организации специализированной ярмарки «Летний отдых» (приложение 1 к постановлению администрации города Твери от 6 июля 2017 N 844 в редакции от 4 августа 2017 г.; столбцы «Срок исполнения», «Ответственный»; строки 1-2, исполнитель строки 2 обрезан)",
                 _cal(2017), False, "one-event plan, no period in its title: the calendar year of its order, 2017 (O35)"),
    "W003": _src("https://base.garant.ru/24584585/53f89421bbdaf741eb2d1ecc4ddb4c33/", "Ярославская область", "город Ярославль",
                 "План мероприятий по организации универсальной ярмарки, имеющей временный характер (приложение к распоряжению заместителя мэра города Ярославля по вопросам градостроительства от 8 октября 2013 г. N 135-рз; столбцы «Сроки», «Ответственный»; строки 1-5, строка 6 обрезана)",
                 _cal(2013), False, "one-event plan, no period in its title: the calendar year of its order, 2013 (O35)"),
    # --SOURCES-END--
}


def deadlines(sources):
    return [
        # W001: no deadline taken (the stored page shows neither the programme's title nor its years, so "Постоянно",
        #       "Ежегодно" and "Согласно плану Министерства здравоохранения Московской области" have no period to fill)
        # W002 (calendar 2017 from the order; two full dates joined by a dash are one span of days, interval (as the earlier
        #       "30.10.2017-05.11.2017"); a full date with a stray space after the day is still that date, due that day (O5))
        ("W002", "12.07.2017 - 08.08.2017", dict(kind="interval", occ=[_span(2017, 7, 12, 2017, 8, 8)], months=[7, 8])),
        ("W002", "до 11 .07.2017", _day(2017, 7, 11)),
        # W003 (calendar 2013 from the order; days counted from an event the plan does not date are by_schedule with the phrase
        #       in note, as the earlier "До начала купального сезона и навигации" and "В день выборов")
        ("W003", "за 5 дней до открытия ярмарки", dict(kind="by_schedule", note="за 5 дней до открытия ярмарки")),
        ("W003", "до дня открытия ярмарки", dict(kind="by_schedule", note="до дня открытия ярмарки")),
        ("W003", "в день открытия ярмарки", dict(kind="by_schedule", note="в день открытия ярмарки")),
        ("W003", "в дни работы ярмарки", dict(kind="by_schedule", note="в дни работы ярмарки")),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # W001 (a district programme: the region's tuberculosis dispensary (ГУЗ МО, a state institution of the region) is a body of a
    #       higher level, external (O16); the district's own hospital (МУЗ) is an institution outside education, external (O40,
    #       as the fresh set's "Абанская РБ"); the quoted name takes « » (O45))
    ("W001", "ГУЗ МО \"Павлово-Посадский противотуберкулезный диспансер\"",
     [("ГУЗ МО \"Павлово-Посадский противотуберкулезный диспансер\"", "ГУЗ МО «Павлово-Посадский противотуберкулезный диспансер»", None, X, 0)]),
    ("W001", "МУЗ Павлово-Посадская ЦРБ",
     [("МУЗ Павлово-Посадская ЦРБ", "МУЗ Павлово-Посадская центральная районная больница", None, X, 0)]),
    # W002 (a city plan: a department of the city administration is authority (O17))
    ("W002", "Департамент потребительского рынка и рекламы администрации города Твери",
     [("Департамент потребительского рынка и рекламы администрации города Твери",
       "Департамент потребительского рынка и рекламы", None, A, 0)]),
    # W003 (abbreviations the stored page does not define stay as written, other + unknown_executor (O41, O71))
    ("W003", "УРПРПиТ", [("УРПРПиТ", "УРПРПиТ", None, O, 0)], UNK),
    ("W003", "ДГХ", [("ДГХ", "ДГХ", None, O, 0)], UNK),
    # --EXECUTORS-END--
]
