"""The pieces of the HTML displays: statuses and the status of an assignment.

They live below the presentation layer now: statuses, labels and the renderer in
:mod:`vnhealthplan.core.html`, what each record shows in :mod:`vnhealthplan.model.displays`.
This module keeps the old import path of the public names; :mod:`vnhealthplan.display`
re-exports them.

Examples
--------
>>> STATUSES["overdue"].label("vi")
'quá hạn'
"""

from __future__ import annotations

from vnhealthplan.core.html import STATUSES, Status
from vnhealthplan.model.displays import assignment_status

__all__ = ["STATUSES", "Status", "assignment_status"]
