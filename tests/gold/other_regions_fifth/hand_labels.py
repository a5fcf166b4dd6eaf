# ruff: noqa: E501
# (verbatim cells, addresses and plan titles do not fit in 120 characters)
"""Hand labels of the fifth other-regions set (session 28's blind set "blind3"; see README.md, cells in notes_raw.txt).

Each deadline is written by hand as a kind plus its spans (the helpers of the project's
tests/gold/other_regions/build.py only spell out month/week lists); each executor list is written
out in full. No cell was given to the project's normalisers before it was labelled.
"""
import calendar
from datetime import date

from build import D, M, Q, Y, months_in, weeks_in, yearly  # noqa: F401
from hand_label_helpers import NONE_BASIS  # noqa: F401
from hand_label_helpers import calendar_years as _cal
from hand_label_helpers import day as _day
from hand_label_helpers import persons as _persons
from hand_label_helpers import school_year as _sy
from hand_label_helpers import source as _src
from hand_label_helpers import span as _span

CAL_SEEN = "title not in the stored page or without a year: calendar span of the years written in the cells (spec: nothing in the title)"


def _month(y, m):
    return [f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"]


def _mon(y, m, y2=None, m2=None, warnings=()):
    if y2 is None:
        return dict(kind="interval", occ=[M(y, m)], months=[m], warnings=list(warnings))
    months, yy, mm = [], y, m
    while (yy, mm) <= (y2, m2):
        months.append(mm)
        yy, mm = (yy + 1, 1) if mm == 12 else (yy, mm + 1)
    return dict(kind="interval", occ=[M(y, m, y2, m2)], months=months, warnings=list(warnings))


A, MS, SC, SCH, PRE, R, X, O = ("authority", "methodical_service", "schools", "school", "preschools",  # noqa: E741
                                "role", "external", "other")


def _role(mention, name, agreed=0):
    return (mention, name, None, R, agreed)


def _other(mention, name=None):
    return (mention, name or mention, None, O, 0)


UNK = ["unknown_executor"]
EXTRA = ["extra_text"]
BOTH = ["extra_text", "unknown_executor"]

SOURCES = {
    "D001": _src("http://komi-gov.ru/doc/35227", "Республика Коми", "городской округ «Сыктывкар»",
                 "План организационных мероприятий по реализации I этапа долгосрочной целевой программы «Развитие дошкольного образования на территории МО ГО „Сыктывкар“ на 2011 — 2016 годы»",
                 _cal(2011, 2016), False, "title: программа на 2011 — 2016 годы (the I stage's own years are not given)"),
    "D002": _src("https://belg-gov.ru/doc/19751", "Белгородская область", None,
                 "Программные мероприятия (региональная программа развития образования; заголовок не виден, раздел I «Совершенствование структуры, содержания и технологий образования в условиях введения ФГОС»)",
                 _cal(2011, 2012), False, CAL_SEEN + "; the only years written are 2011 - 2012"),
    "D003": _src("http://vih2school-2014.ru/nasha-pobeda", "Иркутская область", "МКОУ «Вихоревская СОШ №2»",
                 "План мероприятий в МКОУ «Вихоревская СОШ №2» с 7 апреля по 5 мая 2023 года (марафон «Наша Победа»)",
                 ["2023-04-07", "2023-05-05"], False, "O51: the title gives the plan's own span of days (с 7 апреля по 5 мая 2023 года)"),
    "D004": _src("https://irbit-3.uralschool.ru/file/card?id=4442", "Свердловская область", "МАОУ «Школа № 3» (г. Ирбит)",
                 "Календарный план воспитательной работы школы на 2025-2026 учебный год, уровень начального общего образования",
                 _sy(2025), True, "title: на 2025-2026 учебный год"),
    "D005": _src("https://shemur.cap.ru/calendar/2023/05/05/plan-sportivno-massovih-meropriyatij-na-maj-2023-g", "Чувашская Республика", "Шемуршинский муниципальный округ",
                 "План спортивно-массовых мероприятий на май 2023 года (Шемуршинский муниципальный округ)",
                 _month(2023, 5), False, "O35: monthly plan, на май 2023 года"),
    "D006": _src("https://biblio49.eto-ya.com/page/7", None, "школа (школьная библиотека; сайт biblio49.eto-ya.com)",
                 "План работы школьной библиотеки (заголовок и год не видны: только исполнители)"),
    "D007": _src("http://duhovschina.library67.ru/afisha/vnimanie-konkurs/klassnaya-skazka/?svSpace=2", "Смоленская область", "Духовщинский район (Духовщинская ЦБС)",
                 "План основных мероприятий Духовщинской ЦБС на 2026 год (январь)",
                 _cal(2026), False, "title: на 2026 год"),
    "D008": _src("https://base.garant.ru/29128793/53f89421bbdaf741eb2d1ecc4ddb4c33", "Ханты-Мансийский автономный округ — Югра", "Сургутский район",
                 "План проведения мероприятий, приуроченных к ХI Международной экологической акции «Спасти и сохранить» на территории Сургутского района (приложение 1 к постановлению администрации Сургутского района от 18 февраля 2013 г. N 570)",
                 _cal(2013), False, "title without a year; the order (18 февраля 2013 г.) and every date written are 2013"),
    "D009": _src("https://chelyab-gov.ru/doc/2225", "Челябинская область", None,
                 "План мероприятий по экологическому просвещению (областной; заголовок и год не видны: только исполнители)"),
    "D010": _src("https://base.garant.ru/410622022/10ed0f917186039eb157d3ba4f962ee5", "Костромская область", None,
                 "План мероприятий программы «Профилактика суицидального поведения несовершеннолетних в Костромской области на 2024 - 2030 годы»",
                 _cal(2024, 2030), False, "title: на 2024 - 2030 годы"),
    "D011": _src("https://tavanen.ru/%d0%bf%d0%bb%d0%b0%d0%bd-%d0%be%d1%81%d0%bd%d0%be%d0%b2%d0%bd%d1%8b%d1%85-%d0%bc%d0%b5%d1%80%d0%be%d0%bf%d1%80%d0%b8%d1%8f%d1%82%d0%b8%d0%b9-%d0%bf%d0%be%d1%81%d0%b2%d1%8f%d1%89%d0%b5%d0%bd%d0%bd",
                 "Чувашская Республика", "город Чебоксары",
                 "План основных мероприятий, посвященных празднованию Дня России в городе Чебоксары 12 июня 2018 года (столбец «Дата, время и место проведения»)",
                 _cal(2018), False, "O35: a one-event plan takes the calendar year (12 июня 2018 года)"),
    "D012": _src("http://angarsk-crms.ru/news/meroprijatija_v_chest_mezhdunarodnogo_dnja_pozhilogo_cheloveka/2014-10-09-325", "Иркутская область", "Ангарск (Центр поддержки общественных инициатив)",
                 "График проведения Дня пожилого человека (столбцы «Дата», «Время», «Место проведения»)",
                 _cal(2013), False, CAL_SEEN + "; every date written is in 2013 (O35: a one-event plan takes a calendar year)"),
    "D013": _src("http://tambov-gov.ru/doc/28381", "Тамбовская область", "город Тамбов",
                 "План новогодних массовых мероприятий на территории города Тамбова (приложение к постановлению от 19.12.2011 г № 9533)",
                 _cal(2011), False, "O35: a one-event plan with no year in its cells takes the calendar year of its order (19.12.2011)"),
    "D014": _src("http://novorossportal.ru/news/programma-meropriyatij-na-novyj-god-v-novorossijske", "Краснодарский край", "город Новороссийск",
                 "План Новогодних и Рождественских мероприятий на территории муниципального образования город Новороссийск 2017-2018 год (только исполнители: даты стоят в строках-заголовках)"),
    "D015": _src("https://old-gshum.cap.ru/sitemap.aspx?id=2140388", "Чувашская Республика", "город Шумерля",
                 "План новогодних мероприятий города Шумерля (заголовок не виден; столбец «Сроки и место проведения»)",
                 _cal(2015, 2016), False, CAL_SEEN + "; the years written are 2015 and 2016"),
    "D016": _src("http://chernomorskoe-rk.ru/v-administracii-chernomorskogo-rajona-obsudili-voprosy-podgotovki-novogodnix-meropriyatij/", "Республика Крым", "Черноморский район",
                 "Программа праздничных новогодних мероприятий Черноморского района (столбец «Дата и время проведения»)",
                 _cal(2016, 2017), False, CAL_SEEN + "; the years written are 2016 and 2017"),
    "D017": _src("https://lawmix.ru/zakonodatelstvo/1081805?page=2", "Мурманская область", None,
                 "План-график мероприятий по формированию региональной системы оценки качества образования (постановление Правительства Мурманской области от 31.05.2007 № 263-ПП/9; столбец «Сроки реализации»)",
                 _cal(2006), False, CAL_SEEN + "; the only year written in the cells is 2006"),
    "D018": _src("https://starmuzey.ru/index/0-30", "Краснодарский край", "Щербиновский район (МБУК Старощербиновский музей)",
                 "Анонс основных мероприятий МБУК Старощербиновский музей на 2023 год (январь-февраль)",
                 _cal(2023), False, "title: на 2023 год"),
    "D019": _src("https://sakhalin-gov.ru/doc/25931", "Сахалинская область", None,
                 "Комплексный план действий по гармонизации межэтнических отношений на 2013 — 2015 годы (приложение к распоряжению от 14.01.2013 г № 3-Р)",
                 _cal(2013, 2015), False, "title: на 2013 — 2015 годы"),
    "D020": _src("http://kbr-gov.ru/doc/26406", "Кабардино-Балкарская Республика", None,
                 "План мероприятий по реализации в 2013 — 2015 годах стратегии государственной национальной политики Российской Федерации на период до 2025 года в Кабардино-Балкарской Республике (столбцы идут подряд без разделителей)",
                 _cal(2013, 2015), False, "title: в 2013 — 2015 годах"),
    "D021": _src("https://grachevskoesp.donland.ru/activity/28817", "Ростовская область", "Грачевское сельское поселение",
                 "План работы малого Совета по межэтническим отношениям при Администрации Грачевского сельского поселения на 2019 год",
                 _cal(2019), False, "title: на 2019 год"),
    "D022": _src("https://lawmix.ru/zakonodatelstvo/964277", "Вологодская область", None,
                 "План мероприятий по реализации Стратегии государственной национальной политики Российской Федерации в Вологодской области (заголовок и годы не видны: только исполнители)"),
    "D023": _src("https://elnya-admin.admin-smolensk.ru/news/plan-osnovnyh-meropriyatij-provodimyh-v-ramkah-desyatiletiya-detstva", "Смоленская область", "Ельнинский район",
                 "План основных мероприятий до 2020 года, проводимых на территории муниципального образования «Ельнинский район» Смоленской области в рамках Десятилетия детства",
                 _cal(2019, 2020), False, "title gives only the end (до 2020 года); the cells write 2019 – 2020 годы"),
    "D024": _src("https://www.pandia.org/text/80/538/38095.php", "Кемеровская область", None,
                 "Календарный план ГУДО «Областная детско-юношеская спортивная школа» спортивно-массовых мероприятий с учащимися Кемеровской области на 2017 год (столбец «Сроки проведения, место проведения»; «Проводящая и финансирующая организация»)",
                 _cal(2017), False, "title: на 2017 год"),
    "D025": _src("https://docs.cntd.ru/document/3676920/titles/7DO0KA", "город Москва", None,
                 "План мероприятий по подготовке и проведению Международного московского рождественского конкурса-фестиваля детского изобразительного творчества «Вифлеемская звезда»",
                 _cal(2007, 2008), False, CAL_SEEN + "; the years written are 2007 and 2008"),
    "D026": _src("http://www.eduportal44.ru/Kostroma_EDU/Ekosfera/SitePages/105%20%D0%BB%D0%B5%D1%82%20%D0%B4%D0%BE%D0%BF%D0%BE%D0%BB%D0%BD%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D0%BE%D0%BC%D1%83%20%D0%BE%D0%B1%D1%80%D0%B0%D0%B7%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D1%8E.aspx",
                 "Костромская область", "город Кострома",
                 "План юбилейных мероприятий к 105-летию дополнительного образования (учреждения дополнительного образования города Костромы; столбец «Учреждение, ответственное лицо»)",
                 _cal(2023), False, CAL_SEEN + "; every year written is 2023"),
    "D027": _src("https://astr-gov.ru/doc/549", "Астраханская область", "город Астрахань",
                 "План мероприятий по экологическому просвещению (г. Астрахань; заголовок и год не видны: только исполнители)"),
    "D028": _src("https://penza-gov.ru/doc/19999", "Пензенская область", "ЗАТО г. Заречный",
                 "План мероприятий «Дней культуры в г. Заречном» (заголовок не виден; столбцы «Дата проведения», «Место проведения», «Ответственный»)",
                 _cal(2009), False, CAL_SEEN + "; every date written is in 2009"),
    "D029": _src("http://school66.irk.ru/p/news/35196", "Иркутская область", "МБОУ г. Иркутска СОШ № 66",
                 "План мероприятий по повышению финансовой грамотности учащихся МБОУ г. Иркутска СОШ № 66 на период (2022/2023 учебный год)",
                 _sy(2022), True, "title: на период (2022/2023 учебный год)"),
    "D030": _src("http://moscow-gov.ru/doc/95986", "Московская область", None,
                 "План мероприятий по осуществлению подведомственными учреждениями долгосрочной целевой программы Московской области «Энергосбережение и повышение энергетической эффективности на территории Московской области на 2010-2020 годы» (приложение к распоряжению от 13.11.2010 № 317-Р; учреждения культуры)",
                 _cal(2010, 2020), False, "title: программа на 2010-2020 годы"),
    "D031": _src("https://kulturabalakovo.ru/2018/02/15/plan-meropriyatij-na-maslenitsu/", "Саратовская область", "Балаковский муниципальный район",
                 "ПЛАН культурно-массовых мероприятий, проводимых на территории Балаковского муниципального района в 2018 году, посвященных Масленице (столбец «Дата, время, место проведения, предполагаемое кол-во человек»)",
                 _cal(2018), False, "title: в 2018 году"),
    "D032": _src("http://www.culturaruza.ru/meropriyatiya/plan-meropriyatii-shirokaya-maslenitsa-v-ruzskom-munitsipalnom-raione", "Московская область", "Рузский муниципальный район",
                 "ПЛАН ПРОВЕДЕНИЯ ШИРОКОЙ МАСЛЕНИЦЫ 2015 по городским и сельским поселениям Рузского муниципального района (столбцы «Дата и время проведения мероприятия», «Ответственный»)",
                 _cal(2015), False, "title: МАСЛЕНИЦЫ 2015"),
    "D033": _src("https://kbr-gov.ru/doc/272", "Кабардино-Балкарская Республика", None,
                 "План мероприятий, посвященный неделе детской книги в Кабардино-Балкарской Республике (приложение к распоряжению от 19.03.2004 г № 118-РП; столбцы «Дата проведения», «Ответственные за исполнение»)",
                 _cal(2004), False, "O35/O4: a one-event plan with no year in its cells takes the calendar year of its order (19.03.2004)"),
    "D034": _src("https://gradkostroma.ru/i/u/docs/municipal/АГ-2019.12.20_N2461.htm", "Костромская область", "город Кострома",
                 "Календарный план общегородских массовых просветительных, театрально-зрелищных мероприятий, проводимых Администрацией города Костромы в 2020 году (постановление от 20 декабря 2019 года № 2461; столбец «Дата (период) проведения»; исполнителей нет)",
                 _cal(2020), False, "title: в 2020 году"),
    "D035": _src("https://novorossportal.ru/?p=13534", "Краснодарский край", "город Новороссийск",
                 "План мероприятий, посвященных празднованию Широкой масленицы (столбец «Дата, время»; исполнителей нет)",
                 _cal(2016), False, CAL_SEEN + "; every date written is in 2016"),
    "D036": _src("https://taloe.krskschool.ru/file/card?id=3636", "Красноярский край", "МБОУ «Тальская СОШ» (Ирбейский район)",
                 "План-график проведения внешних процедур в МБОУ Тальская СОШ 2022 – 2023 учебном году (приложение к приказу № 02-04-1 от 05.01.2023; столбец «Планируемая дата проведения оценочной процедуры»; исполнителей нет)",
                 _sy(2022), True, "title: 2022 – 2023 учебном году"),
    "D037": _src("https://studfile.net/preview/13364577/page:26", None, "школа (план детского общественного объединения; книга «Все в твоих руках»)",
                 "План работы детского общественного объединения (ДОО) школы, раздел «II. Организаторская деятельность» (дата плана 18 Сентября 2010г.; столбец «Время проведения»; ячейки «Ответственные» пусты)",
                 _sy(2010), True, "no title year and no year in the cells: the plan's date 18 Сентября 2010г. (Jun-Dec: school year, spec)"),
    "D038": _src("https://rcoko.ru/sochinenie/plan-graphic", "Республика Алтай", "город Горно-Алтайск",
                 "План-график подготовки и проведения итогового сочинения (изложения) (образовательные организации г. Горно-Алтайска; три столбца «Дата»; исполнителей нет)",
                 _cal(2021, 2022), False, CAL_SEEN + "; the years written are 2021 and 2022"),
    "D039": _src("https://docs.cntd.ru/document/973604103/titles/BQMHDP", "Сахалинская область", None,
                 "План мероприятий по патриотическому воспитанию граждан Сахалинской области на 2001 - 2005 годы (утв. постановлением администрации области от 19 декабря 2001 г № 87-па)",
                 _cal(2001, 2005), False, "title: на 2001 - 2005 годы"),
    "D040": _src("https://old-gkchs.cap.ru/SiteMap.aspx?id=37935", "Чувашская Республика", None,
                 "План проведения месячника гражданской обороны в Чувашской Республике (ГКЧС Чувашии; заголовок и год не видны: только исполнители, столбец «Ответственный исполнитель»)"),
    "D041": _src("https://base.garant.ru/24554132/53f89421bbdaf741eb2d1ecc4ddb4c33/", "Ярославская область", "Любимский муниципальный район",
                 "План по подготовке и проведению месячника пожарной безопасности на территории Любимского MP в 2010 году (приложение N 1 к постановлению администрации района от 5 апреля 2010 г. N 387; столбцы «Время проведения», «Ответственный за исполнение»)",
                 _cal(2010), False, "title: в 2010 году"),
    "D042": _src("https://mordovia-gov.ru/doc/6740", "Республика Мордовия", "Старошайговский муниципальный район",
                 "План работы по подготовке к пожароопасному периоду 2007 года на территории Старошайговского муниципального района (приложение к постановлению от 29.03.2007 г № 123; столбцы «Срок исполнения», «Исполнитель»)",
                 _cal(2007), False, "title: пожароопасному периоду 2007 года"),
    "D043": _src("https://ryazan-gov.ru/doc/32196", "Рязанская область", "сельское поселение (название не видно на сохранённой странице)",
                 "План противопаводковых мероприятий сельского поселения (заголовок и год не видны: только исполнители, столбец «Ответственные организации»)"),
    "D044": _src("https://omsk-gov.ru/doc/26004", "Омская область", "Шербакульский муниципальный район",
                 "План мероприятий по организации и проведению месячника и субботника по благоустройству населенных пунктов Шербакульского муниципального района Омской области (приложение к распоряжению от 13.04.2011 г № 130-Р; столбец «Срок исполнения»; исполнителей нет)",
                 _cal(2011), False, CAL_SEEN + "; the only year written is 2011 (order of 13.04.2011)"),
    "D045": _src("https://student2.ru/pedagogika/997995-ostrykh-respiratornykh-virusnykh-infekciy", None, "МБОУ «СОШ № 25»",
                 "План мероприятий по профилактике гриппа и острых респираторных вирусных инфекций в МБОУ «СОШ № 25» (на период эпидемии 2016-2017 учебного года; столбцы «Сроки исполнения», «Ответственный»)",
                 _sy(2016), True, "title: на период эпидемии 2016-2017 учебного года"),
    "D046": _src("https://docs.cntd.ru/document/440540605/titles/1GJ4C78", "Пензенская область", "город Пенза",
                 "Мероприятия городской программы по профилактике туберкулеза (г. Пенза; заголовок не виден; столбцы «Срок исполнения», «Исполнители», стоимость по годам 2005 - 2007)",
                 _cal(2005, 2007), False, CAL_SEEN + "; the years written are 2005 - 2007"),
    "D047": _src("https://lib-5.ru/urok2/urok-126555.php", "Московская область", "МБОУ НШ № 13 (городской округ Железнодорожный)",
                 "План основных мероприятий, посвященных 85-летию Московской области в МБОУ НШ №13 (утверждён в 2014 г.; второй столбец, озаглавленный «Место проведения», содержит сроки; столбец «Ответственный»)",
                 _cal(2014), False, "O55: a jubilee plan without a year in its title takes the jubilee's year (85-летие Московской области, образованной в 1929 г.: 2014); the approval stamp is 2014"),
    "D048": _src("https://base.garant.ru/48657532/53f89421bbdaf741eb2d1ecc4ddb4c33", "Республика Коми", None,
                 "План мероприятий по популяризации российской истории и информированию населения о днях воинской славы и памятных датах России на 2018 - 2019 годы (распоряжение Правительства Республики Коми от 30 января 2018 г. N 49-р; раздел «Мероприятия на 2018 год»)",
                 _cal(2018, 2019), False, "title: на 2018 - 2019 годы"),
    "D049": _src("https://malodory.arkhschool.ru/file/card?id=2477", "Архангельская область", "школа (сайт malodory.arkhschool.ru)",
                 "Календарный план воспитательной работы школы на 2025-2026 учебный год, 1-4 классы (столбцы «Ориентировочное время проведения», «Ответственные» идут отдельными строками; взяты ячейки, начало которых видно)",
                 _sy(2025), True, "title: на 2025-2026 учебный год"),
    # --SOURCES-END--
}


def deadlines(sources):
    return [
        # D001 (calendar 2011-2016; a month range with its year, R30: "в течение года" is the whole plan period)
        ("D001", "январь - февраль 2011 г.", _mon(2011, 1, 2011, 2)),
        ("D001", "в течение года", dict(kind="continuous")),
        # D002 (calendar 2011-2012)
        ("D002", "2011 - 2012 г.г.", dict(kind="interval", occ=[Y(2011, 2012)], months=[])),
        # D003 (the plan's own span 2023-04-07..2023-05-05, O51; days without a year placed in it, O50)
        ("D003", "07 апреля", _day(2023, 4, 7)),
        ("D003", "10 – 14 апреля", dict(kind="interval", occ=[_span(2023, 4, 10, 2023, 4, 14)], months=[4])),
        ("D003", "17 – 21 апреля", dict(kind="interval", occ=[_span(2023, 4, 17, 2023, 4, 21)], months=[4])),
        ("D003", "24 апреля – 05 мая", dict(kind="interval", occ=[_span(2023, 4, 24, 2023, 5, 5)], months=[4, 5])),
        ("D003", "28 апреля", _day(2023, 4, 28)),
        # D004 (school year 2025-2026; a bare month placed in the school year, spec: "Август" is August 2026)
        ("D004", "Август", _mon(2026, 8)),
        ("D004", "В течение года", dict(kind="continuous")),
        # D005 (May 2023; days without a year placed in the plan, O50; "30 апреля" lies before the month: kept on its day, outside_period as O34 does for a day past the plan)
        ("D005", "30 апреля", _day(2023, 4, 30, warnings=["outside_period"])),
        ("D005", "1 мая", _day(2023, 5, 1)),
        ("D005", "8 мая", _day(2023, 5, 8)),
        ("D005", "27 мая", _day(2023, 5, 27)),
        ("D005", "19 мая", _day(2023, 5, 19)),
        ("D005", "30 мая", _day(2023, 5, 30)),
        # D007 (calendar 2026; day.month without a year placed in the plan, O50; times after the slash go to note, O32)
        ("D007", "03.01/13-00", _day(2026, 1, 3, "13-00")),
        ("D007", "04.01/12-00", _day(2026, 1, 4, "12-00")),
        ("D007", "05.01 / 10.00 - 13.00", _day(2026, 1, 5, "10.00 - 13.00")),
        ("D007", "05.01/11-00", _day(2026, 1, 5, "11-00")),
        ("D007", "05.01 / 11.00.", _day(2026, 1, 5, "11.00")),
        ("D007", "05.01 /12-00", _day(2026, 1, 5, "12-00")),
        # D008 (calendar 2013; an event-bound phrase without dates is by_schedule, note the phrase, O52)
        ("D008", "по плану работы", dict(kind="by_schedule", note="по плану работы")),
        ("D008", "24.05.2013", _day(2013, 5, 24)),
        # D010 (calendar 2024-2030; "X, далее - ежегодно": recurring yearly from X, X's months every year, R25)
        ("D010", "Сентябрь - декабрь 2025 года, далее - ежегодно",
         dict(kind="recurring", freq="yearly", months=[9, 10, 11, 12], occ=[M(y, 9, y, 12) for y in range(2025, 2031)])),
        # D011 (calendar 2018, O35; times and place words go to note, O32/O54)
        ("D011", "11 июня 17.00 Красная площадь", _day(2018, 6, 11, "17.00 Красная площадь")),
        ("D011", "12 июня 15.00 Красная площадь", _day(2018, 6, 12, "15.00 Красная площадь")),
        ("D011", "12 июня 14.00 ч. – сбор участников парада; 14.45 ч. – начало движения колонны Площадь Республики – Красная площадь",
         _day(2018, 6, 12, "14.00 ч. – сбор участников парада; 14.45 ч. – начало движения колонны Площадь Республики – Красная площадь")),
        ("D011", "12 июня 10.00-12.00 Красная площадь", _day(2018, 6, 12, "10.00-12.00 Красная площадь")),
        # D012 (calendar 2013)
        ("D012", "01.10.2013", _day(2013, 10, 1)),
        ("D012", "02.10.2013", _day(2013, 10, 2)),
        # D013 (calendar 2011 from the order, O35; a lost dash makes a range, O36; a range running past the plan end is clipped, F5;
        #       a schedule phrase joined to a span is by_schedule with that span, the phrase in note (spec, R33); times go to note, O32)
        ("D013", "12 декабря 13 января (по отдельному графику)",
         dict(kind="by_schedule", occ=[_span(2011, 12, 12, 2011, 12, 31)], months=[12, 1], note="по отдельному графику")),
        ("D013", "14 декабря 12 января (по отдельному графику)",
         dict(kind="by_schedule", occ=[_span(2011, 12, 14, 2011, 12, 31)], months=[12, 1], note="по отдельному графику")),
        ("D013", "15 декабря 12.00", _day(2011, 12, 15, "12.00")),
        ("D013", "16 декабря 15.00", _day(2011, 12, 16, "15.00")),
        ("D013", "19 - 29 декабря", dict(kind="interval", occ=[_span(2011, 12, 19, 2011, 12, 29)], months=[12])),
        # D015 (calendar 2015-2016; ranges with their years; time and place go to note, O54)
        ("D015", "15 - 25 декабря 2015 г.", dict(kind="interval", occ=[_span(2015, 12, 15, 2015, 12, 25)], months=[12])),
        ("D015", "15 - 28 декабря 2015 г.", dict(kind="interval", occ=[_span(2015, 12, 15, 2015, 12, 28)], months=[12])),
        ("D015", "18 декабря 2015 г. - 10 января 2016 г.", dict(kind="interval", occ=[_span(2015, 12, 18, 2016, 1, 10)], months=[12, 1])),
        ("D015", "21 декабря 2015 г. – 11 января 2016 г.", dict(kind="interval", occ=[_span(2015, 12, 21, 2016, 1, 11)], months=[12, 1])),
        ("D015", "23 декабря 2015 г. 15.00 – 16.00 Центральная площадь", _day(2015, 12, 23, "15.00 – 16.00 Центральная площадь")),
        # D016 (calendar 2016-2017; times go to note)
        ("D016", "31.12.2016 – 23:30 -01.01.2017 -03:00",
         dict(kind="interval", occ=[_span(2016, 12, 31, 2017, 1, 1)], months=[12, 1], note="23:30 03:00")),
        ("D016", "03-04.01.2017 – 12:00", dict(kind="interval", occ=[_span(2017, 1, 3, 2017, 1, 4)], months=[1], note="12:00")),
        # D017 (calendar 2006; "2006 г. 4 квартал" reading, O12: a quarter with its year, months [])
        ("D017", "4 квартал 2006 г.", dict(kind="interval", occ=[Q(2006, 4)], months=[])),
        # D018 (calendar 2023; a year after a range belongs to both ends, O48; "по запросу" on_demand, spec)
        ("D018", "17 января 2023 – 12 февраля 2023", dict(kind="interval", occ=[_span(2023, 1, 17, 2023, 2, 12)], months=[1, 2])),
        ("D018", "23-27 января 2023", dict(kind="interval", occ=[_span(2023, 1, 23, 2023, 1, 27)], months=[1])),
        ("D018", "30 января - 02 февраля 2023", dict(kind="interval", occ=[_span(2023, 1, 30, 2023, 2, 2)], months=[1, 2])),
        ("D018", "по запросу", dict(kind="on_demand")),
        ("D018", "24 января 2023", _day(2023, 1, 24)),
        ("D018", "с 20 февраля по 28 февраля 2023", dict(kind="interval", occ=[_span(2023, 2, 20, 2023, 2, 28)], months=[2])),
        # D019 (calendar 2013-2015)
        ("D019", "2013 - 2015 годы", dict(kind="interval", occ=[Y(2013, 2015)], months=[])),
        # D020 (calendar 2013-2015; a quarter with its year)
        ("D020", "IV квартал 2013 года", dict(kind="interval", occ=[Q(2013, 4)], months=[])),
        # D021 (calendar 2019; period-wide words continuous, R30)
        ("D021", "В течение года", dict(kind="continuous")),
        ("D021", "Апрель-май", _mon(2019, 4, 2019, 5)),
        ("D021", "Весь период", dict(kind="continuous")),
        # D023 (calendar 2019-2020; a year range, dash variants kept as written)
        ("D023", "2019 – 2020 годы", dict(kind="interval", occ=[Y(2019, 2020)], months=[])),
        ("D023", "2019 - 2020 годы", dict(kind="interval", occ=[Y(2019, 2020)], months=[])),
        # D024 (calendar 2017; place words after the month go to note, F12/O54)
        ("D024", "Февраль, пгт. Верх-Чебула", dict(kind="interval", occ=[M(2017, 2)], months=[2], note="пгт. Верх-Чебула")),
        # D025 (calendar 2007-2008; bare months and days in a multi-year calendar plan fall in its first year, year_assumed, spec)
        ("D025", "Август-декабрь", _mon(2007, 8, 2007, 12, warnings=["year_assumed"])),
        ("D025", "До 1 декабря", _day(2007, 12, 1, warnings=["year_assumed"])),
        ("D025", "Октябрь 2007 года - январь 2008 года", _mon(2007, 10, 2008, 1)),
        # D026 (calendar 2023)
        ("D026", "Январь 2023", _mon(2023, 1)),
        ("D026", "В течение года", dict(kind="continuous")),
        ("D026", "Январь – август 2023", _mon(2023, 1, 2023, 8)),
        # D028 (calendar 2009; two dates with only a space: not touching -> multi (F7), touching -> one span (O7))
        ("D028", "17.03.2009 08.04.2009", dict(kind="multi", occ=[D(2009, 3, 17), D(2009, 4, 8)], months=[3, 4])),
        ("D028", "23.03.2009", _day(2009, 3, 23)),
        ("D028", "24.03.2009 27.03.2009", dict(kind="multi", occ=[D(2009, 3, 24), D(2009, 3, 27)], months=[3])),
        ("D028", "24.03.2009", _day(2009, 3, 24)),
        ("D028", "25.03.2009 26.03.2009", dict(kind="interval", occ=[_span(2009, 3, 25, 2009, 3, 26)], months=[3])),
        ("D028", "27.03.2009", _day(2009, 3, 27)),
        # D029 (school year 2022-2023; a month with its year before the period stays as written, outside_period (spec);
        #       "В течение года" continuous over the plan period (spec))
        ("D029", "Август, 2022", _mon(2022, 8, warnings=["outside_period"])),
        ("D029", "В течение года", dict(kind="continuous")),
        # D030 (calendar 2010-2020; "До <date>" is that day (as D025); a year with a schedule phrase is by_schedule over that year (R33))
        ("D030", "До 15.11.2010", _day(2010, 11, 15)),
        ("D030", "До 01.12.2010", _day(2010, 12, 1)),
        ("D030", "В 2011 году по графику", dict(kind="by_schedule", occ=[Y(2011)], note="по графику")),
        # D031 (calendar 2018; time, place and head count after the date go to note, O32/O54/R35)
        ("D031", "12.02.2018 10.30 Дом- интернат для престарелых и инвалидов 100 чел.", _day(2018, 2, 12, "10.30 Дом- интернат для престарелых и инвалидов 100 чел.")),
        ("D031", "15.02.2018 11.00 Быково-Отрогская сельская библиотека 20 чел.", _day(2018, 2, 15, "11.00 Быково-Отрогская сельская библиотека 20 чел.")),
        ("D031", "15.02.2018 13.00 Плехановская сельская библиотека 15 чел.", _day(2018, 2, 15, "13.00 Плехановская сельская библиотека 15 чел.")),
        ("D031", "16.02.2018г. 11.00 ПАО «Т плюс» 100 чел.", _day(2018, 2, 16, "11.00 ПАО «Т плюс» 100 чел.")),
        # D032 (calendar 2015; a day without a year placed in the plan, O50; times go to note, O32)
        ("D032", "22 февраля 13:00-16:00", _day(2015, 2, 22, "13:00-16:00")),
        ("D032", "22 февраля 12.00-16.00", _day(2015, 2, 22, "12.00-16.00")),
        ("D032", "22 февраля 12.00", _day(2015, 2, 22, "12.00")),
        ("D032", "22 февраля 14.00-16.00", _day(2015, 2, 22, "14.00-16.00")),
        ("D032", "22 февраля 11.30", _day(2015, 2, 22, "11.30")),
        ("D032", "22 февраля 13:00", _day(2015, 2, 22, "13:00")),
        # D033 (calendar 2004 from the order, O35; day.month without a year placed in the plan, O50)
        ("D033", "23.03", _day(2004, 3, 23)),
        ("D033", "24.03", _day(2004, 3, 24)),
        ("D033", "25.03", _day(2004, 3, 25)),
        ("D033", "26.03", _day(2004, 3, 26)),
        # D034 (calendar 2020; days listed that touch join into one span, R15/O7)
        ("D034", "1 января", _day(2020, 1, 1)),
        ("D034", "2, 3, 4 января", dict(kind="interval", occ=[_span(2020, 1, 2, 2020, 1, 4)], months=[1])),
        ("D034", "3 января", _day(2020, 1, 3)),
        ("D034", "5, 6 января", dict(kind="interval", occ=[_span(2020, 1, 5, 2020, 1, 6)], months=[1])),
        ("D034", "6 января", _day(2020, 1, 6)),
        ("D034", "7 января", _day(2020, 1, 7)),
        # D035 (calendar 2016; times go to note, O32)
        ("D035", "12.03.2016г. 15.00-17.00", _day(2016, 3, 12, "15.00-17.00")),
        ("D035", "12.03.2016 14.00-16.00", _day(2016, 3, 12, "14.00-16.00")),
        ("D035", "12.03.2016г. 14.00-16.00", _day(2016, 3, 12, "14.00-16.00")),
        ("D035", "12.03.2016г 11.30-13.00", _day(2016, 3, 12, "11.30-13.00")),
        ("D035", "12.03.2016г 11.00-13.00", _day(2016, 3, 12, "11.00-13.00")),
        ("D035", "13.03.2016г.11.00-13.00", _day(2016, 3, 13, "11.00-13.00")),
        # D036 (school year 2022-2023; a decision phrase joined to a span is by_schedule with that span, the phrase in note (R33))
        ("D036", "7 Декабря 2022", _day(2022, 12, 7)),
        ("D036", "9 Февраля 2023", _day(2023, 2, 9)),
        ("D036", "26 января 2023", _day(2023, 1, 26)),
        ("D036", "1-24 марта 2023 По решению ОО",
         dict(kind="by_schedule", occ=[_span(2023, 3, 1, 2023, 3, 24)], months=[3], note="по решению ОО")),
        ("D036", "15 марта – 19 мая 2023", dict(kind="interval", occ=[_span(2023, 3, 15, 2023, 5, 19)], months=[3, 4, 5])),
        # D037 (school year 2010-2011; days without a year placed in it (spec, O50); "С … по …" a plain interval (O50/O75);
        #       "До <date>" that day (O5), abbreviated month as written)
        ("D037", "С 1 по 15 сентября", dict(kind="interval", occ=[_span(2010, 9, 1, 2010, 9, 15)], months=[9])),
        ("D037", "До 15 сент.", _day(2010, 9, 15)),
        ("D037", "До 18 сентября", _day(2010, 9, 18)),
        ("D037", "С 15 по 20 сентября", dict(kind="interval", occ=[_span(2010, 9, 15, 2010, 9, 20)], months=[9])),
        ("D037", "В течение года", dict(kind="continuous")),
        ("D037", "20 сентября", _day(2010, 9, 20)),
        # D038 (calendar 2021-2022; "до <date>" is that day, O5)
        ("D038", "1 декабря 2021", _day(2021, 12, 1)),
        ("D038", "2 февраля 2022", _day(2022, 2, 2)),
        ("D038", "19 мая 2022", _day(2022, 5, 19)),
        ("D038", "до 17 ноября 2021", _day(2021, 11, 17)),
        ("D038", "до 19 января 2022", _day(2022, 1, 19)),
        ("D038", "до 20 апреля 2022", _day(2022, 4, 20)),
        # D039 (calendar 2001-2005; a year written is that whole year, months [] (spec, R17))
        ("D039", "2002 год", dict(kind="interval", occ=[Y(2002)], months=[])),
        ("D039", "2003 год", dict(kind="interval", occ=[Y(2003)], months=[])),
        # D041 (calendar 2010; "До <day.month>" is that day placed in the plan (O5/O50); a season whose dates the plan does not give is
        #       event-bound: by_schedule over the plan period, note the phrase (O52))
        ("D041", "До 20.04", _day(2010, 4, 20)),
        ("D041", "До 10.05", _day(2010, 5, 10)),
        ("D041", "Весь пожароопасный период", dict(kind="by_schedule", note="весь пожароопасный период")),
        ("D041", "До 25.04", _day(2010, 4, 25)),
        # D042 (calendar 2007; touching months with only a space are one span (R15/O36), a lost dash between months that do not touch
        #       still makes a range (O36))
        ("D042", "Апрель", _mon(2007, 4)),
        ("D042", "Апрель Май", _mon(2007, 4, 2007, 5)),
        ("D042", "Май", _mon(2007, 5)),
        ("D042", "Апрель Сентябрь", _mon(2007, 4, 2007, 9)),
        # D044 (calendar 2011; "До <date>" is that day, O5)
        ("D044", "До 20 мая 2011 года", _day(2011, 5, 20)),
        # D045 (school year 2016-2017; "постоянно" continuous (R30); "ежедневно" continuous with note "ежедневно" (O63), the event words kept with it)
        ("D045", "постоянно", dict(kind="continuous")),
        ("D045", "ежедневно (в период эпидемии)", dict(kind="continuous", note="ежедневно (в период эпидемии)")),
        ("D045", "ежедневно", dict(kind="continuous", note="ежедневно")),
        # D046 (calendar 2005-2007; a year range, months [] (spec))
        ("D046", "2005-2007", dict(kind="interval", occ=[Y(2005, 2007)], months=[])),
        # D047 (calendar 2014, O55; period-wide words continuous (R30); bare months placed in the plan's year, a month range one interval)
        ("D047", "В течение года", dict(kind="continuous")),
        ("D047", "Октябрь", _mon(2014, 10)),
        ("D047", "Сентябрь-октябрь", _mon(2014, 9, 2014, 10)),
        ("D047", "сентябрь", _mon(2014, 9)),
        # D048 (calendar 2018-2019; a period-wide word with no year named is continuous over the whole plan period (R30), although the row
        #       stands in the section «Мероприятия на 2018 год»)
        ("D048", "в течение года", dict(kind="continuous")),
        # D049 (school year 2025-2026; days without a year placed in it (spec, O50); "Каждый понедельник" weekly over the plan's weeks,
        #       the weekday in note (F9))
        ("D049", "1 сентября", _day(2025, 9, 1)),
        ("D049", "Каждый понедельник",
         dict(kind="recurring", freq="weekly", occ=weeks_in((date(2025, 9, 1), date(2026, 8, 31))), note="понедельник")),
        ("D049", "сентябрь", _mon(2025, 9)),
        ("D049", "8 сентября", _day(2025, 9, 8)),
        ("D049", "3 сентября", _day(2025, 9, 3)),
        # --DEADLINES-END--
    ]


EXECUTORS = [
    # D001 (municipal plan: the city's preschool education authority)
    ("D001", "Управление дошкольного образования", [("Управление дошкольного образования", "управление дошкольного образования", None, A, 0)]),
    # D002 (regional plan: the region's department is authority, O16; "области" spelled out from the region, O25)
    ("D002", "Департамент образования, культуры и молодежной политики области",
     [("Департамент образования, культуры и молодежной политики области", "Департамент образования, культуры и молодежной политики Белгородской области", None, A, 0)]),
    # D003 (a school's own plan: persons, O20; a person then a group is two executors, O56)
    ("D003", "Тихомирова Н.М.", _persons("Тихомирова Н.М.")),
    ("D003", "Горбунова Т.П.", _persons("Горбунова Т.П.")),
    ("D003", "Вешкина А.И. Юнармия", [*_persons("Вешкина А.И."), ("Юнармия", "Юнармия", None, X, 0)]),
    ("D003", "Тихомирова Н.М. Совет старшеклассников", [*_persons("Тихомирова Н.М."), ("Совет старшеклассников", "совет старшеклассников", None, O, 0)]),
    ("D003", "Классные руководители", [_role("Классные руководители", "классные руководители")]),
    # D004 (school roles, O60; the comma separates two roles)
    ("D004", "Учителя начальных классов, предметники",
     [_role("Учителя начальных классов", "учителя начальных классов"), _role("предметники", "учителя-предметники")]),
    # D005 (municipal plan: the okrug's administration and a rural settlement's administration are authority, O17/O61; a stray trailing word is extra text)
    ("D005", "Администрация Шемуршинского муниципального округа",
     [("Администрация Шемуршинского муниципального округа", "Администрация Шемуршинского муниципального округа", None, A, 0)]),
    ("D005", "Администрация Большебуяновского сельского поселения район",
     [("Администрация Большебуяновского сельского поселения", "администрация Большебуяновского сельского поселения", None, A, 0)], EXTRA),
    # D006 (persons, O20)
    ("D006", "Михайлова Н.Н. Лабецкая Е.Л.", _persons("Михайлова Н.Н.", "Лабецкая Е.Л.")),
    ("D006", "Михайлова Н.Н.", _persons("Михайлова Н.Н.")),
    # D007 (persons, O20; a post followed by its holder is one role, O29)
    ("D007", "Ламыкина С.В.", _persons("Ламыкина С.В.")),
    ("D007", "Ходотова Ю.В.", _persons("Ходотова Ю.В.")),
    ("D007", "Егоренкова Г.И.", _persons("Егоренкова Г.И.")),
    ("D007", "Старотоненкова А.П.", _persons("Старотоненкова А.П.")),
    ("D007", "Фролова Т.А.", _persons("Фролова Т.А.")),
    ("D007", "Заместитель директора по работе с детьми Гончарова С.Е.",
     [_role("Заместитель директора по работе с детьми Гончарова С.Е.", "заместитель директора по работе с детьми")]),
    # D008 (persons, O20; "(по согласованию)" after a person sets by_agreement for that person)
    ("D008", "Черкашин С.А. Ельмендеева Л.В.", _persons("Черкашин С.А.", "Ельмендеева Л.В.")),
    ("D008", "Черкашин С.А., Ельмендеева Л.В. Алёшин В.В. (по согласованию)",
     [*_persons("Черкашин С.А.", "Ельмендеева Л.В."), _role("Алёшин В.В.", "Алёшин В.В.", 1)]),
    ("D008", "Ельмендеева Л.В. Алёшин В.В. (по согласованию) Продан М.М. (по согласованию) Евпак Р.В. Култаева М.К.",
     [*_persons("Ельмендеева Л.В."), _role("Алёшин В.В.", "Алёшин В.В.", 1), _role("Продан М.М.", "Продан М.М.", 1), *_persons("Евпак Р.В.", "Култаева М.К.")]),
    # D009 (regional plan: municipal administrations and education departments are authority (blind2 C035, O61), a shared
    #       head distributes over "городов и районов" / "районные и городские" (F22); municipal ecological services external (O40))
    ("D009", "Администрации городов и районов (по согласованию), муниципальные экологические службы (по согласованию), районные и городские отделы образования (по согласованию)",
     [("Администрации городов", "администрации городов", None, A, 1), ("районов", "администрации районов", None, A, 1),
      ("муниципальные экологические службы", "муниципальные экологические службы", None, X, 1),
      ("районные", "районные отделы образования", None, A, 1), ("городские отделы образования", "городские отделы образования", None, A, 1)]),
    ("D009", "Администрации городов и районов (по согласованию), муниципальные экологические службы (по согласованию), районные и городские отделы образования (по согласованию), районные и городские отделы культуры (по согласованию)",
     [("Администрации городов", "администрации городов", None, A, 1), ("районов", "администрации районов", None, A, 1),
      ("муниципальные экологические службы", "муниципальные экологические службы", None, X, 1),
      ("районные", "районные отделы образования", None, A, 1), ("городские отделы образования", "городские отделы образования", None, A, 1),
      ("районные", "районные отделы культуры", None, A, 1), ("городские отделы культуры", "городские отделы культуры", None, A, 1)]),
    # D010 (a federal university in a regional plan: external, O27/O40)
    ("D010", 'ФГБОУ ВО "Костромской государственный университет"',
     [('ФГБОУ ВО "Костромской государственный университет"', "ФГБОУ ВО «Костромской государственный университет»", None, X, 0)]),
    # D011 (city plan: the city administration's department is authority; a ministry of the republic is a higher level: external, spec)
    ("D011", "Управление культуры и развития туризма администрации г. Чебоксары",
     [("Управление культуры и развития туризма администрации г. Чебоксары", "Управление культуры и развития туризма администрации г. Чебоксары", None, A, 0)]),
    ("D011", "Министерство культуры, по делам национальностей и архивного дела Чувашской Республики",
     [("Министерство культуры, по делам национальностей и архивного дела Чувашской Республики", "Министерство культуры, по делам национальностей и архивного дела Чувашской Республики", None, X, 0)]),
    # D013 (city plan: committees of the city administration are authority)
    ("D013", "Комитет по делам молодежи администрации города Тамбова",
     [("Комитет по делам молодежи администрации города Тамбова", "Комитет по делам молодежи администрации города Тамбова", None, A, 0)]),
    ("D013", "Комитет культуры администрации города Тамбова",
     [("Комитет культуры администрации города Тамбова", "Комитет культуры администрации города Тамбова", None, A, 0)]),
    # D014 (persons, O20; a person then a plural group is two executors, O56)
    ("D014", "Середа Е.И.", _persons("Середа Е.И.")),
    ("D014", "Котляр О.И. Матвейчук В.В. главы округов", [*_persons("Котляр О.И.", "Матвейчук В.В."), _role("главы округов", "главы округов")]),
    ("D014", "Матвейчук В.В.", _persons("Матвейчук В.В.")),
    ("D014", "Титков Е.И.", _persons("Титков Е.И.")),
    ("D014", "Майорова Н.В. Матвейчук В.В.", _persons("Майорова Н.В.", "Матвейчук В.В.")),
    # D015 (city plan: departments of the city administration are authority; a semicolon separates two; a centre of children's creativity is other, spec)
    ("D015", "Организационно-правовой отдел администрации города Шумерля",
     [("Организационно-правовой отдел администрации города Шумерля", "Организационно-правовой отдел администрации города Шумерля", None, A, 0)]),
    ("D015", "Отдел жилищно-коммунального хозяйства администрации города Шумерля",
     [("Отдел жилищно-коммунального хозяйства администрации города Шумерля", "Отдел жилищно-коммунального хозяйства администрации города Шумерля", None, A, 0)]),
    ("D015", "МБУ ДО «Центр детского творчества", [("МБУ ДО «Центр детского творчества", "МБУ ДО «Центр детского творчества»", None, O, 0)]),
    ("D015", "Отдел физической культуры, спорта и туризма администрации города Шумерля",
     [("Отдел физической культуры, спорта и туризма администрации города Шумерля", "Отдел физической культуры, спорта и туризма администрации города Шумерля", None, A, 0)]),
    ("D015", "Отдел культуры администрации города Шумерля; отдел образования администрации города Шумерля",
     [("Отдел культуры администрации города Шумерля", "Отдел культуры администрации города Шумерля", None, A, 0),
      ("отдел образования администрации города Шумерля", "Отдел образования администрации города Шумерля", None, A, 0)]),
    # D018 (a museum's own staff as a group: role, F15/O73; a person with glued initials, O20)
    ("D018", "все сотрудники", [_role("все сотрудники", "все сотрудники")]),
    ("D018", "И.Г.Мякшина", _persons("И.Г.Мякшина")),
    # D020 (regional plan: municipal administrations of the region are authority (O61, blind2 C035); the shared head distributes, F22)
    ("D020", "местные администрации муниципальных районов и городских округов КБР",
     [("местные администрации муниципальных районов", "местные администрации муниципальных районов КБР", None, A, 0),
      ("городских округов КБР", "местные администрации городских округов КБР", None, A, 0)]),
    # D021 (a settlement's plan: a culture house and a library external (O27/O40, O59); a named school is one school)
    ("D021", "МБУК «Грачевский СДК», библиотека, МБОУ «Грачевская СОШ»",
     [("МБУК «Грачевский СДК»", "МБУК «Грачевский СДК»", None, X, 0), ("библиотека", "библиотека", None, X, 0),
      ("МБОУ «Грачевская СОШ»", "МБОУ «Грачевская СОШ»", None, SCH, 0)]),
    ("D021", "МБОУ «Грачевская СОШ»", [("МБОУ «Грачевская СОШ»", "МБОУ «Грачевская СОШ»", None, SCH, 0)]),
    ("D021", "МБУК «Грачевский СДК»", [("МБУК «Грачевский СДК»", "МБУК «Грачевский СДК»", None, X, 0)]),
    # D022 (regional plan: the region's department is authority, O16; "области" spelled out, O25)
    ("D022", "Департамент культуры и туризма области",
     [("Департамент культуры и туризма области", "Департамент культуры и туризма Вологодской области", None, A, 0)]),
    # D023 (municipal plan: a department of the district administration is authority, O17/O61)
    ("D023", "Отдел экономического развития, прогнозирования, имущественных и земельных отношений Администрации муниципального образования «Ельнинский район» Смоленской области",
     [("Отдел экономического развития, прогнозирования, имущественных и земельных отношений Администрации муниципального образования «Ельнинский район» Смоленской области",
       "Отдел экономического развития, прогнозирования, имущественных и земельных отношений Администрации муниципального образования «Ельнинский район» Смоленской области", None, A, 0)]),
    # D024 (regional plan: the region's education department is authority, named with the region from the title (O16/O25);
    #       sports schools are additional-education bodies: other, spec)
    ("D024", "Департамент образования и науки, ГУДО ОблДЮСШ, Чебулинская районная ДЮСШ",
     [("Департамент образования и науки", "Департамент образования и науки Кемеровской области", None, A, 0),
      ("ГУДО ОблДЮСШ", "ГУДО «Областная детско-юношеская спортивная школа»", None, O, 0),
      ("Чебулинская районная ДЮСШ", "Чебулинская районная ДЮСШ", None, O, 0)]),
    # D025 (Moscow's own plan: its prefectures are authority, F23; the trailing comma is cleaned, O42)
    ("D025", "префектура Юго-Восточного административного округа города Москвы,",
     [("префектура Юго-Восточного административного округа города Москвы", "префектура Юго-Восточного административного округа города Москвы", None, A, 0)]),
    # D026 (an undefined abbreviation stays as written, other + unknown_executor (O41), the person after it a second executor (F19);
    #       heads of the additional-education institutions a role, the abbreviation written out (O26/O43); a ДДТ is other (spec))
    ("D026", "ГЦОКО М.С. Смирнова", [_other("ГЦОКО"), *_persons("М.С. Смирнова")], UNK),
    ("D026", "Директора УДО", [_role("Директора УДО", "директора учреждений дополнительного образования")]),
    ("D026", "ДДТ «Жемчужина», Титова Ю.Н.", [("ДДТ «Жемчужина»", "ДДТ «Жемчужина»", None, O, 0), *_persons("Титова Ю.Н.")]),
    # D027 (city plan: universities without their names written out stay as written, other + unknown_executor (O41); a college and a
    #       municipal inspection external (O40), its "(далее ...)" a definition (O23); an NGO external; the city committee authority;
    #       a plural head with a colon distributes over the persons that follow (O58))
    ("D027", 'АГТУ, АГУ, Астраханский политехнический колледж, МУ "Специализированная инспекция экологического контроля г. Астрахани" (далее МУ "СИЭК г. Астрахани")',
     [_other("АГТУ"), _other("АГУ"), ("Астраханский политехнический колледж", "Астраханский политехнический колледж", None, X, 0),
      ('МУ "Специализированная инспекция экологического контроля г. Астрахани"', "МУ «Специализированная инспекция экологического контроля г. Астрахани»", "МУ «СИЭК г. Астрахани»", X, 0)], UNK),
    ("D027", "Скрозников Е.Е.", _persons("Скрозников Е.Е.")),
    ("D027", "Председатели клубов: Лещева О.П. Бочарова О.В.",
     [_role("Председатели клубов: Лещева О.П.", "председатель клуба"), _role("Бочарова О.В.", "председатель клуба")]),
    ("D027", "Астраханское региональное отделение Всероссийского общества охраны природы, комитет охраны окружающей среды и природных ресурсов администрации г. Астрахани",
     [("Астраханское региональное отделение Всероссийского общества охраны природы", "Астраханское региональное отделение Всероссийского общества охраны природы", None, X, 0),
      ("комитет охраны окружающей среды и природных ресурсов администрации г. Астрахани", "комитет охраны окружающей среды и природных ресурсов администрации г. Астрахани", None, A, 0)]),
    # D028 (heads of the educational institutions a role (O26); persons roles (F15))
    ("D028", "Директора образовательных учреждений", [_role("Директора образовательных учреждений", "директора образовательных учреждений")]),
    ("D028", "Гомонюк Е.Н", _persons("Гомонюк Е.Н")),
    ("D028", "Торгашова С.Ю.", _persons("Торгашова С.Ю.")),
    ("D028", "Сизов Н.А.", _persons("Сизов Н.А.")),
    ("D028", "Шоренко Е.В.", _persons("Шоренко Е.В.")),
    ("D028", "Бояров В.Н.", _persons("Бояров В.Н.")),
    # D029 (a person with her position is one role named by the position (O29), the heads of the school's methodical
    #       associations a second role, the abbreviation written out (O43))
    ("D029", "Шепетнева Н.А., заместитель директора по УВР, руководители ШМО",
     [_role("Шепетнева Н.А., заместитель директора по УВР", "заместитель директора по УВР"),
      _role("руководители ШМО", "руководители школьных методических объединений")]),
    ("D029", "Епимахова О.В., заместитель директора по УВР, руководители ШМО",
     [_role("Епимахова О.В., заместитель директора по УВР", "заместитель директора по УВР"),
      _role("руководители ШМО", "руководители школьных методических объединений")]),
    # D031 (a post followed by its holder is one role named by the post, O29; the plan's own abbreviation БМР stays inside the name, O26)
    ("D031", "Директор МАУК «Дворец культуры» О.Е.Кузьмина",
     [_role("Директор МАУК «Дворец культуры» О.Е.Кузьмина", "директор МАУК «Дворец культуры»")]),
    ("D031", "Директор МАУК «Межпоселенческая центральная библиотека БМР» Н.Э.Жуковская",
     [_role("Директор МАУК «Межпоселенческая центральная библиотека БМР» Н.Э.Жуковская", "директор МАУК «Межпоселенческая центральная библиотека БМР»")]),
    # D032 (persons, O20; names as written, a missing final full stop kept)
    ("D032", "Мочалова В.Н.", _persons("Мочалова В.Н.")),
    ("D032", "Романова Н.И", _persons("Романова Н.И")),
    ("D032", "Гуськова И.А", _persons("Гуськова И.А")),
    ("D032", "Титова Н.Н", _persons("Титова Н.Н")),
    ("D032", "Макарцева В.Я", _persons("Макарцева В.Я")),
    ("D032", "Пальцев А.Н.", _persons("Пальцев А.Н.")),
    # D033 (regional plan: the republic's ministries are authority, O16; a writers' union is a non-government body: external (spec);
    #       a hyphenation break stays in the mention and is mended in the name, O66)
    ("D033", "Министерство культуры КБР, Министерство образования и науки КБР, Союз писате- лей КБР",
     [("Министерство культуры КБР", "Министерство культуры КБР", None, A, 0),
      ("Министерство образования и науки КБР", "Министерство образования и науки КБР", None, A, 0),
      ("Союз писате- лей КБР", "Союз писателей КБР", None, X, 0)]),
    ("D033", "Министерство образования и науки КБР, Министерство культуры КБР",
     [("Министерство образования и науки КБР", "Министерство образования и науки КБР", None, A, 0),
      ("Министерство культуры КБР", "Министерство культуры КБР", None, A, 0)]),
    ("D033", "Министерство культуры КБР", [("Министерство культуры КБР", "Министерство культуры КБР", None, A, 0)]),
    # D039 (regional plan: the region's departments are authority, O16; "области" spelled out from the title, O25;
    #       a leading dash is stray punctuation, cleaned (R13/O42))
    ("D039", "Департамент социальной защиты населения области",
     [("Департамент социальной защиты населения области", "Департамент социальной защиты населения Сахалинской области", None, A, 0)]),
    ("D039", "-Департамент образования, культуры и спорта области",
     [("Департамент образования, культуры и спорта области", "Департамент образования, культуры и спорта Сахалинской области", None, A, 0)]),
    ("D039", "Департамент образования, культуры и спорта области",
     [("Департамент образования, культуры и спорта области", "Департамент образования, культуры и спорта Сахалинской области", None, A, 0)]),
    # D040 (regional plan: district and town administrations of the republic are authority (O16/O61), the shared head distributes (F22);
    #       heads of enterprises, organisations and institutions a role, the shared head distributed like F22's; the republic's ministry of
    #       education authority, its short name kept as the name (sample R5))
    ("D040", "администрации районов и городов",
     [("администрации районов", "администрации районов", None, A, 0), ("городов", "администрации городов", None, A, 0)]),
    ("D040", "руководители предприятий, организаций и учреждений",
     [_role("руководители предприятий", "руководители предприятий"), _role("организаций", "руководители организаций"),
      _role("учреждений", "руководители учреждений")]),
    ("D040", "администрации районов и городов, руководители организаций",
     [("администрации районов", "администрации районов", None, A, 0), ("городов", "администрации городов", None, A, 0),
      _role("руководители организаций", "руководители организаций")]),
    ("D040", "Минобразования Чувашии", [("Минобразования Чувашии", "Минобразования Чувашии", None, A, 0)]),
    # D041 (district plan: posts a role, their unexplained abbreviations kept inside the name (O26); a department of the district
    #       administration is authority (O61), its abbreviated name kept as written, Latin look-alike letters not mended (O69, sample R5);
    #       an enterprise external (spec); heads of settlements a role)
    ("D041", "Председатель КЧС и ОПБ", [_role("Председатель КЧС и ОПБ", "председатель КЧС и ОПБ")]),
    ("D041", "Начальник ОПС-8, отдел BMP ГОЧС",
     [_role("Начальник ОПС-8", "начальник ОПС-8"), ("отдел BMP ГОЧС", "отдел BMP ГОЧС", None, A, 0)]),
    ("D041", "лесокомбинат, Главы поселений",
     [("лесокомбинат", "лесокомбинат", None, X, 0), _role("Главы поселений", "главы поселений")]),
    # D042 (district plan: the fire service and the forestry are bodies outside the municipal administration: external (O40/O16);
    #       a trailing full stop is cleaned (O42); a post with its organisation a role)
    ("D042", "Противопожарная служба района.", [("Противопожарная служба района", "противопожарная служба района", None, X, 0)]),
    ("D042", "Руководитель Старошайговского лесничества", [_role("Руководитель Старошайговского лесничества", "руководитель Старошайговского лесничества")]),
    ("D042", "Старошайговское лесничество", [("Старошайговское лесничество", "Старошайговское лесничество", None, X, 0)]),
    # D043 (a settlement's plan: the head of its administration by post, a role)
    ("D043", "Глава администрации сельского поселения", [_role("Глава администрации сельского поселения", "глава администрации сельского поселения")]),
    # D045 (a school's own plan: posts are roles, single posts singular (O26/O60); a comma separates two roles)
    ("D045", "директор", [_role("директор", "директор")]),
    ("D045", "классные руководители, дежурный администратор",
     [_role("классные руководители", "классные руководители"), _role("дежурный администратор", "дежурный администратор")]),
    ("D045", "заместитель директора по АХР", [_role("заместитель директора по АХР", "заместитель директора по АХР")]),
    ("D045", "заместитель директора", [_role("заместитель директора", "заместитель директора")]),
    # D046 (city plan: the city's health department is authority (spec: a department of the plan's own level); medical institutions,
    #       maternity hospitals and children's polyclinics are outside the administration: external; ЛПУ and "пол-ки" read by their
    #       common meaning (F17))
    ("D046", "Управление здравоохранения, ЛПУ г. Пензы",
     [("Управление здравоохранения", "Управление здравоохранения", None, A, 0),
      ("ЛПУ г. Пензы", "лечебно-профилактические учреждения г. Пензы", "ЛПУ", X, 0)]),
    ("D046", "ЛПУ г. Пензы, родильные дома, детские пол-ки",
     [("ЛПУ г. Пензы", "лечебно-профилактические учреждения г. Пензы", "ЛПУ", X, 0),
      ("родильные дома", "родильные дома", None, X, 0), ("детские пол-ки", "детские поликлиники", None, X, 0)]),
    # D047 (a school's own plan: posts are roles (O60/O43); a doubled start of a word ("Зам Заместитель", "З Заместитель") is cleaned like
    #       a doubled word (sample R13), the mention keeps the written post; a stray degree sign inside a word stays in the mention only;
    #       a singular post with its holder one role (O29), a plural group next to it a second executor (O56))
    ("D047", "Зам Заместитель директора по ВР классные руководители",
     [_role("Заместитель директора по ВР", "заместитель директора по ВР"), _role("классные руководители", "классные руководители")]),
    ("D047", "Классные руководители", [_role("Классные руководители", "классные руководители")]),
    ("D047", "Заместите°ль директора по ВР, Учителя ИЗО",
     [_role("Заместите°ль директора по ВР", "заместитель директора по ВР"), _role("Учителя ИЗО", "учителя ИЗО")]),
    ("D047", "Зам. директора по ВР Лапшина Н.А. Учителя ИЗО",
     [_role("Зам. директора по ВР Лапшина Н.А.", "заместитель директора по ВР"), _role("Учителя ИЗО", "учителя ИЗО")]),
    ("D047", "З Заместитель директора по ВР", [_role("Заместитель директора по ВР", "заместитель директора по ВР")]),
    # D048 (regional plan: the republic's ministry is authority, O16)
    ("D048", "Министерство национальной политики Республики Коми",
     [("Министерство национальной политики Республики Коми", "Министерство национальной политики Республики Коми", None, A, 0)]),
    # D049 (a school's own plan: posts are roles (O60), commas separate them; abbreviations of posts kept inside the name (O26))
    ("D049", "Заместитель директора по УВР, педагог-организатор, советник по воспитанию",
     [_role("Заместитель директора по УВР", "заместитель директора по УВР"), _role("педагог-организатор", "педагог-организатор"),
      _role("советник по воспитанию", "советник по воспитанию")]),
    ("D049", "Классные руководители", [_role("Классные руководители", "классные руководители")]),
    ("D049", "Заместитель директора по ВР, инженер по ОТ, классные руководители, учитель ОБЗР",
     [_role("Заместитель директора по ВР", "заместитель директора по ВР"), _role("инженер по ОТ", "инженер по ОТ"),
      _role("классные руководители", "классные руководители"), _role("учитель ОБЗР", "учитель ОБЗР")]),
    # --EXECUTORS-END--
]
