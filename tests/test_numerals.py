"""Words counting on one by one: the one test the column-numbering readers share."""

from parsers.numerals import counting_from


def test_numerals_counting_on_give_their_first():
    assert counting_from(["3", "4", "5"]) == 3


def test_a_gap_in_the_count_is_no_count():
    assert counting_from(["1", "2", "4"]) is None


def test_one_misread_numeral_is_forgiven_only_when_allowed():
    marks = ["1", "2", "к]", "4"]
    assert counting_from(marks) is None
    assert counting_from(marks, misread=1) == 1


def test_two_misread_numerals_are_too_many_for_one():
    assert counting_from(["1", "ж", "к]", "4"], misread=1) is None


def test_no_numeral_at_all_counts_nothing():
    assert counting_from(["а", "б"], misread=2) is None
