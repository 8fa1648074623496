"""The subcommands' pieces: ``--observations FILE...``, the national key, ``report``, ``export``.

:func:`read_observation_files` reads several files of observations
(:func:`vnhealthplan.export.read_observations`) and gives each observation without a
source the file and row it came from, so that a contradiction names both files and rows.

Examples
--------
>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "mine.csv")
...     _ = path.write_text("province,indicator,year,value,notes\\n"
...                         ",doctors_per_10k,2020,10.0,ví dụ: số liệu giả định\\n",
...                         encoding="utf-8")
...     mine = read_observation_files([path])
>>> mine[0].source.document.title, mine[0].source.section
('mine.csv', 'row 2')
"""

from __future__ import annotations

# The command line imports this module to build its parser; what the commands run
# (analysis, readers, writers) is imported here too (no imports hidden in functions).
# pandas, pint and openpyxl stay lazy inside those modules.
import argparse
import contextlib
import errno
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Final

import attrs

from vnhealthplan.analysis.planstatus import plan_observations
from vnhealthplan.analysis.progress import methods
from vnhealthplan.analysis.review import NATIONAL, combine_observations, national_plan, review
from vnhealthplan.analysis.slips import likely_slips
from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR
from vnhealthplan.core.errors import LikelySlipWarning, MissingDependencyError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import Message, message, number
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.plural import counted
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data import plans, provinces
from vnhealthplan.io.export import export, formats
from vnhealthplan.io.export._read import read_observation_rows
from vnhealthplan.io.forms import is_form, write_form
from vnhealthplan.model.displays import day_text
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document, Source
from vnhealthplan.present import review as writers  # its writers load on first use
from vnhealthplan.present.report import gaps_report, progress_report

__all__ = [
    "codes_argument",
    "export_arguments",
    "observations_argument",
    "part_years",
    "read_observation_files",
    "report_arguments",
    "resolve_plan",
    "run_export",
    "run_gaps",
    "run_progress",
    "run_report",
    "run_template",
    "template_arguments",
    "until_argument",
]


#: Who issued a figure read from a user's file, as its source says in each language.
_USER_FILE: Final = {"en": "user's file (tệp của người dùng)", "vi": "tệp của người dùng"}


def read_observation_files(
    paths: Sequence[str | os.PathLike[str]], lang: Lang | None = None, plan: Plan | None = None
) -> tuple[Observation, ...]:
    """The observations of every file, each without a source given its file and row.

    The source is written in *lang* (default: the package language): "user's file", "row 2"
    and the figure ``5.13`` in English; "tệp của người dùng", "dòng 2" and ``5,13`` in
    Vietnamese, since the tables and reports that cite it are in that language. With
    *plan*, the indicators its own file defines are read too (the commands give theirs).
    """
    chosen = resolve_language(lang)
    out: list[Observation] = []
    for path in paths:
        if not os.path.exists(path):  # said as a missing file, not as a bad workbook
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(path))
        name = os.path.basename(os.fspath(path))
        document = Document(name, _USER_FILE[chosen])
        for i, obs in read_observation_rows(path, plan=plan):  # blank rows keep their numbers
            if obs.source is None:
                value = number(float(obs.value.magnitude), chosen)
                quote = f"{obs.indicator.code} {obs.period.code} = {value}"
                row = message("row {row}", row=i).said(chosen)
                obs = attrs.evolve(obs, source=Source(document, row, quote))
            out.append(obs)
    for said in part_years(out):
        warnings.warn(LikelySlipWarning(said), stacklevel=2)
    return tuple(out)


def part_years(observations: Sequence[Observation]) -> list[Message]:
    """What to say of each observation that is not of one whole year (a half-year report,
    "2024-H1"): the targets are yearly, and it is compared with them as its last year's.

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, indicators
    >>> half = Observation(indicators.get("total_beds"), 5000, Period.half(2024, 1))
    >>> part_years([half])[0].said("vi")[:47]
    'total_beds 2024-H1: số liệu của một phần năm ho'
    >>> part_years([half])[0].said("vi")[-40:]
    'so với chỉ tiêu như số liệu của năm 2024'
    """
    out = []
    for obs in observations:
        if obs.period.code != str(obs.period.last_year):
            where = f"{obs.source.document.title}: {obs.source.section}: " if obs.source else ""
            out.append(message("{where}{code} {period}: a figure of part of a year or of several "
                               "years, compared with the targets as the figure of {year}",
                               where=where, code=obs.indicator.code, period=obs.period.code,
                               year=obs.period.last_year))  # fmt: skip
    return out


