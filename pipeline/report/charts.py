"""Charts of the report as inline SVG strings (matplotlib, text drawn as paths: no fonts, no network).

A number drawn in a chart carries the address of the list of measures behind it (matplotlib's `url`),
so it is a link inside the SVG, as the numbers of the tables are; `to_svg` marks each such link with the
length of its list (`data-count`), which the tests compare with the list page.
"""

from __future__ import annotations

import functools
import io
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

_XML_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_LINK = re.compile(r'<a xlink:href="([^"]+)" target="_blank">')
_STYLE = {"svg.fonttype": "path", "font.size": 10, "axes.spines.top": False, "axes.spines.right": False}


def _styled(draw):
    """Run a chart function under the report's matplotlib style (read when axes are made and saved)."""

    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with plt.rc_context(_STYLE):
            return draw(*args, **kwargs)

    return wrapper


def to_svg(fig, name: str, counts: dict[str, int] | None = None) -> str:
    """The figure as an <svg> element to paste into HTML; `name` makes its internal ids stable and unique.

    Links open in the same tab and say how many measures their list holds (`counts`: list file -> length).
    """
    buf = io.StringIO()
    with plt.rc_context({"svg.hashsalt": name}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    svg = _XML_PROLOGUE.sub("", buf.getvalue(), count=1)
    return _LINK.sub(lambda m: f'<a xlink:href="{m[1]}" class="n" data-count="{(counts or {}).get(m[1], "")}">',
                     svg)


@_styled
def heatmap(values: pd.DataFrame, row_labels: list[str], col_labels: list[str], name: str,
            fmt=lambda v: str(int(v)), cmap: str = "Blues", xlabel: str = "", urls=None,
            counts: dict[str, int] | None = None) -> str:
    """A matrix with numbers in its cells, each a link when `urls` (same shape) gives one; zeros stay blank
    so gaps show at a glance."""
    matrix = values.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(max(6.0, 0.75 * len(col_labels) + 3), 0.55 * len(row_labels) + 1.6))
    masked = np.ma.masked_where(matrix == 0, matrix)
    top = matrix.max() if matrix.size and matrix.max() > 0 else 1
    ax.imshow(masked, cmap=cmap, vmin=0, vmax=top * 1.15, aspect="auto")
    ax.set_xticks(range(len(col_labels)), col_labels)
    ax.set_yticks(range(len(row_labels)), row_labels)
    ax.tick_params(top=True, labeltop=True, bottom=False, labelbottom=False, length=0)
    if max((len(label) for label in col_labels), default=0) > 6:  # slant long words so they do not collide
        plt.setp(ax.get_xticklabels(), rotation=35, ha="left", rotation_mode="anchor")
    ax.set_xticks(np.arange(-0.5, len(col_labels)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(row_labels)), minor=True)
    ax.grid(which="minor", color="#d0d0d0", linewidth=0.8)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for (i, j), v in np.ndenumerate(matrix):
        if v:
            ax.text(j, i, fmt(v), ha="center", va="center", fontsize=9,
                    color="white" if v > top * 0.6 else "black", url=None if urls is None else urls[i][j])
    if xlabel:
        ax.set_xlabel(xlabel)
    return to_svg(fig, name, counts)


@_styled
def horizontal_bars(labels: list[str], values: list[float], groups: list[str], name: str, xlabel: str,
                    urls: list[str | None] | None = None, counts: dict[str, int] | None = None) -> str:
    """Bars top-down in the given order, coloured by group (a legend names the groups), the value at each
    bar's end (a link when `urls` gives one)."""
    fig, ax = plt.subplots(figsize=(10, 0.32 * len(labels) + 1.2))
    palette = dict(zip(dict.fromkeys(groups), plt.rcParams["axes.prop_cycle"].by_key()["color"] * 4,
                       strict=False))
    y = np.arange(len(labels))
    ax.barh(y, values, color=[palette[g] for g in groups])
    ax.set_yticks(y, labels)
    for k, v in enumerate(values):
        ax.text(v, k, f" {int(v)}", va="center", fontsize=8, url=None if urls is None else urls[k])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e0e0e0")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in palette.values()]
    ax.legend(handles, list(palette), frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return to_svg(fig, name, counts)


@_styled
def grouped_shares(frame: pd.DataFrame, labels: list[str], name: str, xlabel: str, urls: pd.DataFrame | None = None,
                   counts: dict[str, int] | None = None) -> str:
    """Side-by-side bars per row (one per column of `frame`), values as shares 0..1 shown in percent, each
    share written at its bar's end (a link to its measures when `urls`, same shape, gives one)."""
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(frame) * max(1, len(frame.columns) / 2) + 1.2))
    height = 0.8 / max(1, len(frame.columns))
    y = np.arange(len(frame))
    for k, column in enumerate(frame.columns):
        shares = frame[column].fillna(0) * 100
        ax.barh(y + k * height, shares, height=height, label=column)
        for i, v in enumerate(shares):
            if v:
                ax.text(v, i + k * height, f" {v:.0f}%", va="center", fontsize=7,
                        url=None if urls is None else urls[column].iloc[i])
    ax.set_yticks(y + height * (len(frame.columns) - 1) / 2, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 108)
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e0e0e0")
    ax.legend(frameon=False, loc="lower right")
    return to_svg(fig, name, counts)


@_styled
def stacked_counts(frame: pd.DataFrame, labels: list[str], name: str, xlabel: str, urls: pd.DataFrame | None = None,
                   counts: dict[str, int] | None = None) -> str:
    """One stacked bar per row: the columns of `frame` (e.g. warnings by kind) add up; a segment wide
    enough shows its number (a link when `urls`, same shape, gives one)."""
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(frame) + 1.6))
    left = np.zeros(len(frame))
    wide = frame.sum(axis=1).max() / 25 if len(frame) else 1  # narrower segments get no number: no room
    colors = plt.get_cmap("tab20").colors
    for k, column in enumerate(frame.columns):
        values = frame[column].to_numpy(dtype=float)
        ax.barh(np.arange(len(frame)), values, left=left, label=column, color=colors[k % len(colors)])
        for i, v in enumerate(values):
            if v >= wide:
                ax.text(left[i] + v / 2, i, str(int(v)), ha="center", va="center", fontsize=7,
                        url=None if urls is None else urls[column].iloc[i])
        left += values
    ax.set_yticks(np.arange(len(frame)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e0e0e0")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return to_svg(fig, name, counts)
