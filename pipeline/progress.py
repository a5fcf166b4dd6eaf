"""A progress bar over files on stderr, only when a person is watching."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from tqdm import tqdm


def progress(items: list, enabled: bool = True) -> Iterator | Iterable:
    if not enabled or not sys.stderr.isatty():
        return items
    return tqdm(items, desc="ingest", unit="file", file=sys.stderr, leave=False)
