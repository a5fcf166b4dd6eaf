"""Whether a post beside the body it names stands for one holder or many: the head of one of a group of
bodies is one per body ("директор МБОУ"), staff of a body are many, and a glossary role written in another
number than the cell's keeps the cell's number (O43). Split from roles.py, which finds where a role starts
and ends."""

from __future__ import annotations

from functools import lru_cache

from normalizers.executors import genitive_bodies
from normalizers.executors.classification import bare
from normalizers.executors.positions import member_bodies, oblique_plural, written_plural
from normalizers.executors.text import Item, keys
from normalizers.executors.vocabulary import cues, more_cues

HEAD_POSTS = frozenset({"руководитель", "директор", "заведующий", "заведовать", "заместитель",
                        "зав", "дир", "рук", "зам"})


def heads_a_group(of_a_group: bool, first: Item) -> bool:
    """Whether a post's body is one of many of a kind: a group of schools or kindergartens (`of_a_group`), or a
    methodical association named by its letters ("руководитель ШМО": each association has its head)."""
    return of_a_group or (first.is_abbreviation and bare(first) in member_bodies())


def bare_association(head: Item, body_words: list[Item]) -> str | None:
    """The methodical association a head post is over when the letters after it are an association's no glossary
    knows ("Руководители МО": "МО" alone is as often a municipality, but a municipality has a head, not
    "руководители"); else None."""
    if len(body_words) != 1 or not body_words[0].is_abbreviation or bare(head) not in association_heads():
        return None
    return member_bodies().get(bare(body_words[0]))


@lru_cache(maxsize=1)
def association_heads() -> frozenset[str]:
    """Posts that head a methodical association (the vocabulary's association_heads), lemmas."""
    return frozenset(map(str, more_cues().get("association_heads") or ()))


def one_of_a_group(head: Item, staff: bool, heads_a_group: bool, body_words: list[Item],
                   modifiers_case: str | None, each: bool = False) -> bool:
    """"директор МБОУ": the head of each body of a group, written singular, is one post per body (R12); so is a
    post one holder has in each (`each`: "старший воспитатель ДОУ")."""
    return not staff and heads_a_group and (each or bare(head) in HEAD_POSTS or head.lower in HEAD_POSTS) \
        and not written_plural(head) \
        and not oblique_plural(head.lower) \
        and not (modifiers_case is not None and genitive_bodies.plural_only(body_words, modifiers_case))


def clipped_of_many(head: Item, run: list[Item]) -> bool:
    """"Зам. директоров по УВР", "Зам.руководителей ОО": a post cut short with a dot writes no number; the post
    it governs, written in the plural, says there is one per school, so the role names many."""
    return bare(head) in cues().role_abbreviations and any(
        word is not head and oblique_plural(word.lower) for word in run)


def oblique_compound(position_text: str, tail_text: str, head: Item) -> tuple[str, str]:
    """"учителям-предметникам": a compound in an oblique plural is one word, put in the nominative as one."""
    if tail_text[:1] == "-" and oblique_plural(head.lower):
        return position_text + tail_text, ""
    return position_text, tail_text


def same_post_in_its_number(known, name: str) -> bool:
    """The glossary's role spelt in another number than the cell writes it ("пед.-психолог" ->
    "педагог-психолог", entry "педагоги-психологи"): a post written singular stays singular (O43)."""
    return known.kind == "role" and known.name != name and keys(known.name) == keys(name) \
        and known.name.lower() != name.lower()
