"""The "where to add" recipes: a progress method, an export format, a CLI subcommand.

Each recipe below is what a contributor writes: one module's worth of code (here, the
test module) and one registration. The fixtures undo every registration after the test,
and each test checks that the registry is back as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from vnhealthplan import ValidationError, plans
from vnhealthplan.cli import (
    COMMANDS,
    Command,
    commands,
    main,
    register_command,
    unregister_command,
)
from vnhealthplan.core.registry import Registry
from vnhealthplan.export import (
    FORMATS,
    ExportFormat,
    export,
    export_tables,
    formats,
    get_format,
    register_format,
    unregister_format,
)
from vnhealthplan.progress import (
    OPEN_SDG,
    Method,
    get_method,
    methods,
    progress_arrays,
    progress_status,
    register_method,
    unregister_method,
)

# ---- (a) a progress method ------------------------------------------------------------------

#: Open SDG with a stricter top cut-point: a user's choice, not a published method.
STRICT = attrs.evolve(OPEN_SDG, key="strict_opensdg", name="Open SDG, stricter",
                      ratio_cuts=(1.0, 0.6, 0.0))  # fmt: skip


@pytest.fixture
def strict_method():
    before = dict(methods())
    register_method(STRICT)
    yield STRICT
    unregister_method(STRICT.key)
    assert dict(methods()) == before


def test_a_registered_method_is_usable_by_key(strict_method):
    target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2025)[0]
    # a hypothetical 80.65 % in 2019: 0.95 ≤ R < 1, on track for Open SDG, not for STRICT
    by_key = progress_status(target, [(2019, 80.65)], method="strict_opensdg")
    default = progress_status(target, [(2019, 80.65)])
    assert 0.95 <= default.ratio < 1.0
    assert by_key.ratio == default.ratio
    assert (by_key.method, by_key.status) == ("strict_opensdg", "moderate_progress")
    assert (default.method, default.status) == ("opensdg", "substantial_progress")
    arrays = progress_arrays(76.5, 2017, 80.65, 2019, 95.0, 2025, 1, method="strict_opensdg")
    assert arrays.method is strict_method
    assert get_method("strict_opensdg") is strict_method
    assert list(methods()) == ["opensdg", "unsd", "strict_opensdg"]


def test_a_registered_method_is_a_cli_choice(strict_method, capsys):
    assert main(["progress", "an-giang-2018", "--method", "strict_opensdg"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("an-giang-2018: progress (strict_opensdg) of 3 targets")


def test_an_unregistered_method_is_refused(capsys):
    assert main(["progress", "an-giang-2018", "--method", "strict_opensdg"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'strict_opensdg' (choose from" in err
    assert "'opensdg'" in err
    assert "'unsd'" in err
    with pytest.raises(ValidationError, match=r"expected one of \['opensdg', 'unsd'\]"):
        progress_arrays(76.5, 2017, 80.0, 2019, 95.0, 2025, 1, method="strict_opensdg")


def test_method_registration_is_checked(strict_method):
    with pytest.raises(ValidationError, match="not registered yet"):
        register_method(attrs.evolve(OPEN_SDG, key="strict_opensdg"))
    replaced = register_method(attrs.evolve(STRICT, name="replaced"), replace=True)
    assert get_method("strict_opensdg") is replaced
    with pytest.raises(ValidationError, match="a Method"):
        register_method("opensdg")
    with pytest.raises(ValidationError, match="expected one of 'opensdg', 'unsd'"):
        unregister_method("nowhere")
    with pytest.raises(TypeError):
        methods()["x"] = STRICT
    assert isinstance(replaced, Method)


# ---- (b) an export format -------------------------------------------------------------------


def to_jsonl(plan_or_tables, path, *, lang, gaps, audit):
    """JSON lines: one line per row of every table, with the table's name."""
    tables = export_tables(plan_or_tables, lang=lang, gaps=gaps, audit=audit)
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for table in tables:
            for row in table.frame.to_dict("records"):
                out.write(json.dumps({"table": table.name, **row}, default=str) + "\n")
    return path


JSONL = ExportFormat("jsonl", "JSON lines", (".jsonl", ".ndjson"), to_jsonl)


@pytest.fixture
def jsonl_format():
    before = dict(formats())
    register_format(JSONL)
    yield JSONL
    unregister_format(JSONL.key)
    assert dict(formats()) == before


