"""The base layer: Russian-text helpers every stage shares (parsers included).

It imports nothing of the project, so any stage may import it without bending the flow:
one text cleanup and fold (`text`), one pymorphy3 analyser (`morphology`, with lexicon.yaml: the
field's words its dictionary lacks), one month table (`months`).
"""

from normalizers.language.months import month_forms, month_of_genitive
from normalizers.language.morphology import (
    analyser,
    are_alike,
    introduces_a_name,
    is_function_word,
    is_known_word,
    is_link_word,
    is_noun_nominative,
    is_running_word,
    is_word_form,
)
from normalizers.language.text import clean, fold, fold_case, leaves_quote_open

__all__ = ["analyser", "are_alike", "clean", "fold", "fold_case", "is_function_word", "is_known_word", "is_link_word",
           "introduces_a_name", "is_noun_nominative", "is_running_word", "leaves_quote_open",
           "is_word_form", "month_forms", "month_of_genitive"]
