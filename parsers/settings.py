"""The tolerances of the PDF parser and the structure step, in one object with defaults.

Like pdfplumber's table settings: one place to read them, overridable for a run or a test, and an
unknown key refused rather than silently ignored::

    with settings.using(line_tolerance=0.5):
        document = pdf.parse(path)

The structure step reads the same object (it comes after the parsers, so it may import them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True)
class Settings:
    # PDF text lines (shares of the font size)
    line_tolerance: float = 0.45  # two glyphs are one line when their tops differ by less than this
    space_gap: float = 0.2  # a gap wider than this is a space
    # PDF paragraphs
    paragraph_gap: float = 0.3  # extra vertical gap (share of the font size) that starts a paragraph
    first_line_indent: float = 8.0  # points of indent that mark a first line
    centre_tolerance: float = 6.0  # points a centred line's middle may stray from the text column's
    margin_share: float = 0.12  # share of the page height counted as top/bottom margin (page numbers)
    short_line: float = 0.2  # a line ending this share of the width before the margin ends a paragraph
    # PDF tables
    grid_tolerance: float = 1.5  # points a cell edge may miss a grid line by
    # PDF tables without a full grid (stream.py; lines are grouped by line_tolerance above)
    segment_gap: float = 0.4  # a gap wider than this share of the font size (wider than a space) parts two cells
    min_strip_width: float = 4.0  # points: the narrowest white strip that separates two columns
    max_strip_cover: float = 0.1  # share of multi-cell lines that may cover a column strip
    min_columns: int = 3  # a table has at least this many columns
    min_filled_rows: int = 2  # ...and this many lines with text in two cells or more, one of them in three
    min_strip_support: int = 2  # lines with text on both sides of a strip (a centred header over a left body has none)
    blank_line: float = 0.8  # extra space (share of the font size) beyond the usual line gap that is a blank line
    # ...before a line that starts where no line above it starts (a scan's reading may lose a line of a cell,
    # whose next line starts where the cell's lines do: there the gap stays measured by blank_line)
    blank_line_elsewhere: float = 0.8
    max_crossing_lines: int = 4  # a row crossing the columns is at most this many lines
    rule_cover: float = 0.5  # a horizontal rule covering this share of the table's width divides rows
    justified_gaps: int = 5  # a line with this many wide gaps or more (more than a usual table's columns)...
    justified_spread: float = 0.35  # ...all alike within this share of the font size is justified prose
    even_spaces: float = 0.1  # OCR: a line whose word gaps, those over segment_gap too, are alike within this
    # share of the font size is one run of words (a wide bold face, a line height read short)
    stretched_space: float = 0.55  # OCR: ...or all no wider than this share, with no narrow one among them
    header_gap: float = 1.5  # a bold line whose gaps are all this wide (share of the font size): a header's
    # words in even columns, no justified prose (a stretched space stays narrower)
    row_rule_slack: float = 2.0  # points a row's rule may lie further below its text than other rows' (ruled_foot)
    cell_edge_tolerance: float = 1.5  # points: lines of one left-aligned cell start this close to each other
    row_space: float = 0.3  # a space's width (share of the font size) when asking whether a word would have fitted
    fit_margin: float = 0.03  # a word "would have fitted" only with this much (share of the font size) to spare:
    # the column's edge is read from its widest line, and a renderer lays text out in rounded units
    cut_word_room: float = 1.0  # a lone token ending this close (share of the font size) to its column's edge,
    # going on in lowercase below, is a word too wide for the column that the renderer cut (rowfind.py)
    foot_lines: float = 1.0  # line pitches a row cut by a page may end above the document's lowest row (pagecuts.py)
    foot_slack: float = 2.0  # points of rounding on top of that, and below an open cell's last line
    stray_glyphs: int = 2  # a run of at most this many glyphs drawn right after the cell above, its cell's text
    # drawn apart, is that cell's text overflowing a row the renderer drew too short (tables.py)
    open_lines: float = 2.0  # line pitches under a cell's last line of a row cut by a page that still leave
    # the cell open: widow control moves a paragraph's last line over with the one before it
    # Structure: realigning shifted table pieces (align.py)
    min_gain: float = 3.0  # how much better than by position an assignment must fit to be believed
    search_below: float = 2.0  # misfit of the reading by position above which other readings are searched
    split_cost: float = 1.0  # a role taking two columns is unusual
    jump_cost: float = 0.25  # per row and per role passed over between one column and the next
    # Structure: what paragraphs and small tables can be
    max_passport_width: int = 3  # a passport table ("Наименование | …") has at most this many columns
    max_title_paragraph: int = 400  # characters: longer paragraphs are prose, not headings
    max_section_paragraph: int = 300  # characters: longer paragraphs between table pieces are no section
    max_cut_tail: int = 3  # characters: a page-cut word's tail this short may be a dictionary "word" of its own
    min_cut_head: int = 4  # letters: a page-cut word's head this long is no particle ("по|данным")
    # Structure: measures stacked in one PDF row (printed.py), weights of the clues for a paragraph break
    stack_fit: float = 4.0  # the next line's first word would have fitted on this line
    stack_fit_near: float = 0.5  # ...by the glyphs' mean width, with less than a glyph to spare
    stack_opening: float = 1.0  # the next line opens with a capital, a digit or a quote (lowercase: minus this)
    stack_full_stop: float = 1.0  # this line ends a sentence
    stack_runs_on: float = 3.0  # this line ends with a comma, a hyphen, a colon (minus this)
    stack_short_word: float = 2.0  # this line ends with a short lowercase word, a preposition (minus this)
    stack_level: float = 0.5  # the next line stands level with the first line of a later measure's name
    stack_sure: float = 3.0  # clues adding up to this are a break for certain
    stack_level_share: float = 0.3  # share of the line pitch two tops may differ by and stand level
    stack_same_opening: float = 1.0  # the next line opens with the cell's first word
    stack_grammar: float = 2.0  # no word would have fitted and grammar says the line goes on (minus this)
    stack_head_opening: float = 1.0  # a lowercase line opens with a word that can only head a phrase
    stack_same_entry: float = 1.5  # two entries side by side that read the same (one executor repeated)
    stack_blank_share: float = 0.15  # a column the plan leaves blank this often: a lone entry is the first's
    stack_wrap_space: float = 4.0  # the line carries the space a wrap leaves (minus this), or lacks it with room
    # Structure: a document without a plan table that still reads like a plan (unread.py)
    min_plan_header_roles: int = 3  # header roles (№ counts) whose words on one line make a plan header
    min_numbered_lines: int = 2  # ... followed by this many numbered lines

    @classmethod
    def from_dict(cls, values: Mapping[str, object]) -> Settings:
        return DEFAULT.override(values)

    def override(self, values: Mapping[str, object] | None = None, **more: object) -> Settings:
        """A copy with some values changed; a key that is no setting raises ValueError."""
        changes = {**(values or {}), **more}
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown settings {unknown}; known: {sorted(known)}")
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


DEFAULT = Settings()
_current: ContextVar[Settings] = ContextVar("roadmaps_settings", default=DEFAULT)


def current() -> Settings:
    """The settings in effect: the defaults unless a caller is inside `using`."""
    return _current.get()


@contextmanager
def using(values: Settings | Mapping[str, object] | None = None, **more: object) -> Iterator[Settings]:
    """Run the block with these settings (a Settings, or overrides of the ones in effect)."""
    chosen = values if isinstance(values, Settings) else current().override(values, **more)
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)
