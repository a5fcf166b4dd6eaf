"""Teachers over subjects listed with commas alone ("учителя истории, географии, права") are the teachers of each
subject, one role per subject, as O76 reads any plural head over comma-coordinated genitives ("руководители
предприятий, организаций, учреждений"). Subjects joined by "и" stay one post's ("учителя русского языка и
литературы", the made-up staff set's "учителя ИЗО и технологии"): plural_complement_lists leaves teachers alone but
for this."""

from __future__ import annotations

from normalizers.executors.text import Item
from normalizers.executors.vocabulary import more_cues


def teaching_head_end(text: str, words: list[Item]) -> int | None:
    """Index after a plural teaching position that opens `text` and is followed by a list joined by commas alone, or
    None."""
    if "," not in text or " и " in text or not words or words[0].is_abbreviation:
        return None
    if words[0].key not in (more_cues().get("teaching_positions") or ()) or words[0].lower == words[0].key:
        return None  # the singular ("учитель физики, химии") is one teacher of the subjects
    return 1
