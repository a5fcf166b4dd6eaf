"""Warning codes with their field, Russian/English label and explanation (warning_codes.yaml).

The one place the summary, the report, exports and the data dictionary take a warning's words from;
a code the file does not know yet is shown as the code itself, so a new warning never breaks output.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def codes() -> dict[str, dict]:
    text = resources.files("pipeline").joinpath("warning_codes.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def label(code: str, lang: str = "ru") -> str:
    return codes().get(code, {}).get(lang, code)


def field(code: str) -> str | None:
    """The field a warning is about (deadline, executors, item_number, row, topic, …)."""
    return codes().get(code, {}).get("field")


def markdown() -> list[str]:
    out = []
    for lang, title, head in (("ru", "Предупреждения", "| код | уровень | поле | название | что проверить |"),
                              ("en", "Warnings", "| code | level | field | name | what to check |")):
        out += [f"## {title}", "", head, "|---|---|---|---|---|"]
        for code, c in codes().items():
            out.append(f"| `{code}` | {c['level']} | {c['field']} | {c[lang]} | {c[lang + '_doc']} |")
        out.append("")
    return out
