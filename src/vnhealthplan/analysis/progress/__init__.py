"""Progress status: is an indicator on track to reach its target by the target year?

Two published methods, chosen with ``method=``; both compare the compound annual growth
observed since a base year with what the target needs:

* ``"opensdg"`` (:data:`OPEN_SDG`): Statistics Canada's progress measure, built into Open SDG
  2.4.0 (October 2025). The ratio R of the observed growth to the growth the target
  requires is cut at 0.95 / 0.60 / 0; a met target is "target achieved" whatever the trend.
* ``"unsd"`` (:data:`UNSD`): the UN Statistics Division's SDG Progress Chart (2023 technical
  note). The indicator is projected to the target year at its observed growth and the
  projected change is compared with the change required, cut at 0.95 / 0.10.

:func:`progress_arrays` does the arithmetic on NumPy arrays (no loop over rows); the
scalar :func:`progress_status` wraps it for one :class:`~vnhealthplan.Target` and its
observations, and says in :attr:`Progress.notes` which of the method's rules applied.

The methods are a registry (:func:`methods`, :func:`get_method`): a new method is one module
defining a :class:`Method` and registering it with :func:`register_method`, after which
``method="its key"`` and ``vnhealthplan progress --method`` accept it. The package's
modules: :mod:`~vnhealthplan.analysis.progress.method` (Method, Category, the registry),
:mod:`~vnhealthplan.analysis.progress.opensdg` and :mod:`~vnhealthplan.analysis.progress.unsd`
(one method each), :mod:`~vnhealthplan.analysis.progress.core` (:func:`progress_arrays`) and
:mod:`~vnhealthplan.analysis.progress.status` (:func:`progress_status`).

Examples
--------
An Giang had 76,5 % of its people insured at the end of 2017 and planned 90 % by 2020.
With a *hypothetical* 80 % in 2019 (no later figure is bundled):

>>> from vnhealthplan import plans
>>> from vnhealthplan.progress import progress_status
>>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
>>> progress_status(target, [(2019, 80.0)]).label
'Limited progress'
>>> progress_status(target, [(2019, 80.0)], method="unsd", lang="vi").label
'tiến bộ khá, nhưng cần đẩy nhanh'
>>> sorted(methods())
['opensdg', 'unsd']
"""

# Every module of the package is imported here, so the built-in methods (each registered
# by its own module on import) are in the registry whatever module a user imports first.
from vnhealthplan.analysis.progress.core import ProgressArrays, limit_factor, progress_arrays
from vnhealthplan.analysis.progress.method import (
    Category,
    Method,
    get_method,
    methods,
    register_method,
    unregister_method,
)
from vnhealthplan.analysis.progress.opensdg import OPEN_SDG
from vnhealthplan.analysis.progress.status import Progress, progress_status
from vnhealthplan.analysis.progress.unsd import UNSD

__all__ = [
    "OPEN_SDG",
    "UNSD",
    "Category",
    "Method",
    "Progress",
    "ProgressArrays",
    "get_method",
    "limit_factor",
    "methods",
    "progress_arrays",
    "progress_status",
    "register_method",
    "unregister_method",
]