def resolve_plan(key: str) -> Plan:
    """A bundled plan by key, or the national targets for ``"national"``."""
    return national_plan() if key == NATIONAL else plans.load(key)


def codes_argument(parser: argparse.ArgumentParser) -> None:
    """``--codes``: add the indicator codes to the tables, as a last column."""
    parser.add_argument(
        "--codes", action="store_true", help="add the indicator codes as a last column"
    )


def observations_argument(parser: argparse.ArgumentParser) -> None:
    """``PLAN`` (a key or ``national``), and ``--observations FILE...``."""
    parser.add_argument(
        "plan", metavar="PLAN", help="a plan key, e.g. thanh-hoa-2023 (see list), or 'national'"
    )
    parser.add_argument(
        "--observations",
        nargs="+",
        default=(),
        metavar="FILE",
        help="CSV or Excel files of observations, added to the bundled ones",
    )


def until_argument(parser: argparse.ArgumentParser) -> None:
    """``--until YEAR``: the figures of YEAR and before only, as things stood then.

    Examples
    --------
    >>> parser = argparse.ArgumentParser(prog="gaps")
    >>> until_argument(parser)
    >>> parser.parse_args(["--until", "2024"]).until, parser.parse_args([]).until
    (2024, None)
    """
    parser.add_argument(
        "--until",
        type=_year,
        metavar="YEAR",
        help="only the figures of YEAR and before: the targets as they stood then "
        "(default: every year)",
    )


def _year(text: str) -> int:
    """A whole year from 1945 to 2100 (a usage error otherwise: "invalid year value")."""
    value = int(text)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(text)
    return value


_year.__name__ = "year"  # argparse names it: "argument --until: invalid year value: '0'"


def _until_day(until: int | None) -> date | None:
    """The day a report ``--until YEAR`` is as of: 31 December of YEAR, or today if sooner.

    Examples
    --------
    >>> _until_day(2024), _until_day(None)
    (datetime.date(2024, 12, 31), None)
    """
    return None if until is None else min(date(until, 12, 31), vietnam_today())


def _up_to(
    args: argparse.Namespace, plan: Plan, observations: tuple[Observation, ...] | None
) -> tuple[Observation, ...] | None:
    """The figures of ``--until``'s year and before (all of them without it), said on
    stdout: "only the figures of 2024 and before"."""
    until = getattr(args, "until", None)
    if until is None:
        return observations
    print(translate("only the figures of {year} and before (--until)", context="cli",
                    year=str(until)))  # fmt: skip
    every = plan_observations(plan) if observations is None else observations
    return tuple(o for o in every if o.year <= until)


def _combined(args: argparse.Namespace) -> tuple[Plan, tuple[Observation, ...] | None]:
    plan = resolve_plan(args.plan)
    if not args.observations and plan.key != NATIONAL:
        return plan, _up_to(args, plan, None)  # the plan's own and bundled, as before
    with warnings.catch_warnings():  # a form's own slip warnings: said below, for every file
        warnings.simplefilter("ignore", LikelySlipWarning)
        mine = read_observation_files(args.observations, plan=plan)
    combined, left_out = combine_observations(plan, mine)
    _say_left_out(plan, left_out, mine=mine)
    _say_slips(plan, mine)
    return plan, _up_to(args, plan, combined)


@contextlib.contextmanager
def _slips_said() -> Iterator[None]:
    """The library's slip warnings left out: :func:`_say_slips` says them on stderr."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LikelySlipWarning)
        yield


def _say_slips(plan: Plan, mine: Sequence[Observation], lang: Lang | None = None) -> None:
    """Warn on stderr of each figure about 10, 100 or 1000 times off its target, and of each
    of part of a year (:func:`part_years`), in *lang* (default: the package language)."""
    for said in [*part_years(mine), *likely_slips(plan, mine)]:
        line = message("warning: {said}", said=said).said(lang)
        print(f"vnhealthplan: {line}", file=sys.stderr)


def _say_left_out(
    plan: Plan, count: int, lang: Lang | None = None, mine: Sequence[Observation] = ()
) -> None:
    """Warn on stderr of the user's figures left out as of another province, if any, and
    of those of a province merged with the plan's in 2025 (Kon Tum into Quảng Ngãi)."""
    if count:
        province = plan.province.name if plan.province else plan.key
        said = counted(count, "left out {count} figure of the files: its province is not the "
                       "plan's ({province})", "left out {count} figures of the files: their "
                       "province is not the plan's ({province})", lang, context="cli",
                       count=count, province=province)  # fmt: skip
        print(f"vnhealthplan: {said}", file=sys.stderr)
        for line in _merged_note(plan, mine, lang):
            print(f"vnhealthplan: {line}", file=sys.stderr)


