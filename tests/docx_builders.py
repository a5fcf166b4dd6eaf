"""Tiny DOCX packages written by hand for the parser tests: a body, numbering and styles as raw XML."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="bin" ContentType="application/octet-stream"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
REL = '<Relationship Id="{id}" Target="{target}" ' \
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"/>'


def make_docx(tmp_path: Path, body: str, numbering: str | None = None, styles: str | None = None,
              doctype: str = "", extra: dict[str, bytes] | None = None) -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
                f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    rels = []
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS, "word/document.xml": document}
    if styles:
        parts["word/styles.xml"] = styles
        rels.append(REL.format(id="rId1", target="styles.xml", kind="styles"))
    if numbering:
        parts["word/numbering.xml"] = numbering
        rels.append(REL.format(id="rId2", target="numbering.xml", kind="numbering"))
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
    path = tmp_path / "built.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size the central directory declares for one member."""
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46: entry + 46 + name_length].decode() == member:
            struct.pack_into("<I", data, entry + 24, size)
            break
        entry = data.find(b"PK\x01\x02", entry + 4)
    else:
        raise AssertionError(f"{member} not in the central directory")
    path.write_bytes(bytes(data))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(text: str) -> str:
    run = f'<w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{run}</w:p>"


def _styled_p(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{_escape(text)}</w:t></w:r></w:p>'


def _numbered_p(num_id: str, ilvl: int, text: str) -> str:
    run = f'<w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>' if text else ""
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f"{run}</w:p>")


def _tc(content: str, span: int = 1, hmerge: str | None = None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
            (f'<w:hMerge w:val="{hmerge}"/>' if hmerge else "")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def _grid(columns: int) -> str:
    return "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * columns + "</w:tblGrid>"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def _numbering(abstracts: dict[str, str], nums: dict[str, str | tuple[str, dict[int, int]]]) -> str:
    parts = [f'<w:abstractNum w:abstractNumId="{aid}">{levels}</w:abstractNum>'
             for aid, levels in abstracts.items()]
    for num_id, target in nums.items():
        abstract, overrides = (target, {}) if isinstance(target, str) else target
        override_xml = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in overrides.items())
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override_xml}</w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
            f'{"".join(parts)}</w:numbering>')


def _styles(styles: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
