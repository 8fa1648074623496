"""The data loader: every bundled file read once, frozen, checked, all its problems at once;
and the registry of plans, which grows by adding data files."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from vnhealthplan import plans
from vnhealthplan.data import (
    agencies,
    district_checks,
    indicators,
    lexicon,
    loader,
    populations,
    province_checks,
    reference,
    unit_words,
)
from vnhealthplan.errors import PlanDataError

DATA = resources.files("vnhealthplan").joinpath("data")

#: Each bundled file, its checks, and edits that break it in several places at once.
BROKEN = {
    "provinces.toml": (
        province_checks.problems,
        [
            ('kind = "city"', "kind = 1"),
            ('merged_into = "tuyen-quang-2025"', 'merged_into = "nowhere"'),
            ('sources = ["', 'sources = ["no.such.source", "'),
        ],
    ),
    "indicators.toml": (
        indicators.problems,
        [
            ('direction = "higher"', 'direction = "sideways"'),
            ('unit = "bed / ten_thousand_people"', 'unit = "bedz"'),
            ('numerator = "hospital beds', 'colour = "red"\nnumerator = "hospital beds'),
        ],
    ),
    "reference_sources.toml": (
        reference.problems,
        [
            ('kind = "target"', 'kind = "goal"'),
            ("year = 2025\n", 'year = "2025"\n'),
            ('key = "res20.2025.healthy_life_years"', 'key = "res20.2025.life_expectancy"'),
        ],
    ),
    "agencies.toml": (
        agencies.problems,
        [
            ('name_en = "Provincial People\'s Committee"', "name_en = 5"),
            ("[[agency]]\nname =", "[[agency]]\nowner = 1\nname ="),
        ],
    ),
    "populations.toml": (
        populations.problems,
        [
            ('reference = "pop.an_giang.merger_dossier"', 'reference = "nothing"'),
            ('key = "kien-giang"', 'key = "kien-giang-1900"'),
        ],
    ),
    "lexicon.toml": (
        lexicon.problems,
        [
            ("required = ['giuong']", "required = ['giuong(']"),
            ("optional = ['{per_pop}']", "optional = ['{per_people}']"),
            ("excluded = []", "excluded = 'none'"),
        ],
    ),
    "unit_words.toml": (
        unit_words.problems,
        [
            ('"GB" = "bed"', '"GB" = "bedz"'),
            ('"vạn" = 10000', '"vạn" = 1'),
            ("scale = 100\n", "scale = 0.5\n"),
        ],
    ),
}


def broken_copy(tmp_path: Path, name: str, edits: list[tuple[str, str]]) -> Path:
    text = DATA.joinpath(name).read_text("utf-8")
    for old, new in edits:
        assert old in text, (name, old)
        text = text.replace(old, new)
    (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize("name", BROKEN)
def test_the_bundled_file_is_sound(name):
    check, _ = BROKEN[name]
    assert loader.read_toml(name, check) is loader.read_toml(name, check)


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_copy_reports_every_problem_at_once(tmp_path, name):
    check, edits = BROKEN[name]
    folder = broken_copy(tmp_path, name, edits)
    with pytest.raises(PlanDataError) as info:
        loader.read_toml(name, check, folder=folder)
    problems = info.value.problems
    assert len(problems) >= len(edits), problems
    assert {p.file for p in problems} == {str(folder / name)}
    assert f"{len(problems)} invalid values in {folder / name}" in str(info.value)


def test_districts_copy_with_several_problems(tmp_path):
    edits = [('kind = "huyện"', 'kind = "quận"'), ('plan = "thanh-hoa-2023"', 'plan = "x"')]
    folder = broken_copy(tmp_path, "districts.toml", edits)
    with pytest.raises(PlanDataError) as info:
        loader.read_toml("districts.toml", district_checks.problems, folder=folder)
    fields = {p.field for p in info.value.problems}
    assert {"kind", "plan"} <= fields
    assert len(info.value.problems) > 2


def test_bad_toml_and_missing_file_are_named(tmp_path):
    (tmp_path / "bad.toml").write_text("a = [1,\n", "utf-8")
    with pytest.raises(PlanDataError) as info:
        loader.read_toml("bad.toml", folder=tmp_path)
    (problem,) = info.value.problems
    assert (problem.file, problem.field) == (str(tmp_path / "bad.toml"), "(syntax)")
    with pytest.raises(PlanDataError, match="cannot read: no such file"):
        loader.read_text("none.txt", folder=tmp_path)


@pytest.mark.parametrize("name", ["../districts.toml", "/etc/hostname", "a/../../b.toml", ""])
def test_a_name_may_not_leave_its_folder(name):
    with pytest.raises(PlanDataError, match="a relative path inside its folder"):
        loader.read_text(name)


def test_parsed_data_is_immutable():
    data = loader.read_toml("districts.toml")
    with pytest.raises(TypeError):
        data["valid_until"] = None  # type: ignore[index]
    assert isinstance(data["district"], tuple)
    with pytest.raises(TypeError):
        data["district"][0]["name"] = "x"
    assert loader.thaw(data)["district"][0]["name"] == data["district"][0]["name"]


# ---- the registry of plans -----------------------------------------------------------------


def test_the_registry_is_the_plan_files():
    folder = DATA.joinpath("plans")
    files = sorted(
        f.name.removesuffix(".toml") for f in folder.iterdir() if f.name.endswith(".toml")
    )
    assert list(plans.available()) == files
    texts = sorted(f.name.removesuffix(".txt") for f in folder.joinpath("texts").iterdir())
    assert texts == files  # every plan's text is named by its key, and nothing else is there
    for key in plans.available():
        assert plans.source_text(key) == folder.joinpath("texts", f"{key}.txt").read_text("utf-8")
        assert plans.document(key) == plans.load(key).document


@pytest.fixture
def added(tmp_path):
    """A folder holding one new plan (a copy of Đắk Lắk's under a new key), registered."""
    key = "dak-lak-2024-copy"
    (tmp_path / "plans" / "texts").mkdir(parents=True)
    text = DATA.joinpath("plans", "dak-lak-2024.toml").read_text("utf-8")
    text = text.replace('key = "dak-lak-2024"', f'key = "{key}"')
    text = text.replace("texts/dak-lak-2024.txt", f"texts/{key}.txt")
    (tmp_path / "plans" / f"{key}.toml").write_text(text, "utf-8")
    shutil.copyfile(
        Path(str(DATA.joinpath("plans", "texts", "dak-lak-2024.txt"))),
        tmp_path / "plans" / "texts" / f"{key}.txt",
    )
    keys = plans.register_folder(tmp_path)
    yield keys
    plans.unregister(keys)


def test_adding_a_plan_is_adding_its_data_files(added):
    assert added == ("dak-lak-2024-copy",)
    assert "dak-lak-2024-copy" in plans.available()
    assert list(plans.available()) == sorted(plans.available())
    copy, original = plans.load("dak-lak-2024-copy"), plans.load("dak-lak-2024")
    assert copy.key == "dak-lak-2024-copy"
    assert copy.targets == original.targets
    assert copy is plans.load("dak-lak-2024-copy")
    assert plans.source_text("dak-lak-2024-copy") == plans.source_text("dak-lak-2024")
    assert copy in plans.load_all()


def test_unregister_removes_the_added_plans(tmp_path, added):
    plans.unregister(added)
    assert "dak-lak-2024-copy" not in plans.available()
    with pytest.raises(plans.UnknownPlanError):
        plans.load("dak-lak-2024-copy")
    plans.register_folder(tmp_path)  # for the fixture to remove


def test_a_key_is_registered_once(tmp_path, added):
    with pytest.raises(PlanDataError, match="a key not yet used"):
        plans.register_folder(tmp_path)


def test_a_plan_file_is_named_by_its_key(tmp_path):
    (tmp_path / "plans" / "texts").mkdir(parents=True)
    text = DATA.joinpath("plans", "quang-ngai-2023.toml").read_text("utf-8")
    (tmp_path / "plans" / "renamed.toml").write_text(text, "utf-8")
    keys = plans.register_folder(tmp_path)
    try:
        with pytest.raises(PlanDataError) as info:
            plans.load("renamed")
        assert [(p.field, p.value) for p in info.value.problems] == [
            ("key", "quang-ngai-2023"),
            ("source_text", "texts/quang-ngai-2023.txt"),
        ]
    finally:
        plans.unregister(keys)


def test_a_folder_without_plans_is_refused(tmp_path):
    with pytest.raises(PlanDataError, match=r"a folder holding plans/<key>\.toml"):
        plans.register_folder(tmp_path)
