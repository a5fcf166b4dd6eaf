"""The record of what has been ingested: which file, which bytes, which result.

It lets a re-run skip unchanged files and remove the rows of files that are gone.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

MANIFEST_NAME = "_manifest.json"


def load(out: Path) -> dict[str, dict]:
    path = out / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("documents", {})
    except (json.JSONDecodeError, AttributeError):
        return {}


def save(out: Path, documents: dict[str, dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"documents": dict(sorted(documents.items()))}, ensure_ascii=False, indent=1,
                         sort_keys=True, default=str)
    fd, tmp = tempfile.mkstemp(prefix=".manifest.", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(payload + "\n")
    os.replace(tmp, out / MANIFEST_NAME)
