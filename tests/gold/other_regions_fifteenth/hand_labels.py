# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the fifteenth other-regions set (session 39; see README.md, cells in notes_raw.txt).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full.
No cell was given to the project's normalisers before it was labelled.
"""
from build import Y
from hand_label_helpers import CAL_SEEN, O
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import persons as _persons
from hand_label_helpers import source as _src

SOURCES = {
    "X001": _src("https://kalmykia-gov.ru/doc/9338", "Республика Калмыкия", None,
                 "План мероприятий Избирательной комиссии Республики Калмыкия по формированию территориальных избирательных комиссий (название и год не видны на сохранённой странице: только таблица, строки 1-7, исполнитель строки 7 обрезан; год не виден: только исполнители)"),
    "X002": _src("https://moscow-gov.ru/doc/47509", "Московская область", None,
                 "Программа газификации населённых пунктов (приложение к решению от 03.09.2007 № 608/66; раздел «Озерский муниципальный район», строки 1-4; столбцы «Сроки исполнения (год)» ПИР и СМР; исполнителей в таблице нет)",
                 _cal(2008, 2009), False, CAL_SEEN + ": 2008-2009"),
    # --SOURCES-END--
}

# The working group's full name, as row 1 of X001 defines it ("… (далее Рабочая группа)", spec: a definition written
# in the document outranks every other reading; O23: the defined short form is the abbreviation).
_WG = "Рабочая группа Избирательной комиссии Республики Калмыкия по формированию территориальных избирательных комиссий"


def deadlines(sources):
    return [
        # X001: no deadline taken (the stored page shows neither the plan's title nor a year: "март", "апрель",
        #       "Не позднее 20 мая", "Весь период", "Не позднее 5 дней со дня принятия" have no period to fill, as the
        #       thirteenth set's W001)
        # X002 (calendar 2008-2009, the years the cells write; a bare year is that calendar year, interval, as the
        #       earlier S81 "2010")
        ("X002", "2008", dict(kind="interval", occ=[Y(2008)])),
        ("X002", "2009", dict(kind="interval", occ=[Y(2009)])),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # X001 (the region's election commission's own plan: persons by surname and initials are roles, name as written, also
    #       when only a space separates them (O20); the region's election commission is other (as the sixth set's E008,
    #       E012); the working group it sets up is a collegial body, other (O40), named as row 1 defines it)
    ("X001", "Дикалов А.Н., Мучаев Б.И., Поленичкина О.Д.", _persons("Дикалов А.Н.", "Мучаев Б.И.", "Поленичкина О.Д.")),
    ("X001", "Дикалов А.Н.", _persons("Дикалов А.Н.")),
    ("X001", "Дикалов А.Н. Поленичкина О.Д.", _persons("Дикалов А.Н.", "Поленичкина О.Д.")),
    ("X001", "Рабочая группа, Избирательная комиссия Республики Калмыкия",
     [("Рабочая группа", _WG, "Рабочая группа", O, 0),
      ("Избирательная комиссия Республики Калмыкия", "Избирательная комиссия Республики Калмыкия", None, O, 0)]),
    ("X001", "Избирательная комиссия Республики Калмыкия",
     [("Избирательная комиссия Республики Калмыкия", "Избирательная комиссия Республики Калмыкия", None, O, 0)]),
    ("X001", "Рабочая группа", [("Рабочая группа", _WG, "Рабочая группа", O, 0)]),
    # --EXECUTORS-END--
]
