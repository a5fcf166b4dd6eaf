"""The order's own data from the text before the first plan: issuer, number, date, title."""

from __future__ import annotations

import re
from datetime import date

from normalizers.language import clean, month_of_genitive
from parsers.model import Paragraph
from pipeline.structure.model import OrderMeta
from pipeline.structure.vocabulary import fold, vocabulary

MONTHS_GENITIVE = month_of_genitive()
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4}|\d{2})(?!\d)")
_WORD_DATE = re.compile(r"(?<!\d)[«\"]?(\d{1,2})[»\"]?\s+(" + "|".join(MONTHS_GENITIVE) + r")\s+(\d{4})",
                        re.IGNORECASE)
_ORDER_NUMBER = re.compile(r"№\s*([\w\-/.]+)")


def parse_date(text: str) -> date | None:
    for m in _NUMERIC_DATE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        try:
            return date(year, month, day)
        except ValueError:
            continue
    m = _WORD_DATE.search(text)
    if m:
        try:
            return date(int(m.group(3)), MONTHS_GENITIVE[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    return None


def _despace(text: str) -> str:
    """ "П Р И К А З" -> "ПРИКАЗ": headings are often letter-spaced."""
    return text.replace(" ", "") if re.fullmatch(r"(?:\w ){2,}\w", text) else text


def read_meta(preamble: list[Paragraph]) -> OrderMeta:
    """Read the order's header; stops at the appendix ("Приложение"), whose number is the appendix's."""
    vocab = vocabulary()
    meta = OrderMeta()
    texts = [_despace(clean(p.text)) for p in preamble if clean(p.text)]
    bold = {_despace(clean(p.text)): p.bold for p in preamble}
    names: list[str] = []
    seen_kind = False
    for i, text in enumerate(texts):
        folded = fold(text)
        if folded.startswith("приложение"):
            break
        first = folded.split(" ")[0]
        if not seen_kind:
            if first in vocab["order_kinds"]:
                seen_kind = True
                meta.issuer = names[-1] if names else None
                rest = text[len(first):].strip()
                if rest:
                    texts.insert(i + 1, rest)
            elif first in vocab["issuer_starts"]:
                names.append(text)
            elif names and len(text) < 120 and not text.endswith("."):
                names[-1] = f"{names[-1]} {text}"
            continue
        if meta.order_date is None and len(text) < 80:
            meta.order_date = parse_date(text)
        if meta.order_number is None and len(text) < 80:
            m = _ORDER_NUMBER.search(text)
            if m:
                meta.order_number = m.group(1).rstrip(".")
        if meta.title is None and any(folded.startswith(s) for s in vocab["order_title_starts"]):
            meta.title = _title_from(texts, i, bold)
    if meta.title is None:
        meta.title = _first_bold_run(texts, bold)
    return meta


def _first_bold_run(texts: list[str], bold: dict[str, bool]) -> str | None:
    """A document without an order (a programme, a bare roadmap) is titled by its first bold heading."""
    run: list[str] = []
    for text in texts:
        if bold.get(text):
            run.append(text)
        elif run:
            break
    return clean(" ".join(run)) or None


def _title_from(texts: list[str], i: int, bold: dict[str, bool]) -> str:
    """The title may run over several bold lines: take the following lines while they stay bold."""
    parts = [texts[i]]
    if bold.get(texts[i]):
        for nxt in texts[i + 1:]:
            if not bold.get(nxt):
                break
            parts.append(nxt)
    return clean(" ".join(parts))
