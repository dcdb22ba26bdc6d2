"""The files behind every data table: a chart (SVG) with its text alternative, and the table as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from generator import models
from generator.derive.site import Site
from generator.render.chart_cache import CacheStats, render_charts
from generator.derive import paths
from generator.render.charts import ChartSpec, Series, csv_text, describe, spec_for_table


@dataclass(frozen=True)
class Figure:
    """What a page shows with a table: the chart (if any) and the CSV download."""

    csv: str
    svg: Optional[str] = None
    alt: Optional[str] = None
    description: Optional[str] = None


def table_csv(table: models.DataTable) -> str:
    """The table exactly as published: its column labels (with units), then its rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"{c.label} ({c.unit})" if c.unit else c.label for c in table.columns])
    for row in table.rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return out.getvalue()


def series_spec(site: Site, metric_id: str) -> Optional[ChartSpec]:
    """A line through a metric's values in period order, when there are at least two."""
    observations = site.observations.get(metric_id, [])
    if len(observations) < 2:
        return None
    metric = site.metrics[metric_id]
    sources = sorted({o.context for o in observations})
    return ChartSpec(
        key=f"metrics--{metric_id}",
        kind="line",
        title=metric.label,
        unit=metric.unit,
        categories=tuple(o.period for o in observations),
        series=(Series(metric.label, tuple(o.value for o in observations)),),
        source="; ".join(sources),
        period=None,
    )


def figures(site: Site, cache: Path, pages: Optional[set[str]] = None) -> tuple[dict[str, bytes], dict[tuple[str, str], Figure], CacheStats]:
    """Files to write (by docs path), the figure of each (page, table id), and what the chart cache did.

    With ``pages``, only the figures of those pages (the tables on them; no metric's series).
    """
    files: dict[str, bytes] = {}
    found: dict[tuple[str, str], Figure] = {}
    specs = {}
    places = site.tables if pages is None else [place for place in site.tables if place.page in pages]
    for place in places:
        spec = spec_for_table(place.key, place.table, place.context)
        if spec is not None:
            specs[place.key] = spec
    series_specs = {metric_id: spec for metric_id in site.metrics if pages is None and (spec := series_spec(site, metric_id))}
    drawn, stats = render_charts(list(specs.values()) + list(series_specs.values()), cache)
    for metric_id, spec in series_specs.items():
        page = paths.metric_page(metric_id)
        svg_path, csv_path = f"charts/{spec.key}.svg", f"charts/{spec.key}.csv"
        files[svg_path] = drawn[spec.key].encode("utf-8")
        files[csv_path] = csv_text(spec).encode("utf-8")
        alt, description = describe(spec)
        found[(page, "series")] = Figure(csv=csv_path, svg=svg_path, alt=alt, description=description)
    for place in places:
        csv_path = f"data/tables/{place.key}.csv"
        files[csv_path] = table_csv(place.table).encode("utf-8")
        spec = specs.get(place.key)
        if spec is None:
            found[(place.page, place.table.id)] = Figure(csv=csv_path)
            continue
        svg_path = f"charts/{place.key}.svg"
        files[svg_path] = drawn[place.key].encode("utf-8")
        files[f"charts/{place.key}.csv"] = csv_text(spec).encode("utf-8")
        alt, description = describe(spec)
        found[(place.page, place.table.id)] = Figure(csv=csv_path, svg=svg_path, alt=alt, description=description)
    return files, found, stats
