"""Charts of the figures in the papers: what to draw (pure), how to describe it, and the drawing itself.

One house style: the Okabe-Ito colour-blind-safe palette, and a hatch or
marker as well as a colour for every series so that colour is never the only
difference; values written on the bars; units on the axis; a source line.
Drawings are deterministic SVG: the same data always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Optional, Sequence

from generator import models

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
HATCHES = ("", "//", "..", "xx", "\\\\", "++")
MARKERS = ("o", "s", "^", "D", "v", "P")
INK = "#1a1a1a"
MUTED = "#505050"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Optional[float], ...]
    links: tuple[Optional[str], ...] = ()


@dataclass(frozen=True)
class ChartSpec:
    """Everything needed to draw one chart; its hash keys the chart cache."""

    key: str
    kind: str
    title: str
    unit: Optional[str]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    source: Optional[str]
    period: Optional[str]
    alt: Optional[str] = None


def _number(value) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    return float(value) if isinstance(value, (int, float)) else None


def _unit(table: models.DataTable, columns: Sequence[models.Column]) -> Optional[str]:
    units = {c.unit for c in columns if c.unit}
    if len(units) == 1:
        return units.pop()
    return table.unit


def _title(table: models.DataTable, series: tuple[Series, ...], numeric: list[int]) -> str:
    """The chart's title: the table's own, naming the columns drawn when the chart does not draw them all."""
    drawn = " and ".join(s.name for s in series)
    if not table.title:
        return f"{drawn} by {table.columns[0].label.lower()}"
    return table.title if len(series) >= len(numeric) else f"{table.title}: {drawn} only"


def spec_for_table(key: str, table: models.DataTable, context: str) -> Optional[ChartSpec]:
    """What to draw for a table, or None when it has fewer than two numbers or asks for no chart."""
    if table.chart is False:
        return None
    chart = table.chart if isinstance(table.chart, models.Chart) else models.Chart()
    numeric = [
        i for i, column in enumerate(table.columns)
        if i > 0 and any(_number(row[i]) is not None for row in table.rows)
        and all(row[i] is None or _number(row[i]) is not None for row in table.rows)
    ]
    if chart.columns:
        chosen = [next(i for i, c in enumerate(table.columns) if c.label == name) for name in chart.columns]
    else:
        chosen = numeric[:1]
    if not chosen:
        return None
    rows = [row for row in table.rows if str(row[0]) not in chart.exclude_rows]
    series = tuple(
        Series(table.columns[i].label, tuple(_number(row[i]) for row in rows)) for i in chosen
    )
    if sum(1 for s in series for v in s.values if v is not None) < 2:
        return None
    kind = chart.type if table.chart is not True else ("bar" if len(series) == 1 else "grouped-bar")
    return ChartSpec(
        key=key,
        kind=kind,
        title=_title(table, series, numeric),
        unit=_unit(table, [table.columns[i] for i in chosen]),
        categories=tuple(str(row[0]) if row[0] is not None else "(no label in the source)" for row in rows),
        series=series,
        source=table.source or context,
        period=table.period,
        alt=chart.alt,
    )


# ---------------------------------------------------------------- words


def format_value(value: Optional[float], unit: Optional[str]) -> str:
    if value is None:
        return "not given"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if not unit:
        return text
    if unit == "%":
        return text + "%"
    if unit.startswith("£"):
        return f"£{text}{unit[1:]}" if len(unit) <= 2 else f"{text} {unit}"
    return f"{text} {unit}"


def describe(spec: ChartSpec) -> tuple[str, str]:
    """A short text alternative stating what the chart shows and its main finding, and a longer description."""
    kinds = {"bar": "Bar chart", "grouped-bar": "Bar chart", "diverging-bar": "Bar chart of changes", "line": "Line chart"}
    what = f"{kinds[spec.kind]}: {spec.title}"
    if spec.unit:
        what += f" ({spec.unit})"
    first = spec.series[0]
    pairs = [(c, v) for c, v in zip(spec.categories, first.values) if v is not None]
    if spec.kind == "line":
        start, end = pairs[0], pairs[-1]
        change = "rose" if end[1] > start[1] else "fell" if end[1] < start[1] else "was unchanged"
        finding = (f"{first.name} {change} from {format_value(start[1], spec.unit)} ({start[0]}) "
                   f"to {format_value(end[1], spec.unit)} ({end[0]})")
    elif spec.kind == "diverging-bar":
        up = max(pairs, key=lambda p: p[1])
        down = min(pairs, key=lambda p: p[1])
        finding = (f"largest increase {up[0]} ({format_value(up[1], spec.unit)}), "
                   f"largest decrease {down[0]} ({format_value(down[1], spec.unit)})")
    elif spec.kind == "grouped-bar" and len(spec.series) >= 2:
        second = spec.series[1]
        both = [(c, a, b) for c, a, b in zip(spec.categories, first.values, second.values) if a is not None and b is not None]
        lower = sum(1 for _, a, b in both if a < b)
        top = max(both, key=lambda p: p[1]) if both else None
        finding = f"{lower} of {len(both)} are lower in {first.name} than in {second.name}"
        if top:
            finding += f"; highest: {top[0]} ({format_value(top[1], spec.unit)})"
    else:
        top = max(pairs, key=lambda p: p[1])
        low = min(pairs, key=lambda p: p[1])
        finding = f"highest {top[0]} ({format_value(top[1], spec.unit)}), lowest {low[0]} ({format_value(low[1], spec.unit)})"
    alt = spec.alt or f"{what}: {finding}."
    lines = [f"{what}, with {len(spec.categories)} categories and {len(spec.series)} series: "
             f"{', '.join(s.name for s in spec.series)}."]
    if separate_panels(spec) or category_panels(spec):
        lines.append("The values differ more than ten times in size, so each part is drawn in its own panel with its own scale.")
    if spec.period:
        lines.append(f"Period: {spec.period}.")
    if spec.source:
        lines.append(f"Source: {spec.source}.")
    lines.append("Every value is in the table with the chart and in the CSV file.")
    return alt, " ".join(lines)


def csv_text(spec: ChartSpec) -> str:
    """Exactly the numbers drawn: one row a category, one column a series."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["category", *[s.name for s in spec.series]])
    for i, category in enumerate(spec.categories):
        writer.writerow([category, *["" if s.values[i] is None else _plain(s.values[i]) for s in spec.series]])
    return out.getvalue()


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ---------------------------------------------------------------- drawing


