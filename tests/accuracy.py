"""Accuracy of the deadline and executor normalisers on the labelled sets (issue 11).

The sets, one scorer each way:
- in-sample: tests/gold/{deadlines,executors}/dev.jsonl read with the municipality's glossary;
- leave-one-municipality-out (LOMO): the same executor cells read with their municipality's glossary
  withheld, the "(далее – …)" definitions of the document and of its folder's other files still given
  (mined from data/raw, as the ingest mines and shares them);
- other regions: tests/gold/other_regions/, cells of plans the normalisers were never shaped on.
  Every 4th cell of each file (index 3, 7, 11 …) is held out: it is scored separately and its
  misses are never printed, so that tuning does not see them;
- the other-regions sets of LABELLED_SETS, scored whole: seven once held out and dev sets since
  (tests/gold/other_regions_fresh/, _third/ … _eighth/); the ninth (plans outside education: civil defence,
  veterinary, roads, housing, health, crime prevention), tenth (session 36), eleventh (session 37: culture, youth,
  veterinary, flood, heritage and planning plans) and twelfth (session 38: water safety, forest fires, sport,
  veterinary, housing) and thirteenth (session 39: health, fairs) dev sets from their arrival; the fourteenth: the
  blind sets of sessions 36-38 (tests/gold/other_regions_fourteenth/), dev sets from session 39; the fifteenth
  (session 39: an election commission's and a gasification plan), a dev set from its arrival; the sixteenth: the
  blind set of session 39 (tests/gold/other_regions_sixteenth/), a dev set from session 40; the seventeenth: the
  blind set of session 40 (tests/gold/other_regions_seventeenth/), a dev set from session 41; the eighteenth: the
  blind set of session 41 (tests/gold/other_regions_eighteenth/), a dev set from session 42; the nineteenth: the
  blind set of session 42 (tests/gold/other_regions_nineteenth/), a dev set from session 43; the twentieth
  (tests/gold/other_regions_twentieth/): cells written in session 43 in the manner of 15 regions' plans, a dev set; the
  twenty_first (tests/gold/other_regions_twenty_first/): cells written in session 44 in the manner of 16 regions' plans;
  the twenty_second: the blind set of session 44, cells written in the manner of 7 regions' plans
  (tests/gold/other_regions_twenty_second/), a dev set from session 45; the twenty_third: the blind set of session 45,
  cells written in the manner of 8 regions' plans (tests/gold/other_regions_twenty_third/), a dev set from session 46;
  the twenty_fourth: the blind set of session 46, cells written in the manner of 8 regions' plans
  (tests/gold/other_regions_twenty_fourth/), a dev set from session 47; the twenty_fifth: the blind set of session 47,
  cells written in the manner of 8 regions' plans (tests/gold/other_regions_twenty_fifth/), a dev set from session 48;
  the twenty_sixth: the blind set of session 48, cells written in the manner of 8 regions' plans
  (tests/gold/other_regions_twenty_sixth/), a dev set from session 49; the twenty_seventh: the blind set of session 49,
  cells written in the manner of 8 regions' plans (tests/gold/other_regions_twenty_seventh/), a dev set from session 50;
- made-up executor cells of school, kindergarten and education-office plans: tests/gold/executors_staff/;
- made-up executor cells of municipal plans outside education: tests/gold/executors_sectors/;
- made-up executor cells of regional and municipal education plans: tests/gold/executors_regional/.

Every cell of an other-regions set is read with what its plan defines in any of its cells or its title
(`plan_definitions`), as the ingest mines a whole document (pipeline/normalize/glossary.py); until session 48 a
cell was read with its title's definitions alone.

A deadline is right when every field agrees (note: only null versus non-null), as in
tests/test_deadlines.py. An executor cell is right when the count of executors agrees and, pair by
pair in order, the kind, by_agreement, and the name (at least half of the words shared) agree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from plan_definitions import plan_definitions, title_definitions  # noqa: F401 (the scorers and tests read them here)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
OTHER_REGIONS = GOLD / "other_regions"
# The other-regions sets labelled like tests/gold/other_regions_fresh/, in the order they were built: set name ->
# folder ("fresh" -> tests/gold/other_regions_fresh/); each scores as "<name> other regions deadlines|executors".
LABELLED_SETS = {name: GOLD / f"other_regions_{name}" for name in
                 ("fresh third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty_first "
                  "twenty_second twenty_third twenty_fourth twenty_fifth twenty_sixth twenty_seventh").split()}
GENERATED_EXECUTORS = GOLD / "executors_generated" / "executors.jsonl"
GENERATED_DEADLINES = GOLD / "deadlines_generated" / "generated.jsonl"
STAFF_EXECUTORS = GOLD / "executors_staff" / "executors.jsonl"
SECTOR_EXECUTORS = GOLD / "executors_sectors" / "executors.jsonl"
REGIONAL_EXECUTORS = GOLD / "executors_regional" / "executors.jsonl"
RAW = ROOT / "data" / "raw"
HOLD_OUT_EVERY = 4
# A municipality no glossary file exists for: only the common vocabulary applies.
UNSEEN = "unseen-municipality"
DEADLINE_FIELDS = ("deadline_kind", "start_date", "end_date", "freq", "interval", "times_per_period", "at_least",
                   "months", "day_of_month", "occurrences", "warnings")
# Which order each gold seed was cut from (tests/gold/measures/README.md).
SEED_FILES = {
    "000_d4da3aabaa4aa2f2": "sarov/sarov_2021_order158.pdf",
    "001_1defdc3a452dae1d": "smirnykhovsky/smirnykhovsky_2020_2025_program.docx",
    "002_a3cab49bccddcc62": "bashmakovsky/bashmakovsky_msoko_roadmap.docx",
    "003_a1e155e70aa7bfd4": "sarov/sarov_2021_roadmap_2_3.docx",
    "004_1ed46880d25855cc": "timashevsky/timashevsky_2023_order046.pdf",
}
_WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+")


@dataclass
class Score:
    name: str
    total: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0

    def line(self) -> str:
        return f"{self.name:<46} {self.right:>4}/{self.total:<4} {self.rate:6.1%}"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- deadlines ----------------------------------------------------------------------------------------------
def encode_deadline(d) -> dict:
    return {
        "deadline_kind": d.deadline_kind,
        "start_date": d.start_date.isoformat() if d.start_date else None,
        "end_date": d.end_date.isoformat() if d.end_date else None,
        "freq": d.freq, "interval": d.interval, "times_per_period": d.times_per_period,
        "at_least": d.at_least, "months": list(d.months), "day_of_month": d.day_of_month,
        "occurrences": [[s.isoformat(), e.isoformat()] for s, e in d.occurrences],
        "note": d.note, "warnings": list(d.warnings),
    }


def deadline_differences(label: dict) -> dict:
    """Fields where the normaliser disagrees with a deadline label: {field: (gold, got)}."""
    from normalizers.deadlines import PlanPeriod, normalize

    period = None
    if label.get("period"):
        start, end = label["period"]
        period = PlanPeriod(date.fromisoformat(start), date.fromisoformat(end), bool(label.get("school_year")))
    got = encode_deadline(normalize(label["raw"], period))
    bad = {f: (label.get(f), got[f]) for f in DEADLINE_FIELDS if got[f] != label.get(f)}
    if (got["note"] is None) != (label.get("note") is None):
        bad["note"] = (label.get("note"), got["note"])
    return bad


def score_deadlines(name: str, labels: list[dict], show_misses: bool = True) -> Score:
    score = Score(name, total=len(labels))
    for label in labels:
        bad = deadline_differences(label)
        if not bad:
            score.right += 1
        elif show_misses:
            score.misses.append(f"{label['raw']!r} {label.get('period')}: {bad}")
    return score


# -- executors ----------------------------------------------------------------------------------------------
def _words(name: str) -> set[str]:
    return {w.lower().replace("ё", "е") for w in _WORD_RE.findall(name or "")}


def names_overlap(gold: str, got: str) -> bool:
    """At least half of the words of the longer name are shared."""
    a, b = _words(gold), _words(got)
    if not a and not b:
        return True
    return len(a & b) >= 0.5 * max(len(a), len(b))


def executors_right(gold: list[dict], got) -> bool:
    if len(gold) != len(got):
        return False
    return all(
        g["kind"] == e.kind and bool(g["by_agreement"]) == e.by_agreement and names_overlap(g["name"], e.name)
        for g, e in zip(gold, got, strict=True)
    )


def score_executors(name: str, rows: list[dict], municipality_of, definitions_of=lambda row: None,
                    show_misses: bool = True, level_of=lambda row: None) -> Score:
    """`municipality_of(row)`, `definitions_of(row)` and `level_of(row)` say how each cell is read."""
    from normalizers.executors import normalize

    score = Score(name, total=len(rows))
    for row in rows:
        result = normalize(row["raw"], municipality_of(row), definitions_of(row), level_of(row))
        if executors_right(row["executors"], result.executors):
            score.right += 1
        elif show_misses:
            got = [(e.name, e.kind, e.by_agreement) for e in result.executors]
            want = [(e["name"], e["kind"], e["by_agreement"]) for e in row["executors"]]
            score.misses.append(f"{row['raw']!r}\n    got  {got}\n    gold {want}")
    return score


def read_structured(path: Path):
    """A data/raw order read and structured as the ingest does it."""
    from parsers import docx, pdf
    from pipeline.structure import build_structure

    return build_structure((pdf if path.suffix == ".pdf" else docx).parse(path))


# How the scorers read an order: tests/test_accuracy.py points it at conftest.structured, so that a test run
# reads each order once for these scorers and the parser and structure tests alike.
structured = read_structured


@cache
def document_definitions(seed: str) -> tuple[tuple[str, str], ...]:
    """What the seed's order defines itself ("(далее – ОбОО)"), mined from its file in data/raw the way the
    ingest mines it (pipeline.normalize.glossary)."""
    from pipeline.normalize.glossary import document_glossary

    return tuple(sorted(document_glossary(structured(RAW / SEED_FILES[seed.removesuffix(".txt")])).items()))


def _seed_definitions(row: dict) -> dict[str, str]:
    return dict(document_definitions(row["seed"]))


@cache
def _learnt_in_folder(folder: str) -> dict[str, dict[str, str]]:
    """Per file of data/raw/<folder>: what the folder's other files define that it does not."""
    from pipeline.normalize.glossary import text_definitions
    from pipeline.normalize.municipal_definitions import learnt_definitions

    own = {}
    for path in sorted((RAW / folder).iterdir()):
        if path.suffix in (".pdf", ".docx"):
            own[f"{folder}/{path.name}"] = text_definitions(structured(path))
    return learnt_definitions(own)


