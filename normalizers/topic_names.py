"""The table of topics (topic_names.yaml): code -> name, in the order topics.md lists them.

Base layer: the topic classifier and the report both read it, so the report never imports a normaliser.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def _load() -> dict[str, str]:
    raw = yaml.safe_load(Path(__file__).with_name("topic_names.yaml").read_text(encoding="utf-8"))
    return {str(code): " ".join(str(name).split()) for code, name in raw.items()}


TOPIC_NAMES: dict[str, str] = _load()
