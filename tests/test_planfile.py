"""Plan files: reading, all-at-once error reports, local indicators, atomic writing."""

from __future__ import annotations

import math
import os
import tomllib
from datetime import date

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import Document, PlanDataError, Problem, Source, indicators, plans
from vnhealthplan.frames import targets_frame
from vnhealthplan.planfile import (
    SCHEMA_VERSION,
    plan_from_dict,
    plan_to_dict,
    read_plan,
    write_plan,
)

HEAD = """\
schema = 1
key = "my-plan-2024"
{province}
source_text = "text.txt"

[document]
title = "Kế hoạch năm 2024"
issuer = "Sở Y tế Đắk Lắk"
issued = 2024-03-01
"""

TEXT = """\
Tỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t<22
Số giường bệnh/vạn dân (không tính giường bệnh trạm y tế)\tGiường bệnh\t29
"""

GOOD_TARGET = """
[[target]]
indicator = "imr"
value = 22
comparator = "<"
period = "2024"
section = "I, dòng 2"
quote = "Tỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t<22"
"""

#: One bad record each, in file order: (TOML, record, field, value, words of the message).
BAD_RECORDS = [
    ('indicator = "beds_per_10"\nvalue = 29\ncomparator = "="\nperiod = "2024"',
     "target[2]", "indicator", "beds_per_10", "did you mean 'beds_per_10k'"),
    ('indicator = "imr"\nvalue = 22\ncomparator = "=>"\nperiod = "2024"',
     "target[3]", "comparator", "=>", "expected one of '=', '<'"),
    ('indicator = "stations_with_doctor"\nvalue = 110\ncomparator = "="\nperiod = "2024"',
     "target[4]", "value", 110, "≤ 100 percent"),
    ('indicator = "beds_per_10k"\nvalue = 29\nunit = "doctor / ten_thousand_people"\n'
     'comparator = "="\nperiod = "2024"',
     "target[5]", "value", 29, "bed / ten_thousand_people"),
    ('indicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "Quý V/2024"',
     "target[6]", "period", "Quý V/2024", "cannot read 'Quý V/2024'"),
    ('indicator = "imr"\ncomparator = "<"\nperiod = "2024"',
     "target[7]", "value", None, "required field is missing"),
    ('indicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "2024"\nsectoin = "I"',
     "target[8]", "sectoin", "I", "unknown field"),
    ('indicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "2024"\nsection = "I"\n'
     'quote = "Tỷ suất tử vong trẻ em dưới 5 tuổi"',
     "target[9]", "quote", "Tỷ suất tử vong trẻ em dưới 5 tuổi", "not found in the source text"),
    ('indicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "2024"\n'
     'scope = { province = "Atlantis" }',
     "target[10]", "scope.province", "Atlantis", "unknown province 'Atlantis'"),
]  # fmt: skip


def write_file(tmp_path, body, province='province = "Đắk Lắk"', text=TEXT):
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "plan.toml"
    path.write_text(HEAD.format(province=province) + body, encoding="utf-8")
    return path


def minimal(**extra):
    data = {"schema": 1, "key": "x", "document": {"title": "t", "issuer": "i"}}
    return {**data, **extra}


def problems_of(data, text=None):
    with pytest.raises(PlanDataError) as info:
        plan_from_dict(data, text=text)
    return info.value.problems


def shown(value):
    """A problem's value in comparable form (quantities become their magnitude)."""
    return getattr(value, "magnitude", value)


# ---- reading ---------------------------------------------------------------------------------


def test_good_file(tmp_path, dak_lak):
    plan = read_plan(write_file(tmp_path, GOOD_TARGET))
    assert (plan.key, plan.province, plan.document.issued) == (
        "my-plan-2024",
        dak_lak,
        date(2024, 3, 1),
    )
    (target,) = plan.targets
    assert (target.indicator.code, target.value.magnitude, target.year) == ("imr", 22, 2024)
    # Records belong to the plan's province unless they name their own.
    assert target.scope.province is None
    assert targets_frame(plan)["province"].tolist() == [dak_lak.name]
    assert target.source == Source(plan.document, "I, dòng 2", TEXT.splitlines()[0])