def draw_svg(spec: ChartSpec) -> str:
    """The chart as SVG text. Imports matplotlib here so that processes that draw nothing never load it."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    style = {
        "svg.fonttype": "none",
        "svg.hashsalt": spec.key,
        "font.family": "DejaVu Sans",
        "font.size": 12,
        "xtick.labelsize": SMALL,
        "ytick.labelsize": SMALL,
        "axes.edgecolor": MUTED,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "text.color": INK,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "hatch.linewidth": 0.8,
    }
    with plt.rc_context(style):
        figure = _figure(spec, plt)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Title": spec.title})
        plt.close(figure)
    return buffer.getvalue()


# Inches. A phone 375px wide shows a chart about 343px wide; at this width every text of at least
# SMALL points is drawn at 12 CSS pixels or more (SMALL pt x 4/3 px x 343 / (WIDTH x 96)).
WIDTH = 4.0
SMALL = 10.5
# Series whose largest values differ by more than this get a panel (and an axis) each.
PANEL_RATIO = 10


def separate_panels(spec: ChartSpec) -> bool:
    """Whether the series differ so much in size that one axis would flatten the smaller."""
    if spec.kind not in ("grouped-bar", "line") or len(spec.series) < 2:
        return False
    sizes = [max((abs(v) for v in s.values if v is not None), default=0) for s in spec.series]
    return min(sizes) == 0 or max(sizes) / min(sizes) > PANEL_RATIO


def _differ(sizes: list[float]) -> bool:
    sizes = [size for size in sizes if size > 0]
    return len(sizes) >= 2 and max(sizes) / min(sizes) > PANEL_RATIO


def category_panels(spec: ChartSpec) -> bool:
    """Whether the rows of a grouped bar chart differ so much in size that each needs its own axis."""
    if spec.kind != "grouped-bar" or len(spec.series) < 2:
        return False
    return _differ([max((abs(s.values[i]) for s in spec.series if s.values[i] is not None), default=0)
                    for i in range(len(spec.categories))])


def _panels(spec: ChartSpec) -> list[tuple[Optional[str], ChartSpec]]:
    """The chart as one panel, or as one panel (with its own axis) per series or per row."""
    if separate_panels(spec):
        return [(series.name, ChartSpec(spec.key, "bar" if spec.kind == "grouped-bar" else spec.kind, spec.title, spec.unit,
                                        spec.categories, (series,), spec.source, spec.period)) for series in spec.series]
    if category_panels(spec):
        names = tuple(s.name for s in spec.series)
        return [(category, ChartSpec(spec.key, "bar", spec.title, spec.unit, names,
                                     (Series(category, tuple(s.values[i] for s in spec.series)),), spec.source, spec.period))
                for i, category in enumerate(spec.categories)]
    return [(None, spec)]


def _figure(spec: ChartSpec, plt):
    titled = _panels(spec)
    panels = [part for _, part in titled]
    def panel_height(part: ChartSpec) -> float:
        if part.kind == "line":
            return 3.0
        lines = max((_wrap(c, 18).count("\n") + 1 for c in part.categories), default=1)
        per_category = max(0.42 * (len(part.series) if part.kind == "grouped-bar" else 1), 0.19 * lines + 0.08)
        return max(1.6, per_category * len(part.categories) + 0.8)
    heights = [panel_height(part) for part in panels]
    figure, axes = plt.subplots(len(panels), 1, figsize=(WIDTH, sum(heights) + 0.8 * len(panels)), layout="constrained",
                                squeeze=False, height_ratios=heights)
    for (name, part), row in zip(titled, axes):
        {"line": _line, "diverging-bar": _diverging}.get(part.kind, _bars)(row[0], part)
        if name:
            row[0].set_title(_wrap(name, 40), loc="left", fontsize=SMALL, fontweight="bold")
    figure.suptitle(_wrap(spec.title, 36), x=0.02, ha="left", fontsize=13, fontweight="bold")
    if len(panels) == 1 and len(spec.series) > 1:
        axes[0][0].legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=1, frameon=False,
                          fontsize=SMALL, borderaxespad=0.3, handlelength=1.6)
    note = " · ".join(part for part in (f"Period: {spec.period}" if spec.period else "", f"Source: {spec.source}" if spec.source else "") if part)
    if note:
        figure.supxlabel(_wrap(note, 44), x=0.02, ha="left", fontsize=SMALL, color=MUTED)
    return figure


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def _axis_label(spec: ChartSpec) -> str:
    return spec.unit if spec.unit else "Number"


def _bars(axes, spec: ChartSpec) -> None:
    n, k = len(spec.categories), len(spec.series)
    band = 0.8 / k
    largest = max((abs(v) for s in spec.series for v in s.values if v is not None), default=1) or 1
    for j, series in enumerate(spec.series):
        positions = [i + (j - (k - 1) / 2) * band for i in range(n)]
        values = [v if v is not None else 0 for v in series.values]
        bars = axes.barh(positions, values, height=band * 0.92, color=PALETTE[j % 6], hatch=HATCHES[j % 6],
                         edgecolor="white" if j == 0 else INK, linewidth=0.6, label=series.name)
        for bar, value in zip(bars, series.values):
            text = format_value(value, spec.unit if spec.unit in ("%",) else None)
            x = bar.get_width()
            axes.text(x + largest * 0.01 if x >= 0 else x - largest * 0.01, bar.get_y() + bar.get_height() / 2, text,
                      va="center", ha="left" if x >= 0 else "right", fontsize=SMALL, color=INK)
    axes.set_yticks(range(n), [_wrap(c, 18) for c in spec.categories])
    axes.invert_yaxis()
    axes.set_xlabel(_axis_label(spec))
    axes.set_xlim(min(0, min((v for s in spec.series for v in s.values if v is not None), default=0)) * 1.25, largest * 1.22)
    axes.xaxis.set_major_formatter(_thousands())
    axes.xaxis.set_major_locator(_few_ticks())


def _diverging(axes, spec: ChartSpec) -> None:
    series = spec.series[0]
    values = [v if v is not None else 0 for v in series.values]
    colours = [PALETTE[0] if v >= 0 else PALETTE[3] for v in values]
    hatches = ["" if v >= 0 else "//" for v in values]
    bars = axes.barh(range(len(values)), values, color=colours, edgecolor=INK, linewidth=0.6)
    for bar, hatch in zip(bars, hatches):
        bar.set_hatch(hatch)
    span = max((abs(v) for v in values), default=1) or 1
    for bar, value in zip(bars, series.values):
        x = bar.get_width()
        label = ("+" if value and value > 0 else "") + format_value(value, spec.unit if spec.unit == "%" else None)
        axes.text(x + span * 0.02 if x >= 0 else x - span * 0.02, bar.get_y() + bar.get_height() / 2, label,
                  va="center", ha="left" if x >= 0 else "right", fontsize=SMALL)
    axes.axvline(0, color=INK, linewidth=1)
    axes.set_yticks(range(len(values)), [_wrap(c, 18) for c in spec.categories])
    axes.invert_yaxis()
    axes.set_xlim(-span * 1.45, span * 1.45)
    axes.set_xlabel(f"{series.name} ({_axis_label(spec)})")
    axes.xaxis.set_major_formatter(_thousands())
    axes.xaxis.set_major_locator(_few_ticks())


def _line(axes, spec: ChartSpec) -> None:
    x = list(range(len(spec.categories)))
    for j, series in enumerate(spec.series):
        points = [(i, v) for i, v in zip(x, series.values) if v is not None]
        axes.plot([p[0] for p in points], [p[1] for p in points], color=PALETTE[j % 6], linewidth=2, label=series.name)
        dots = axes.scatter([p[0] for p in points], [p[1] for p in points], color=PALETTE[j % 6], marker=MARKERS[j % 6],
                            s=49, zorder=3)
        for i, v in points:
            axes.annotate(format_value(v, spec.unit if spec.unit == "%" else None), (i, v), textcoords="offset points",
                          xytext=(0, 8), ha="center", fontsize=SMALL)
        if series.links:
            dots.set_urls([series.links[i] for i, _ in points])
    axes.set_xticks(x, [_wrap(c, 10) for c in spec.categories])
    axes.set_ylabel(_axis_label(spec))
    axes.yaxis.set_major_formatter(_thousands())
    low = min((v for s in spec.series for v in s.values if v is not None), default=0)
    high = max((v for s in spec.series for v in s.values if v is not None), default=1)
    pad = (high - low) * 0.2 or abs(high) * 0.1 or 1
    axes.set_ylim(min(0, low - pad) if low >= 0 else low - pad, high + pad)


def _few_ticks():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=4)


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _: f"{v:,.0f}" if math.isfinite(v) and float(v).is_integer() else f"{v:,.1f}")
