"""Tables of figures as the sources give them: columns, rows, how to chart them, derived columns and
the cells that measure a named metric."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional, Union

from pydantic import Field, field_validator, model_validator

from generator.models.base import OFFICE_TOPICS, MetricId, Model, Slug, Text, TopicId, WithMissing


class Column(Model):
    """A table column: its label as the source prints it, and the unit of its values if the source gives one."""

    label: Text = Field(description="The column's heading as the source prints it.")
    unit: Optional[Text] = Field(default=None, description="The unit of the column's values, if the source gives one.")


Cell = Union[int, float, str, None]

CHART_TYPES = ("bar", "grouped-bar", "diverging-bar", "line")


class Chart(Model):
    """How to draw a table. By default: bars of its first column of numbers."""

    type: Literal[CHART_TYPES] = Field(  # type: ignore[valid-type]
        default="bar", description="bar (the default), grouped-bar for several columns, diverging-bar for rises and falls, or line.")
    columns: list[Text] = Field(default_factory=list, description="Columns to draw; default: the first column of numbers.")
    exclude_rows: list[Text] = Field(default_factory=list, description="Row labels to leave out, such as a total.")
    alt: Optional[Text] = Field(default=None, description="A short text alternative; written from the data when left out.")


class Derived(Model):
    """A column computed from others, checked against them within rounding."""

    column: Text = Field(description="The label of the computed column.")
    formula: Literal["difference", "percent-change", "percentage"] = Field(
        description="difference, percent-change or percentage of the two columns named in 'of'.")
    of: list[Text] = Field(min_length=2, max_length=2, description="[a, b]: a - b, (a - b) / b * 100, or a / b * 100")


class MetricCell(Model):
    """A cell that is a measurement of a named metric, so it can be followed from meeting to meeting."""

    metric: MetricId = Field(description="The id of the metric the cell measures (from content/metrics.yaml).")
    row: Text = Field(description="The label of the cell's row (its first cell).")
    column: Text = Field(description="The label of the cell's column.")
    period: Text = Field(
        description="What the figure covers, as the source says, e.g. '1 December 2020 to 1 December 2021'.")
    period_end: dt.date = Field(
        description="When the period ends, to put figures in order (use the 1st when only the month is known).")


class DataTable(WithMissing):
    """A table of figures as the source gives it. An empty cell (null) is a value the source lost."""

    id: Slug = Field(description="The table's id, unique within its file; it names the table's anchor, its chart and its CSV download.")
    title: Optional[Text] = Field(default=None, description="The table's title as the source gives it.")
    unit: Optional[Text] = Field(
        default=None, description="The unit of the table's figures, if the source gives one for the whole table.")
    period: Optional[Text] = Field(default=None, description="The period the figures cover, as the source says.")
    comparison_period: Optional[Text] = Field(
        default=None, description="The period the figures are compared with, as the source says.")
    source: Optional[Text] = Field(default=None, description="Where the figures come from, as the source credits them.")
    columns: list[Union[Text, Column]] = Field(
        min_length=1, description="The column headings, left to right: a label, or a label with its unit.")
    rows: list[list[Cell]] = Field(
        min_length=1, description="The rows, one list of cells each, as many cells as columns; null for a figure the source lost.")
    notes: Optional[Text] = Field(default=None, description="A note for the reader on the table: what the source says of it, or how its figures were read.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    chart: Union[bool, Chart] = Field(default=True, description="false for no chart, or how to draw it.")
    derived: list[Derived] = Field(
        default_factory=list, description="Columns worked out from others, which the checker recomputes.")
    metrics: list[MetricCell] = Field(
        default_factory=list, description="Cells that measure a named metric, followed from paper to paper.")

    @field_validator("columns")
    @classmethod
    def _columns_as_objects(cls, columns):
        return [Column(label=c) if isinstance(c, str) else c for c in columns]

    @model_validator(mode="after")
    def _rows_match_columns(self):
        width = len(self.columns)
        for index, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(
                    f"row {index} has {len(row)} cells but the table has {width} columns; "
                    "add or remove cells so that every row matches the columns"
                )
        return self
