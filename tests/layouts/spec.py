"""What a generated layout looks like: features drawn from a seed, so every layout is reproducible.

A layout is one of the five corpus orders (a run of its plans, the gold measures unchanged) typeset
the way another office might: Word's automatic numbering or typed numbers, header rows repeated on
every page, one physical table per plan or many, vertical merges, two-row headers with a group cell,
another column order, full grid / horizontal rules only / rules only around the header / no rules,
other fonts, sizes and line spacing, landscape pages.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
CATALOG = HERE / "catalog.json"

ORDERS = ("000_d4da3aabaa4aa2f2", "001_1defdc3a452dae1d", "002_a3cab49bccddcc62",
          "003_a1e155e70aa7bfd4", "004_1ed46880d25855cc")
RULES = ("grid", "horizontal", "header_only", "none")
FONTS = ("Times New Roman", "Arial", "DejaVu Serif", "DejaVu Sans", "Liberation Sans Narrow", "Calibri")
SIZES = (10, 11, 12, 13, 14)
SPACINGS = (1.0, 1.15, 1.5)
# Layouts 0..TUNED-1 are the ones the readers were developed against; the rest are held out and
# reported apart, as a check that the rules are general.
TUNED = 32
TOTAL = 40
# A layout holds a run of its order's plans with about this many measures (keeps files small).
TARGET_MEASURES = 70


@dataclass
class Layout:
    name: str
    seed: int
    order: str
    plans: list[int]
    held_out: bool
    rules: str
    auto_numbering: bool
    repeat_header: bool
    split_tables: bool  # many physical tables per plan
    vmerge: bool
    two_row_header: bool
    column_numbers_row: bool  # a "1 2 3 4 5" row under the header
    shuffle_columns: bool
    font: str
    size: int
    spacing: float
    landscape: bool
    header_words: dict[str, str] = field(default_factory=dict)


HEADER_WORDS = {
    "number": ["№ п/п", "№", "№ п/п"],
    "name": ["Наименование мероприятия", "Мероприятие", "Содержание мероприятия", "Мероприятия"],
    "deadline": ["Срок исполнения", "Сроки", "Срок проведения", "Сроки реализации"],
    "executors": ["Ответственные исполнители", "Ответственный", "Исполнители"],
    "result": ["Ожидаемый результат", "Результат", "Планируемый результат"],
    "form": ["Форма проведения", "Форма реализации"],
    "exec_result": ["Ответственные исполнители, результат", "Исполнители, результат"],
}


def plan_sizes(order: str, gold_dir: Path) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for line in (gold_dir / f"{order}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            seq = json.loads(line)["plan_seq"]
            sizes[seq] = sizes.get(seq, 0) + 1
    return sizes


def _plan_run(rng: random.Random, sizes: dict[int, int]) -> list[int]:
    seqs = sorted(sizes)
    start = rng.randrange(len(seqs))
    run: list[int] = []
    for seq in seqs[start:] + seqs[:start]:
        run.append(seq)
        if sum(sizes[s] for s in run) >= TARGET_MEASURES:
            break
    return sorted(run)


def draw(seed: int, gold_dir: Path) -> Layout:
    """The layout of one seed; rules and orders cycle so every order meets every rule style."""
    rng = random.Random(seed)
    order = ORDERS[seed % len(ORDERS)]
    rules = RULES[(seed // len(ORDERS)) % len(RULES)]
    return Layout(
        name=f"L{seed:02d}_{order[:3]}",
        seed=seed,
        order=order,
        plans=_plan_run(rng, plan_sizes(order, gold_dir)),
        held_out=seed >= TUNED,
        rules=rules,
        auto_numbering=rng.random() < 0.5,
        repeat_header=rng.random() < 0.5,
        split_tables=rng.random() < 0.3,
        # Without rules a merged cell looks exactly like an empty one: merges only where rules show them.
        vmerge=rng.random() < 0.6 and rules in ("grid", "horizontal"),
        two_row_header=rng.random() < 0.3,
        column_numbers_row=rng.random() < 0.2,
        shuffle_columns=rng.random() < 0.4,
        font=rng.choice(FONTS),
        size=rng.choice(SIZES),
        spacing=rng.choice(SPACINGS),
        landscape=rng.random() < 0.35,
        header_words={role: rng.choice(words) for role, words in HEADER_WORDS.items()},
    )


def load_catalog() -> list[Layout]:
    return [Layout(**item) for item in json.loads(CATALOG.read_text(encoding="utf-8"))]


def write_catalog(layouts: list[Layout]) -> None:
    CATALOG.write_text(json.dumps([asdict(lay) for lay in layouts], ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
