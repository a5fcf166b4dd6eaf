# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the session-41 blind set (h11blind17; kept outside the project, scored only as totals by score.py).

Each deadline is written by hand as a kind plus its spans; each executor list is written out in full, from
docs/spec/deadlines.md, docs/spec/executors.md and the rulings (tests/gold/deadlines R1-R40, executors R1-R20,
other_regions O1-O76) and the labels earlier sets gave the same wording. No cell was given to the project's
normalisers before it was labelled.

Two parts, kept apart:
* PART A (source ids Z01-Z07): real cells copied verbatim from public plans found with the search tool (pages
  corpus), lines of a cell joined by one space, consecutive cells of a table as the stored page shows them.
* PART B (source ids ZW01-ZW05): WRITTEN cells (the brief's part B, because part A gave fewer than 40 executor
  cells), written in the manner of real plans of real municipalities/regions other than the four sample
  municipalities; names of people and institutions invented. Their source field ("url") is "written".
Source ids are unique across the blind sets (P, Q, V, W, Y, Z).
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

MS, SCH = "methodical_service", "school"
WRITTEN = "written"
TITLE = "the plan title names its period (spec; O1)"

SOURCES = {
    # ---------------- PART A: real cells -------------------------------------------------------------------
    "Z01": _src("https://lawmix.ru/zakonodatelstvo/2672469", "Саратовская область", None,
                "План мероприятий по профилактике экстремизма в Саратовской области (областной план; заголовок не в сохранённой странице; строки 1-2; сроки \"весь период\" не взяты: период плана не виден)"),
    "Z02": _src("https://kulturaeao.ru/32225-2", "Еврейская автономная область", None,
                "Сводный план мероприятий, приуроченных ко Дню окончания Второй мировой войны на территории Еврейской автономной области в 2020 году (раздел управления культуры правительства ЕАО; столбец \"Дата проведения\", строки 1-4; исполнителей в таблице нет)",
                _cal(2020), False, TITLE + ": \"в 2020 году\""),
    "Z03": _src("https://base.garant.ru/408658089/", "Республика Тыва", None,
                "Межведомственный план мероприятий (\"дорожная карта\") по снижению смертности населения от внешних причин в Республике Тыва на 2024 - 2025 годы (распоряжение Правительства Республики Тыва от 5 марта 2024 г. N 106-р; строка 1.1; исполнитель обрезан)",
                _cal(2024, 2025), False, TITLE + ": \"на 2024 - 2025 годы\""),
    "Z04": _src("https://lawmix.ru/zakonodatelstvo/2018497?page=2", "Республика Хакасия", None,
                "Мероприятия по реализации \"дорожной карты\" по ликвидации очереди в дошкольные образовательные организации Республики Хакасия (постановление Президиума Правительства Республики Хакасия от 19.03.2015 N 23-п; строка 1.1)"),
    "Z05": _src("https://buryatia-gov.ru/doc/1847", "Республика Бурятия", "город Улан-Удэ",
                "План мероприятий по подготовке празднования «Дня города — 2006» (приложение к постановлению от 04.04.2006 г № 115; строки 3-7 раздела I)",
                _cal(2006), False, "the title names the event's year (\"Дня города - 2006\"), a calendar period (as O55)"),
    "Z06": _src("https://kbr-gov.ru/doc/16524", "Кабардино-Балкарская Республика", "городской округ Баксан",
                "План мероприятий по подготовке летних оздоровительных учреждений городского округа Баксан к приёму детей (так по содержанию строк; заголовок не в сохранённой странице; строки 1-4)",
                _cal(2011), False, CAL_SEEN + ": \"до 30.05.2011\""),
    "Z07": _src("https://rostov-gov.ru/doc/13347", "Ростовская область", None,
                "Мероприятия областной программы поддержки казачьих обществ Ростовской области (заголовок не в сохранённой странице; раздел 1, строки 1.1-1.3)",
                _cal(2007, 2011), False, "title not in the stored page; the table's own year columns 2007-2011 (financing by year) give the programme's span, the nearest reading of the spec's 'nothing' rule"),
    # ---------------- PART B: written cells ---------------------------------------------------------------
    "ZW01": _src(WRITTEN, "Курганская область", "Каргапольский муниципальный округ",
                 "План мероприятий («дорожная карта») по повышению качества образования в Каргапольском муниципальном округе на 2024-2025 учебный год (написанные ячейки по образцу муниципальных дорожных карт, не реальный документ)",
                 _school(2024), True, TITLE + ": \"на 2024-2025 учебный год\""),
    "ZW02": _src(WRITTEN, "Вологодская область", None,
                 "План мероприятий по профилактике безнадзорности и правонарушений несовершеннолетних в Вологодской области на 2023-2025 годы (областной план; написанные ячейки, не реальный документ)",
                 _cal(2023, 2025), False, TITLE + ": \"на 2023-2025 годы\""),
    "ZW03": _src(WRITTEN, "Архангельская область", "городской округ Архангельской области «Котлас»",
                 "План работы МБОУ «Средняя общеобразовательная школа № 3» по профилактике безнадзорности и правонарушений несовершеннолетних на 2024-2025 учебный год (план школы; написанные ячейки, не реальный документ)",
                 _school(2024), True, TITLE + ": \"на 2024-2025 учебный год\""),
    "ZW04": _src(WRITTEN, "Псковская область", "Новоржевский муниципальный округ",
                 "План мероприятий, посвящённых проведению в Новоржевском муниципальном округе Года защитника Отечества, на 2025 год (написанные ячейки, не реальный документ)",
                 _cal(2025), False, TITLE + ": \"на 2025 год\""),
    "ZW05": _src(WRITTEN, "Челябинская область", "Сосновский муниципальный район",
                 "План мероприятий по обеспечению антитеррористической защищённости образовательных организаций Сосновского муниципального района на 2025 год (написанные ячейки, не реальный документ)",
                 _cal(2025), False, TITLE + ": \"на 2025 год\""),
}

