"""Drafting stays linear in one sentence's length: a sentence is read once for its values.

``clause_bounds`` and ``value_year`` look a value up by bisection in what they found of its
sentence once (its "(", ")" and ";", its years); ``year_marks`` keeps its last long parts.
These tests hold the fast look-ups to the plain scans they replace (written out here), on
the bundled plans and on made-up phrases, and count the characters read for a long line
(no timing: the times are in benchmarks/bench_extract.py).
"""

from __future__ import annotations

import random

import pytest

from vnhealthplan import plans
from vnhealthplan.core.fold import fold
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract import candidate, lexicon, segment, status, statusyear, valueyear
from vnhealthplan.io.extract.afteryear import own_year
from vnhealthplan.io.extract.baseyear import is_base
from vnhealthplan.io.extract.candidate import YearContext, value_year
from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.clauseyear import own_near
from vnhealthplan.io.extract.goalyear import served_goal
from vnhealthplan.io.extract.heads import LongHead, value_name
from vnhealthplan.io.extract.lexicon import rank_indicators
from vnhealthplan.io.extract.monthyear import dated_marks
from vnhealthplan.io.extract.nextyear import leads_next
from vnhealthplan.io.extract.segment import Line, YearMark, layout, year_marks, year_near
from vnhealthplan.io.extract.stops import clause_bounds, sentences
from vnhealthplan.io.extract.wrapping import year_ahead
from vnhealthplan.model.period import Period

TEXTS = [plans.source_text(key) for key in plans.available()]
CLAUSE_PIECES = ["a", " ", "(", ")", ";", "1%", "(b", "c)", "; d", "(("]
YEAR_PIECES = ["năm 2020", "Đến năm 2030", "2021 - 2025", "so với năm 2019", "cuối năm 2017"]
YEAR_PIECES += [" (90%)", " (", ")", "; ", ". ", ", ", " đạt 5%", " tỉ lệ", "\n", "\nvà ", " 70%"]


def _made_up(pieces: list[str], count: int, seed: int, most: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randint(0, most))) for _ in range(count)]


