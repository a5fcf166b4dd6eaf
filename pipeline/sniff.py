"""Tell a file's real type from its first bytes, not its extension (files come from public websites)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from parsers.docx.package import DAMAGED_ZIP

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnsupportedFile(Exception):
    """A file the pipeline does not read; the message says what it is."""


def sniff(path: Path) -> str:
    """Return "pdf" or "docx", or raise UnsupportedFile / ValueError with a message for a person."""
    with path.open("rb") as f:
        head = f.read(1024)
    if not head:
        raise ValueError("пустой файл (0 байт)")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, EOFError):
            raise ValueError(DAMAGED_ZIP) from None
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFile("zip-архив, но не документ Word (нет word/document.xml)")
    if head.startswith(OLE_MAGIC):
        raise UnsupportedFile("старый формат .doc/.xls или зашифрованный файл Office (контейнер OLE); "
                              "сохраните его как .docx")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        raise ValueError("это не DOCX: файл не является zip-архивом")
    if suffix == ".pdf":
        raise ValueError("это не PDF: в начале файла нет заголовка %PDF-")
    raise UnsupportedFile(f"неизвестный тип файла ({suffix or 'без расширения'}); читаются только PDF и DOCX")
