"""The reference values (national targets and statistics) each carry a source and a quote."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from vnhealthplan import indicators, ureg

ROWS = tomllib.loads(
    resources.files("vnhealthplan").joinpath("data/reference_sources.toml").read_text("utf-8")
)["value"]
REQUIRED = {"key", "indicator", "scope", "year", "value", "unit", "kind", "instrument"}
REQUIRED |= {"publisher", "url", "quote", "quote_kind"}


def test_keys_are_unique():
    keys = [row["key"] for row in ROWS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_every_value_is_sourced(row):
    assert set(row) >= REQUIRED, REQUIRED - set(row)
    assert row["kind"] in {"target", "observed"}
    assert row["quote_kind"] in {"primary text", "news quoting the text"}
    assert row["quote"].strip()
    assert row["url"].startswith("http")
    if row["kind"] == "target":
        assert row["comparator"] in {"=", "<", "<=", ">", ">=", "~"}


@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_units_are_the_indicators_own(row):
    unit = ureg.Unit(row["unit"])  # every unit is one of the package's
    if row["indicator"].startswith("natural area"):
        assert unit == ureg.Unit("square_kilometer")
    if row["indicator"] in indicators.catalogue():
        assert unit.dimensionality == indicators.get(row["indicator"]).unit.dimensionality