def _plain_clause(text: str, sentence: tuple[int, int], pos: int) -> object:
    """clause_bounds as a scan back from *pos* to the sentence's start."""
    s0, s1 = sentence
    depth, opened = 0, -1
    for i in range(pos - 1, s0 - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                opened = i
                break
            depth -= 1
    head, low, high = None, s0, s1
    if opened >= 0:
        head = (text.rfind(";", s0, opened) + 1 or s0, opened)
        low = opened + 1
        close = text.find(")", pos, s1)
        high = close if close >= 0 else s1
    start = max(low, text.rfind(";", low, pos) + 1)
    stop = text.find(";", pos, high)
    return (start, stop if stop >= 0 else high), head


def test_clause_bounds_are_the_plain_scans() -> None:
    rng = random.Random(5)
    for text in _made_up(CLAUSE_PIECES, 3000, 5):
        s0 = rng.randint(0, len(text))
        s1 = rng.randint(s0, len(text))
        for pos in range(s0, s1 + 1):
            found = clause_bounds(text, (s0, s1), pos)
            assert found == _plain_clause(text, (s0, s1), pos), (text, s0, s1, pos)


def _plain_year(text: str, value: tuple[int, int], sentence: tuple[int, int], line: Line) -> object:
    """value_year (with no title, plan or issue year), each step a scan of its own."""
    after = valueyear._YEAR_AFTER.match(text, value[1])
    if after:
        return YearMark(Period.year(int(after.group(1))), after.span()), "", 0.0
    own = own_year(text, value[1])  # a bounded look after the value: constant time
    if own is not None:
        return own, "", 0.0
    marks = [m for m in year_marks(text, *sentence) if not m.reference]
    marks = [m for m in marks if not (served_goal(text, m) or is_base(text, m))]
    marks = [m for m in marks if not valueyear.closed_over(text, m, value[0])]
    near = year_near(marks, value)
    if near is not None:
        near = own_near(text, value, sentence[1], near, marks)
    if near is not None and not leads_next(text, value[1], near[0]):
        return near
    wrapped = valueyear.wrapped_from(text, sentence[0])
    if wrapped is not None:
        return wrapped, valueyear.WRAPPED, 0.1
    ahead = year_ahead(text, line.span[1]) if not text[sentence[1] : line.span[1]].strip() else None
    if ahead is not None:
        return ahead, valueyear.AHEAD, 0.1
    paragraph = year_marks(text, line.span[0], sentence[0])
    paragraph = [m for m in paragraph if not m.reference and not cited(text, m)]
    if paragraph:
        return paragraph[-1], valueyear.EARLIER, 0.1
    return line.section_year, "", 0.0


@pytest.mark.parametrize(
    "texts", [TEXTS, _made_up(YEAR_PIECES, 600, 6, 60)], ids=["plans", "made-up"]
)
def test_value_years_are_the_plain_scans(texts: list[str]) -> None:
    rng = random.Random(7)
    for text in texts:
        for line in layout(text):
            for sentence in sentences(text, *line.span):
                for _ in range(4):
                    start = rng.randint(*sentence)
                    value = (start, min(sentence[1], start + rng.randint(1, 6)))
                    if value[0] < value[1]:
                        found = value_year(text, value, sentence, line, YearContext(None, None))
                        assert found == _plain_year(text, value, sentence, line), text


def test_years_closed_over_by_their_figures_are_passed_over_on_a_long_line() -> None:
    text = "năm 2020 (đạt 5%), " * 50 + "năm 2025 đạt 60%, năm 2030 (90%), tỉ lệ khác đạt 70%"
    line, none = layout(text)[0], YearContext(None, None)
    found = []
    for figure in ("5%", "60%", "70%"):
        at = text.rindex(figure)
        mark, why, _ = value_year(text, (at, at + len(figure)), (0, len(text)), line, none)
        found.append((text[slice(*mark.span)], why))
    assert found == [("năm 2020", ""), ("năm 2025", ""), ("năm 2025", "")]


def test_year_marks_hands_out_a_new_list_each_time() -> None:
    text = "Đến năm 2030, đạt 32 giường bệnh/vạn dân; " * 10
    first = year_marks(text, 0, len(text))
    first.clear()
    assert len(year_marks(text, 0, len(text))) == 10


def test_a_bullet_is_not_a_sign() -> None:
    assert candidate._opens_line("x\n \t- 5%", 4)
    assert not candidate._opens_line("Tỉ lệ - 5%", 6)
    assert candidate._opens_line("- 5%", 0)


def _long_line(chars: int) -> str:
    phrase = "tỉ lệ tiêm chủng đầy đủ đạt 95% năm 2025 (so với năm 2020), "
    return (phrase * (chars // len(phrase) + 1))[:chars]


def test_a_long_line_is_read_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    read = {"chars": 0}
    plain = segment._year_marks

    def counted(text: str, start: int, end: int) -> list[YearMark]:
        read["chars"] += end - start
        return plain(text, start, end)

    monkeypatch.setattr(segment, "_year_marks", counted)
    counts = []
    for chars in (4_000, 8_000):
        read["chars"] = 0
        draft_plan(_long_line(chars))
        counts.append(read["chars"])
    assert counts[1] <= 2.5 * counts[0], counts  # a value re-reading its sentence: 4×


HEAD_PIECES = ["giường bệnh", "bác sĩ", "vạn dân", "Tỉ lệ", "tử vong mẹ", "Dân số", "xã", "(", ")"]
HEAD_PIECES += [" - ", ". ", ", ", "  ", "\n", " đạt 95%", " năm 2025", " trạm y tế", " – ", "_"]
HEAD_PIECES += [" bảo hiểm y tế", " tư nhân", "Giảm", "e\u0301 ", " tuổi", " 10.000 dân", " "]


def _plain_heads(text: str, outer: str, starts: list[int]) -> list[object]:
    found: list[object] = []
    for start in starts:
        head = text[:start] + " " + outer
        own, after = text[start : start + 40], text[start + 40 : start + 70]
        found.append((rank_indicators(own, after, head), value_name(own, after, head)))
    return found


@pytest.mark.parametrize("size", [30, 120, 400])
def test_a_long_head_reads_as_the_plain_head(size: int) -> None:
    rng = random.Random(size)
    for text in _made_up(HEAD_PIECES, 12, size, size):
        outer = rng.choice(["", "Tỉ lệ giường bệnh", "  (", "bác sĩ/vạn dân"])
        starts = sorted(rng.sample(range(len(text) + 1), min(25, len(text) + 1)))
        head = LongHead(text + " 5% tư nhân", (0, len(text) + 11), outer)
        long = []
        for start in starts:
            own, after = text[start : start + 40], text[start + 40 : start + 70]
            assert head._folded[: head._prefix.length(start)] == fold(text[:start])
            long.append((head.rank(own, after, start), head.name(own, after, start)))
        assert long == _plain_heads(text, outer, starts), text


def test_a_long_clause_is_folded_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = {"chars": 0}
    plain = lexicon._ranked

    def counted(own: str, after: str, head: str) -> tuple[tuple[int, str], ...]:
        read["chars"] += len(head)
        return plain(own, after, head)

    monkeypatch.setattr(lexicon, "_ranked", counted)
    counts = []
    for chars in (8_000, 16_000):
        read["chars"] = 0
        draft_plan(_long_line(chars).replace(";", ","))
        counts.append(read["chars"])
    assert counts[1] <= 2.5 * counts[0], counts  # each value's head folded anew: 4×


OPENING_PIECES = ["giao", " chỉ tiêu", "Mục  tiêu", "phấn đấu", "1.200", ". ", ".", " ", "5", "a"]
OPENING_PIECES += ["giaoa", ",", "\u0301", "-", "Giao"]


def _plain_assigned(text: str, line: tuple[int, int], start: int) -> bool:
    low = line[0]
    for i in range(start - 1, line[0] - 1, -1):
        digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if text[i] == "." and not digits:
            low = i + 1
            break
    return status._ASSIGNED.search(fold(text[low:start])) is not None


def test_the_words_handing_out_targets_are_the_plain_scan() -> None:
    rng = random.Random(8)
    for text in _made_up(OPENING_PIECES, 400, 8, 40):
        line = (0, len(text))
        for start in sorted(rng.sample(range(len(text) + 1), min(12, len(text) + 1))):
            found = status._assigned_before(text, line, start)
            assert found == _plain_assigned(text, line, start), (text, start)


@pytest.mark.parametrize(
    "texts", [TEXTS, _made_up(YEAR_PIECES, 600, 9, 60)], ids=["plans", "made-up"]
)
def test_a_status_figures_year_is_the_plain_scan(texts: list[str]) -> None:
    rng = random.Random(9)
    for text in texts:
        for line in layout(text):
            for sentence in sentences(text, *line.span):
                doc_year = rng.choice([None, 2020, 2025])
                marks = [  # with the month, day and quarter dates (monthyear)
                    m
                    for m in sorted(
                        [*year_marks(text, *sentence), *dated_marks(text, *sentence)],
                        key=lambda m: m.span,
                    )
                    if (not m.reference or statusyear.measured_at(text, m))
                    and (doc_year is None or m.period.last_year <= doc_year)
                ]
                for _ in range(4):
                    start = rng.randint(*sentence)
                    value = (start, min(sentence[1], start + rng.randint(1, 6)))
                    found = statusyear._SentenceMarks.of(text, sentence, doc_year).near(value, text)
                    # a year after the value that a ";" separates from it opens the next clause
                    kept = [
                        m
                        for m in marks
                        if m.span[0] < value[0] or ";" not in text[value[1] : m.span[0]]
                    ]
                    assert found == year_near(kept, value), text


def test_a_long_sentence_with_brackets_is_folded_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A value in brackets in a sentence with no ";" before it has the sentence's start as
    its head's start, an age ("dưới 5 tuổi") its clause's, and "Năm 2025: … đạt" the year
    that opens the sentence: each is read back a bounded way, not folded again for each
    value (review6b)."""
    from vnhealthplan.core import fold as folding

    read = {"chars": 0}
    plain = folding._fold

    def counted(name: str) -> str:
        read["chars"] += len(name)
        return plain(name)

    monkeypatch.setattr(folding, "_fold", counted)
    counts = []
    piece = "tỷ lệ trẻ em (dưới 5 tuổi) suy dinh dưỡng còn 15%, tuổi thọ (nam 70 tuổi) 74 tuổi, "
    for chars in (8_000, 16_000):
        read["chars"] = 0
        draft_plan("Năm 2025: " + piece * (chars // len(piece)))
        counts.append(read["chars"])
    assert counts[1] <= 2.5 * counts[0], counts  # each value's head folded anew: 4×
