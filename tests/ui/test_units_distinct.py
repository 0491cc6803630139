"""Quantile labels that would read the same get decimals until they differ."""

from __future__ import annotations

from colossus_desktop.drawing.charts.units import distinct_values, format_value


def test_close_quantiles_in_days_read_apart():
    values = [82.6, 83.0, 83.5]
    assert [format_value(v, "days") for v in values] == ["83 days", "83 days", "84 days"]
    assert distinct_values(values, "days") == ["82.6 days", "83.0 days", "83.5 days"]


def test_distinct_values_keep_the_plain_writing_when_apart_and_equal_values_alike():
    assert distinct_values([10.0, 20.0, 30.0], "days") == ["10 days", "20 days", "30 days"]
    assert distinct_values([5e9, 5e9, 6e9], "USD") == [format_value(5e9, "USD")] * 2 + [format_value(6e9, "USD")]
    a, b = distinct_values([1.01e9, 1.04e9], "USD")
    assert a != b
