"""Small PDF files built byte by byte for the fault tests (no PDF library writes them here)."""

from __future__ import annotations


def _assemble(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer_extra + b" >>\n"
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_pdf(text: str = "Hello") -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    return _assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def encrypted_pdf() -> bytes:
    """A PDF whose trailer asks for the Standard security handler with a password nobody gave."""
    base = text_pdf()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -44 >>",
    ]
    del base
    return _assemble(objects, b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
                              b"<0123456789abcdef0123456789abcdef>]")


# Printed lines in Russian: a simple font whose codes 128-255 name Cyrillic glyphs ("uni0410" is "А"),
# every glyph half an em wide and a space a quarter, so a line's width and place on the page are known exactly.
_CYRILLIC = [chr(c) for c in range(0x0410, 0x0450)] + ["Ё", "ё", "№", "«", "»", "–"]
_CODES = {ch: 128 + k for k, ch in enumerate(_CYRILLIC)}
GLYPH_EM, SPACE_EM = 0.5, 0.25


def line_width(text: str, size: float) -> float:
    """How wide `text` prints in the lines_pdf font at `size` points."""
    return sum(SPACE_EM if ch == " " else GLYPH_EM for ch in text) * size


def _encoded(text: str) -> str:
    out = []
    for ch in text:
        code = _CODES.get(ch, ord(ch))
        out.append("\\" + ch if ch in "()\\" else chr(code) if code < 128 else f"\\{code:03o}")
    return "".join(out)


def lines_pdf(lines: list[tuple[float, float, float, str, bool]], page: tuple[int, int] = (595, 842)) -> bytes:
    """A one-page PDF with a text layer: each (x, top, size, text, bold) printed as one line whose glyphs'
    top stands at `top` points from the page's top (as pdfplumber measures it)."""
    width, height = page
    ops = []
    for x, top, size, text, bold in lines:
        baseline = height - top - size * 0.8  # the font's ascent: 0.8 em over the baseline
        ops.append(f"BT /F{2 if bold else 1} {size:g} Tf {x:.2f} {baseline:.2f} Td ({_encoded(text)}) Tj ET")
    stream = "\n".join(ops).encode("latin-1")
    names = " ".join(f"/uni{ord(ch):04X}" for ch in _CYRILLIC)
    widths = " ".join([str(int(1000 * SPACE_EM))] + [str(int(1000 * GLYPH_EM))] * (256 - 33))

    def font(base: str, descriptor: int) -> bytes:
        return (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /FirstChar 32 /LastChar 255 /Widths [{widths}] "
                f"/FontDescriptor {descriptor} 0 R "
                f"/Encoding << /Type /Encoding /Differences [128 {names}] >> >>").encode()

    def descriptor(base: str) -> bytes:
        return (f"<< /Type /FontDescriptor /FontName /{base} /Flags 34 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
                "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>").encode()
    return _assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".encode(),
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        font("TestSerif", 7),
        font("TestSerif-Bold", 8),
        descriptor("TestSerif"),
        descriptor("TestSerif-Bold"),
    ])
