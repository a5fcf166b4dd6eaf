# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the session-40 blind set (h11blind16; kept outside the project, scored only as totals by score.py).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full, from
docs/spec/deadlines.md, docs/spec/executors.md and the rulings (tests/gold/deadlines R1-R40, executors R1-R20,
other_regions O1-O76, other_regions_fresh F1-F23) and the labels earlier sets gave the same wording (cited per
cell). No cell was given to the project's normalisers before it was labelled. Cells as copied: notes_raw.txt;
addresses: sources.txt. Source ids Y01.. (unique across the blind sets P, Q, V, W).
"""
from build import D, S, Y, quarters_in  # noqa: F401
from hand_label_helpers import CAL_SEEN, FED, NONE_BASIS, UNK, A, O, R, X  # noqa: F401
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import months_interval as _months
from hand_label_helpers import school_year as _school
from hand_label_helpers import source as _src

SOURCES = {
    "Y01": _src("https://vlad-gov.ru/doc/184", "Владимирская область", None,
                "План мероприятий по переводу сельскохозяйственной техники и автотранспорта округа Кольчугино на газомоторное топливо (областной план; заголовок не в сохранённой странице; строки 1-3)",
                _cal(2004, 2005), False, CAL_SEEN + ": \"2004 г.\", \"2004 2005 гг.\", \"2005 г.\""),
    "Y02": _src("https://docs.cntd.ru/document/465601572/titles/158UUDT", "Мурманская область", None,
                "План мероприятий по реализации в 2013-2015 годах Стратегии государственной национальной политики Российской Федерации на период до 2025 года в Мурманской области (раздел таблицы; заголовок не в сохранённой странице; строки 1.1-1.2)",
                _cal(2013, 2015), False, CAL_SEEN + ": \"2013-2015 годы\" (the same span the plan's title gives on its decree page)"),
    "Y03": _src("http://udmurtia-gov.ru/doc/31457", "Удмуртская Республика", "город Ижевск",
                "График разработки прогноза социально-экономического развития города Ижевска на очередной финансовый год и плановый период (приложение к распоряжению от 29.08.2011 N 357; строка 1)"),
    "Y04": _src("https://zakonbase.ru/content/part/142948?print=1", FED, None,
                "Федеральная целевая программа \"Дети-инвалиды\" (федеральные целевые программы по улучшению положения детей в Российской Федерации на 1998-2000 годы, постановление Правительства РФ от 19.09.97 N 1207; раздел III, строки 1-3)",
                _cal(1998, 2000), False, "the plan title names its years (spec: \"на 2021-2022 годы\" rule; O1): \"на 1998-2000 годы\""),
    "Y05": _src("https://kostrom-gov.ru/doc/11803", "Костромская область", "городской округ Костромской области (название не в сохранённой странице)",
                "Перечень городских этапов региональных и межрегиональных олимпиад и иных конкурсных мероприятий, победители которых могут претендовать на присуждение премий для поддержки талантливой молодежи в рамках реализации ПНП \"Образование\" на 2007-2008 учебный год (приложение к постановлению от 27.03.2008 N 146; строки 1.1, 1.2 и следующая)",
                _school(2007), True, "the title names a school year, \"на 2007-2008 учебный год, проводимых с 1 сентября 2007 года по 31 августа 2008 года\" (spec; O1)"),
    "Y06": _src("https://novosib-gov.ru/doc/16288", "Новосибирская область", "город Новосибирск",
                "План мероприятий по подготовке и проведению празднования Дня Победы в городе Новосибирске (приложение; заголовок и год не в сохранённой странице; строки 1-5; сроки не взяты: год распоряжения не виден)"),
    "Y07": _src("https://omsk-gov.ru/doc/43006", "Омская область", "город Омск",
                "План мероприятий по уборке и благоустройству территорий кладбищ города Омска и подходов к ним (приложение; заголовок не в сохранённой странице; строка 1, следующая обрезана)",
                _cal(2014), False, CAL_SEEN + ": \"До 26 апреля 2014 года\""),
    # --SOURCES-END--
}


def deadlines(sources):
    return [
        # Y01 (calendar 2004-2005 from the cells; a year with "г." is a whole-year interval, years name no month (spec "2022 г.",
        #      R17); two years with the dash lost are one range (O36, as G022 "2009 2011 годы"))
        ("Y01", "2004 г.", dict(kind="interval", occ=[Y(2004)], months=[])),
        ("Y01", "2004 2005 гг.", dict(kind="interval", occ=[Y(2004, 2005)], months=[])),
        ("Y01", "2005 г.", dict(kind="interval", occ=[Y(2005)], months=[])),
        # Y02 (calendar 2013-2015; a year range is one interval (spec "2021-2025"); "Ежеквартально" recurring over the calendar
        #      quarters of the period; the repetition word wins and the whole-period words go to the note (R29, as
        #      "Ежегодно (постоянно)"; relabelled at session 41 from note null, which read R30 alone))
        ("Y02", "2013-2015 годы", dict(kind="interval", occ=[Y(2013, 2015)], months=[])),
        ("Y02", "Ежеквартально весь период", dict(kind="recurring", freq="quarterly", note="весь период",
                                                   occ=quarters_in((Y(2013)[0], Y(2015)[1])))),
        # Y04 (calendar 1998-2000; a year range is one interval, years name no month (spec "2021-2025", R17))
        ("Y04", "1998-2000 годы", dict(kind="interval", occ=[Y(1998, 2000)], months=[])),
        ("Y04", "1998-2000 годы", dict(kind="interval", occ=[Y(1998, 2000)], months=[])),
        ("Y04", "1998-2000 годы", dict(kind="interval", occ=[Y(1998, 2000)], months=[])),
        # Y05 (school year 2007-2008; a month with its year is an interval over that month (spec); a month whose written year lies
        #      outside the period keeps its written dates with outside_period (spec "Dates written outside the period", O2))
        ("Y05", "июнь 2008 года", _months(2008, 6)),
        ("Y05", "октябрь 2007 года", _months(2007, 10)),
        ("Y05", "июнь 2007 года", _months(2007, 6, warnings=["outside_period"])),
        # Y07 (calendar 2014; "до <date>" is that day, note null (O5))
        ("Y07", "До 26 апреля 2014 года", _day(2014, 4, 26)),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # Y01 (a regional plan: a municipal administration of the region's territory is authority (O16); the region's department
    #      is the plan's own level, authority (O16), named as written: the cell does not say "области" (O25 not applicable))
    ("Y01", "Администрация о. Кольчугино",
     [("Администрация о. Кольчугино", "Администрация о. Кольчугино", None, A, 0)]),
    ("Y01", "Департамент сельского хозяйства и продовольствия",
     [("Департамент сельского хозяйства и продовольствия", "Департамент сельского хозяйства и продовольствия", None, A, 0)]),
    ("Y01", "Департамент сельского хозяйства и продовольствия",
     [("Департамент сельского хозяйства и продовольствия", "Департамент сельского хозяйства и продовольствия", None, A, 0)]),
    # Y02 (a regional plan: the region's ministry and committee are authority (O16); the committee's name keeps its "и" (O22))
    ("Y02", "Министерство образования и науки Мурманской области",
     [("Министерство образования и науки Мурманской области", "Министерство образования и науки Мурманской области", None, A, 0)]),
    ("Y02", "Комитет по взаимодействию с общественными организациями и делам молодежи Мурманской области",
     [("Комитет по взаимодействию с общественными организациями и делам молодежи Мурманской области", "Комитет по взаимодействию с общественными организациями и делам молодежи Мурманской области", None, A, 0)]),
    # Y03 (a city plan: the city administration's directorate is authority (O17))
    ("Y03", "Управление экономики и развития города",
     [("Управление экономики и развития города", "Управление экономики и развития города", None, A, 0)]),
    # Y04 (a federal plan: the federal ministries are the plan's own level, authority (O39); a ministry's short name is written
    #      out in full, the short name the abbreviation (as the earlier sets' "Минобрнауки России"); two ministries run together
    #      with only a space (the source's line break) are two executors (spec); "Минобразование России" of a 1997 plan is the
    #      Ministry of general and vocational education of that time, "Минтруд России" the Ministry of labour and social development)
    ("Y04", "Минтруд России Минобразование России",
     [("Минтруд России", "Министерство труда и социального развития Российской Федерации", "Минтруд России", A, 0),
      ("Минобразование России", "Министерство общего и профессионального образования Российской Федерации", "Минобразование России", A, 0)]),
    ("Y04", "Минтруд России",
     [("Минтруд России", "Министерство труда и социального развития Российской Федерации", "Минтруд России", A, 0)]),
    ("Y04", "Минтруд России",
     [("Минтруд России", "Министерство труда и социального развития Российской Федерации", "Минтруд России", A, 0)]),
    # Y05 (a city list: the administration's department is authority (O17); the comma inside one department's name ("ФКиС" its
    #      second field) does not split it (O22), named as written (as W01 "Отдел по мобилизационной работе и делам ГО, ЧС"))
    ("Y05", "Отдел по делам молодежи, ФКиС",
     [("Отдел по делам молодежи, ФКиС", "Отдел по делам молодежи, ФКиС", None, A, 0)]),
    ("Y05", "Отдел по делам молодежи, ФКиС",
     [("Отдел по делам молодежи, ФКиС", "Отдел по делам молодежи, ФКиС", None, A, 0)]),
    # Y06 (a city plan: persons named by surname and initials are role, name as written (spec); "главы администраций районов
    #      города" are role (as W02 "Главы администраций поселений"); "(по согласованию)" sets by_agreement only on the
    #      executor it follows (R19); ";" and line breaks separate executors)
    ("Y06", "Бурика Ю.М.; Кузнецов Д.А.; Синцов А.А.",
     [("Бурика Ю.М.", "Бурика Ю.М.", None, R, 0), ("Кузнецов Д.А.", "Кузнецов Д.А.", None, R, 0),
      ("Синцов А.А.", "Синцов А.А.", None, R, 0)]),
    ("Y06", "Диденко Н.В.; Жарков В.А.; Бурика Ю.М.; главы администраций районов города Новосибирска",
     [("Диденко Н.В.", "Диденко Н.В.", None, R, 0), ("Жарков В.А.", "Жарков В.А.", None, R, 0),
      ("Бурика Ю.М.", "Бурика Ю.М.", None, R, 0),
      ("главы администраций районов города Новосибирска", "главы администраций районов города Новосибирска", None, R, 0)]),
    ("Y06", "Кузнецов Д.А.; Синцов А.А.",
     [("Кузнецов Д.А.", "Кузнецов Д.А.", None, R, 0), ("Синцов А.А.", "Синцов А.А.", None, R, 0)]),
    ("Y06", "Борисенко Р.Г.",
     [("Борисенко Р.Г.", "Борисенко Р.Г.", None, R, 0)]),
    ("Y06", "Диденко Н.В.; Жарков В.А.; Сафарян Е.Я. (по согласованию)",
     [("Диденко Н.В.", "Диденко Н.В.", None, R, 0), ("Жарков В.А.", "Жарков В.А.", None, R, 0),
      ("Сафарян Е.Я.", "Сафарян Е.Я.", None, R, 1)]),
    # Y07 (a city plan: the city administration's department is authority (O17, O61); municipal budget institutions outside
    #      education are external (O40); "(по согласованию)" sets by_agreement on the executor it follows (R19); quotes in
    #      names become «» (O45); commas between bodies split them)
    ("Y07", "Департамент городского хозяйства Администрации города Омска, бюджетное учреждение города Омска \"Управление дорожного хозяйства и благоустройства\" (по согласованию), Бюджетное учреждение города Омска \"Комбинат специальных услуг\" (по согласованию)",
     [("Департамент городского хозяйства Администрации города Омска", "Департамент городского хозяйства", None, A, 0),
      ("бюджетное учреждение города Омска \"Управление дорожного хозяйства и благоустройства\"", "бюджетное учреждение города Омска «Управление дорожного хозяйства и благоустройства»", None, X, 1),
      ("Бюджетное учреждение города Омска \"Комбинат специальных услуг\"", "Бюджетное учреждение города Омска «Комбинат специальных услуг»", None, X, 1)]),
    # --EXECUTORS-END--
]
