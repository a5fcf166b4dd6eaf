"""PDF characters -> printed lines cut into segments: the raw material of tables without a full grid.

A segment is a run of glyphs with no gap wider than a space; a gap wider than that parts two cells.
Justified prose stretches its spaces alike, so a line whose many gaps are all alike is one segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from parsers.settings import Settings
from parsers.settings import current as tolerances


@dataclass
class StreamLine:
    top: float
    bottom: float
    size: float
    bold: bool
    segments: list[tuple[float, float]]
    numbering: bool = False  # "1 2 3 4 5": a row numbering the columns

    @property
    def x0(self) -> float:
        return self.segments[0][0]

    @property
    def x1(self) -> float:
        return max(s[1] for s in self.segments)


def stream_lines(chars: list[dict], settings: Settings | None = None) -> list[StreamLine]:
    """Characters -> printed lines, each cut into segments where the gap is wider than a space."""
    settings = settings or tolerances()
    visible = sorted((c for c in chars if not c["text"].isspace()), key=lambda c: (round(c["top"], 1), c["x0"]))
    groups: list[list[dict]] = []
    for ch in visible:
        if groups and abs(ch["top"] - groups[-1][0]["top"]) <= settings.line_tolerance * max(ch["size"], 1.0):
            groups[-1].append(ch)
        else:
            groups.append([ch])
    lines = []
    for group in groups:
        group.sort(key=lambda c: c["x0"])
        size = median(c["size"] for c in group)
        segments: list[tuple[float, float]] = []
        texts: list[str] = []
        for k, ch in enumerate(group):
            if segments and (ch["x0"] - segments[-1][1] <= settings.segment_gap * size or _one_run(group, k)):
                segments[-1] = (segments[-1][0], max(segments[-1][1], ch["x1"]))
                texts[-1] += ch["text"]
            else:
                segments.append((ch["x0"], ch["x1"]))
                texts.append(ch["text"])
        bold = all("bold" in (c.get("fontname") or "").lower() for c in group)
        if (_justified(segments, size, settings) or _even_spaces(group, size, settings)) \
                and not _numbers_columns(texts) and not (bold and _header_spread(segments, size, settings)):
            segments = [(segments[0][0], segments[-1][1])]
        lines.append(StreamLine(min(c["top"] for c in group), max(c["bottom"] for c in group), size,
                                bold, segments, _numbers_columns(texts)))
    lines.sort(key=lambda ln: ln.top)
    return lines


def _one_run(group: list[dict], k: int) -> bool:
    """OCR: the character and the one before it lie in one run of words its reader saw (`run`)."""
    return group[k].get("run") is not None and group[k].get("run") == group[k - 1].get("run")


def _numbers_columns(texts: list[str]) -> bool:
    """Segments "1", "2", "3", ... in order: the row under a header that numbers its columns."""
    numbers = [t.rstrip(".") for t in texts]
    if len(numbers) < 3 or not all(n.isdigit() and len(n) <= 2 for n in numbers):
        return False
    return [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def _justified(segments: list[tuple[float, float]], size: float, settings: Settings) -> bool:
    """A justified line of prose: its words stand apart, but all gaps are stretched alike."""
    gaps = [b[0] - a[1] for a, b in zip(segments, segments[1:], strict=False)]
    return len(gaps) >= settings.justified_gaps and max(gaps) - min(gaps) <= settings.justified_spread * size


def _even_spaces(group: list[dict], size: float, settings: Settings) -> bool:
    """Words OCR read (each word's first character says it starts one): the gaps over the segment gap are
    no wider than the line's word spaces, all alike. A bold wide face, or a line whose height the engine
    read short, puts its spaces just over the gap that parts two cells; a column's gap stands clear of them."""
    gaps = [ch["x0"] - before["x1"] for before, ch in zip(group, group[1:], strict=False) if ch.get("starts_word")]
    wide = [g for g in gaps if g > settings.segment_gap * size]
    return bool(wide) and len(gaps) - len(wide) >= 2 and max(gaps) - min(gaps) <= settings.even_spaces * size


def _header_spread(segments: list[tuple[float, float]], size: float, settings: Settings) -> bool:
    """A bold line whose words stand far apart, all gaps alike: a header's first words in columns of one
    width (narrow columns cut the words), no justified prose, whose stretched spaces stay narrower."""
    return min(b[0] - a[1] for a, b in zip(segments, segments[1:], strict=False)) >= settings.header_gap * size
