"""Charts of the report as inline SVG strings (matplotlib, text drawn as paths: no fonts, no network)."""

from __future__ import annotations

import functools
import io
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

_XML_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_STYLE = {"svg.fonttype": "path", "font.size": 10, "axes.spines.top": False, "axes.spines.right": False}


def _styled(draw):
    """Run a chart function under the report's matplotlib style (read when axes are made and saved)."""

    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with plt.rc_context(_STYLE):
            return draw(*args, **kwargs)

    return wrapper


def to_svg(fig, name: str) -> str:
    """The figure as an <svg> element to paste into HTML; `name` makes its internal ids stable and unique."""
    buf = io.StringIO()
    with plt.rc_context({"svg.hashsalt": name}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return _XML_PROLOGUE.sub("", buf.getvalue(), count=1)


@_styled
def heatmap(values: pd.DataFrame, row_labels: list[str], col_labels: list[str], name: str,
            fmt=lambda v: str(int(v)), cmap: str = "Blues", xlabel: str = "") -> str:
    """A matrix with numbers in its cells; zeros stay blank so gaps show at a glance."""
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
                    color="white" if v > top * 0.6 else "black")
    if xlabel:
        ax.set_xlabel(xlabel)
    return to_svg(fig, name)


@_styled
def timeline(by_month: pd.DataFrame, names: dict[str, str], name: str) -> str:
    """One line per municipality: measures whose deadline span touches each month."""
    fig, ax = plt.subplots(figsize=(10, 4))
    for slug, group in by_month.groupby("municipality"):
        group = group.sort_values("month")
        ax.plot(pd.to_datetime(group["month"]), group["n_measures"], marker="o", markersize=3,
                linewidth=1.6, label=names.get(slug, slug))
    ax.set_ylabel("Мероприятий в работе")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=14))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%m.%Y"))
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="#e0e0e0")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.autofmt_xdate()
    return to_svg(fig, name)


@_styled
def horizontal_bars(labels: list[str], values: list[float], groups: list[str], name: str, xlabel: str) -> str:
    """Bars top-down in the given order, coloured by group (a legend names the groups)."""
    fig, ax = plt.subplots(figsize=(10, 0.32 * len(labels) + 1.2))
    palette = dict(zip(dict.fromkeys(groups), plt.rcParams["axes.prop_cycle"].by_key()["color"] * 4,
                       strict=False))
    y = np.arange(len(labels))
    ax.barh(y, values, color=[palette[g] for g in groups])
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e0e0e0")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in palette.values()]
    ax.legend(handles, list(palette), frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return to_svg(fig, name)


@_styled
def grouped_shares(frame: pd.DataFrame, labels: list[str], name: str) -> str:
    """Side-by-side bars per row (one per column of `frame`), values as shares 0..1 shown in percent."""
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(frame) * max(1, len(frame.columns) / 2) + 1.2))
    height = 0.8 / max(1, len(frame.columns))
    y = np.arange(len(frame))
    for k, column in enumerate(frame.columns):
        ax.barh(y + k * height, frame[column].fillna(0) * 100, height=height, label=column)
    ax.set_yticks(y + height * (len(frame.columns) - 1) / 2, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% мероприятий документа")
    ax.grid(axis="x", color="#e0e0e0")
    ax.legend(frameon=False, loc="lower right")
    return to_svg(fig, name)


@_styled
def stacked_counts(frame: pd.DataFrame, labels: list[str], name: str, xlabel: str) -> str:
    """One stacked bar per row: the columns of `frame` (e.g. warnings by kind) add up."""
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(frame) + 1.6))
    left = np.zeros(len(frame))
    colors = plt.get_cmap("tab20").colors
    for k, column in enumerate(frame.columns):
        values = frame[column].to_numpy(dtype=float)
        ax.barh(np.arange(len(frame)), values, left=left, label=column, color=colors[k % len(colors)])
        left += values
    ax.set_yticks(np.arange(len(frame)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e0e0e0")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return to_svg(fig, name)
