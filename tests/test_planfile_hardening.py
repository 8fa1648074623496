"""Plan files against hostile or awkward input: deep nesting, carriage returns, paths
leaving the plan's folder, and write errors that must name the user's file."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnhealthplan import Document, Period, Plan, PlanDataError, Target, indicators
from vnhealthplan.planfile import read_plan, write_plan

HEAD = 'schema = 1\nkey = "x"\n[document]\ntitle = "t"\nissuer = "i"\n'
DOC = Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk")


def only_problem(path):
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    assert type(info.value) is PlanDataError
    (problem,) = info.value.problems
    assert problem.file == str(path)
    return problem


# ---- nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "deep",
    [
        "notes = " + "[" * 5000 + "]" * 5000 + "\n",  # the parser recursed past Python's limit
        "notes = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
        "notes = " + "[" * 100 + "]" * 100 + "\n",  # parses, but deeper than any plan needs
    ],
    ids=["arrays-5000", "inline-tables-5000", "arrays-100"],
)
def test_deep_nesting_is_a_plan_data_error(tmp_path, deep):
    path = tmp_path / "plan.toml"
    path.write_text(HEAD.replace("[document]", deep + "[document]"), encoding="utf-8")
    problem = only_problem(path)
    assert (problem.record, problem.field) == ("(file)", "(syntax)")
    assert "nested" in problem.message


def test_the_schema_s_own_nesting_is_allowed(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(
        HEAD + '[[target]]\nindicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "2024"\n'
        'baseline = { value = 25, period = "2020" }\nscope = { tier = "province" }\n',
        encoding="utf-8",
    )
    assert read_plan(path).targets[0].baseline.value.magnitude == 25


# ---- line breaks -----------------------------------------------------------------------------

notes = st.text(st.sampled_from(list("ab \t\r\n\"'\\‰đẮ😀\u00a0")), max_size=30)


@given(target_notes=notes, document_notes=notes)
def test_notes_round_trip_exactly(tmp_path_factory, target_notes, document_notes):
    plan = Plan(
        "x",
        Document("Kế hoạch", "Sở Y tế", notes=document_notes),
        targets=[Target(indicators.get("imr"), 22, Period.year(2024), "<", notes=target_notes)],
    )
    path = tmp_path_factory.mktemp("notes") / "plan.toml"
    write_plan(plan, path)
    back = read_plan(path)
    assert back.targets[0].notes == target_notes
    assert back.document.notes == document_notes
    assert back == plan


@pytest.mark.parametrize("text", ["dòng 1\r\ndòng 2", "a\rb", "a\r\n\r\nb\n"])
def test_carriage_returns_are_kept(tmp_path, text):
    plan = Plan("x", Document("Kế hoạch", "Sở Y tế", notes=text))
    path = tmp_path / "plan.toml"
    write_plan(plan, path)
    assert read_plan(path).document.notes == text


def test_texts_without_carriage_returns_stay_multi_line(tmp_path):
    plan = Plan("x", Document("Kế hoạch", "Sở Y tế", notes="dòng 1\ndòng 2"))
    path = tmp_path / "plan.toml"
    write_plan(plan, path)
    assert '"""\ndòng 1\ndòng 2"""' in path.read_text(encoding="utf-8")


# ---- the source text stays in the plan's folder ----------------------------------------------


def plan_naming(folder, source_text):
    path = folder / "plan.toml"
    path.write_text(f"source_text = {source_text!r}\n" + HEAD, encoding="utf-8")
    return path


@pytest.fixture
def outside(tmp_path):
    """A plan folder, and a file next to it (outside it)."""
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    folder = tmp_path / "plans"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    "name",
    ["../secret.txt", "texts/../../secret.txt", "../../../../../../../../etc/hostname"],
)
def test_source_text_may_not_leave_the_folder(outside, name):
    problem = only_problem(plan_naming(outside, name))
    assert (problem.record, problem.field, problem.value) == ("(file)", "source_text", name)
    assert problem.message.startswith("expected a path inside the plan file's folder")


def test_source_text_may_not_be_absolute(outside):
    name = str(outside.parent / "secret.txt")
    problem = only_problem(plan_naming(outside, name))
    assert (problem.field, problem.value) == ("source_text", name)
    assert "inside the plan file's folder" in problem.message


def test_source_text_may_not_be_a_symlink_leaving_the_folder(outside):
    (outside / "text.txt").symlink_to(outside.parent / "secret.txt")
    problem = only_problem(plan_naming(outside, "text.txt"))
    assert (problem.field, problem.value) == ("source_text", "text.txt")
    assert "inside the plan file's folder" in problem.message


def test_source_text_in_a_subfolder_or_linked_within_is_read(outside):
    (outside / "texts").mkdir()
    (outside / "texts" / "a.txt").write_text("Kế hoạch", encoding="utf-8")
    (outside / "b.txt").symlink_to(outside / "texts" / "a.txt")
    for name in ("texts/a.txt", "./texts/../b.txt", "b.txt"):
        assert read_plan(plan_naming(outside, name)).key == "x"


# ---- write errors name the user's file -------------------------------------------------------


def test_write_into_a_file_names_the_path_asked_for(tmp_path):
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    path = tmp_path / "not-a-folder" / "plan.toml"
    with pytest.raises(NotADirectoryError) as info:
        write_plan(Plan("x", DOC), path)
    assert info.value.filename == str(path)
    assert ".tmp" not in str(info.value)
    assert str(path) in str(info.value)


def test_write_onto_a_folder_names_the_path_asked_for(tmp_path):
    path = tmp_path / "plan.toml"
    path.mkdir()
    with pytest.raises(IsADirectoryError) as info:
        write_plan(Plan("x", DOC), path)
    assert (info.value.filename, info.value.filename2) == (str(path), None)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]  # no temporary file left


def test_write_into_a_read_only_folder_names_the_path_asked_for(tmp_path, monkeypatch):
    # As the system refuses it (the tests may run as root, to whom no folder is read-only).
    def refuse(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", os.fspath(file))

    monkeypatch.setattr(os, "open", refuse)
    path = tmp_path / "plan.toml"
    with pytest.raises(PermissionError) as info:
        write_plan(Plan("x", DOC), path)
    monkeypatch.undo()
    assert info.value.filename == str(path)
    assert str(info.value) == f"[Errno 13] Permission denied: {str(path)!r}"
    assert list(tmp_path.iterdir()) == []
