"""The frame every report page shares: head, inline CSS, a way back to the overview; names of documents."""

from __future__ import annotations

from html import escape

import pandas as pd

from pipeline.messages import language, say

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 1100px; color: #222;
       line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
.lead { color: #555; } .missing { background: #fff4e0; border-left: 4px solid #f0a030; padding: 0.6em 1em; }
figure.chart { margin: 1em 0; } figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9em; }
table { border-collapse: collapse; font-size: 0.9em; margin: 1em 0; }
th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
#quality-table { width: 100%; } #quality-table td:first-child { overflow-wrap: anywhere; min-width: 10em; }
#quality-table td.num { width: 1%; white-space: nowrap; } #quality-table td.top { min-width: 14em; }
td.num { text-align: right; } td.gap { background: #fafafa; } th { background: #f3f3f3; }
a.n { font-weight: bold; } sup.doubt { color: #b06000; }
figure.chart svg a.n { pointer-events: bounding-box; cursor: pointer; } figure.chart svg a.n:hover { opacity: 0.6; }
dl.legend { display: grid; grid-template-columns: 4em 1fr; gap: 0.2em 1em; font-size: 0.9em; }
dl.legend dt { font-weight: bold; } nav { font-size: 0.9em; margin-bottom: 1em; }
table.measures td { font-size: 0.95em; }
"""



def months() -> list[str]:
    """Month names in the interface language, January first."""
    return say("report.months").split("|")


def columns(key: str) -> str:
    """A table head from a catalogue entry whose headers are separated by "|"."""
    return "".join(f"<th>{escape(h)}</th>" for h in say(key).split("|"))


def page(title: str, body: str, back: bool = True) -> str:
    """A whole self-contained HTML page (no scripts, nothing fetched), in the interface language."""
    nav = f'<nav><a href="index.html">{escape(say("report.back"))}</a></nav>' if back else ""
    return (f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{nav}"
            f"<h1>{escape(title)}</h1>{body}</body></html>")


def date_ru(value) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%d.%m.%Y")


def document_name(doc) -> str:
    """"Приказ № 158 от 27.08.2021" when the order is known, else the document's title or file name."""
    number, when = doc.get("order_number"), doc.get("order_date")
    if isinstance(number, str) and number:
        dated = when is not None and not pd.isna(when)
        return say("report.order", number=number) + (say("report.order_of", date=date_ru(when)) if dated else "")
    title = doc.get("title")
    return title if isinstance(title, str) and title else str(doc.get("source_file"))


def document_href(document_id: str) -> str:
    return f"document-{document_id[:16]}.html"


def municipality_href(slug: str) -> str:
    return f"municipality-{slug}.html"


def period_ru(start, end) -> str:
    if start is None or pd.isna(start):
        return say("report.no_period")
    return f"{date_ru(start)} – {date_ru(end)}"