def test_every_bad_record_is_reported_at_once(tmp_path):
    body = GOOD_TARGET + "".join(f"\n[[target]]\n{toml}\n" for toml, *_ in BAD_RECORDS)
    path = write_file(tmp_path, body, province='province = "Dak Lak Province"')
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    problems = info.value.problems
    assert all(p.file == str(path) for p in problems)
    found = [(p.record, p.field, shown(p.value)) for p in problems]
    assert found == [
        ("(file)", "province", "Dak Lak Province"),
        *((record, field, value) for _, record, field, value, _ in BAD_RECORDS),
    ]
    assert "did you mean 'Đắk Lắk'" in problems[0].message
    for problem, (*_, words) in zip(problems[1:], BAD_RECORDS, strict=True):
        assert words in problem.message, problem
    message = str(info.value)
    assert message.startswith(f"{len(BAD_RECORDS) + 1} invalid values in {path}:\n")
    assert message.count("\n") == len(problems)


def test_unknown_indicator_suggests_codes():
    (problem,) = problems_of(
        minimal(target=[{"indicator": "doctor_per_10k", "value": 7.7, "comparator": "=",
                         "period": "2024"}])
    )  # fmt: skip
    assert (problem.record, problem.field, problem.value) == (
        "target[1]",
        "indicator",
        "doctor_per_10k",
    )
    assert problem.message.startswith("unknown indicator 'doctor_per_10k'; did you mean ")
    assert "'doctors_per_10k'" in problem.message


def test_problem_str():
    problem = Problem("plan.toml", "target[3]", "comparator", "=>", "expected a Comparator")
    assert str(problem) == "plan.toml: target[3]: comparator = '=>': expected a Comparator"
    missing = Problem("plan.toml", "target[7]", "value", None, "required field is missing")
    assert str(missing) == "plan.toml: target[7]: value: required field is missing"
    assert str(Problem("f", "r", "beds", -5, "m")) == "f: r: beds = -5: m"
    err = PlanDataError([problem, missing])
    assert str(err) == (
        "2 invalid values in plan.toml:\n"
        "  plan.toml: target[3]: comparator = '=>': expected a Comparator\n"
        "  plan.toml: target[7]: value: required field is missing"
    )
    assert isinstance(err, ValueError)
    assert err.problems == (problem, missing)