def test_a_registered_format_is_written_by_export(jsonl_format, tmp_path):
    plan = plans.load("dak-lak-2024")
    [path] = export(plan, tmp_path / "x.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    tables = export_tables(plan)
    assert len(rows) == sum(len(t.frame) for t in tables)
    targets = [r for r in rows if r["table"] == "targets"]
    assert len(targets) == len(plan.targets)
    assert {r["indicator"] for r in targets} == {t.indicator.code for t in plan.targets}
    assert export(plan, tmp_path / "y.NDJSON", lang="vi") == (tmp_path / "y.NDJSON",)
    assert list(formats()) == [*FORMATS, "jsonl"]
    assert get_format("jsonl") is jsonl_format


def test_a_registered_format_is_a_cli_choice(jsonl_format, tmp_path, capsys):
    out_file = tmp_path / "dl.jsonl"
    assert main(["export", "dak-lak-2024", "-o", str(out_file)]) == 0  # by its suffix
    assert capsys.readouterr().out.strip() == str(out_file)
    other = tmp_path / "dl.txt"
    assert main(["export", "dak-lak-2024", "-o", str(other), "--format", "jsonl"]) == 0
    assert other.read_text(encoding="utf-8") == out_file.read_text(encoding="utf-8")
    assert main(["export", "dak-lak-2024", "-o", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err == ("vnhealthplan: export: give an .xlsx or .jsonl or .ndjson file, or --format "
                   "csv|parquet with a folder\n")  # fmt: skip


def test_an_unregistered_format_is_refused(tmp_path, capsys):
    plan = plans.load("dak-lak-2024")
    with pytest.raises(ValidationError, match=r"ending in \.xlsx \(this one gives no format\)"):
        export(plan, tmp_path / "x.jsonl")
    with pytest.raises(ValidationError, match="format: got 'jsonl'; expected one of xlsx, csv, "):
        export(plan, tmp_path / "x.jsonl", format="jsonl")
    code = main(["export", "dak-lak-2024", "-o", str(tmp_path), "--format", "jsonl"])
    assert code == 2
    assert "invalid choice: 'jsonl'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_format_registration_is_checked(jsonl_format):
    with pytest.raises(ValidationError, match="not registered yet"):
        register_format(attrs.evolve(JSONL, name="again"))
    with pytest.raises(ValidationError, match="suffixes"):
        ExportFormat("txt", "text", "txt", to_jsonl)
    with pytest.raises(ValidationError, match="an ExportFormat"):
        register_format("jsonl")


# ---- (c) a CLI subcommand -------------------------------------------------------------------


def _count_arguments(parser):
    parser.add_argument("--province", help="count only this province's plans")


def _count(args):
    keys = [k for k in plans.available()
            if args.province in (None, getattr(plans.load(k).province, "name", None))]  # fmt: skip
    print(len(keys))
    return 0


@pytest.fixture
def count_command():
    before = dict(commands())
    command = register_command(Command("count", "count the bundled plans", _count,
                                       _count_arguments))  # fmt: skip
    yield command
    unregister_command("count")
    assert dict(commands()) == before


def test_a_registered_command_runs(count_command, capsys):
    assert main(["count"]) == 0
    assert capsys.readouterr().out == f"{len(plans.available())}\n"
    assert main(["--lang", "vi", "count", "--province", "An Giang"]) == 0
    assert capsys.readouterr().out == "1\n"
    assert main(["--help"]) == 0
    assert "count the bundled plans" in capsys.readouterr().out
    assert list(commands())[-1] == "count"


def test_an_unregistered_command_is_refused(capsys):
    assert main(["count"]) == 2
    assert "invalid choice: 'count'" in capsys.readouterr().err
    assert tuple(commands().values()) == COMMANDS


def test_command_registration_is_checked(count_command):
    with pytest.raises(ValidationError, match="not registered yet"):
        register_command(Command("count", "again", _count))
    with pytest.raises(ValidationError, match="a Command"):
        register_command("count")


# ---- the registry itself --------------------------------------------------------------------


def test_registry_keeps_order_and_refuses_bad_keys():
    registry: Registry[int] = Registry("number")
    for key, value in (("b", 2), ("a", 1), ("c", 3)):
        registry.add(key, value)
    assert registry.keys() == ("b", "a", "c") == tuple(registry)
    assert "a" in registry
    assert len(registry) == 3
    view = registry.view()
    registry.remove("a")
    assert list(view) == ["b", "a", "c"]  # a snapshot
    for bad in ("", " b", 3):
        with pytest.raises(ValidationError, match=r"number\.key"):
            registry.add(bad, 0)
    with pytest.raises(ValidationError, match="expected one of 'b', 'c'"):
        registry.get("a")
