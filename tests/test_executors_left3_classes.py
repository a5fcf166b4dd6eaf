"""Session 49's classes of issue 11 (h11left3): the municipal qualifier's pre-filter read from its vocabulary. Every
town, district, body and wording here is made up."""

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
