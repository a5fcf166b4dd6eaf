"""Executor classes the twenty-seventh other-regions set (tests/gold/other_regions_twenty_seventh/, session 49's blind
set) showed broken, with examples of our own, read as a municipality no glossary file exists for:
- a definition whose name opens a line under lines of other cells ("в течение года" / "МКУ «Отдел …»" /
  "Научно-методический центр (далее – НМЦ)"): the name starts at the line whose words spell the letters from its
  first word on, the parts of a hyphenated compound counted ("научно-методический" spells "нм")."""

from __future__ import annotations

import pytest

from normalizers.executors import mine_glossary


@pytest.mark.parametrize(("text", "short", "name"), [
    ("по направлениям работы\nМКУ «Отдел образования» МО «Энский район»\nНаучно-методический центр (далее – НМЦ)",
     "НМЦ", "Научно-методический центр"),
    ("по итогам года\nИнформационно-методический кабинет (далее – ИМК)", "ИМК", "Информационно-методический кабинет"),
    ("у всех участников\nАдминистрация района\nУчебно-методический отдел (далее – УМО)", "УМО",
     "Учебно-методический отдел"),
    ("март\nМуниципальное казённое учреждение\nНаучно-методический центр (далее – МКУ НМЦ)", "МКУ НМЦ",
     "Муниципальное казённое учреждение Научно-методический центр"),
])
def test_a_definition_under_other_cells_starts_at_the_line_that_spells_it(text, short, name):
    assert mine_glossary(text).get(short) == name
