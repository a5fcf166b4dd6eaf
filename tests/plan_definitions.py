"""How a labelled other-regions cell learns what its plan defines ("(далее – …)"): from the plan's title, and from
any cell of the same plan the set holds, as the ingest mines a whole document (pipeline/normalize/glossary.py)."""

from __future__ import annotations

from functools import cache


@cache
def _defined_in(title: str) -> tuple[tuple[str, str], ...]:
    from normalizers.executors import mine_glossary

    return tuple(sorted(mine_glossary(title).items()))


def title_definitions(row: dict) -> dict[str, str] | None:
    """What the plan's title defines ("План работы МКУ «Центр …» (далее — ЦМС)"): the ingest mines a plan's title
    with the rest of its document (pipeline/normalize/glossary.py), so a cell of that plan is read with it."""
    return dict(_defined_in(row["plan"])) or None if row.get("plan") and "далее" in row["plan"] else None


def _plan_key(row: dict) -> tuple[str, str]:
    return str(row.get("seed") or ""), str(row.get("plan") or "")


def plan_definitions(*row_lists: list[dict]):
    """`definitions_of(row)` for the cells of one labelled set: what the cell's plan defines anywhere, in its title
    or in any cell of the same plan (seed and title) the set holds. The ingest mines a whole document the same way
    (pipeline/normalize/glossary.py), so a cell is scored as the ingest reads it; the set holds only some cells of
    each plan, so this is what the ingest would know at the least."""
    from normalizers.executors import mine_glossary

    texts: dict[tuple[str, str], list[str]] = {}
    for rows in row_lists:
        for row in rows:
            texts.setdefault(_plan_key(row), [row.get("plan") or ""]).append(row["raw"])
    mined = {key: mine_glossary("\n".join(t for t in plan_texts if t)) or None for key, plan_texts in texts.items()}

    def definitions_of(row: dict) -> dict[str, str] | None:
        return mined.get(_plan_key(row)) or title_definitions(row)

    return definitions_of
