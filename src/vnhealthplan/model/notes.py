"""The curator's notes in the reader's language: :func:`notes_in`.

Every record that has ``notes`` (targets, observations, facilities, assignments,
indicators and documents) also has ``notes_vi``, the same notes in Vietnamese, of the same
form (a string, or a tuple of strings for an indicator). Displays, frames, exports and
reports show the Vietnamese notes when their language is Vietnamese, and the English
notes where no Vietnamese form exists (every bundled note has one).

Examples
--------
>>> from vnhealthplan import plans
>>> target = plans.load("thanh-hoa-2023").targets[0]
>>> target.notes
"'bao hiểm' is the OCR's 'bảo hiểm'."
>>> notes_in(target, "vi")
"'bao hiểm' là lỗi OCR của 'bảo hiểm'."
"""

from __future__ import annotations

from typing import Any

from vnhealthplan.core.lang import Lang
from vnhealthplan.core.options import resolve_language

__all__ = ["notes_in"]


def notes_in(record: Any, lang: Lang | None = None) -> Any:
    """The notes of *record* in *lang*: ``notes_vi`` in Vietnamese if it has any, else
    ``notes``.

    Parameters
    ----------
    record : object
        Anything with ``notes`` (and possibly ``notes_vi``): a target, observation,
        facility, assignment, indicator or document.
    lang : {"vi", "en"} or None
        None: the package language (:func:`vnhealthplan.options.set_language`).

    Returns
    -------
    str or tuple of str
        Of the same form as ``record.notes``.

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> notes_in(indicators.get("doctors_per_10k"), "en")
    ('GSO definition: doctors × 10,000 ÷ population at the same date.',)
    >>> notes_in(indicators.get("doctors_per_10k"), "vi")
    ('Định nghĩa của TCTK: số bác sĩ × 10.000 ÷ dân số cùng thời điểm.',)
    """
    vietnamese = getattr(record, "notes_vi", None)
    if resolve_language(lang) == "vi" and vietnamese:
        return vietnamese
    return record.notes
