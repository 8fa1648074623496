"""Codes in Vietnamese text: a progress method, an audit check and an indicator are named in
Vietnamese, their code kept in parentheses; English output keeps the codes alone."""

from __future__ import annotations

import contextlib
import io
import re

from vnhealthplan import plans
from vnhealthplan.analysis.audit import CHECKS, audit
from vnhealthplan.cli import main
from vnhealthplan.core.i18n import catalogue
from vnhealthplan.progress import OPEN_SDG, UNSD, get_method
from vnhealthplan.report import audit_lines, progress_report


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(list(argv))
    return out.getvalue()


def test_a_method_is_named_in_vietnamese_with_its_key():
    assert OPEN_SDG.said("vi") == "thước đo tiến độ của Thống kê Canada (opensdg)"
    assert UNSD.said("vi") == "biểu đồ tiến độ SDG của Thống kê Liên Hợp Quốc (unsd)"
    assert (OPEN_SDG.said("en"), get_method("unsd").said("en")) == ("opensdg", "unsd")


def test_the_progress_header_names_the_method_in_vietnamese():
    plan = plans.load("an-giang-2018")
    vi = progress_report(plan, "vi", width=120).splitlines()[0]
    assert vi == ("an-giang-2018: 3 chỉ tiêu có số liệu, tiến độ đánh giá theo thước đo tiến độ "
                  "của Thống kê Canada (opensdg)")  # fmt: skip
    en = progress_report(plan, "en", width=120).splitlines()[0]
    assert en == "an-giang-2018: progress (opensdg) of 3 targets with observations"


def test_no_code_stands_alone_in_the_vietnamese_command_line_output():
    """opensdg, a check's code or an indicator's code only in parentheses after its name."""
    runs = [("progress", "national"), ("audit", "an-giang-2018"), ("show", "dak-lak-2024"),
            ("progress", "national", "--method", "unsd")]  # fmt: skip
    for argv in runs:
        text = _run("--lang", "vi", *argv)
        bare = re.sub(r"\([^()]*\)", " ", text)
        codes = {*CHECKS, "opensdg", "unsd", "total_beds", "beds_per_10k", "doctors_per_10k"}
        assert {w for w in re.findall(r"[a-z0-9_]+", bare) if w in codes} == set(), argv


def test_every_check_of_the_audit_has_a_vietnamese_name():
    named = {code for context, code in catalogue("vi") if context == "audit check"}
    found = {f.check for key in plans.available() for f in audit(plans.load(key))}
    assert set(CHECKS) <= named
    assert found <= named


def test_an_audit_line_names_the_check_and_the_indicator():
    (line,) = audit_lines(audit(plans.load("dak-lak-2024"))[:1], "vi", width=200)
    assert line.split(None, 2)[2].startswith(
        "tổng các phần (parts_sum): Tổng số giường bệnh (total_beds) năm 2024: 2.430 + 2.700"
    )
    (line,) = audit_lines(audit(plans.load("dak-lak-2024"))[:1], "en", width=200)
    assert "parts_sum: total_beds 2024: 2,430 + 2,700" in line


def test_a_restated_national_source_is_cited_in_vietnamese():
    from vnhealthplan.model.displays import source_quote
    from vnhealthplan.reference import national_targets
    from vnhealthplan.review import source_text

    source = national_targets()[0].source
    assert source.section.startswith("as restated by ")  # the record keeps its English text
    assert "; theo trích dẫn của " in source_text(source, "vi")
    assert "; as restated by " in source_text(source, "en")
    assert source_quote(source, "vi").citation.split(", ")[-1].startswith("theo trích dẫn của")