def _folder_definitions(row: dict) -> dict[str, str]:
    from pipeline.normalize.municipal_definitions import with_learnt

    rel = SEED_FILES[row["seed"].removesuffix(".txt")]
    return with_learnt(_seed_definitions(row), _learnt_in_folder(rel.split("/")[0]).get(rel, {}))


def score_in_sample_executors(show_misses: bool = True) -> Score:
    rows = read_jsonl(GOLD / "executors" / "dev.jsonl")
    return score_executors("in-sample executors", rows, lambda r: r["municipality"], show_misses=show_misses)


def score_lomo_executors(show_misses: bool = True) -> Score:
    """Each municipality's cells without its glossary, with what its documents define: the seed's own
    definitions and, as the ingest reads them, those of the other files of its folder
    (docs/municipal_definitions.md)."""
    rows = read_jsonl(GOLD / "executors" / "dev.jsonl")
    return score_executors("leave-one-municipality-out executors", rows, lambda r: UNSEEN, _folder_definitions,
                           show_misses)


def score_unknown_municipality_own_order_executors(show_misses: bool = True) -> Score:
    """The sample cells of a municipality no glossary knows, with what its own order defines ("(далее – …)") and
    nothing from the folder's other files: what a first order of a new municipality gives."""
    rows = read_jsonl(GOLD / "executors" / "dev.jsonl")
    return score_executors("sample cells, unknown municipality, own order only", rows, lambda r: UNSEEN,
                           _seed_definitions, show_misses)


