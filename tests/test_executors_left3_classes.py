"""Session 49's classes of issue 11 (h11left3): the municipal qualifier's pre-filter read from its vocabulary, and a
role over a qualified body named with the qualifier as written, whatever the wording (R12 over R4). Every town,
district, body and wording here is made up."""

import pytest

from normalizers.executors import clear_memo, municipal_qualifiers
from normalizers.executors.normalizer import normalize_strict
from normalizers.executors.vocabulary import more_cues


@pytest.fixture(autouse=True)
def _fresh_memo():
    clear_memo()


def _named(cell: str, municipality: str | None = "Ольховецкий муниципальный район", level: str | None = None):
    return [(e.name, e.kind) for e in normalize_strict(cell, municipality, level=level).executors]


@pytest.fixture
def _owner_added(monkeypatch):
    """The yaml's owners with one more word ("ратуши", a town hall's), as a later edit of the yaml would add it."""
    cues = dict(more_cues())
    cues["municipal_qualifiers"] = {**cues["municipal_qualifiers"],
                                    "owners": [*cues["municipal_qualifiers"]["owners"], "ратуши"]}
    monkeypatch.setattr(municipal_qualifiers, "more_cues", lambda: cues)
    municipal_qualifiers._vocab.cache_clear()
    yield
    municipal_qualifiers._vocab.cache_clear()


@pytest.mark.parametrize("cell", [
    "Отдел культуры ратуши Ключегорска",
    "Управление образования Ратуши Ключегорска",
    "Комитет по спорту ратуши Ключегорска",
])
def test_an_owner_added_to_the_yaml_is_read_by_the_pre_filter(_owner_added, cell):
    assert _named(cell, "город Ключегорск")[0][0] == " ".join(cell.split()[:-2])


@pytest.mark.parametrize("cell", [
    "Отдел культуры мэрии Ключегорска",
    "Отдел культуры исполкома Ключегорска",
    "Отдел культуры исполнительного комитета Ключегорска",
    "Отдел культуры Администрации Ключегорска",
])
def test_each_owner_of_the_yaml_is_dropped_before_a_bare_town(cell):
    assert [name for name, _ in _named(cell, "город Ключегорск")] == ["Отдел культуры"]


@pytest.mark.parametrize("level", ["municipal", "regional"])
@pytest.mark.parametrize("cell, name", [
    ("специалисты управления образования администрации Ольховецкого района",
     "специалисты управления образования администрации Ольховецкого района"),
    ("Специалисты УО администрации Ольховецкого района",
     "специалисты управления образования администрации Ольховецкого района"),
    ("Специалисты Управления образования Ольховецкого муниципального округа",
     "специалисты управления образования Ольховецкого муниципального округа"),
    ("начальник управления образования администрации г. Ключегорска",
     "начальник управления образования администрации г. Ключегорска"),
    ("Специалисты отдела культуры администрации Ольховецкого района",
     "специалисты отдела культуры администрации Ольховецкого района"),
    ("руководители управления образования мэрии города Ключегорска",
     "руководители управления образования мэрии города Ключегорска"),
    ("педагоги-психологи ОО Ольховецкого района", "педагоги-психологи образовательных организаций Ольховецкого района"),
    ("Руководители ДОУ г. Ключегорска", "руководители дошкольных образовательных учреждений г. Ключегорска"),
])
def test_a_role_over_a_qualified_body_keeps_the_qualifier_whatever_the_wording(cell, name, level):
    assert _named(cell, level=level) == [(name, "role")]


def test_the_body_drops_its_qualifier_and_the_role_over_it_keeps_it():
    cell = "Управление образования администрации Ольховецкого района, специалисты УО администрации Ольховецкого района"
    assert _named(cell, level="municipal") == [
        ("Управление образования", "authority"),
        ("специалисты управления образования администрации Ольховецкого района", "role")]


@pytest.mark.parametrize("cell", [
    "Отдел культуры мэрии г. Ключегорска, МБОУ СОШ № 3",
    "Управление образования мэрии города Ключегорска, МБОУ СОШ № 3",
])
def test_a_mayoraltys_body_is_one_name_before_the_next(cell):
    assert _named(cell, "город Ключегорск", "municipal")[0][0] in ("Отдел культуры", "Управление образования")
    assert len(_named(cell, "город Ключегорск", "municipal")) == 2


@pytest.mark.parametrize("level, municipality, name", [
    ("municipal", "город Ключегорск", "Управление образования"),
    ("regional", None, "Управление образования мэрии города Ключегорска"),
])
def test_a_mayoraltys_body_is_read_as_an_administrations(level, municipality, name):
    assert _named("Управление образования мэрии города Ключегорска", municipality, level) == [(name, "authority")]
    assert _named("Управление образования администрации города Ключегорска", municipality, level) == [
        (name.replace("мэрии", "администрации"), "authority")]
