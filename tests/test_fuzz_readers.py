"""Fuzzing the readers of files and records: any input gives a valid result or a named error.

The package's own errors (:class:`~vnhealthplan.errors.VNHealthPlanError` and its
subclasses, :class:`~vnhealthplan.errors.WrongTypeError` among them) or a valid result;
never a ``KeyError`` from a dict, an ``AttributeError`` from a ``None``, a pandas or
openpyxl error from inside, or a silently wrong number. Bounded (100–200 examples each,
no deadline) to keep the suite fast. :mod:`test_fuzz` covers the readers of text.
"""

from __future__ import annotations

import math
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnhealthplan import Observation, Plan, plans
from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form, write_form
from vnhealthplan.planfile import plan_from_dict, read_plan
from vnhealthplan.text import parse_target_phrase, parse_unit
from vnhealthplan.text.names import lookup_agency, lookup_province, name_key, split_agency

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces of real plan text, so that the fuzzer reaches past the first character.
WORDS = [
    "5.130", "17,6", "0.130", "0,2", "22", "-", "−", "<", "≤", ">=", "≥", "đạt", "trên", "dưới",
    "khoảng", "mức giảm", "tăng", "giường", "giường bệnh/vạn dân", "bác sĩ", "/", "vạn dân",
    "10.000 dân", "%", "‰", "trẻ đẻ sống", "triệu đồng", "người", "\t", " ", "\u00a0", "Sở",
    "Y tế", "UBND", "tỉnh", "Thanh Hóa", "Đắk Lắk", "Dak Lak", "An Giang", "Quảng Ngãi", "Hà Tây",
    "Bệnh viện", "Trung tâm", "Phòng", "TCVH", "\x00", "\u202e", "١", "e", "inf", "nan",
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=10).map("".join),
)
ANY = st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(TEXT))


def _named(call: Any, *args: Any, **kwargs: Any) -> Any:
    """The result of *call*, or None when it raised one of the package's errors."""
    try:
        return call(*args, **kwargs)
    except VNHealthPlanError:
        return None


# ---- the text layer's readers not fuzzed in test_fuzz ------------------------------------


@FUZZ
@given(st.one_of(TEXT, ANY))
def test_parse_unit(text: Any) -> None:
    unit = _named(parse_unit, text)
    assert unit is None or hasattr(unit, "dimensionality")


@FUZZ
@given(st.one_of(TEXT, ANY), st.sampled_from([None, "imr", "beds_per_10k", "no_such"]))
@example("<22", "imr")
@example("đạt 30 giường bệnh/vạn dân", None)
def test_parse_target_phrase(text: Any, indicator: str | None) -> None:
    phrase = _named(parse_target_phrase, text, indicator=indicator)
    if phrase is not None:
        assert math.isfinite(float(getattr(phrase.value, "magnitude", phrase.value)))


@FUZZ
@given(st.one_of(TEXT, ANY))
@example("Sở Y tế tỉnh Thanh Hóa")
def test_name_lookups(text: Any) -> None:
    for call in (lookup_agency, lookup_province, split_agency, name_key):
        _named(call, text)


# ---- plan files -------------------------------------------------------------------------

#: Real keys of the plan-file format, so that the fuzzer builds records the reader reads.
FIELDS = [
    "schema", "key", "province", "document", "title", "issuer", "number", "issued",
    "target", "indicator", "value", "upper", "comparator", "kind", "period", "scope", "tier",
    "baseline", "year", "quote", "section", "notes", "unit", "facility", "assignment", "lead",
    "due", "observation", "indicators", "code", "direction", "source_text", "implements",
]  # fmt: skip
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    TEXT,
    st.sampled_from(
        [
            "2024",
            "2021-2025",
            "imr",
            "beds_per_10k",
            "<",
            "=",
            "range",
            "change",
            "Thanh Hóa",
            "x",
            "dak-lak-2024",
            "2024-Q2",
            "1/0",
        ]
    ),
)
VALUES = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(FIELDS), inner, max_size=5),
    ),
    max_leaves=20,
)
PLAN_DICT = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 1, 2, "1"]), "key": st.sampled_from(["x", "X", 5])},
    optional={
        "document": st.one_of(st.fixed_dictionaries({"title": TEXT, "issuer": TEXT}), VALUES),
        "province": SCALAR,
        "target": st.lists(
            st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=7), max_size=3
        ),
        "facility": st.lists(VALUES, max_size=2),
        "assignment": st.lists(VALUES, max_size=2),
        "observation": st.lists(VALUES, max_size=2),
        "indicators": VALUES,
    },
)