def score_unknown_municipality_executors(show_misses: bool = True) -> Score:
    """The sample cells with neither the municipal glossary nor the document's definitions."""
    rows = read_jsonl(GOLD / "executors" / "dev.jsonl")
    return score_executors("sample cells, unknown municipality, no document", rows, lambda r: UNSEEN,
                           show_misses=show_misses)


def score_generated_executors(show_misses: bool = True) -> Score:
    """The generated cells of school and municipal plans (tests/gold/executors_generated/): roles, persons and
    bodies, read as an unseen municipality's plan."""
    rows = read_jsonl(GENERATED_EXECUTORS)
    return score_executors("generated executors (roles, persons)", rows, lambda r: UNSEEN, show_misses=show_misses,
                           level_of=lambda r: r.get("level"))


def score_staff_executors(show_misses: bool = True) -> Score:
    """Made-up cells of school, kindergarten and education-office plans (tests/gold/executors_staff/): posts,
    their abbreviations, persons with posts, groups; each read with its made-up plan owner and level."""
    rows = read_jsonl(STAFF_EXECUTORS)
    return score_executors("staff executors (made-up)", rows, _municipality, show_misses=show_misses,
                           level_of=plan_level)


def score_sector_executors(show_misses: bool = True) -> Score:
    """Made-up cells of municipal plans outside education (tests/gold/executors_sectors/): civil defence, farming,
    roads, housing, culture, minors, health, interdepartmental; each read with its made-up plan owner and level."""
    rows = read_jsonl(SECTOR_EXECUTORS)
    return score_executors("sector executors (made-up)", rows, _municipality, show_misses=show_misses,
                           level_of=plan_level)