PART_A = {sid for sid in SOURCES if not sid.startswith("ZW")}


def _terms(y):
    """School terms of the school year starting in y, at month granularity (R22)."""
    return [M(y, 9, y, 10), M(y, 11, y, 12), M(y + 1, 1, y + 1, 3), M(y + 1, 4, y + 1, 5)]


def deadlines(sources):
    def p(sid):
        return _pp(sources, sid)

    return [
        # ======== PART A ========
        # Z02 (calendar 2020 from the title; a day.month without a year is placed in the period, no year_assumed in a
        #      single-year plan (O50, O14); a full date names its month (O6); the time of day goes to note (O32))
        ("Z02", "01.09", _day(2020, 9, 1)),
        ("Z02", "03.09 22-00 – 23-00", _day(2020, 9, 3, note="22-00 – 23-00")),
        ("Z02", "03.09", _day(2020, 9, 3)),
        ("Z02", "03.09", _day(2020, 9, 3)),
        # Z03 (calendar 2024-2025; "ежемесячно" recurring monthly, one occurrence per calendar month, times null (R26))
        ("Z03", "ежемесячно", dict(kind="recurring", freq="monthly", occ=months_in(p("Z03")))),
        # Z05 (calendar 2006; two months with the dash lost are a range (O36); a bare month range in a single-year calendar
        #      plan is an interval in that year, no year_assumed (O14))
        ("Z05", "февраль март", _months(2006, 2, 2006, 3)),
        ("Z05", "май - июнь", _months(2006, 5, 2006, 6)),
        ("Z05", "май - июнь", _months(2006, 5, 2006, 6)),
        ("Z05", "май - июнь", _months(2006, 5, 2006, 6)),
        ("Z05", "май - июнь", _months(2006, 5, 2006, 6)),
        # Z06 (calendar 2011; "до <date>" is that day, note null (O5), months [5] (O6))
        ("Z06", "до 30.05.2011", _day(2011, 5, 30)),
        ("Z06", "до 30.05.2011", _day(2011, 5, 30)),
        ("Z06", "до 30.05.2011", _day(2011, 5, 30)),
        ("Z06", "до 30.05.2011", _day(2011, 5, 30)),
        # Z07 (calendar 2007-2011; "в течение года" continuous over the whole plan period, note null (R30); the source's
        #      hyphenation break stays in raw (O66))
        ("Z07", "в те- чение года", dict(kind="continuous")),
        ("Z07", "в те- чение года", dict(kind="continuous")),
        ("Z07", "в те- чение года", dict(kind="continuous")),
        # ======== PART B (written) ========
        # ZW01 (school year 2024-2025)
        ("ZW01", "сентябрь-октябрь 2024 г.", _months(2024, 9, 2024, 10)),
        # monthly day-of-month rule: one occurrence per calendar month of the period, day 25, note null (O9, S01)
        ("ZW01", "до 25 числа ежемесячно", dict(kind="recurring", freq="monthly", dom=25, occ=months_in(p("ZW01")))),
        # event-bound phrase whose dates the plan does not give: by_schedule, note the phrase (O52, R36)
        ("ZW01", "в период проведения ВПР (по графику ФИС ОКО)",
         dict(kind="by_schedule", note="в период проведения ВПР (по графику ФИС ОКО)")),
        # bare months in a school-year plan placed one by one (R14); not touching -> multi (R15); months as written (R17)
        ("ZW01", "Ноябрь, февраль, апрель",
         dict(kind="multi", occ=[M(2024, 11), M(2025, 2), M(2025, 4)], months=[11, 2, 4])),
        # "четверть" is the school term, quarterly, times 1 (R22, R26)
        ("ZW01", "1 раз в четверть", dict(kind="recurring", freq="quarterly", times=1, occ=_terms(2024))),
        # ZW02 (calendar 2023-2025)
        ("ZW02", "IV квартал 2023 г.", dict(kind="interval", occ=[Q(2023, 4)], months=[])),
        # yearly rule naming one day (spec "ежегодно до 25 января"); what "следующего за отчетным" adds goes to note (O9)
        ("ZW02", "ежегодно, до 1 марта года, следующего за отчетным",
         dict(kind="recurring", freq="yearly", months=[3], dom=1, occ=yearly(p("ZW02"), 3, day=1),
              note="до 1 марта года, следующего за отчетным")),
        ("ZW02", "2024-2025 гг.", dict(kind="interval", occ=[Y(2024, 2025)], months=[])),
        # on_demand with the requester named (R37)
        ("ZW02", "по запросу органов местного самоуправления",
         dict(kind="on_demand", note="по запросу органов местного самоуправления")),
        # ZW03 (school year 2024-2025; a school's own plan)
        ("ZW03", "1-10 сентября", dict(kind="interval", occ=[(date(2024, 9, 1), date(2024, 9, 10))], months=[9])),
        # weekly over the school year: Monday-Sunday weeks clipped (R24); the weekday goes to note (R35)
        ("ZW03", "еженедельно (пятница)", dict(kind="recurring", freq="weekly", occ=weeks_in(p("ZW03")), note="пятница")),
        ("ZW03", "октябрь, декабрь, март, май",
         dict(kind="multi", occ=[M(2024, 10), M(2024, 12), M(2025, 3), M(2025, 5)], months=[10, 12, 3, 5])),
        # touching months across New Year are one interval (R13, R15); the parenthesis goes to note (R35)
        ("ZW03", "Декабрь - январь (в каникулы)",
         dict(kind="interval", occ=[M(2024, 12, 2025, 1)], months=[12, 1], note="в каникулы")),
        # ZW04 (calendar 2025)
        ("ZW04", "23 февраля", _day(2025, 2, 23)),
        ("ZW04", "накануне Дня Победы", dict(kind="by_schedule", note="накануне Дня Победы")),
        ("ZW04", "апрель – май 2025 года", _months(2025, 4, 2025, 5)),
        ("ZW04", "22 июня, 04.00", _day(2025, 6, 22, note="04.00")),
        # ZW05 (calendar 2025)
        ("ZW05", "до 15 августа (к приёмке ОО)", _day(2025, 8, 15, note="к приёмке ОО")),
        # quarterly with a day-of-month rule: calendar quarters, day 5, note the phrase (R21, R35, O9)
        ("ZW05", "ежеквартально, до 5 числа месяца, следующего за кварталом",
         dict(kind="recurring", freq="quarterly", dom=5, occ=quarters_in(p("ZW05")),
              note="до 5 числа месяца, следующего за кварталом")),
        # a count with the months named: times 2, the months locate the occurrences (R26, R27)
        ("ZW05", "2 раза в год (март, сентябрь)",
         dict(kind="recurring", freq="yearly", times=2, months=[3, 9], occ=[M(2025, 3), M(2025, 9)])),
    ]


