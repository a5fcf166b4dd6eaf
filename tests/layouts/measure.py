"""Read a generated layout back and compare it with its gold measures, field by field."""

from __future__ import annotations

from dataclasses import dataclass, field

from gold_compare import Comparison, compare, measures_of

from layouts.expected import expected_measures
from layouts.spec import FILES, Layout


@dataclass
class LayoutScore:
    layout: Layout
    fmt: str
    comparison: Comparison
    measures: list[dict] = field(default_factory=list)  # as read, before the comparison's normalising

    @property
    def rate(self) -> float:
        return self.comparison.rate


def score(layout: Layout, fmt: str) -> LayoutScore:
    from parsers import docx, pdf
    from pipeline.structure import build_structure

    parser = pdf if fmt == "pdf" else docx
    got = measures_of(build_structure(parser.parse(FILES / f"{layout.name}.{fmt}")))
    return LayoutScore(layout, fmt, compare(got, expected_measures(layout), fmt), got)


def features(layout: Layout) -> str:
    flags = [layout.rules]
    for name in ("auto_numbering", "repeat_header", "split_tables", "vmerge", "two_row_header",
                 "column_numbers_row", "shuffle_columns", "landscape"):
        if getattr(layout, name):
            flags.append(name)
    flags.append(f"{layout.font} {layout.size}pt x{layout.spacing}")
    return ", ".join(flags)


def main() -> None:
    import sys

    from layouts.spec import load_catalog

    names = set(sys.argv[1:])
    for layout in load_catalog():
        if names and layout.name not in names:
            continue
        for fmt in ("docx", "pdf"):
            s = score(layout, fmt)
            c = s.comparison
            print(f"{layout.name} {fmt}: {c.equal}/{c.total} {s.rate:.1%} (in order {c.in_order}) [{features(layout)}]")
            if names:
                for line in s.comparison.differences[:15]:
                    print("    ", line[:300])


if __name__ == "__main__":
    main()