def score_regional_executors(show_misses: bool = True) -> Score:
    """Made-up cells of regional and municipal education plans (tests/gold/executors_regional/): regional ministries,
    institutes and centres, municipal education offices and methodical services; each read with its made-up plan
    owner (none for a regional plan) and level."""
    rows = read_jsonl(REGIONAL_EXECUTORS)
    return score_executors("regional executors (made-up)", rows, _municipality, show_misses=show_misses,
                           level_of=plan_level)


def score_in_sample_deadlines(show_misses: bool = True) -> Score:
    return score_deadlines("in-sample deadlines", read_jsonl(GOLD / "deadlines" / "dev.jsonl"), show_misses)


# -- the other regions' set ------------------------------------------------------------------------------------
def other_region_rows(kind: str) -> tuple[list[dict], list[dict]]:
    """(tuning rows, held-out rows) of the other regions' set: `kind` is "deadlines" or "executors"."""
    tune: list[dict] = []
    held: list[dict] = []
    if not OTHER_REGIONS.is_dir():
        return tune, held
    marker = "deadline_kind" if kind == "deadlines" else "executors"
    for path in sorted(OTHER_REGIONS.glob("*.jsonl")):
        rows = [row for row in read_jsonl(path) if marker in row]
        for i, row in enumerate(rows):
            (held if i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 else tune).append(row)
    return tune, held


def _municipality(row: dict) -> str | None:
    return row.get("municipality")


