"""The package's errors survive pickling, so a worker process hands the caller the error it
raised (multiprocessing, concurrent.futures, joblib, polars), not a TypeError about
``__init__``'s arguments."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from vnhealthplan import Facility, FacilityKind, Period, indicators, plans, provinces
from vnhealthplan.errors import (
    DimensionError,
    MissingDependencyError,
    PlanDataError,
    Problem,
    ValidationError,
    VNHealthPlanError,
)


def _raised(call: Callable[[], Any]) -> VNHealthPlanError:
    with pytest.raises(VNHealthPlanError) as caught:
        call()
    return caught.value


ERRORS = {
    "validation": lambda: ValidationError("Target", "value", 120, "a share"),
    "dimension": lambda: DimensionError("value", 3, "beds per 10,000 people"),
    "plan data": lambda: PlanDataError([Problem("plan.toml", "targets", "1", "year", "soon")]),
    "missing dependency": lambda: MissingDependencyError("openpyxl", "excel", "Excel files"),
    "facility": lambda: _raised(
        lambda: Facility(
            "Bệnh viện Đa khoa tỉnh Quảng Ngãi", FacilityKind.GENERAL_HOSPITAL, beds=-5
        )
    ),
    "quarter": lambda: _raised(lambda: Period.quarter(2024, 5)),
    "indicator": lambda: _raised(lambda: indicators.get("beds_per_10")),
    "plan": lambda: _raised(lambda: plans.load("ha-noi-2024")),
    "province": lambda: _raised(lambda: provinces.get("Dak Lakk")),
}


@pytest.mark.parametrize("make", ERRORS.values(), ids=ERRORS.keys())
def test_an_error_pickles_whole(make: Callable[[], VNHealthPlanError]) -> None:
    error = make()
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.said("vi") == error.said("vi")
    assert again.__dict__.keys() == error.__dict__.keys()


def _quarter(number: int) -> Period:
    return Period.quarter(2024, number)


def test_a_worker_process_raises_the_packages_error() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_quarter, 5)
        with pytest.raises(ValidationError, match=r"Period\.quarter"):
            future.result(timeout=120)
