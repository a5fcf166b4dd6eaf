# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the twelfth other-regions set (session 38; see README.md, cells in notes_raw.txt).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full.
No cell was given to the project's normalisers before it was labelled.
"""
from build import months_in
from hand_label_helpers import CAL_SEEN, A, O, X, plan_period
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import months_interval as _mon
from hand_label_helpers import persons as _persons
from hand_label_helpers import role as _role
from hand_label_helpers import school_year as _sy
from hand_label_helpers import source as _src
from hand_label_helpers import span as _span

SOURCES = {
    "V001": _src("https://chuvashia-gov.ru/doc/8329", "Чувашская Республика", "город (название не видно на сохранённой странице)",
                 "План мероприятий по плаванию на сезон (название не видно на сохранённой странице: таблица с первой строки; столбцы «Сроки, дата», «Ответственные исполнители»; строки 1-4, строка 5 обрезана)",
                 _cal(2006, 2007), False, CAL_SEEN + ": 2006, 2007"),
    "V002": _src("https://bashkor-gov.ru/doc/4614", "Республика Башкортостан", "район (название не видно на сохранённой странице)",
                 "План мероприятий по борьбе с бешенством (название и год не видны на сохранённой странице; столбцы «Сроки исполнения», «Исполнители»; строка 1.1, исполнители строки 1.2 обрезаны)"),
    "V003": _src("https://kurgan-gov.ru/doc/19648", "Курганская область", None,
                 "План мероприятий по переселению граждан из аварийного жилищного фонда в Курганской области на 2013 — 2015 годы (приложение к распоряжению от 25.03.2013 № 72-Р; столбец «Срок исполнения»; строка 1, исполнитель обрезан)",
                 _cal(2013, 2015), False, "title: на 2013 — 2015 годы"),
    "V004": _src("https://lipetsk-gov.ru/doc/17964", "Липецкая область", "Добровский муниципальный район",
                 "План мероприятий по обеспечению безопасности жизни людей на водных объектах Добровского муниципального района (приложение к постановлению от 09.06.2009 № 655; столбцы «Даты проведения», «Ответственные исполнители»; строки 1-4)",
                 _sy(2009), True, "no year in the title or the cells: the order's date 09.06.2009 (Jun-Dec: school year 2009-2010, spec's 'nothing' rule, as the earlier sets read it)"),
    "V005": _src("https://irkutsk-gov.ru/doc/32795", "Иркутская область", "городской округ (название не видно на сохранённой странице)",
                 "План мероприятий по профилактике и тушению лесных пожаров в 2010 году (приложение к постановлению от 23.03.2010 № 110-37-164-10; столбцы «Срок исполнения», «Ответственный»; строки 1-5)",
                 _cal(2010), False, "title: в 2010 году"),
    "V006": _src("http://smolensk-gov.ru/doc/11670", "Смоленская область", "город Десногорск",
                 "План выполнения работ для подготовки городского пляжа к купальному сезону на территории муниципального образования «Город Десногорск» Смоленской области в 2007 году (приложение к распоряжению от 17.05.2007 № 110; столбцы «Название организации, учреждения», «Срок исполнения»; строки 1-4)",
                 _cal(2007), False, "title: в 2007 году"),
    # --SOURCES-END--
}


def deadlines(sources):
    return [
        # V001 (calendar 2006-2007 from the cells; a season the plan does not date: by_schedule, note the phrase (O52); two
        #       full dates that do not touch are two days, multi, as the earlier "17.03.2009 08.04.2009" (brought in line
        #       after the first scoring: first labelled a range, O36); a bare day in a multi-year calendar plan is taken in
        #       the first year with `year_assumed` (spec), the weekday goes to note (as the earlier "1 (суббота)"); holidays
        #       named by season are continuous yearly over the season's months, as the earlier "во время зимних каникул"
        #       [12, 1] and "в период весенних каникул" [3] (R32; brought in line after the first scoring: first labelled
        #       by_schedule))
        ("V001", "В течение сезона по планам школ", dict(kind="by_schedule", note="в течение сезона по планам школ")),
        ("V001", "04.11.2006 14.04.2007", dict(kind="multi", occ=[_span(2006, 11, 4, 2006, 11, 4), _span(2007, 4, 14, 2007, 4, 14)], months=[11, 4])),
        ("V001", "4 ноября, суббота", _day(2006, 11, 4, note="суббота", warnings=["year_assumed"])),
        ("V001", "Зимние и весенние каникулы",
         dict(kind="continuous", freq="yearly", months=[12, 1, 3],
              occ=[_span(2006, 1, 1, 2006, 1, 31), _span(2006, 3, 1, 2006, 3, 31), _span(2006, 12, 1, 2007, 1, 31),
                   _span(2007, 3, 1, 2007, 3, 31), _span(2007, 12, 1, 2007, 12, 31)])),
        # V003 (2013-2015 from the title; a month range with its year)
        ("V003", "апрель - май 2013", _mon(2013, 4, 2013, 5)),
        # V004 (school year 2009-2010: Sep-Dec in the first year, Jan-Aug in the second (spec); "к <day> числу каждого месяца" is
        #       monthly with a day of the month, as "до 25 числа каждого месяца" (S01); "в течение года" continuous (spec))
        ("V004", "декабрь", _mon(2009, 12)),
        ("V004", "январь", _mon(2010, 1)),
        ("V004", "к 25 числу каждого месяца", dict(kind="recurring", freq="monthly", dom=25, occ=months_in(plan_period(sources, "V004")))),
        ("V004", "в течение года", dict(kind="continuous")),
        # V005 (calendar 2010 from the title; days without a year placed in the one-year period (O50), due that day (O5))
        ("V005", "до 01.04", _day(2010, 4, 1)),
        ("V005", "до 05.04", _day(2010, 4, 5)),
        # V006 (calendar 2007 from the title; a full date, due that day (O5))
        ("V006", "до 01.06.2007", _day(2007, 6, 1)),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # V001 (a town's plan: the town administration is authority (O17); sports schools are additional-education bodies, other
    #       (O59); directors named by their group are roles (O26); a plural post with a colon distributes over the list that
    #       follows, one role per institution named in the singular (O58, as the fifth set's "Председатели клубов: …"))
    ("V001", "Директора спортивных школ", [_role("Директора спортивных школ", "директора спортивных школ")]),
    ("V001", "Администрация города, директора: ЦТЮиЮ, ДЮСШ, СДЮСШОР N 3",
     [("Администрация города", "администрация города", None, A, 0),
      _role("директора: ЦТЮиЮ", "директор ЦТЮиЮ"),
      _role("ДЮСШ", "директор ДЮСШ"),
      _role("СДЮСШОР N 3", "директор СДЮСШОР № 3")]),
    ("V001", "Администрация города, СДЮСШОР N 3",
     [("Администрация города", "администрация города", None, A, 0), ("СДЮСШОР N 3", "СДЮСШОР № 3", None, O, 0)]),
    ("V001", "Директора спортивных школ, директора школ",
     [_role("Директора спортивных школ", "директора спортивных школ"), _role("директора школ", "директора школ")]),
    # V002 (a district plan of the republic: the state veterinary station and laboratory are the region's services, external (as
    #       the eleventh set's "Госветслужба района"); the district office of the republic's hunting authority is a territorial
    #       office of a regional body, external in a district plan (O16, O61: only the district's own bodies are authority))
    ("V002", "Ветеринарная станция, ветеринарная лаборатория, районная служба Охотуправления при МПР РБ",
     [("Ветеринарная станция", "ветеринарная станция", None, X, 0),
      ("ветеринарная лаборатория", "ветеринарная лаборатория", None, X, 0),
      ("районная служба Охотуправления при МПР РБ", "районная служба Охотуправления при МПР РБ", None, X, 0)]),
    # V004 (a district plan: the municipalities of the district (its settlements) are authority (O61); posts are roles (O26))
    ("V004", "Муниципальные образования", [("Муниципальные образования", "муниципальные образования", None, A, 0)]),
    ("V004", "Председатель комиссии ПЧС и ОПБ", [_role("Председатель комиссии ПЧС и ОПБ", "председатель комиссии ПЧС и ОПБ")]),
    ("V004", "Начальник отдела МП и ГЗ", [_role("Начальник отдела МП и ГЗ", "начальник отдела МП и ГЗ")]),
    # V005 (persons by surname and initials, run together with only spaces: one role each (O20))
    ("V005", "Першин В.Г. Каманов А.С. Виноградов С.В.", _persons("Першин В.Г.", "Каманов А.С.", "Виноградов С.В.")),
    ("V005", "Каманов А.С.", _persons("Каманов А.С.")),
    ("V005", "Каманов А.С. Першин В.Г.", _persons("Каманов А.С.", "Першин В.Г.")),
    ("V005", "Корнилов К.А. Каляпин С.А.", _persons("Корнилов К.А.", "Каляпин С.А.")),
    ("V005", "Перков Ю.С.", _persons("Перков Ю.С.")),
    # V006 (a town plan whose first column names the organisation doing each row's works: the town's МУП and federal
    #       bodies are external (O27, O40; the earlier "ФГБУЗ ЦГиЭ N 81 ФМБА России"); the town's civil-defence department
    #       is authority (O17))
    ("V006", "МУП \"ККП\" муниципального образования \"город Десногорск\" Смоленской области",
     [("МУП \"ККП\" муниципального образования \"город Десногорск\" Смоленской области",
       "МУП «ККП» муниципального образования «город Десногорск» Смоленской области", None, X, 0)]),
    ("V006", "Управление по делам ГО и ЧС г. Десногорска",
     [("Управление по делам ГО и ЧС г. Десногорска", "Управление по делам ГО и ЧС", None, A, 0)]),
    ("V006", "ФГУЗ \"ЦГиЭ\" N 135 ФМБА России", [("ФГУЗ \"ЦГиЭ\" N 135 ФМБА России", "ФГУЗ «ЦГиЭ» № 135 ФМБА России", None, X, 0)]),
    ("V006", "МРУ N 135 ФМБА России", [("МРУ N 135 ФМБА России", "МРУ № 135 ФМБА России", None, X, 0)]),
    # --EXECUTORS-END--
]