EXECUTORS = [
    # ======== PART A ========
    # Z01 (a regional plan: territorial offices of federal bodies are external (O16); the region's government is the plan's
    #      own level, authority, "области" spelled out (O16, O25); "при участии" separates like "с участием", the name in the
    #      nominative (O31); "(по согласованию)" on the executor it follows (R19))
    ("Z01", "ГУ МВД России по Саратовской области (по согласованию), Правительство области, УФСБ России по Саратовской области (по согласованию) при участии прокуратуры Саратовской области (по согласованию)",
     [("ГУ МВД России по Саратовской области", "ГУ МВД России по Саратовской области", None, X, 1),
      ("Правительство области", "Правительство Саратовской области", None, A, 0),
      ("УФСБ России по Саратовской области", "УФСБ России по Саратовской области", None, X, 1),
      ("прокуратуры Саратовской области", "прокуратура Саратовской области", None, X, 1)]),
    # (a plural head over coordinated genitive complements names one role per complement (O76), the first mention keeps the
    #  head (O58); the shared participle and its agreement phrase belong to both (as O30's shared genitive))
    ("Z01", "командиры воинских частей и соединений, размещенных на территории области (по согласованию), ГУ МВД России по Саратовской области (по согласованию)",
     [("командиры воинских частей", "командиры воинских частей, размещенных на территории области", None, R, 1),
      ("соединений, размещенных на территории области", "командиры соединений, размещенных на территории области", None, R, 1),
      ("ГУ МВД России по Саратовской области", "ГУ МВД России по Саратовской области", None, X, 1)]),
    # Z04 (a regional plan: municipal bodies of its territory are authority (O16))
    ("Z04", "Органы местного самоуправления (по согласованию)",
     [("Органы местного самоуправления", "органы местного самоуправления", None, A, 1)]),
    # Z05 (a city plan: abbreviations the stored page does not define are other + unknown_executor (O41, O71); municipal
    #      enterprises and a company outside education are external (O40); quotes become «» in names (O45))
    ("Z05", "УАГ", [("УАГ", "УАГ", None, O, 0)], UNK),
    ("Z05", "КГХиС", [("КГХиС", "КГХиС", None, O, 0)], UNK),
    ("Z05", "КГХиС", [("КГХиС", "КГХиС", None, O, 0)], UNK),
    ("Z05", "КГХиС, МУП \"Горсвет\"",
     [("КГХиС", "КГХиС", None, O, 0), ("МУП \"Горсвет\"", "МУП «Горсвет»", None, X, 0)], UNK),
    ("Z05", "КГХиС, ООО \"Центр\", МУП \"Комбинат по благоустройству г. Улан-Удэ\"",
     [("КГХиС", "КГХиС", None, O, 0), ("ООО \"Центр\"", "ООО «Центр»", None, X, 0),
      ("МУП \"Комбинат по благоустройству г. Улан-Удэ\"", "МУП «Комбинат по благоустройству г. Улан-Удэ»", None, X, 0)], UNK),
    # Z06 (a city-district plan: "о/у" is ОУ with a slash, the common reading (spec glossary; R12 the role keeps its
    #      organisation); a children's camp is outside the education authority's schools, external (O40); the district's
    #      health department is authority (O16/O17, spec "a department of culture or health"); a prefixed unexplained
    #      abbreviation is other + unknown_executor (O59 "МБУ ЦКС РДК"); a territorial office of a federal service is
    #      external (O16))
    ("Z06", "Руководители о/у; оздоровительный лагерь \"Баксан\"",
     [("Руководители о/у", "руководители образовательных учреждений", None, R, 0),
      ("оздоровительный лагерь \"Баксан\"", "оздоровительный лагерь «Баксан»", None, X, 0)]),
    ("Z06", "Отдел здравоохранения г.о. Баксан; ФФГУЗ \"ЦГиЭ\"",
     [("Отдел здравоохранения г.о. Баксан", "Отдел здравоохранения", None, A, 0),
      ("ФФГУЗ \"ЦГиЭ\"", "ФФГУЗ «ЦГиЭ»", None, O, 0)], UNK),
    ("Z06", "Отдел здравоохранения г.о. Баксан",
     [("Отдел здравоохранения г.о. Баксан", "Отдел здравоохранения", None, A, 0)]),
    ("Z06", "Отдел здравоохранения; ТОУФС Роспотребнадзора по КБР в г. Баксан",
     [("Отдел здравоохранения", "Отдел здравоохранения", None, A, 0),
      ("ТОУФС Роспотребнадзора по КБР в г. Баксан", "ТОУФС Роспотребнадзора по КБР в г. Баксан", None, X, 0)]),
    # Z07 (a regional plan: the region's department is authority, "области" spelled out (O16, O25); "(далее - X)" is a
    #      definition, X the abbreviation (O23), and the later cells use it; hyphenation breaks stay in raw and mention,
    #      mended in the name (O66); the unexplained "ВКО ВВД" is other + unknown_executor (O41))
    ("Z07", "Департамент по делам каза- чества и ка- детских учебных заведений области (далее - Департамент), ВКО ВВД",
     [("Департамент по делам каза- чества и ка- детских учебных заведений области",
       "Департамент по делам казачества и кадетских учебных заведений Ростовской области", "Департамент", A, 0),
      ("ВКО ВВД", "ВКО ВВД", None, O, 0)], UNK),
    ("Z07", "Департамент, ВКО ВВД",
     [("Департамент", "Департамент по делам казачества и кадетских учебных заведений Ростовской области", "Департамент", A, 0),
      ("ВКО ВВД", "ВКО ВВД", None, O, 0)], UNK),
    ("Z07", "Департамент, ВКО ВВД",
     [("Департамент", "Департамент по делам казачества и кадетских учебных заведений Ростовской области", "Департамент", A, 0),
      ("ВКО ВВД", "ВКО ВВД", None, O, 0)], UNK),
    # ======== PART B (written) ========
    # ZW01 (a municipal plan; "ОО" undefined takes the common reading "образовательные организации" (O39); roles keep their
    #       organisation (R12); position + holder is one role named by the position, abbreviation expanded (O29, O43);
    #       bodies with a legal form run together split where the next legal form begins (O59); ШМО common)
    ("ZW01", "Отдел образования Администрации Каргапольского муниципального округа",
     [("Отдел образования Администрации Каргапольского муниципального округа",
       "Отдел образования", None, A, 0)]),
    ("ZW01", "Руководители ОО Методисты МКУ «Информационно-методический центр»",
     [("Руководители ОО", "руководители образовательных организаций", None, R, 0),
      ("Методисты МКУ «Информационно-методический центр»", "методисты МКУ «Информационно-методический центр»", None, R, 0)]),
    ("ZW01", "Зам. начальника Отдела образования Кузьмина Т.В., руководители ШМО",
     [("Зам. начальника Отдела образования Кузьмина Т.В.", "заместитель начальника Отдела образования", None, R, 0),
      ("руководители ШМО", "руководители школьных методических объединений", None, R, 0)]),
    ("ZW01", "МКОУ «Чашинская СОШ» МКОУ «Долговская СОШ»",
     [("МКОУ «Чашинская СОШ»", "МКОУ «Чашинская СОШ»", None, SCH, 0),
      ("МКОУ «Долговская СОШ»", "МКОУ «Долговская СОШ»", None, SCH, 0)]),
    ("ZW01", "ТПМПК (по согласованию)", [("ТПМПК", "ТПМПК", None, O, 1)], UNK),
    ("ZW01", "Учителя-предметники, классные руководители 9, 11 классов",
     [("Учителя-предметники", "учителя-предметники", None, R, 0),
      ("классные руководители 9, 11 классов", "классные руководители 9, 11 классов", None, R, 0)]),
    # ZW02 (a regional plan: the region's departments are authority, "области" spelled out (O16, O25); the regional
    #       institute of education development in its own region's plan is methodical_service (O18); municipal bodies of
    #       the territory are authority, the participial clause does not split (O16, O22); federal territorial offices
    #       external (O16); a regional social-service institution external (O40); position + holder one role (O29))
    ("ZW02", "Департамент образования области, АОУ ВО ДПО «Вологодский институт развития образования»",
     [("Департамент образования области", "Департамент образования Вологодской области", None, A, 0),
      ("АОУ ВО ДПО «Вологодский институт развития образования»", "АОУ ВО ДПО «Вологодский институт развития образования»", None, MS, 0)]),
    ("ZW02", "органы местного самоуправления муниципальных образований области, осуществляющие управление в сфере образования (по согласованию)",
     [("органы местного самоуправления муниципальных образований области, осуществляющие управление в сфере образования",
       "органы местного самоуправления муниципальных образований области, осуществляющие управление в сфере образования", None, A, 1)]),
    ("ZW02", "Департамент здравоохранения области Департамент социальной защиты населения области",
     [("Департамент здравоохранения области", "Департамент здравоохранения Вологодской области", None, A, 0),
      ("Департамент социальной защиты населения области", "Департамент социальной защиты населения Вологодской области", None, A, 0)]),
    ("ZW02", "УМВД России по Вологодской области (по согласованию); ГУ МЧС России по Вологодской области (по согласованию)",
     [("УМВД России по Вологодской области", "УМВД России по Вологодской области", None, X, 1),
      ("ГУ МЧС России по Вологодской области", "ГУ МЧС России по Вологодской области", None, X, 1)]),
    ("ZW02", "БУ СО ВО «Комплексный центр социального обслуживания населения Сокольского района»",
     [("БУ СО ВО «Комплексный центр социального обслуживания населения Сокольского района»",
       "БУ СО ВО «Комплексный центр социального обслуживания населения Сокольского района»", None, X, 0)]),
    ("ZW02", "Первый заместитель начальника Департамента образования области Громова Е.А.",
     [("Первый заместитель начальника Департамента образования области Громова Е.А.",
       "первый заместитель начальника Департамента образования Вологодской области", None, R, 0)]),
    # ZW03 (a school's own plan: abbreviated posts expanded, single posts singular, a post next to its holder one role
    #       (O43, O56, O60); "Администрация школы" a role (O60); staff of an outside body a role (O73); a school council a
    #       collegial body inside the system, other (O40, O67); names run together split (spec))
    ("ZW03", "Зам. директора по ВР Сидоренко Н.А., социальный педагог",
     [("Зам. директора по ВР Сидоренко Н.А.", "заместитель директора по ВР", None, R, 0),
      ("социальный педагог", "социальный педагог", None, R, 0)]),
    ("ZW03", "Кл. руководители 1-11 кл., педагог-психолог Лаптева О.С.",
     [("Кл. руководители 1-11 кл.", "классные руководители 1-11 классов", None, R, 0),
      ("педагог-психолог Лаптева О.С.", "педагог-психолог", None, R, 0)]),
    ("ZW03", "Администрация школы Инспектор ПДН ОМВД России «Котласский» (по согласованию)",
     [("Администрация школы", "администрация школы", None, R, 0),
      ("Инспектор ПДН ОМВД России «Котласский»", "инспектор ПДН ОМВД России «Котласский»", None, R, 1)]),
    ("ZW03", "Члены Совета профилактики, Управляющий совет школы",
     [("Члены Совета профилактики", "члены Совета профилактики", None, R, 0),
      ("Управляющий совет школы", "управляющий совет школы", None, O, 0)]),
    ("ZW03", "Библиотекарь Учитель ОБЗР",
     [("Библиотекарь", "библиотекарь", None, R, 0), ("Учитель ОБЗР", "учитель ОБЗР", None, R, 0)]),
    # ZW04 (a municipal culture plan: culture institutions external (O59); the district's department authority, the comma
    #       inside its name does not split (O22); veterans' council external (O40); a regional college external (O40);
    #       a post over the district's units a role; an unexplained abbreviation with its head in parentheses is the
    #       organisation, other + unknown_executor (O44, O71))
    ("ZW04", "МБУК «Новоржевский районный Дом культуры» МБУК «Новоржевская центральная районная библиотека»",
     [("МБУК «Новоржевский районный Дом культуры»", "МБУК «Новоржевский районный Дом культуры»", None, X, 0),
      ("МБУК «Новоржевская центральная районная библиотека»", "МБУК «Новоржевская центральная районная библиотека»", None, X, 0)]),
    ("ZW04", "Отдел культуры, молодёжной политики и спорта Администрации округа; Совет ветеранов (по согласованию)",
     [("Отдел культуры, молодёжной политики и спорта Администрации округа",
       "Отдел культуры, молодёжной политики и спорта", None, A, 0),
      ("Совет ветеранов", "Совет ветеранов", None, X, 1)]),
    ("ZW04", "ГБПОУ ПО «Новоржевский сельскохозяйственный техникум» (по согласованию)",
     [("ГБПОУ ПО «Новоржевский сельскохозяйственный техникум»", "ГБПОУ ПО «Новоржевский сельскохозяйственный техникум»", None, X, 1)]),
    ("ZW04", "Главы территориальных отделов Администрации округа",
     [("Главы территориальных отделов Администрации округа", "главы территориальных отделов Администрации округа", None, R, 0)]),
    ("ZW04", "ВПК «Рубеж» (рук. Семенов А.П.)", [("ВПК «Рубеж»", "ВПК «Рубеж»", None, O, 0)], UNK),
    # ZW05 (a municipal antiterror plan: the district's education authority authority, school heads a role; federal police
    #       and guard offices external, a dash in apposition one executor (R16); a municipal commission a collegial body,
    #       other (O40); municipal institutions outside education external (O40); ДОО common, roles keep their
    #       organisation in the instrumental (R12 "заведующий МК"); names run together without commas split (spec))
    ("ZW05", "Управление образования администрации Сосновского муниципального района, руководители образовательных организаций",
     [("Управление образования администрации Сосновского муниципального района",
       "Управление образования", None, A, 0),
      ("руководители образовательных организаций", "руководители образовательных организаций", None, R, 0)]),
    ("ZW05", "ОМВД России по Сосновскому району, ОВО по Сосновскому району – филиал ФГКУ «УВО ВНГ России по Челябинской области» (по согласованию)",
     [("ОМВД России по Сосновскому району", "ОМВД России по Сосновскому району", None, X, 0),
      ("ОВО по Сосновскому району – филиал ФГКУ «УВО ВНГ России по Челябинской области»",
       "ОВО по Сосновскому району – филиал ФГКУ «УВО ВНГ России по Челябинской области»", None, X, 1)]),
    ("ZW05", "Антитеррористическая комиссия Сосновского муниципального района",
     [("Антитеррористическая комиссия Сосновского муниципального района",
       "Антитеррористическая комиссия", None, O, 0)]),
    ("ZW05", "МКУ «ЕДДС Сосновского района», МКУ «Хозяйственно-эксплуатационная служба» (по согласованию)",
     [("МКУ «ЕДДС Сосновского района»", "МКУ «ЕДДС Сосновского района»", None, X, 0),
      ("МКУ «Хозяйственно-эксплуатационная служба»", "МКУ «Хозяйственно-эксплуатационная служба»", None, X, 1)]),
    ("ZW05", "Заведующие ДОО директора школ специалисты по охране труда",
     [("Заведующие ДОО", "заведующие дошкольными образовательными организациями", None, R, 0),
      ("директора школ", "директора школ", None, R, 0),
      ("специалисты по охране труда", "специалисты по охране труда", None, R, 0)]),
]
