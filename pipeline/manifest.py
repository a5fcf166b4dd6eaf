"""The record of what has been ingested: the raw root, and per document its path, bytes and result.

It lives inside each snapshot, so it always describes exactly the files beside it. It lets a re-run
skip unchanged files and remove the rows of files that are gone from the root.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = "_manifest.json"
FORMAT = 2  # 2: documents keyed by document_id (a hash of the path), with the root recorded


@dataclass
class Manifest:
    root: str | None = None
    documents: dict[str, dict] = field(default_factory=dict)  # document_id -> path, sha256, municipality, ...


def load(snapshot: Path | None) -> Manifest:
    """The manifest of a snapshot; an unreadable or older one is an empty record (everything is re-read)."""
    if snapshot is None:
        return Manifest()
    try:
        data = json.loads((snapshot / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("documents"), dict):
        return Manifest()
    return Manifest(data.get("root"), data["documents"])


def save(snapshot: Path, manifest: Manifest) -> None:
    # ensure_ascii keeps file names that are not valid UTF-8 (surrogate escapes) representable
    payload = json.dumps({"format": FORMAT, "root": manifest.root, "documents": manifest.documents},
                         ensure_ascii=True, indent=1, sort_keys=True, default=str)
    (snapshot / MANIFEST_NAME).write_text(payload + "\n", encoding="ascii")
