"""Drafting a plan from its text: targets, deadlines, assignments, the document's identity.

Users hold plans that are not bundled. :func:`draft_file` (or :func:`draft_plan` on text)
reads a plan's text and proposes a :class:`~vnhealthplan.Plan` for a person to review and
correct, its status figures ("đến cuối năm 2017, chỉ mới đạt 76,5%") kept apart from its
targets as observations: every drafted record quotes the words it came from, with their
character span, a confidence and the reasons for any doubt (a year taken from the title, a
number whose decimal separator reads two ways, a footnote marker glued to a value). The
draft writes to the same plan-file schema as the bundled plans (:meth:`Draft.to_file`), and
shows a review table, the doubtful rows first (:meth:`Draft.review_frame`), which
:func:`write_review` writes as an Excel workbook to correct and :func:`read_review` reads
back into the corrected plan. The rules read the text layer
(:mod:`vnhealthplan.text`) and the indicator catalogue; nothing is downloaded.

Modules, by what they read:

* files: :mod:`.reading` (files and encodings), :mod:`.word` and :mod:`.pdf` (Word and PDF,
  their tables as tab-separated cells), :mod:`.source_text` (where each character stands in
  the file: page, paragraph, table row and cell);
* layout: :mod:`.segment` (lines, headings, sentences, clauses), :mod:`.wrapping` (lines the
  page broke), :mod:`.paragraphs`, :mod:`.heads` (a long clause read once);
* the document: :mod:`.header` (number, date, place, title, issuer), :mod:`.issuing` (the
  sentence that issues or reports it), :mod:`.ownyear`, :mod:`.pagedate` (a news page's
  date), :mod:`.results` (a report of results or a plan) and :mod:`.reviewparts` (its parts
  that give results or set aims), :mod:`.references` (its *căn cứ*), :mod:`.cited`
  (documents it carries out);
* figures: :mod:`.values` and :mod:`.valuewords` (numbers with units), :mod:`.changes`
  (changes whose verb heads the name), :mod:`.counts` (counts with verbs), :mod:`.series`,
  :mod:`.named` (figures named by their indicator), :mod:`.budgetlines` (a plan's funding),
  :mod:`.lexicon`, :mod:`.qualifiers`, :mod:`.elsewhere` and :mod:`.catalogued` (which
  indicator), :mod:`.candidate`, :mod:`.valueyear`, :mod:`.clauseyear` (whose clause a year
  closes), :mod:`.yearpairs`, :mod:`.monthyear`,
  :mod:`.trendyears`, :mod:`.horizon` (the year of undated goals) and :mod:`.compared`
  (which year), :mod:`.aims`, :mod:`.listed` and :mod:`.namedgoal` (goal lists),
  :mod:`.keptlevel`, :mod:`.status` (with :mod:`.role` and :mod:`.statusreasons`) and
  :mod:`.process` (a target, a status figure or neither), :mod:`.targets`,
  :mod:`.nextitem` (an item's own name), :mod:`.restated`, :mod:`.reprinted` and
  :mod:`.records` (targets and observations);
* tables: :mod:`.tables` (rows with a header), :mod:`.stacked`, :mod:`.piped`,
  :mod:`.cellrows`, :mod:`.subheads` (a second row of headings), :mod:`.headcues`
  (headings of results or aims without a year) and :mod:`.flatcells`
  (tables flattened one cell a line), :mod:`.linecells` (rows a line, cells between "|"
  or runs of spaces; cells a PDF broke over two lines), :mod:`.tableunit` (the unit a
  table states once: "ĐVT: triệu đồng") and :mod:`.totalrows` (a totals row restating
  the text);
* tasks: :mod:`.assignments`, :mod:`.duties` and :mod:`.agents` (who leads, who helps),
  :mod:`.deadlines`, :mod:`.goaldates`, :mod:`.aheadyears`, :mod:`.owntitle` and
  :mod:`.taskdates` (periods that govern a task or a target);
* the draft: :mod:`.draft`, :mod:`.findings` (its review rows), :mod:`.saidvalues` (a
  row's value in the language it is shown in), :mod:`.evaluate` and
  :mod:`.cases` (recall and precision against curated plans and labelled cases),
  :mod:`.reviewbook`, :mod:`.reviewrows`, :mod:`.reviewcells` and :mod:`.reviewedits` (the
  review workbook: its rows, read back, edited), :mod:`.reasons` (the reasons for doubt, in
  English or Vietnamese), :mod:`.cli`.

Examples
--------
>>> from vnhealthplan import plans
>>> from vnhealthplan.extract import draft_plan
>>> draft = draft_plan(plans.source_text("dak-lak-2024"))
>>> draft.plan.key, len(draft.plan.targets)
('dak-lak-2024', 14)
>>> draft.plan.targets[1]
Target(imr < 22 death / thousand_live_births, 2024)
>>> draft.plan.targets[1].source.quote
'Tỷ suất tử vong trẻ em dưới 1 tuổi\\t‰\\t<22'
"""

from vnhealthplan.io.extract.draft import Draft, Finding, draft_file, draft_plan
from vnhealthplan.io.extract.evaluate import Score, evaluate, evaluate_all
from vnhealthplan.io.extract.reading import (
    MAX_BYTES,
    ExtractError,
    ScannedPDFError,
    SourceText,
    read_text,
)
from vnhealthplan.io.extract.reviewbook import read_review, write_review

__all__ = [  # noqa: RUF022 (plainly sorted, as the package's API test wants)
    "Draft",
    "ExtractError",
    "Finding",
    "MAX_BYTES",
    "ScannedPDFError",
    "Score",
    "SourceText",
    "draft_file",
    "draft_plan",
    "evaluate",
    "evaluate_all",
    "read_review",
    "read_text",
    "write_review",
]
