"""Checks of the figures in data tables: charted columns hold numbers, derived columns agree with
the columns they come from (within rounding), and metric cells exist."""

from __future__ import annotations

import math
from typing import Any, Iterable

from pydantic import ValidationError

from generator import models
from generator.load.source import Loc, SourceFile
from generator.problems import Problem


def tables_in(data: Any, loc: Loc = ()) -> Iterable[tuple[Loc, dict]]:
    """Every table (a mapping in a 'tables' list) in a file's data, with its location."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "tables" and isinstance(value, list):
                for index, table in enumerate(value):
                    if isinstance(table, dict):
                        yield loc + (key, index), table
            yield from tables_in(value, loc + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from tables_in(value, loc + (index,))


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def finite(value: float) -> bool:
    """A number that arithmetic with floats can use (not too large, not infinite)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def decimals(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0


def expected(formula: str, a: float, b: float) -> float | None:
    if formula == "difference":
        return a - b
    if b == 0:
        return None
    if formula == "percent-change":
        return (a - b) / b * 100
    return a / b * 100


def agrees(stated: float, computed: float) -> bool:
    """Within the rounding of the stated figure (half its last decimal place), plus a small margin."""
    tolerance = 0.5 * 10 ** -decimals(stated) + 0.051
    return abs(stated - computed) <= tolerance


def _check_table(source: SourceFile, loc: Loc, table: models.DataTable) -> list[Problem]:
    labels = [c.label for c in table.columns]
    index = {label: i for i, label in enumerate(labels)}
    row_labels = [str(row[0]) for row in table.rows]
    problems = []

    def unknown_column(name: str, at: Loc) -> None:
        problems.append(source.problem(at, f"table '{table.id}' has no column '{name}'; the columns are: {', '.join(labels)}"))

    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if is_number(cell) and not finite(cell):
                problems.append(source.problem(
                    loc + ("rows", r, c),
                    f"the figure in row {r + 1}, column '{labels[c]}' of table '{table.id}' is too large to chart "
                    "or check; check it against the source",
                ))

    if isinstance(table.chart, models.Chart):
        for i, name in enumerate(table.chart.columns):
            if name not in index:
                unknown_column(name, loc + ("chart", "columns", i))
                continue
            for r, row in enumerate(table.rows):
                cell = row[index[name]]
                if cell is not None and not is_number(cell):
                    problems.append(source.problem(loc + ("rows", r, index[name]),
                                                   f"'{cell}' in column '{name}' is not a number, but the column is charted; write the number alone (no % or commas)"))
        for i, name in enumerate(table.chart.exclude_rows):
            if name not in row_labels:
                problems.append(source.problem(loc + ("chart", "exclude_rows", i), f"table '{table.id}' has no row '{name}'"))
    for d, rule in enumerate(table.derived):
        names = [rule.column, *rule.of]
        missing = [n for n in names if n not in index]
        for name in missing:
            unknown_column(name, loc + ("derived", d))
        if missing:
            continue
        for r, row in enumerate(table.rows):
            stated, a, b = (row[index[n]] for n in names)
            if not all(is_number(v) and finite(v) for v in (stated, a, b)):
                continue
            computed = expected(rule.formula, a, b)
            if computed is not None and not agrees(stated, computed):
                problems.append(source.problem(
                    loc + ("rows", r, index[rule.column]),
                    f"{rule.column} for '{row[0]}' is {stated} but {rule.formula.replace('-', ' ')} of "
                    f"{rule.of[0]} ({a}) and {rule.of[1]} ({b}) is {computed:.1f}; check both figures against the source",
                ))
    for m, cell in enumerate(table.metrics):
        if cell.column not in index:
            unknown_column(cell.column, loc + ("metrics", m, "column"))
        elif cell.row not in row_labels:
            problems.append(source.problem(loc + ("metrics", m, "row"), f"table '{table.id}' has no row '{cell.row}'"))
        elif not is_number(table.rows[row_labels.index(cell.row)][index[cell.column]]):
            problems.append(source.problem(loc + ("metrics", m), f"the cell for metric '{cell.metric}' (row '{cell.row}', column '{cell.column}') is not a number"))
    return problems


def _table_ids(source: SourceFile) -> list[Problem]:
    problems, seen = [], set()
    for loc, table in tables_in(source.data):
        ident = table.get("id")
        if not isinstance(ident, str):
            continue  # not an id: reported by the schema check
        if ident in seen:
            problems.append(source.problem(loc + ("id",), f"table id '{ident}' is used twice in this file; give each table its own id"))
        seen.add(ident)
    return problems


def check_tables(source: SourceFile) -> list[Problem]:
    """Each table of a file whose fields are valid, checked on its own; and no table id used twice."""
    problems = _table_ids(source)
    for loc, raw in tables_in(source.data):
        try:
            table = models.DataTable.model_validate(raw)
        except ValidationError:
            continue  # its mistakes are reported by the schema check
        problems += _check_table(source, loc, table)
    return problems