def _merged_note(plan: Plan, mine: Sequence[Observation], lang: Lang | None) -> list[str]:
    """A line naming the left-out provinces merged with the plan's: their figures are not
    added to the plan's (the plan and its targets are of the province before the merger).

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, indicators, provinces
    >>> kon_tum = Observation(indicators.get("stations_with_doctor"), 92.3, Period.year(2025),
    ...                       province=provinces.get("Kon Tum"))
    >>> print(_merged_note(plans.load("quang-ngai-2023"), [kon_tum], "vi")[0])
    Kon Tum và Quảng Ngãi hợp nhất thành Quảng Ngãi mới từ 01/07/2025; kế hoạch và các chỉ \
tiêu của kế hoạch là của Quảng Ngãi trước khi hợp nhất, nên số liệu của Kon Tum không được \
cộng vào (muốn so sánh cho cả Quảng Ngãi mới, hãy cộng gộp số liệu trước: vnhealthplan.rollup)
    """
    own = plan.province
    merged = None if own is None else provinces.successor(own)
    if own is None or merged is None:
        return []
    others = {o.province for o in mine if o.province is not None and o.province != own}
    names = sorted(str(p.name) for p in others if provinces.successor(p) == merged)
    if not names:
        return []
    chosen = resolve_language(lang)
    day = merged.valid_from
    when = "" if day is None else day_text(day, chosen)
    return [translate("{parts} and {province} formed the new {merged} from {day}; the plan and "
                      "its targets are of {province} before the merger, so the figures of "
                      "{parts} are not added to them (to compare the whole new province, add "
                      "the figures up first: vnhealthplan.rollup)", chosen, context="cli",
                      parts=", ".join(names), province=str(own.name), merged=str(merged.name),
                      day=when)]  # fmt: skip


def run_gaps(args: argparse.Namespace) -> int:
    """``gaps PLAN [--observations FILE...]``."""
    plan, observations = _combined(args)
    with _slips_said():
        print(gaps_report(plan, observations=observations, codes=getattr(args, "codes", False)))
    return 0


def run_progress(args: argparse.Namespace) -> int:
    """``progress PLAN [--observations FILE...] [--method ...]``."""
    plan, observations = _combined(args)
    with _slips_said():
        codes = getattr(args, "codes", False)
        print(progress_report(plan, method=args.method, observations=observations, codes=codes))
    return 0


