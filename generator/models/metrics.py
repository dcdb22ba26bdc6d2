"""Metrics (``content/metrics.yaml``): measures followed from paper to paper, so their figures can be shown over time."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from generator.models.base import Model, Slug, Text


class Metric(Model):
    """A measure followed from paper to paper, so that its figures can be shown over time."""

    id: Slug = Field(description="The metric's id, used by the table cells that measure it, e.g. 'calls-answered'.")
    label: Text = Field(description="The measure's name as its page shows it.")
    definition: Text = Field(description="What exactly is counted or measured.")
    unit: Optional[Text] = Field(default=None, description="The unit of its figures, e.g. '%' or 'crimes'.")


class MetricsFile(Model):
    """``content/metrics.yaml``: the measures that are tracked across meetings."""

    metrics: list[Metric] = Field(description="Every measure followed across papers.")