@pytest.mark.parametrize(
    ("extra", "record", "field", "value"),
    [
        ({"schema": 2}, "(file)", "schema", 2),
        ({"schema": 0}, "(file)", "schema", 0),
        ({"schema": "1"}, "(file)", "schema", "1"),
        ({"key": "Bad Key"}, "(file)", "key", "Bad Key"),
        ({"targets": []}, "(file)", "targets", []),
        ({"province": 5}, "(file)", "province", 5),
        ({"document": "Kế hoạch"}, "document", "(record)", "Kế hoạch"),
        ({"document": {"issuer": "i"}}, "document", "title", None),
        ({"document": {"title": "t", "issuer": "i", "issued": "2023-10-14"}},
         "document", "issued", "2023-10-14"),
        ({"target": {"indicator": "imr"}}, "(file)", "target", {"indicator": "imr"}),
        ({"target": [3]}, "target[1]", "(record)", 3),
        ({"target": [{"indicator": "imr", "value": "22", "comparator": "<", "period": "2024"}]},
         "target[1]", "value", "22"),
        ({"target": [{"indicator": "imr", "value": 22, "unit": "blorp", "comparator": "<",
                      "period": "2024"}]}, "target[1]", "unit", "blorp"),
        ({"target": [{"indicator": "imr", "value": 22, "comparator": "range", "period": "2024"}]},
         "target[1]", "upper", None),
        ({"target": [{"indicator": "imr", "value": 22, "comparator": "<", "period": "2024",
                      "scope": {"teir": "province"}}]}, "target[1].scope", "teir", "province"),
        ({"target": [{"indicator": "imr", "value": 22, "comparator": "<", "period": "2024",
                      "baseline": {"value": 20, "period": "2020", "year": 2020}}]},
         "target[1].baseline", "year", 2020),
        ({"observation": [{"indicator": "stations_with_doctor", "value": 120, "period": "2024"}]},
         "observation[1]", "value", 120),
        ({"facility": [{"name": "A", "kind": "castle"}]}, "facility[1]", "kind", "castle"),
        ({"facility": [{"name": "A", "kind": "general_hospital", "beds": -5}]},
         "facility[1]", "beds", -5),
        ({"assignment": [{"task": "A"}]}, "assignment[1]", "lead", None),
        ({"assignment": [{"task": "A", "lead": "B", "due": "Quý IV/2022"}]},
         "assignment[1]", "due", "Quý IV/2022"),
        ({"indicators": {"foo": {"name_vi": "a", "name_en": "b", "unit": "blorp",
                                 "direction": "higher", "numerator": "n"}}},
         "indicators.foo", "unit", "blorp"),
    ],
)  # fmt: skip
def test_one_problem(extra, record, field, value):
    (problem,) = problems_of(minimal(**extra))
    assert (problem.file, problem.record, problem.field) == ("<records>", record, field)
    assert shown(problem.value) == value


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_values(bad):
    target = {"indicator": "imr", "value": bad, "comparator": "<", "period": "2024"}
    (problem,) = problems_of(minimal(target=[target]))
    assert (problem.record, problem.field, problem.message) == (
        "target[1]",
        "value",
        "expected a finite number",
    )


def test_schema_version_one_is_accepted():
    assert SCHEMA_VERSION == 1
    assert plan_from_dict(minimal()).key == "x"
    (problem,) = problems_of({k: v for k, v in minimal().items() if k != "schema"})
    assert (problem.field, problem.value) == ("schema", None)


def test_year_as_a_toml_integer():
    target = {"indicator": "imr", "value": 22, "comparator": "<", "period": 2024}
    assert plan_from_dict(minimal(target=[target])).targets[0].year == 2024


def test_quotes_compare_white_space_loosely():
    target = {"indicator": "imr", "value": 22, "comparator": "<", "period": "2024",
              "section": "I", "quote": "trẻ em  dưới\n1 tuổi\t‰ <22"}  # fmt: skip
    plan = plan_from_dict(minimal(target=[target]), text=TEXT)
    assert plan.targets[0].source.quote == target["quote"]


def test_baseline_quote_is_checked():
    baseline = {"value": 25, "period": "2020", "section": "I", "quote": "không có"}
    target = {"indicator": "imr", "value": 22, "comparator": "<", "period": "2024",
              "baseline": baseline}  # fmt: skip
    (problem,) = problems_of(minimal(target=[target]), text=TEXT)
    assert (problem.record, problem.field, problem.value) == (
        "target[1].baseline",
        "quote",
        "không có",
    )


@pytest.mark.parametrize(
    "content",
    [
        b'schema = 1\nkey = "x"\n[document\ntitle = "t"\n',
        b"schema = \n",
        b'key = "a"\nkey = "b"\n',
        'schema = 1\nkey = "x"\n[document]\ntitle = "Kế hoạch"\n'.encode("utf-16"),
        b'schema = 1\nkey = "x"\n[document]\ntitle = "K\xe1 ho\xe1ch"\nissuer = "i"\n',
    ],
)
def test_unreadable_file_is_a_plan_data_error(tmp_path, content):
    path = tmp_path / "plan.toml"
    path.write_bytes(content)
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    assert type(info.value) is PlanDataError
    assert info.value.__cause__ is None
    (problem,) = info.value.problems
    assert (problem.file, problem.record, problem.field) == (str(path), "(file)", "(syntax)")