def report_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``report``."""
    observations_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="report.xlsx, report.html or report.docx",
    )
    parser.add_argument(
        "--method",
        choices=tuple(methods()),
        default="opensdg",
        help="a registered progress method (default: opensdg)",
    )
    parser.add_argument("--no-charts", action="store_true", help="leave out the charts")
    until_argument(parser)
    parser.add_argument(
        "--lang",
        dest="report_lang",
        choices=("vi", "en"),
        help="language of the report (default: the global --lang, else vi)",
    )


def _replaces_input(command: str, output: str, observations: Sequence[str] = ()) -> bool:
    """Whether writing *output* would replace a file being read or a data-collection form
    (perhaps filled in): said on stderr, for the command to stop before writing anything."""
    if not os.path.isfile(output):
        return False
    if any(os.path.isfile(f) and os.path.samefile(f, output) for f in observations):
        why = translate(
            "{file} is one of the --observations files being read: the report "
            "would replace it; give another -o",
            context="cli",
            file=output,
        )
    elif is_form(output):
        why = translate(
            "{file} is a data-collection form: writing there would replace the "
            "figures filled in; give another -o",
            context="cli",
            file=output,
        )
    else:
        return False
    print(f"vnhealthplan: {command}: {why}", file=sys.stderr)
    return True


def run_report(args: argparse.Namespace) -> int:
    """``report PLAN [--observations FILE...] -o OUT``: write a review report.

    *OUT* is never one of the files read, nor a data-collection form (exit code 2).
    """
    if _replaces_input("report", args.output, args.observations or ()):
        return 2
    plan = resolve_plan(args.plan)
    lang: Lang = "en" if (args.report_lang or args.lang) == "en" else "vi"
    with _slips_said():
        mine = read_observation_files(args.observations, lang, plan)
        r = review(plan, mine, method=args.method, as_of=_until_day(args.until))
    _say_left_out(plan, r.ignored, lang, mine)  # the language of the sources it cites
    _say_slips(plan, mine, lang)
    try:
        print(writers.write_review(r, args.output, lang=lang, charts=not args.no_charts))
    except MissingDependencyError as err:
        if args.no_charts or err.package != "matplotlib":
            raise
        hint = translate("or give --no-charts to leave the charts out", context="cli")
        print(f"vnhealthplan: {err.said()}; {hint}", file=sys.stderr)
        return 1
    return 0


def template_arguments(parser: argparse.ArgumentParser) -> None:
    """``template PLAN -o FORM [--years Y ...] [--form-lang vi|en] [--force]``."""
    parser.add_argument("plan", metavar="PLAN", help="a plan key, e.g. dak-lak-2024 (see list)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FORM",
        help="the form to write: .xlsx (Excel, with validation) or .csv",
    )
    parser.add_argument(
        "--years",
        type=int,
        nargs="+",
        metavar="YEAR",
        help="the years to collect (default: the years the plan targets)",
    )
    parser.add_argument("--form-lang", choices=("vi", "en"), dest="form_lang",
                        help="the form's language (default: --lang, else Vietnamese)")  # fmt: skip
    parser.add_argument("--force", action="store_true", help="replace output files that exist")


def run_template(args: argparse.Namespace) -> int:
    """``template PLAN -o FORM [--force]``: write the plan's data-collection form (biểu mẫu).

    An existing *FORM*, perhaps filled in already, is not replaced without ``--force``.
    """
    if not args.force and os.path.lexists(args.output):
        exists = translate("{file} exists; give --force to replace it", context="cli",
                           file=args.output)  # fmt: skip
        print(f"vnhealthplan: template: {exists}", file=sys.stderr)
        return 2
    plan = resolve_plan(args.plan)
    lang: Lang = "en" if (args.form_lang or args.lang) == "en" else "vi"
    print(write_form(plan, args.output, years=args.years, lang=lang))
    return 0


def _or(items: Sequence[str]) -> str:
    """*items* joined by "or" in the package language."""
    return f" {translate('or', context='help')} ".join(items)


def _export_kinds() -> tuple[str, list[str]]:
    """The suffixes of the file formats, and the keys of the folder formats (registered)."""
    registered = formats().values()
    files = _or([s for f in registered if not f.folder for s in f.suffixes])
    return files, [f.key for f in registered if f.folder]


def export_arguments(parser: argparse.ArgumentParser) -> None:
    """``export PLAN -o OUT [--format F] [--no-gaps] [--no-audit]``."""
    files, folders = _export_kinds()
    parser.add_argument("plan", metavar="PLAN", help="a plan key, e.g. thanh-hoa-2023 (see list)")
    out_help = translate("an {files} file, or a folder for {folders}", context="help",
                         files=files, folders=_or(folders))  # fmt: skip
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help=out_help)
    parser.add_argument("--format", choices=tuple(formats()),
                        help=translate("default: from OUT's suffix ({files})", context="help",
                                       files=files))  # fmt: skip
    parser.add_argument("--no-gaps", action="store_true", help="leave out the gaps table")
    parser.add_argument("--no-audit", action="store_true", help="leave out the audit table")


def run_export(args: argparse.Namespace) -> int:
    """``export PLAN -o OUT``: write the plan, its gaps and audit (Excel, CSV, Parquet).

    *OUT* is never a data-collection form (exit code 2).
    """
    from pathlib import Path

    if _replaces_input("export", args.output):
        return 2

    suffix = Path(args.output).suffix.lower()
    by_suffix = [f for f in formats().values() if not f.folder and suffix in f.suffixes]
    if args.format is None and not by_suffix:
        files, folders = _export_kinds()
        print("vnhealthplan: export: " + translate(
            "give an {files} file, or --format {folders} with a folder", context="cli",
            files=files, folders="|".join(folders)), file=sys.stderr)  # fmt: skip
        return 2
    plan = plans.load(args.plan)
    written = export(plan, args.output, format=args.format, gaps=not args.no_gaps,
                     audit=not args.no_audit)  # fmt: skip
    for path in written:
        print(path)
    return 0