@FUZZ
@given(st.one_of(PLAN_DICT, VALUES))
@example(
    {
        "schema": 1,
        "key": "x",
        "document": {"title": "t", "issuer": "i"},
        "target": [{"indicator": "imr", "value": 22, "comparator": "<", "period": "2024"}],
    }
)
def test_plan_from_dict(data: Any) -> None:  # fmt: skip
    plan = _named(plan_from_dict, data)
    assert plan is None or isinstance(plan, Plan)


def _toml(data: dict[str, Any]) -> str:
    """A small TOML writer for the fuzzer's dicts (strings, numbers, tables, arrays)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v) if math.isfinite(v) else ("nan" if v != v else "inf")
        if isinstance(v, str):
            return '"' + v.encode("unicode_escape").decode().replace('"', '\\"') + '"'
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v if x is not None) + "]"
        if isinstance(v, dict):
            items = (f"{k} = {value(x)}" for k, x in v.items() if x is not None)
            return "{" + ", ".join(items) + "}"
        return '""'

    return "\n".join(f"{k} = {value(v)}" for k, v in data.items() if v is not None)


BUNDLED = Path(plans.__file__).parent / "data" / "plans" / "dak-lak-2024.toml"


@FEW
@given(
    st.one_of(
        TEXT,
        PLAN_DICT.map(_toml),
        st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
        st.integers(0, 4000).map(lambda n: BUNDLED.read_text(encoding="utf-8")[:n]),
    )
)
@example("schema = 1\nkey = 'x'\nsource_text = '../../etc/passwd'\n")
@example("a = " + "[" * 600 + "]" * 600)
def test_read_plan(text: str) -> None:  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "plan.toml")
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        plan = _named(read_plan, path)
    assert plan is None or isinstance(plan, Plan)
    if plan is not None:  # a plan read is a plan its TOML states
        assert plan.key == tomllib.loads(text)["key"]


# ---- observations from files ------------------------------------------------------------

HEADERS = ["province", "indicator", "year", "value", "unit", "period", "scope", "quote", ""]
CELLS = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "Thanh Hóa",
            "beds_per_10k",
            "imr",
            "2024",
            "2024.5",
            "30",
            "5.130",
            "30,5",
            "-5",
            "inf",
            "nan",
            "=1+1",
            "'=1+1",
            "bed / ten_thousand_people",
            "",
            '"',
            "\r",
            "\n",
            ",",
        ]
    ),
)


def _csv(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in rows).encode("utf-8", "surrogatepass")


CSV = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda head, body: _csv([head, *body]),
        st.lists(st.sampled_from(HEADERS), max_size=6),
        st.lists(st.lists(CELLS, max_size=6), max_size=4),
    ),
)


def _read(name: str, content: bytes, call: Any) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(content)
        return _named(call, path)


@FUZZ
@given(CSV)
@example(b"")
@example(b"province,indicator,year,value\nThanh H\xf3a,beds_per_10k,2024,30\n")
@example(b'province,indicator,year,value\n"Thanh Ho\n')
def test_read_observations_csv(content: bytes) -> None:
    found = _read("observed.csv", content, read_observations)
    assert found is None or all(isinstance(o, Observation) for o in found)
    for obs in found or ():
        assert math.isfinite(float(obs.value.magnitude))


def _form_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "form.xlsx")
        write_form(plans.load("dak-lak-2024"), path)
        return path.read_bytes()


FORM = _form_bytes()
DAMAGED = st.builds(
    lambda at, length, junk: FORM[:at] + junk + FORM[at + length :],
    st.integers(0, len(FORM)),
    st.integers(0, 64),
    st.binary(max_size=32),
)


@FEW
@given(
    st.one_of(st.binary(max_size=300), DAMAGED, st.integers(0, len(FORM)).map(lambda n: FORM[:n]))
)
@example(b"PK\x03\x04garbage")
def test_read_form_and_read_observations_on_xlsx(content: bytes) -> None:
    for call in (read_form, read_observations):
        found = _read("form.xlsx", content, call)
        assert found is None or all(isinstance(o, Observation) for o in found)


@FEW
@given(CSV)
@example(b"# vnhealthplan form\n")
def test_read_form_csv(content: bytes) -> None:
    found = _read("form.csv", content, read_form)
    assert found is None or all(isinstance(o, Observation) for o in found)