def test_missing_source_text(tmp_path):
    path = write_file(tmp_path, GOOD_TARGET)
    (tmp_path / "text.txt").unlink()
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    (problem,) = info.value.problems
    assert (problem.field, problem.value) == ("source_text", "text.txt")
    assert problem.message.startswith("cannot read")


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_plan(tmp_path / "nothing.toml")


# ---- local indicators ------------------------------------------------------------------------

LOCAL = """
[indicators.private_hospitals]
name_vi = "Số bệnh viện tư nhân"
name_en = "Private hospitals"
unit = "facility"
direction = "higher"
numerator = "private hospitals"
minimum = 0

[[target]]
indicator = "private_hospitals"
value = 1
upper = 2
comparator = "range"
kind = "change"
period = "2021-2025"
"""


def test_local_indicators(tmp_path, private_hospitals):
    plan = read_plan(write_file(tmp_path, LOCAL + GOOD_TARGET))
    assert plan.indicators == (private_hospitals, indicators.get("imr"))
    target = plan.targets[0]
    assert (target.value.magnitude, target.upper.magnitude) == (1, 2)
    out = tmp_path / "out.toml"
    write_plan(plan, out, source_text="text.txt")
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert list(data["indicators"]) == ["private_hospitals"]  # the catalogue's are not copied
    assert data["indicators"]["private_hospitals"]["unit"] == "facility"
    assert read_plan(out) == plan


def test_local_indicator_must_be_defined_in_the_file(tmp_path):
    body = GOOD_TARGET.replace('"imr"', '"private_hospitals"')
    with pytest.raises(PlanDataError) as info:
        read_plan(write_file(tmp_path, body))
    fields = [(p.record, p.field) for p in info.value.problems]
    assert fields == [("target[1]", "indicator")]


def test_plan_to_dict_writes_only_what_is_needed():
    target = {"indicator": "imr", "value": 22, "comparator": "<", "period": "2024"}
    data = plan_to_dict(plan_from_dict(minimal(target=[target])))
    assert "indicators" not in data
    assert "source_text" not in data
    assert {"observation", "facility", "assignment"}.isdisjoint(data)
    assert data["schema"] == SCHEMA_VERSION
    local = plan_to_dict(plans.load("unattributed-kbcb-2024"))["indicators"]
    assert set(local) == {
        "patients_welcomed_and_guided",
        "stations_investment_completed",
        "district_centres_with_dialysis",
    }


# ---- round trips of hand-built plans ---------------------------------------------------------

BOUNDED = {
    "imr": (0, 1000),
    "beds_per_10k": (0, 1000),
    "stations_with_doctor": (0, 100),
    "total_beds": (0, 1e6),
    "life_expectancy": (0, 120),
}

periods = st.one_of(
    st.integers(1945, 2100).map(str),
    st.tuples(st.integers(1945, 2100), st.integers(0, 30)).map(
        lambda t: f"{t[0]}-{min(t[0] + t[1], 2100)}"
    ),
    st.tuples(st.integers(1945, 2100), st.integers(1, 4)).map(lambda t: f"{t[0]}-Q{t[1]}"),
    st.tuples(st.integers(1945, 2100), st.integers(1, 2)).map(lambda t: f"{t[0]}-H{t[1]}"),
)


@st.composite
def target_rows(draw):
    code = draw(st.sampled_from(sorted(BOUNDED)))
    lo, hi = BOUNDED[code]
    row = {
        "indicator": code,
        "value": draw(st.floats(lo, hi, allow_nan=False)),
        "comparator": draw(st.sampled_from(["=", "<", "<=", ">", ">=", "~"])),
        "kind": draw(st.sampled_from(["level", "maintain"])),
        "period": draw(periods),
    }
    if draw(st.booleans()):
        row["scope"] = {"tier": draw(st.sampled_from(["province", "district", "commune"]))}
    if draw(st.booleans()):
        row |= {"section": "I", "quote": draw(st.text("abc ‰\t\"'\\\nđ", min_size=1)).strip()}
        row["quote"] = row["quote"] or "x"
    return row


