"""A slip (a fraction typed for a per cent, a figure 10 or 100 times off its target) is warned
of once along one call chain: at reading, and not again when the same figures are compared.
Figures that did not come through a reader are warned of as before; the record is by
identity: an equal figure built elsewhere is another figure."""

from __future__ import annotations

import csv
import gc
import warnings
import weakref

import pandas as pd
import pytest

from vnhealthplan import Observation, Period, indicators, plans
from vnhealthplan.analysis.slips import warned_at_reading
from vnhealthplan.errors import LikelySlipWarning
from vnhealthplan.export import read_observations
from vnhealthplan.forms import form_rows, read_form, write_form
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.observations import observations_from_frame
from vnhealthplan.present.cli import main
from vnhealthplan.review import review

DAK_LAK = plans.load("dak-lak-2024")
SHARE = indicators.get("health_insurance_coverage")  # no target in dak-lak-2024
ROWS = ("Tỉnh,Mã chỉ tiêu,Năm,Giá trị,Tuyến\n"
        'Đắk Lắk,health_insurance_coverage,2024,"0,85",\n')  # fmt: skip
FRACTION = "fraction typed for a per cent (85%)"


def _caught(call, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        given = call(*args, **kwargs)
    return given, [str(w.message) for w in caught if w.category is LikelySlipWarning]


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


@pytest.mark.parametrize("plan", [None, DAK_LAK])
def test_read_then_compared_warns_once(table, plan):
    observed, said = _caught(read_observations, table, plan=plan)
    assert [FRACTION in s for s in said] == [True]
    for compare in (gaps_frame, review):
        _, again = _caught(compare, DAK_LAK, list(observed))
        assert again == []


def test_a_frame_read_then_compared_warns_once():
    frame = pd.DataFrame({"province": ["Đắk Lắk"], "indicator": [SHARE.code], "year": [2024],
                          "value": [0.85]})  # fmt: skip
    observed, said = _caught(observations_from_frame, frame)
    assert len(said) == 1
    assert _caught(gaps_frame, DAK_LAK, list(observed))[1] == []


def test_figures_not_read_are_still_warned_of():
    observed = [Observation(SHARE, 0.85, Period.year(2024))]
    _, said = _caught(gaps_frame, DAK_LAK, observed)
    assert [FRACTION in s for s in said] == [True]
    _, said = _caught(gaps_frame, DAK_LAK, observed)  # not read: warned of each time
    assert len(said) == 1


def test_a_figure_checked_at_reading_without_a_slip_is_judged_against_its_target(tmp_path):
    share = DAK_LAK.targets_for("stations_with_doctor")[0].indicator
    path = tmp_path / "so-lieu.csv"
    path.write_text(f'Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nĐắk Lắk,{share.code},2024,"0,5"\n',
                    encoding="utf-8")  # fmt: skip
    observed, said = _caught(read_observations, path, plan=DAK_LAK)  # a target: not at reading
    assert said == []
    _, said = _caught(gaps_frame, DAK_LAK, list(observed))
    assert ["about 100 times" in s for s in said] == [True]


def test_a_form_read_then_compared_warns_once(tmp_path):
    path = write_form(DAK_LAK, tmp_path / "form.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    codes = [r.cells("vi")[0] for r in form_rows(DAK_LAK)]
    rows[codes.index("stations_with_doctor") + 2][10] = "0,938"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    observed, said = _caught(read_form, path, DAK_LAK)
    assert len(said) == 1
    assert _caught(gaps_frame, DAK_LAK, list(observed))[1] == []


@pytest.mark.parametrize("command", ["gaps", "report"])
def test_the_command_line_says_it_once(table, tmp_path, capsys, command):
    argv = [command, "dak-lak-2024", "--observations", str(table)]
    if command == "report":
        argv += ["-o", str(tmp_path / "report.html"), "--no-charts", "--lang", "en"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(argv) == 0
    assert [w for w in caught if w.category is LikelySlipWarning] == []
    assert capsys.readouterr().err.count(FRACTION) == 1


def _read_share():
    """A share of 0,85 read from a frame: one figure, warned of as a fraction as it is read."""
    frame = pd.DataFrame(
        {"province": ["Đắk Lắk"], "indicator": [SHARE.code], "year": [2024], "value": [0.85]}
    )
    (read,), said = _caught(observations_from_frame, frame)
    assert len(said) == 1
    return read


def test_an_equal_figure_built_elsewhere_is_warned_of_again():
    read = _read_share()
    twin = Observation(read.indicator, read.value, read.period, province=read.province)
    assert twin == read
    assert (warned_at_reading(read), warned_at_reading(twin)) == (True, False)
    assert [FRACTION in s for s in _caught(gaps_frame, DAK_LAK, [twin])[1]] == [True]


def test_the_record_does_not_keep_a_figure_alive():
    read = _read_share()
    assert warned_at_reading(read)
    gone = weakref.ref(read)
    del read
    gc.collect()
    assert gone() is None