def plan_level(row: dict) -> str:
    """The level of the plan a cell of the other regions' set comes from: its title or the owner its page
    names (the row's municipality, as the ingest reads the order's issuer) names one institution
    (normalizers/executors/plan_levels.py), else its README's rule (a federal plan's region says so, a
    regional plan has no municipality)."""
    from normalizers.executors import level_of_title

    if (level := level_of_title(row.get("plan"), row.get("municipality"))) is not None:
        return level
    if str(row.get("region") or "").startswith("Российская Федерация"):
        return "federal"
    return "municipal" if row.get("municipality") else "regional"


def score_other_regions(show_misses: bool = True) -> list[Score]:
    """Deadlines and executors of other regions: tuning part, held-out part (misses never shown), all."""
    scores = []
    definitions_of = plan_definitions(*other_region_rows("deadlines"), *other_region_rows("executors"))  # once
    for kind in ("deadlines", "executors"):
        tune, held = other_region_rows(kind)
        if not tune and not held:
            continue
        if kind == "deadlines":
            parts = [score_deadlines("other regions deadlines, tuning part", tune, show_misses),
                     score_deadlines("other regions deadlines, held-out part", held, False)]
        else:
            parts = [score_executors("other regions executors, tuning part", tune, _municipality, definitions_of,
                                     show_misses=show_misses, level_of=plan_level),
                     score_executors("other regions executors, held-out part", held, _municipality,
                                     definitions_of, show_misses=False, level_of=plan_level)]
        whole = Score(f"other regions {kind}, all", sum(p.total for p in parts), sum(p.right for p in parts))
        scores.extend([*parts, whole])
    return scores


def score_generated_deadlines(show_misses: bool = True) -> Score:
    """The generated deadline set (tests/gold/deadlines_generated/): forms x values x noise, each label
    computed by its generator from the values it wrote."""
    if not GENERATED_DEADLINES.is_file():
        return Score("generated deadlines")
    return score_deadlines("generated deadlines", read_jsonl(GENERATED_DEADLINES), show_misses)


def generated_deadline_families() -> dict[str, Score]:
    """The generated set scored per family of forms (misses shown): where a class of forms breaks."""
    by_family: dict[str, list[dict]] = {}
    for row in read_jsonl(GENERATED_DEADLINES):
        by_family.setdefault(row["family"], []).append(row)
    return {name: score_deadlines(f"generated {name}", rows) for name, rows in by_family.items()}


def score_labelled_other_regions(folder: Path, name: str, show_misses: bool = False) -> list[Score]:
    """Deadlines and executors of an other-regions set labelled like tests/gold/other_regions_fresh/: all cells,
    no held-out split, each cell read with the municipality its page names (never a glossary key) and its
    plan's level. Misses are hidden unless asked for, only to keep the default report short."""
    if not folder.is_dir():
        return []
    deadlines = read_jsonl(folder / "deadlines.jsonl")
    executors = read_jsonl(folder / "executors.jsonl")
    return [score_deadlines(f"{name} deadlines", deadlines, show_misses),
            score_executors(f"{name} executors", executors, _municipality, plan_definitions(deadlines, executors),
                            show_misses=show_misses, level_of=plan_level)]


def score_labelled_sets(show_misses: bool = False, names=None) -> list[Score]:
    """The sets of LABELLED_SETS (or those `names` lists), each its deadlines then its executors, all cells: once held
    out and dev sets since (fresh … eighth), or dev sets from their arrival (ninth … thirteenth), or blind sets
    promoted (fourteenth, sixteenth … nineteenth, not fifteenth), or a dev set from its arrival again (fifteenth)."""
    return [score for name, folder in LABELLED_SETS.items() if names is None or name in names
            for score in score_labelled_other_regions(folder, f"{name} other regions", show_misses)]


def raw_documents():
    """Every order of data/raw, read and structured, with its path: the cells the output snapshots replay."""
    for path in sorted(RAW.rglob("*")):
        if path.suffix in (".pdf", ".docx"):
            yield path, structured(path)