def _what(row):  # a target given twice is refused: the rows differ in what they aim at
    return (row["indicator"], row["period"], row["comparator"], row["kind"], str(row.get("scope")))


@given(rows=st.lists(target_rows(), max_size=6, unique_by=_what))
def test_round_trip_through_toml(rows):
    plan = plan_from_dict(minimal(target=rows))
    text = tomli_w.dumps(plan_to_dict(plan), multiline_strings=True)
    assert plan_from_dict(tomllib.loads(text)) == plan


# ---- writing ---------------------------------------------------------------------------------


@pytest.fixture
def small_plan():
    return plan_from_dict(
        minimal(
            province="Đắk Lắk",
            target=[{"indicator": "imr", "value": 22, "comparator": "<", "period": "2024"}],
        )
    )


def test_write_replaces_an_existing_file(tmp_path, small_plan):
    path = tmp_path / "plan.toml"
    path.write_text("old content\n", encoding="utf-8")
    write_plan(small_plan, path)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]
    text = path.read_text(encoding="utf-8")
    assert 'province = "Đắk Lắk"' in text  # UTF-8, not escaped
    assert read_plan(path) == small_plan


class _BreakingHandle:
    """A file handle that writes half of what it is given, then fails (a full disk)."""

    def __init__(self, handle):
        self._handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()

    def write(self, text):
        self._handle.write(text[: len(text) // 2])
        self._handle.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._handle, name)


def _break(monkeypatch, where, error):
    def boom(*args, **kwargs):
        raise error

    if where == "write":
        real = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: _BreakingHandle(real(*a, **k)))
    else:
        monkeypatch.setattr(os, where, boom)


@pytest.mark.parametrize(
    ("where", "error"),
    [
        ("write", OSError(28, "No space left on device")),
        ("fsync", OSError(5, "I/O error")),
        ("fsync", KeyboardInterrupt()),
        ("replace", PermissionError(13, "Permission denied")),
        ("replace", KeyboardInterrupt()),
    ],
)
def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch, small_plan, where, error):
    path = tmp_path / "plan.toml"
    path.write_text("old content\n", encoding="utf-8")
    _break(monkeypatch, where, error)
    with pytest.raises(type(error)):
        write_plan(small_plan, path)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]


@pytest.mark.parametrize("where", ["write", "replace"])
def test_failed_write_of_a_new_file_leaves_nothing(tmp_path, monkeypatch, small_plan, where):
    _break(monkeypatch, where, OSError(28, "No space left on device"))
    with pytest.raises(OSError, match="No space left"):
        write_plan(small_plan, tmp_path / "plan.toml")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_write_then_read_keeps_document_and_sources(tmp_path):
    doc = Document("Kế hoạch", "Sở Y tế Thanh Hóa", number="132/KH-SYT", issued=date(2023, 10, 14))
    data = minimal(
        document={"title": doc.title, "issuer": doc.issuer, "number": doc.number,
                  "issued": doc.issued, "implements": ["153/QĐ-TTg"], "notes": "n"},
        assignment=[{"task": "Đề án", "lead": "Phòng KH-TC", "due": "2024-Q2",
                     "completed": date(2024, 5, 2), "section": "Phụ lục, dòng 2",
                     "quote": 'Quý II/2024\t"Kết luận"', "reading": "Quý II/2024"}],
        facility=[{"name": "Bệnh viện A", "kind": "general_hospital", "rank": "I", "beds": 0,
                   "autonomy_group": 2, "aliases": ["BV A"]}],
    )  # fmt: skip
    plan = plan_from_dict(data)
    path = tmp_path / "plan.toml"
    write_plan(plan, path)
    again = read_plan(path)
    assert again == plan
    assert again.facilities[0].beds == 0
    assert again.assignments[0].completed == date(2024, 5, 2)
