"""A generated, labelled set of executor cells: roles, persons and bodies of school and municipal plans.

The cells are built from a small grammar (positions of schools, kindergartens, municipal and regional
bodies, full and abbreviated; invented persons by surname and initials; bodies with legal forms;
separators; typographic noise) and each label is computed from what was put in, per
docs/spec/executors.md, tests/gold/executors/RULINGS.md and tests/gold/other_regions/RULINGS.md:

- a person ("Фамилия И.О.", "И.О. Фамилия") is one `role`, named as written (O20);
- a singular post next to its holder (either order, O29/O56) is one `role` named by the post;
- a plural group next to a person is two executors (O56);
- positions are spelt out, lower case, number as written (O43, O60); a post over a group of
  organisations ("Директор ОО", "Руководители ОУ") names the organisation in the number of the post;
  staff of a named organisation are plural (R12: "методист ИМЦ" -> "методисты ИМЦ");
- a body keeps its name as written (nominative), a sector abbreviation its standard expansion (R5);
- "(по согласованию)" sets by_agreement on the executor it follows (R19);
- parents are `external` (F14).

A second family block (CIVIC_SEED, appended after the first CELLS) writes cells of election, culture, sport and
civil-defence plans: commissions (`other`, O40), a person written twice (one executor), a plural head over
listed fields (O58, O61), adjectives sharing one noun, "с" and "либо" between executors (R14, O31), a body
with one number in the singular.

Cells where the rulings leave a choice open are not generated (a post then a comma then a person; a
staff category over a group abbreviation, whose number depends on the kind of plan). Every name here
is invented. The set is read as an unseen municipality's plan (level "municipal").

Usage: .venv/bin/python tests/gold/executors_generated/generate.py  (writes executors.jsonl beside it)
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261201
CELLS = 400
OUT = Path(__file__).with_name("executors.jsonl")


@dataclass
class Unit:
    """Something written in a cell and the executors it stands for."""

    text: str
    executors: list[dict]
    first: str  # what the unit starts with: person, post (singular), group (plural role), body
    last: str
    starts_capital: bool = True
    agreement_prone: bool = False
    kinds: set[str] = field(default_factory=set)
    held: bool = False  # a post and its holder: the person's side takes no bare space or line break


def executor(mention: str, name: str, kind: str, abbreviation: str | None = None) -> dict:
    return {"mention": mention, "name": name, "abbreviation": abbreviation, "kind": kind, "by_agreement": False}


# -- persons -------------------------------------------------------------------------------------------------
_STEMS = ["Белоус", "Ветлуг", "Журавл", "Калинов", "Лозов", "Миронч", "Новосельц", "Рябинк", "Сизов", "Тарасенк",
          "Ухтомц", "Федорищ", "Хвалын", "Цветк", "Черемис", "Шумилк", "Щеглов", "Ярцев", "Гладыш", "Дубровин",
          "Звягинц", "Игнатьев", "Кострик", "Лапин", "Мухортов", "Огарков", "Пестов", "Рогожин", "Саврас", "Тюрин"]
_INDECLINABLE = ["Гриценко", "Ковалюк", "Аветисян", "Ким", "Ли", "Бойченко", "Мельничук", "Оганян", "Гарипова-Сон"]
_INITIALS = "АБВГДЕЖЗИКЛМНОПРСТФЭЮЯ"


def surname(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(_INDECLINABLE)
    stem = rng.choice(_STEMS)
    female = rng.random() < 0.6
    if stem.endswith(("ов", "ин", "ев")):
        return stem + ("а" if female else "")
    return stem + rng.choice(["ова", "ина"] if female else ["ов", "ин"])


_FIRST_NAMES = [("Мария", "f"), ("Ирина", "f"), ("Олеся", "f"), ("Зоя", "f"), ("Сергей", "m"), ("Павел", "m"),
                ("Глеб", "m"), ("Тимур", "m")]
_PATRONYMICS = [("Петрович", "Петровна"), ("Ильич", "Ильинична"), ("Сергеевич", "Сергеевна"),
                ("Олегович", "Олеговна"), ("Федорович", "Федоровна"), ("Антонович", "Антоновна")]


def full_name(rng: random.Random) -> str:
    """"Огаркова Мария Петровна": a person by surname, first name and patronymic."""
    first, gender = rng.choice(_FIRST_NAMES)
    male, female = rng.choice(_PATRONYMICS)
    name = surname(rng)
    if gender == "f" and name.endswith(("ов", "ин", "ев")):
        name += "а"
    elif gender == "m" and name.endswith(("ова", "ина", "ева")):
        name = name[:-1]
    return f"{name} {first} {female if gender == 'f' else male}"


def person(rng: random.Random) -> Unit:
    if rng.random() < 0.08:
        text = full_name(rng)
        return Unit(text, [executor(text, text, "role")], "person", "person")
    name = surname(rng)
    a, b = rng.choice(_INITIALS), rng.choice(_INITIALS)
    form = rng.choices(["sur io", "io sur", "sur i o", "iosur", "sur i"], [5, 4, 2, 1, 1])[0]
    text = {"sur io": f"{name} {a}.{b}.", "io sur": f"{a}.{b}. {name}", "sur i o": f"{name} {a}. {b}.",
            "iosur": f"{a}.{b}.{name}", "sur i": f"{name} {a}."}[form]
    return Unit(text, [executor(text, text, "role")], "person", "person")


# -- positions: (written, name, number) ------------------------------------------------------------------------
_DEPUTY_AREAS = ["УВР", "ВР", "НМР", "УР", "АХР", "АХЧ", "воспитательной работе", "учебной работе"]
_GRADES = ["1-4", "1–4", "5-9", "5-11", "1-11", "1–11", "10-11", "8-9", "9", "11"]


def deputy(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice(_DEPUTY_AREAS)
    short = area.isupper()
    heads = ["Заместитель директора", "заместитель директора", "Зам. директора", "Зам.директора", "зам. директора"]
    if short:
        heads += ["Зам. дир.", "зам. дир.", "Зам.дир.", "Зам. по", "Зам.по", "Зам.дир.по", "ЗД по"]
        if rng.random() < 0.15:  # "ЗДУВР", "ЗДВР": the school's own acronym of the post
            return f"ЗД{area}", f"заместитель директора по {area}", "sing"
    head = rng.choice(heads)
    text = f"{head} {area}" if head.endswith((" по", ".по")) else f"{head} по {area}"
    return text, f"заместитель директора по {area}", "sing"


def class_teachers(rng: random.Random) -> tuple[str, str, str]:
    grades = rng.choice(_GRADES)
    single = "-" not in grades and "–" not in grades
    if single and rng.random() < 0.7:
        head = rng.choice(["Классный руководитель", "классный руководитель", "Кл. руководитель", "кл. руководитель"])
        return f"{head} {grades} класса", f"классный руководитель {grades} класса", "sing"
    head = rng.choice(["Классные руководители", "классные руководители", "Кл. руководители", "Кл.руководители",
                       "кл. руководители"])
    if rng.random() < 0.35:
        return head, "классные руководители", "plur"
    if single:
        return f"{head} {grades} классов", f"классные руководители {grades} классов", "plur"
    tail = rng.choice(["классов", "классов", "кл.", "кл"])
    return f"{head} {grades} {tail}", f"классные руководители {grades} классов", "plur"


_SCHOOL_POSTS = [
    ("Директор", "директор", "sing"), ("директор", "директор", "sing"),
    ("Директор школы", "директор школы", "sing"), ("Директор гимназии", "директор гимназии", "sing"),
    ("Директор ОО", "директор образовательной организации", "sing"),
    ("Директор ОУ", "директор образовательного учреждения", "sing"),
    ("Педагог-психолог", "педагог-психолог", "sing"), ("педагог-психолог", "педагог-психолог", "sing"),
    ("Педагог - психолог", "педагог-психолог", "sing"),
    ("Кл.рук.", "классные руководители", "plur"),
    ("Педагоги-психологи", "педагоги-психологи", "plur"),
    ("Социальный педагог", "социальный педагог", "sing"), ("Соц. педагог", "социальный педагог", "sing"),
    ("соц.педагог", "социальный педагог", "sing"), ("Социальные педагоги", "социальные педагоги", "plur"),
    ("Педагог-организатор", "педагог-организатор", "sing"), ("Пед.-организатор", "педагог-организатор", "sing"),
    ("педагог-организатор ОБЖ", "педагог-организатор ОБЖ", "sing"),
    ("Старшая вожатая", "старшая вожатая", "sing"), ("Ст. вожатая", "старшая вожатая", "sing"),
    ("Старший вожатый", "старший вожатый", "sing"), ("ст. вожатый", "старший вожатый", "sing"),
    ("Библиотекарь", "библиотекарь", "sing"), ("Педагог-библиотекарь", "педагог-библиотекарь", "sing"),
    ("Зав. библиотекой", "заведующий библиотекой", "sing"),
    ("Медицинский работник", "медицинский работник", "sing"), ("Мед. работник", "медицинский работник", "sing"),
    ("Учитель-логопед", "учитель-логопед", "sing"), ("Тьютор", "тьютор", "sing"),
    ("Советник директора по воспитанию", "советник директора по воспитанию", "sing"),
    ("Учителя-предметники", "учителя-предметники", "plur"), ("учителя-предметники", "учителя-предметники", "plur"),
    ("Учителя начальных классов", "учителя начальных классов", "plur"),
    ("учителя физической культуры", "учителя физической культуры", "plur"),
    ("Учитель физкультуры", "учитель физкультуры", "sing"), ("Учитель ОБЖ", "учитель ОБЖ", "sing"),
    ("Учителя русского языка и литературы", "учителя русского языка и литературы", "plur"),
    ("Учителя истории и обществознания", "учителя истории и обществознания", "plur"),
    ("Учитель информатики", "учитель информатики", "sing"),
    ("Педагоги дополнительного образования", "педагоги дополнительного образования", "plur"),
    ("Педагоги доп. образования", "педагоги дополнительного образования", "plur"),
    ("Руководители ШМО", "руководители школьных методических объединений", "plur"),
    ("Руководитель ШМО учителей начальных классов",
     "руководитель школьного методического объединения учителей начальных классов", "sing"),
    ("Руководитель МО классных руководителей", "руководитель методического объединения классных руководителей",
     "sing"),
    ("Администрация школы", "администрация школы", "plur"),  # a team, held by nobody
    ("администрация гимназии", "администрация гимназии", "plur"),
    ("Члены рабочей группы", "члены рабочей группы", "plur"), ("члены рабочей группы", "члены рабочей группы", "plur"),
    ("Члены Совета профилактики", "члены Совета профилактики", "plur"),
    ("Ответственный за ведение сайта", "ответственный за ведение сайта", "sing"),
    ("ответственный за профориентационную работу", "ответственный за профориентационную работу", "sing"),
    ("Ответственные за питание", "ответственные за питание", "plur"),
    ("Родители", "родители", "plur"), ("Методист", "методист", "sing"), ("Методисты", "методисты", "plur"),
    ("Преподаватель-организатор ОБЖ", "преподаватель-организатор ОБЖ", "sing"),
    ("Инженер по охране труда", "инженер по охране труда", "sing"),
    ("Специалист по охране труда", "специалист по охране труда", "sing"),
    ("Уполномоченный по правам ребенка", "уполномоченный по правам ребенка", "sing"),
    ("Медсестра", "медсестра", "sing"), ("медицинская сестра", "медицинская сестра", "sing"),
    ("Фельдшер", "фельдшер", "sing"), ("Лаборант", "лаборант", "sing"), ("Секретарь", "секретарь", "sing"),
    ("Делопроизводитель", "делопроизводитель", "sing"), ("Бухгалтер", "бухгалтер", "sing"),
    ("Руководитель кружка", "руководитель кружка", "sing"),
    ("Руководитель школьного музея", "руководитель школьного музея", "sing"),
    ("Руководитель ШСК", "руководитель школьного спортивного клуба", "sing"),
    ("Учитель музыки", "учитель музыки", "sing"), ("учитель технологии", "учитель технологии", "sing"),
    ("Учителя физики и химии", "учителя физики и химии", "plur"),
    ("Логопед", "логопед", "sing"), ("Учитель-дефектолог", "учитель-дефектолог", "sing"),
    ("Инспектор по охране прав детства", "инспектор по охране прав детства", "sing"),
    ("Председатель профкома", "председатель профкома", "sing"),
    ("Председатель родительского комитета", "председатель родительского комитета", "sing"),
    ("Педагог дополнительного образования", "педагог дополнительного образования", "sing"),
    ("Вожатые", "вожатые", "plur"), ("Кураторы групп", "кураторы групп", "plur"),
    ("Мастера производственного обучения", "мастера производственного обучения", "plur"),
    ("Преподаватели", "преподаватели", "plur"), ("Обучающиеся 9-11 классов", "обучающиеся 9-11 классов", "plur"),
    ("Члены родительского комитета", "члены родительского комитета", "plur"),
    ("Учителя 1-4 классов", "учителя 1-4 классов", "plur"), ("Педагоги школы", "педагоги школы", "plur"),
    ("Педагогический коллектив", "педагогический коллектив", "plur"),
    ("Ответственный за ГО и ЧС", "ответственный за ГО и ЧС", "sing"),
    ("Учителя физической культуры и ОБЖ", "учителя физической культуры и ОБЖ", "plur"),
    ("Руководитель отряда ЮИД", "руководитель отряда ЮИД", "sing"), ("Руководитель ДЮП", "руководитель ДЮП", "sing"),
    ("Инспектор ПДН", "инспекторы ПДН", "sing"), ("Директор ДДТ", "директор ДДТ", "sing"),
    ("Соцпедагог", "социальный педагог", "sing"), ("Завхоз", "заведующий хозяйством", "sing"),
]
_KINDERGARTEN_POSTS = [
    ("Заведующий", "заведующий", "sing"), ("Заведующая", "заведующая", "sing"),
    ("Зав. ДОУ", "заведующий дошкольным образовательным учреждением", "sing"),
    ("Заведующий ДОУ", "заведующий дошкольным образовательным учреждением", "sing"),
    ("Старший воспитатель", "старший воспитатель", "sing"), ("Ст. воспитатель", "старший воспитатель", "sing"),
    ("Воспитатели", "воспитатели", "plur"), ("воспитатели групп", "воспитатели групп", "plur"),
    ("Музыкальный руководитель", "музыкальный руководитель", "sing"),
    ("Инструктор по физической культуре", "инструктор по физической культуре", "sing"),
    ("Зам. зав. по ВМР", "заместитель заведующего по ВМР", "sing"),
    ("Заместитель заведующего по воспитательно-методической работе",
     "заместитель заведующего по воспитательно-методической работе", "sing"),
    ("Учитель-логопед", "учитель-логопед", "sing"), ("Младшие воспитатели", "младшие воспитатели", "plur"),
]
_MUNICIPAL_POSTS = [
    ("Начальник управления образования", "начальник управления образования", "sing"),
    ("Начальник УО", "начальник управления образования", "sing"),
    ("Заместитель начальника управления образования", "заместитель начальника управления образования", "sing"),
    ("Зам. начальника УО", "заместитель начальника управления образования", "sing"),
    ("Специалисты управления образования", "специалисты управления образования", "plur"),
    ("Специалисты УО", "специалисты управления образования", "plur"),
    ("специалист УО", "специалисты управления образования", "sing"),
    ("Начальник отдела образования", "начальник отдела образования", "sing"),
    ("Специалисты отдела образования", "специалисты отдела образования", "plur"),
    ("Руководители ОО", "руководители образовательных организаций", "plur"),
    ("руководители ОУ", "руководители образовательных учреждений", "plur"),
    ("Директора ОО", "директора образовательных организаций", "plur"),
    ("Директора школ", "директора школ", "plur"),
    ("Заведующие ДОУ", "заведующие дошкольными образовательными учреждениями", "plur"),
    ("Руководители ДОУ", "руководители дошкольных образовательных учреждений", "plur"),
    ("Методисты ИМЦ", "методисты ИМЦ", "plur"), ("Методист ИМЦ", "методисты ИМЦ", "sing"),
    ("методисты МКУ «ИМЦ»", "методисты МКУ «ИМЦ»", "plur"),
    ("Руководители РМО", "руководители районных методических объединений", "plur"),
    ("Руководители ГМО", "руководители городских методических объединений", "plur"),
    ("Директор МКУ «ИМЦ»", "директор МКУ «ИМЦ»", "sing"),
    ("Глава администрации района", "глава администрации района", "sing"),
    ("Главы сельских поселений", "главы сельских поселений", "plur"),
    ("Специалисты ИРО", "специалисты института развития образования", "plur"),
    ("Муниципальный координатор ГИА", "муниципальный координатор ГИА", "sing"),
    ("Руководители ППЭ", "руководители ППЭ", "plur"), ("Организаторы ППЭ", "организаторы ППЭ", "plur"),
    ("Технические специалисты ППЭ", "технические специалисты ППЭ", "plur"),
    ("Члены ГЭК", "члены государственной экзаменационной комиссии", "plur"),
    ("Эксперты предметных комиссий", "эксперты предметных комиссий", "plur"),
    ("Ответственный секретарь", "ответственный секретарь", "sing"),
    ("Заместитель главы администрации района по социальным вопросам",
     "заместитель главы администрации района по социальным вопросам", "sing"),
    ("Руководители УДО", "руководители учреждений дополнительного образования", "plur"),
    ("Ведущий специалист управления образования", "ведущие специалисты управления образования", "sing"),
    ("Руководитель РМО учителей математики", "руководитель районного методического объединения учителей математики",
     "sing"),
]


def post(rng: random.Random) -> Unit:
    pick = rng.random()
    if pick < 0.2:
        text, name, number = deputy(rng)
    elif pick < 0.35:
        text, name, number = class_teachers(rng)
    elif pick < 0.7:
        text, name, number = rng.choice(_SCHOOL_POSTS)
    elif pick < 0.8:
        text, name, number = rng.choice(_KINDERGARTEN_POSTS)
    else:
        text, name, number = rng.choice(_MUNICIPAL_POSTS)
    kind = "post" if number == "sing" else "group"  # the number as written: "специалист УО" is a post
    role = "external" if name == "родители" else "role"  # parents: people outside the system (F14)
    return Unit(text, [executor(text, name, role)], kind, kind, starts_capital=text[:1].isupper())


# -- bodies: (written, name, kind, abbreviation, may be "по согласованию") ------------------------------------------
_DISTRICTS = ["Заречного района", "Лесогорского муниципального района", "Краснопольского района",
              "Озерского городского округа", "Светлодольского района"]
_DISTRICTS_DATIVE = ["Заречному району", "Лесогорскому району", "Краснопольскому району", "Озерскому городскому округу"]
_TOWNS = ["Заречн", "Лесогорск", "Краснопольск", "Озерск", "Светлодольск"]


def body(rng: random.Random) -> Unit:
    n = rng.randint(1, 42)
    district = rng.choice(_DISTRICTS)
    town = rng.choice(_TOWNS)
    dative = rng.choice(_DISTRICTS_DATIVE)
    choices = [
        ("Управление образования", "Управление образования", "authority", "УО", False),
        ("управление образования", "Управление образования", "authority", "УО", False),
        ("УО", "Управление образования", "authority", "УО", False),
        ("Отдел образования", "Отдел образования", "authority", None, False),
        (f"Отдел образования администрации {district}", "Отдел образования", "authority", None, False),  # R4
        ("Комитет по образованию", "Комитет по образованию", "authority", None, False),
        ("Департамент образования", "Департамент образования", "authority", None, False),
        ("Администрация района", "Администрация района", "authority", None, False),
        ("Отдел опеки и попечительства", "Отдел опеки и попечительства", "authority", None, False),
        ("Отдел культуры", "Отдел культуры", "authority", None, False),
        ("Управление образования и молодежной политики", "Управление образования и молодежной политики", "authority",
         None, False),
        ("Отдел образования, опеки и попечительства", "Отдел образования, опеки и попечительства", "authority", None,
         False),
        ("Комитет по физической культуре и спорту", "Комитет по физической культуре и спорту", "authority", None,
         False),
        ("МКУ «ИМЦ»", "МКУ «ИМЦ»", "methodical_service", None, False),
        ("МКУ ИМЦ", "МКУ ИМЦ", "methodical_service", None, False),
        ("ИМЦ", "ИМЦ", "methodical_service", None, False),
        ("Методический кабинет", "Методический кабинет", "methodical_service", None, False),
        ("РМО", "районные методические объединения", "methodical_service", "РМО", False),
        ("ШМО", "школьные методические объединения", "methodical_service", "ШМО", False),
        ("ШМО учителей начальных классов", "школьное методическое объединение учителей начальных классов",
         "methodical_service", None, False),
        ("МО учителей начальных классов", "методическое объединение учителей начальных классов",
         "methodical_service", None, False),
        ("МО классных руководителей", "методическое объединение классных руководителей", "methodical_service", None,
         False),
        ("МБУ «Центр развития образования»", "МБУ «Центр развития образования»", "methodical_service", None, False),
        ("ОО", "образовательные организации", "schools", "ОО", False),
        ("ОУ", "образовательные учреждения", "schools", "ОУ", False),
        ("Общеобразовательные организации", "общеобразовательные организации", "schools", None, False),
        ("ДОУ", "дошкольные образовательные учреждения", "preschools", "ДОУ", False),
        ("ДОО", "дошкольные образовательные организации", "preschools", "ДОО", False),
        (f"МБОУ «СОШ № {n}»", f"МБОУ «СОШ № {n}»", "school", None, False),
        (f"МБОУ СОШ №{n}", f"МБОУ СОШ № {n}", "school", None, False),
        (f"МАОУ «Гимназия № {n}»", f"МАОУ «Гимназия № {n}»", "school", None, False),
        (f"МБОУ «Лицей № {n}»", f"МБОУ «Лицей № {n}»", "school", None, False),
        (f"МКОУ «ООШ № {n}»", f"МКОУ «ООШ № {n}»", "school", None, False),
        ("ЦЗН", "центр занятости населения", "external", "ЦЗН", True),
        ("КДН и ЗП", "комиссия по делам несовершеннолетних и защите их прав", "external", "КДН", True),
        ("ГИБДД", "ГИБДД", "external", None, True),
        (f"ОМВД России по {dative}", f"ОМВД России по {dative}", "external", None, True),
        (f"ГБУЗ «{town}ая ЦРБ»", f"ГБУЗ «{town}ая ЦРБ»", "external", None, True),
        ("ИРО", "институт развития образования", "external", "ИРО", True),
        ("ГАУ ДПО «Институт развития образования Заречной области»",
         "ГАУ ДПО «Институт развития образования Заречной области»", "external", None, True),
        ("Центральная районная библиотека", "Центральная районная библиотека", "external", None, True),
        ("Районный дом культуры", "районный дом культуры", "external", "РДК", True),
        ("Совет ветеранов", "Совет ветеранов", "external", None, True),
        ("МБУ ДО «ДДТ»", "МБУ ДО «ДДТ»", "other", None, False),
        ("МБУ ДО «Дом детского творчества»", "МБУ ДО «Дом детского творчества»", "other", None, False),
        ("ДЮСШ", "ДЮСШ", "other", None, False),
        ("Школьная библиотека", "школьная библиотека", "other", None, False),
        ("Школьный музей", "школьный музей", "other", None, False),
        ("Совет старшеклассников", "совет старшеклассников", "other", None, False),
        ("Управляющий совет", "управляющий совет", "other", None, False),
        ("Родительский комитет", "родительский комитет", "other", None, False),
        ("ПДН ОМВД", "ПДН ОМВД", "external", None, True),
        ("Прокуратура района", "Прокуратура района", "external", None, True),
        ("Администрация сельского поселения", "Администрация сельского поселения", "authority", None, False),
        ("МЧС", "МЧС", "external", None, True),
    ]
    text, name, kind, abbreviation, prone = rng.choice(choices)
    return Unit(text, [executor(text, name, kind, abbreviation)], "body", "body",
                starts_capital=text[:1].isupper(), agreement_prone=prone, kinds={kind})


# -- cells ------------------------------------------------------------------------------------------------------
def held_post(rng: random.Random) -> Unit:
    """A singular post and its holder, either order: one role named by the post (O29, O56)."""
    role, holder = post_of_number(rng, "sing"), person(rng)
    name = role.executors[0]["name"]
    if rng.random() < 0.5:
        text = f"{role.text}{rng.choice([' ', ' ', chr(10)])}{holder.text}"
        return Unit(text, [executor(text, name, "role")], "post", "person", starts_capital=role.starts_capital,
                    held=True)
    if rng.random() < 0.15:  # "Огаркова И.И. (зам. директора по ВР)": who she is, in parentheses
        text = f"{holder.text} ({role.text})"
        return Unit(text, [executor(text, name, "role")], "person", "body", held=True)
    text = f"{holder.text}{rng.choice([' ', chr(10), ', '])}{role.text}"
    return Unit(text, [executor(text, name, "role")], "person", "post", held=True)


def post_of_number(rng: random.Random, number: str) -> Unit:
    while True:
        unit = post(rng)
        if (unit.first == "post") == (number == "sing"):
            return unit


def unit(rng: random.Random) -> Unit:
    pick = rng.random()
    if pick < 0.25:
        return person(rng)
    if pick < 0.6:
        return post(rng)
    if pick < 0.72:
        return held_post(rng)
    return body(rng)


def separator(rng: random.Random, left: Unit, right: Unit) -> str | None:
    """A separator both sides allow, or None when the pair would read as something else."""
    if left.last == "person" and right.first == "post":
        return None  # a person then a singular post is one role (O29): written as a `held` unit only
    if left.last == "post" and right.first == "person":
        return None
    options = [", ", ", ", ", ", "; ", ",\n", "\n"]
    if left.last in ("post", "group") and right.first in ("post", "group") and right.starts_capital:
        options += [" ", " и ", " / "]
    if left.last == "body" and right.first == "body" and right.starts_capital:
        options += [" и ", "/"]
    if left.last == "person" or right.first == "person":
        options += [" ", " "]
    sep = rng.choice(options)
    if sep.strip() == "" and ((left.held and left.last == "person") or (right.held and right.first == "person")):
        return ", "  # "Руководители ДОУ Н.Я. Рябинкина Директор ОО": whose the person is, is anybody's guess
    if sep.strip() == "" and not right.starts_capital and right.first != "person":
        return ", "  # a line break lost before a lower-case word would glue two names into one
    if sep == "\n" and left.last in ("post", "group") and right.first == "body":
        return ", "  # "Директор\nМБОУ «СОШ № 5»" reads as the director of that school
    if " и " in sep and (" и " in left.text or " и " in right.text):
        return ", "
    return sep


def noise(rng: random.Random, text: str) -> str:
    if rng.random() < 0.05:  # a word broken by the source's line end: "руко- водители" (O66)
        long_words = [w for w in text.split() if w.isalpha() and w.islower() and len(w) >= 10]
        if long_words:
            word = rng.choice(long_words)
            cut = rng.randint(4, len(word) - 4)
            text = text.replace(word, f"{word[:cut]}- {word[cut:]}", 1)
    if rng.random() < 0.1:
        text = text.replace(" ", "  ", 1)
    if rng.random() < 0.08:
        text = text.replace(" ", "\u00a0", 1)
    if rng.random() < 0.1:
        text += rng.choice([".", ",", " ", ";"])
    if rng.random() < 0.05:
        text = " " + text
    return text


def cell(rng: random.Random) -> tuple[str, list[dict]]:
    while True:
        count = rng.choices([1, 2, 3, 4], [4, 4, 2, 1])[0]
        units = [unit(rng) for _ in range(count)]
        parts: list[str] = []
        executors: list[dict] = []
        ok = True
        for i, u in enumerate(units):
            if i:
                sep = separator(rng, units[i - 1], u)
                if sep is None:
                    ok = False
                    break
                parts.append(sep)
            text = u.text
            if i and sep.strip() == "и" and text[1:2].islower():
                text = text[:1].lower() + text[1:]  # "… и учитель-логопед"
            parts.append(text)
            labels = [dict(e) for e in u.executors]
            if u.agreement_prone and rng.random() < 0.4:
                parts.append(rng.choice([" (по согласованию)", " (по согласованию)", "(по согласованию)"]))
                labels[-1]["by_agreement"] = True
            executors.extend(labels)
        names = [e["name"].lower() for e in executors]
        if ok and len(set(names)) == len(names):  # a repeated executor is listed once (spec): not generated
            return noise(rng, "".join(parts)), executors


# -- election, culture, sport and civil-defence plans (issue 11): commissions, a person written twice, a plural
# head over listed fields, adjectives sharing one noun, "с" and "либо" between executors, a numbered body ----------
CIVIC_SEED = 20261203
CIVIC_CELLS = 80
_COMMISSIONS = [("ТИК", "территориальная избирательная комиссия"), ("УИК", "участковые избирательные комиссии"),
                ("Территориальная избирательная комиссия", "территориальная избирательная комиссия"),
                ("участковые избирательные комиссии", "участковые избирательные комиссии"),
                ("Инвентаризационная комиссия", "инвентаризационная комиссия")]
_PLURAL_HEADS = [("Отделы", "Отдел"), ("Управления", "Управление"), ("Комитеты", "Комитет")]
_FIELDS = ["культуры", "спорта", "туризма", "молодежной политики", "архитектуры", "экономики",
           "социальной защиты населения"]
_TAILS = ["", " администрации района", " администрации города"]
_PARTNERS = [("участковыми избирательными комиссиями", "участковые избирательные комиссии", "other"),
             ("территориальной избирательной комиссией", "территориальная избирательная комиссия", "other"),
             ("руководителями учреждений культуры", "руководители учреждений культуры", "role")]
_OWN_BODIES = ["Администрация поселения", "Администрация сельсовета", "Отдел культуры"]


def _commission(rng: random.Random) -> list[tuple[str, dict]]:
    written, name = rng.choice(_COMMISSIONS)
    return [(written, executor(written, name, "other"))]


def _plural_head(rng: random.Random) -> list[tuple[str, dict]]:
    """"Отделы культуры, спорта и туризма администрации района": one department per field (O58, O61)."""
    plural, head = rng.choice(_PLURAL_HEADS)
    fields = rng.sample(_FIELDS, rng.choice([2, 2, 3]))
    tail = rng.choice(_TAILS)
    listed = ", ".join(fields[:-1]) + " и " + fields[-1]
    text = f"{plural} {listed}{tail}"
    mentions = [f"{plural} {fields[0]}", *fields[1:-1], fields[-1] + tail]
    # R4: the name drops the municipal qualifier the mention keeps
    labels = [executor(m, f"{head} {f}", "authority") for m, f in zip(mentions, fields, strict=True)]
    return [(text, labels[0]), *(("", label) for label in labels[1:])]


def _shared_adjectives(rng: random.Random) -> list[tuple[str, dict]]:
    """"Территориальная и участковые избирательные комиссии": the first adjective shares the noun."""
    joint = rng.choice([" и ", ", "])
    first = rng.choice(["Территориальная", "территориальная"])
    text = f"{first}{joint}участковые избирательные комиссии"
    return [(text, executor(first, "территориальная избирательная комиссия", "other")),
            ("", executor("участковые избирательные комиссии", "участковые избирательные комиссии", "other"))]


def _repeated_person(rng: random.Random) -> list[tuple[str, dict]]:
    """The same person twice, the second time with spaces between the initials: one executor."""
    name = surname(rng)
    a, b = rng.choice(_INITIALS), rng.choice(_INITIALS)
    text = f"{name} {a}.{b}.{rng.choice([', ', ' ', chr(10)])}{name} {a}. {b}."
    return [(text, executor(f"{name} {a}.{b}.", f"{name} {a}.{b}.", "role"))]


def _with_partner(rng: random.Random) -> list[tuple[str, dict]]:
    """"Администрация поселения с участковыми избирательными комиссиями": two executors (as "совместно с")."""
    own = rng.choice(_OWN_BODIES)
    written, name, kind = rng.choice(_PARTNERS)
    return [(f"{own} с {written}", executor(own, own, "authority")), ("", executor(written, name, kind))]


def _numbered(rng: random.Random) -> list[tuple[str, dict]]:
    """"УИК № 12": one commission, named in the singular; "Председатель УИК № 12 Фамилия И.О.": its chair."""
    number = rng.randint(1, 999)
    if rng.random() < 0.5:
        text = f"УИК № {number}"
        return [(text, executor(text, f"участковая избирательная комиссия № {number}", "other"))]
    holder = person(rng).text
    text = f"Председатель УИК № {number} {holder}"
    return [(text, executor(text, f"председатель участковой избирательной комиссии № {number}", "role"))]


def civic_cell(rng: random.Random) -> tuple[str, list[dict]]:
    """One or two of the families above, with a person or a second family joined by a comma or "либо"."""
    family = rng.choice([_commission, _plural_head, _shared_adjectives, _repeated_person, _with_partner, _numbered])
    parts = family(rng)
    if rng.random() < 0.5:
        other = person(rng)
        joint = rng.choice([", ", " либо "]) if family is not _numbered else ", "
        parts = [*parts, (joint + other.text, other.executors[0])]
    text = "".join(written for written, _ in parts)
    return text, [label for _, label in parts]


def _fill(rows: list[dict], seen: set[str], upto: int, draw, seed: int) -> None:
    """Append cells `draw(rng)` makes to `rows` until it holds `upto`, each text once (a family has its own seed)."""
    rng = random.Random(seed)
    while len(rows) < upto:
        raw, executors = draw(rng)
        if raw in seen:
            continue
        seen.add(raw)
        rows.append({"seed": f"G{len(rows) + 1:04d}", "municipality": None, "level": "municipal", "raw": raw,
                     "executors": executors, "warnings": [], "source": "generated", "region": None,
                     "plan": "generated (tests/gold/executors_generated/generate.py)"})


def main() -> None:
    seen: set[str] = set()
    rows: list[dict] = []
    _fill(rows, seen, CELLS, cell, SEED)
    _fill(rows, seen, CELLS + CIVIC_CELLS, civic_cell, CIVIC_SEED)
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
