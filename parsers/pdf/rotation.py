"""Turn a page whose text does not run left to right so that the reader sees it upright.

pdfplumber applies the page's /Rotate: it reports every object in the frame a viewer shows. A page
that a scanner or an exporter rotated (/Rotate 90, 180, 270 over upright content, or a landscape table
drawn sideways on a portrait page) then holds text running down, up or right to left, and lines, cells
and words come out as one-glyph columns. The text itself says which way is up: the direction most of
its glyphs run in. When that is not left to right, every object of the page (glyphs, rules, rectangles,
curves, images) is turned by the quarter turns that make it so, on a page of the turned size, before
the reader looks at it; an upright page is returned as it is.
"""

from __future__ import annotations

from collections import Counter

from pdfplumber.page import DerivedPage, Page

# Where a glyph's baseline points in the page frame (y down) -> clockwise turn that makes it run right.
_TURN_FOR = {(1, 0): 0, (0, 1): 270, (-1, 0): 180, (0, -1): 90}


def text_turn(chars: list[dict]) -> int:
    """Clockwise degrees (0, 90, 180, 270) that bring most of the page's visible glyphs upright."""
    votes: Counter[int] = Counter()
    for ch in chars:
        if ch["text"].isspace():
            continue
        a, b = ch["matrix"][0], ch["matrix"][1]
        direction = (_sign(a), _sign(-b))  # the PDF's y runs up, the page frame's down
        if direction in _TURN_FOR:
            votes[_TURN_FOR[direction]] += 1
    return votes.most_common(1)[0][0] if votes else 0


def upright(page: Page) -> Page:
    """The page itself when its text runs left to right, else a view of it turned upright."""
    turn = text_turn(page.chars)
    return page if turn == 0 else _TurnedPage(page, turn)


class _TurnedPage(DerivedPage):
    """A page's objects turned clockwise by `turn` degrees, on a page of the turned size."""

    def __init__(self, parent: Page, turn: int):
        super().__init__(parent)
        width, height = float(parent.width), float(parent.height)
        size = (height, width) if turn in (90, 270) else (width, height)
        self.bbox = self.mediabox = self.cropbox = (0, 0, *size)
        frame = _Frame(turn, width, height, size[1])
        self._objects = {kind: [frame.object(obj) for obj in objs] for kind, objs in parent.objects.items()}


class _Frame:
    """Points of a `width` x `height` page (x right, top down) -> the page turned clockwise by `turn`."""

    def __init__(self, turn: int, width: float, height: float, new_height: float):
        self.turn, self.width, self.height, self.new_height = turn, width, height, new_height

    def point(self, x: float, top: float) -> tuple[float, float]:
        if self.turn == 90:
            return self.height - top, x
        if self.turn == 180:
            return self.width - x, self.height - top
        return top, self.width - x  # 270

    def object(self, obj: dict) -> dict:
        corners = [self.point(obj["x0"], obj["top"]), self.point(obj["x1"], obj["bottom"])]
        x0, x1 = sorted(c[0] for c in corners)
        top, bottom = sorted(c[1] for c in corners)
        out = {**obj, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
               "y0": self.new_height - bottom, "y1": self.new_height - top}
        if "doctop" in obj:
            out["doctop"] = obj["doctop"] - obj["top"] + top
        if obj.get("pts"):
            out["pts"] = [self.point(x, t) for x, t in obj["pts"]]
        if obj.get("path"):
            out["path"] = [(op, *(self.point(x, t) for x, t in pts)) for op, *pts in obj["path"]]
        if obj.get("matrix"):
            out["matrix"] = self._matrix(obj["matrix"], x0, out["y0"])
            out["upright"] = _sign(out["matrix"][0]) != 0 and _sign(out["matrix"][1]) == 0
        if "size" in obj and out.get("upright"):
            out["size"] = bottom - top  # pdfminer gives an upright glyph its box's height, a turned one its width
        return out

    def _matrix(self, m: tuple, x: float, y: float) -> tuple:
        """A glyph's text matrix turned with the page (in the PDF's y-up frame a clockwise turn maps
        (a, b) to (b, -a)); its origin moved to the glyph's new lower left corner."""
        a, b, c, d = m[0], m[1], m[2], m[3]
        for _ in range(self.turn // 90):
            a, b, c, d = b, -a, d, -c
        return (a, b, c, d, x, y)


def _sign(value: float) -> int:
    return (value > 1e-6) - (value < -1e-6)
