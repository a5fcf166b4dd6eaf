"""The stop style of a plan's item numbers on scans (parsers.ocr.number_text.styles)."""

from __future__ import annotations

from parsers.ocr import numbers


def test_one_number_of_a_depth_sets_no_style_for_the_next():
    """A list written "1.1", "1.2.", "1.3.": the second number, read with and without its stop, keeps the
    stop its first reading shows; one number above is no plan's style yet, two are."""
    found = ["1.2.", "1.2", "1.2", "1.2."]
    assert numbers.styles(["1.1"]) == {} and numbers.styles(["0.9", "1.1"]) == {2: False}
    assert numbers.choose(found, ["1.1"], ["1.3."], numbers.styles(["1.1"])) == "1.2."
    assert numbers.choose(found, ["1.1"], ["1.3."], numbers.styles(["0.9", "1.1"])) == "1.2"
