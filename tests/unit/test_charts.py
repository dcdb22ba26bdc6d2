"""What gets drawn for a table, how it is described, and that drawings are deterministic."""

from generator import models
from generator.render.chart_cache import render_charts
from generator.render.charts import csv_text, describe, draw_svg, spec_for_table


def table(**extra):
    fields = dict(
        id="recorded-crime",
        title="Recorded crime by offence group",
        unit="crimes",
        columns=["Offence group", "Crimes", "Same period last year", {"label": "% change", "unit": "%"}],
        rows=[["Burglary", 1348, 1800, -25.1], ["Robbery", 140, 126, 11.1], ["Total", 33434, 35583, -6.0]],
    )
    fields.update(extra)
    return models.DataTable.model_validate(fields)


def test_default_chart_is_bars_of_the_first_column_of_numbers():
    spec = spec_for_table("k", table(), "Performance")
    assert spec.kind == "bar"
    assert [s.name for s in spec.series] == ["Crimes"]
    assert spec.categories == ("Burglary", "Robbery", "Total")


def test_chart_settings_choose_columns_type_and_rows():
    spec = spec_for_table("k", table(chart={"type": "grouped-bar", "columns": ["Crimes", "Same period last year"], "exclude_rows": ["Total"]}), "P")
    assert spec.kind == "grouped-bar"
    assert spec.series[1].values == (1800.0, 126.0)
    assert spec.categories == ("Burglary", "Robbery")


def test_no_chart_for_text_tables_or_when_asked():
    text_only = models.DataTable.model_validate({"id": "t", "columns": ["Aspect", "Status"], "rows": [["Ease of contact", "Normal"]]})
    assert spec_for_table("k", text_only, "P") is None
    assert spec_for_table("k", table(chart=False), "P") is None


def test_alt_text_states_what_and_the_main_finding():
    alt, long = describe(spec_for_table("k", table(), "P"))
    assert alt == ("Bar chart: Recorded crime by offence group: Crimes only (crimes): highest Total (33,434 crimes), "
                   "lowest Robbery (140 crimes).")
    assert "3 categories and 1 series: Crimes" in long
    spec = spec_for_table("k", table(chart={"type": "grouped-bar", "columns": ["Crimes", "Same period last year"]}), "P")
    assert describe(spec)[0].endswith("2 of 3 are lower in Crimes than in Same period last year; highest: Total (33,434 crimes).")


def test_csv_holds_exactly_the_numbers_drawn():
    spec = spec_for_table("k", table(chart={"type": "grouped-bar", "columns": ["Crimes", "Same period last year"]}), "P")
    assert csv_text(spec) == (
        "category,Crimes,Same period last year\nBurglary,1348,1800\nRobbery,140,126\nTotal,33434,35583\n"
    )


def test_svg_is_deterministic_accessible_text_and_undated():
    spec = spec_for_table("k", table(), "P")
    first, second = draw_svg(spec), draw_svg(spec)
    assert first == second
    assert "<title>Recorded crime by offence group: Crimes only</title>" in first
    assert "Burglary" in first  # real text, not glyph outlines
    assert "<dc:date>" not in first


def test_cache_draws_each_chart_once(tmp_path):
    specs = [spec_for_table(f"k{i}", table(title=f"Table {i}"), "P") for i in range(3)]
    svgs, stats = render_charts(specs, tmp_path, workers=2)
    assert (stats.drawn, stats.reused) == (3, 0)
    again, stats = render_charts(specs, tmp_path, workers=2)
    assert (stats.drawn, stats.reused) == (0, 3)
    assert again == svgs


def test_a_row_whose_label_the_source_lost_is_drawn_as_having_none():
    """As the README says: the gap stays visible on the chart and in its data, never guessed."""
    spec = spec_for_table("k", table(rows=[["Burglary", 1348, 1800, -25.1], [None, 140, 126, 11.1]]), "P")
    assert spec is not None
    assert spec.categories == ("Burglary", "(no label in the source)")
    assert "(no label in the source)" in csv_text(spec)


def test_a_chart_that_draws_some_of_its_tables_columns_names_them_in_its_title():
    assert spec_for_table("k", table(), "P").title == "Recorded crime by offence group: Crimes only"
    every = table(chart={"columns": ["Crimes", "Same period last year", "% change"]})
    assert spec_for_table("k", every, "P").title == "Recorded crime by offence group"
