"""The package's exceptions.

Each error subclasses the built-in a caller would expect (:class:`ValueError` for bad
values, :class:`LookupError` for unknown names) and carries the context needed to fix the
input: the class and field, the value received, and what was expected.

Each error's ``str()`` is in the package language (:func:`vnhealthplan.options.set_language`,
English unless set), and :meth:`VNHealthPlanError.said` gives it in either language (the
command line prints it in ``--lang``), from the message's English template
(:mod:`vnhealthplan.core.messages`). A part given as a plain string stays as it is (the test
suite fails on one in the package's own code). Errors pickle whole (:mod:`.rebuild`).

Examples
--------
>>> from vnhealthplan import Facility, FacilityKind
>>> Facility("Bệnh viện Đa khoa tỉnh Quảng Ngãi", FacilityKind.GENERAL_HOSPITAL, beds=-5)
Traceback (most recent call last):
...
vnhealthplan.errors.ValidationError: Facility.beds: got -5; expected a whole number of beds ≥ 0
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from vnhealthplan.core.lang import Lang
from vnhealthplan.core.messages import (
    Message,
    Unquoted,
    field_name,
    got_number,
    message,
    said,
    said_day,
    shown,
)
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.rebuild import reduce_error
from vnhealthplan.core.slipwarning import LikelySlipWarning

if TYPE_CHECKING:
    from vnhealthplan.data.districts import DistrictOnDate
    from vnhealthplan.data.provinces import UnitOnDate

__all__ = [
    "DimensionError",
    "DistrictNotInForceError",
    "LikelySlipWarning",
    "MissingDependencyError",
    "PlanDataError",
    "Problem",
    "ShapeError",
    "UnitNotInForceError",
    "UnknownDistrictError",
    "UnknownIndicatorError",
    "UnknownProvinceError",
    "VNHealthPlanError",
    "ValidationError",
    "WrongTypeError",
]


class VNHealthPlanError(Exception):
    """Base class of every error raised by vnhealthplan.

    Examples
    --------
    Catch it to handle any of the package's own errors at once:

    >>> from vnhealthplan import plans
    >>> try:
    ...     plans.load("ha-noi-2024")
    ... except VNHealthPlanError as err:
    ...     print(type(err).__name__)
    UnknownPlanError

    Its ``str()`` is in the package language:

    >>> from vnhealthplan import Period, options
    >>> with options.language("vi"):
    ...     try:
    ...         Period.quarter(2024, 5)
    ...     except VNHealthPlanError as err:
    ...         print(err)
    Period.quarter: nhận giá trị 5; cần quý 1, 2, 3 hoặc 4
    """

    __reduce__ = reduce_error  # pickled whole: args and attributes (core.rebuild)

    def __str__(self) -> str:
        return self.said()

    def said(self, lang: Lang | None = None) -> str:
        """The error's message in *lang* (default: the package language).

        Examples
        --------
        >>> from vnhealthplan import indicators
        >>> try:
        ...     indicators.get("beds_per_10")
        ... except VNHealthPlanError as err:
        ...     print(err.said("vi"))
        không có chỉ tiêu 'beds_per_10'; có phải là 'beds_per_10k', ...?
        """
        first = self.args[0] if len(self.args) == 1 else None
        return said(first, lang) if isinstance(first, Message) else super().__str__()

    def as_message(self) -> Message | str:
        """The message, as a :class:`~vnhealthplan.core.messages.Message` where it is one.

        For a problem report or another message to hold the error's message and say it in
        either language.

        Examples
        --------
        >>> from vnhealthplan import indicators
        >>> try:
        ...     indicators.get("doctors")
        ... except VNHealthPlanError as err:
        ...     err.as_message().template
        'unknown {kind} {name!r}{hint}'
        """
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, Message) else super().__str__()


class ValidationError(VNHealthPlanError, ValueError):
    """A field of a model object received a value it cannot hold.

    Parameters
    ----------
    owner : str
        The class being built, e.g. ``"Target"``.
    field : str
        The field, e.g. ``"value"``.
    value : object
        The value received.
    expected : str
        What the field accepts, in words.

    Examples
    --------
    >>> err = ValidationError("Target", "value", 120, "a share between 0 and 100 %")
    >>> str(err)
    'Target.value: got 120; expected a share between 0 and 100 %'
    >>> (err.owner, err.field)
    ('Target', 'value')
    """

    def __init__(self, owner: str, field: str, value: object, expected: str) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(
            message("{owner}.{field}: got {value}; expected {expected}", owner=owner,
                    field=field, value=_shown(value, field, typed=isinstance(self, TypeError)),
                    expected=expected)
        )  # fmt: skip


class WrongTypeError(ValidationError, TypeError):
    """An argument or field of the wrong type: a string where a number or a date is needed.

    Both a :class:`ValidationError` (with ``owner``, ``field``, ``value`` and ``expected``)
    and a :class:`TypeError`, so code that caught the built-in keeps working.

    Examples
    --------
    >>> from vnhealthplan.text import parse_number
    >>> parse_number(5130)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: parse_number.text: got 5130; expected a string such \
as '5.130' (got int)
    """


class DimensionError(VNHealthPlanError, ValueError):
    """A quantity has units of the wrong dimension for the calculation asked.

    Examples
    --------
    >>> from vnhealthplan import ureg, per_capita
    >>> per_capita(ureg.Quantity(5130, "bed"), ureg.Quantity(29, "doctor"))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.DimensionError: population: got 29 doctor ([doctors]); expected a \
count of people or of live births
    """

    def __init__(self, argument: str, value: object, expected: str) -> None:
        self.argument = argument
        self.value = value
        self.expected = expected
        super().__init__(
            message("{argument}: got {value}; expected {expected}", argument=argument,
                    value=value if isinstance(value, Message) else str(value),
                    expected=expected)
        )  # fmt: skip


class ShapeError(VNHealthPlanError, ValueError):
    """Array or Series arguments do not line up element by element.

    Examples
    --------
    >>> import numpy as np
    >>> from vnhealthplan import per_capita
    >>> per_capita(np.array([2430, 2700]), np.array([1.0e6, 1.1e6, 1.2e6]))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ShapeError: count has shape (2,) but population has shape (3,)
    """


class Problem(NamedTuple):
    """One invalid value in a plan file: where it is, what it is, what was expected.

    Examples
    --------
    >>> p = Problem("my-plan.toml", "target[3]", "period", "Quý V/2024", "expected a quarter 1–4")
    >>> print(p)
    my-plan.toml: target[3]: period = 'Quý V/2024': expected a quarter 1–4
    >>> p.record, p.field
    ('target[3]', 'period')
    """

    file: str
    record: str
    field: str
    value: object
    message: str

    def __str__(self) -> str:
        return self.said()

    def said(self, lang: Lang | None = None) -> str:
        """The problem in *lang*: its record, field and message said where they can be.

        Examples
        --------
        >>> from vnhealthplan.core.messages import message
        >>> Problem("mine.csv", message("row {row}", row=3), "value", 17.5,
        ...         message("expected a finite number")).said("vi")
        'mine.csv: dòng 3: giá trị = 17,5: cần một số hữu hạn'
        """
        chosen = resolve_language(lang)
        value = "" if self.value is None else f" = {_show(self.value, chosen)}"
        record = said(self.record, chosen) if isinstance(self.record, Message) else (
            field_name(str(self.record), chosen))  # fmt: skip
        field = field_name(str(self.field), chosen)
        return f"{self.file}: {record}: {field}{value}: {said(self.message, chosen)}"


class PlanDataError(VNHealthPlanError, ValueError):
    """A plan file (or a set of records) holds invalid records; all of them are listed.

    Attributes
    ----------
    problems : tuple of Problem
        Every problem found, in file order.

    Examples
    --------
    >>> err = PlanDataError([Problem("my-plan.toml", "target[2]", "comparator", "=>",
    ...                              "expected one of '=', '<', '<=', '>', '>=', '~', 'range'")])
    >>> print(err)
    1 invalid value in my-plan.toml:
      my-plan.toml: target[2]: comparator = '=>': expected one of '=', '<', '<=', '>', \
'>=', '~', 'range'
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.said("en"))

    def said(self, lang: Lang | None = None) -> str:
        """Every problem, in *lang*.

        Examples
        --------
        >>> err = PlanDataError([Problem("my-plan.toml", "target[2]", "comparator", "=>",
        ...                              "expected '<' or '>'")])
        >>> print(err.said("vi"))
        1 giá trị không hợp lệ trong my-plan.toml:
          my-plan.toml: target[2]: phép so sánh = '=>': expected '<' or '>'
        """
        files = ", ".join(dict.fromkeys(p.file for p in self.problems)) or "<records>"
        count = len(self.problems)
        head = message("{count} invalid value in {files}:" if count == 1 else
                       "{count} invalid values in {files}:", count=count, files=files)  # fmt: skip
        lines = [p.said(lang) for p in self.problems]
        return "\n".join([head.said(lang), *(f"  {line}" for line in lines)])


class _UnknownName(VNHealthPlanError, LookupError):
    kind = "name"

    def __init__(self, name: str, close: Sequence[str] = (), *, why: Message | str = "") -> None:
        self.name = name
        self.close = tuple(close)
        super().__init__(
            message("unknown {kind} {name!r}{hint}", kind=message(self.kind), name=name,
                    hint=message(": {why}", why=why) if why else _hint(self.close))
        )  # fmt: skip

    def __str__(self) -> str:  # the message alone, whatever the arguments
        return self.said()


class UnknownIndicatorError(_UnknownName):
    """No indicator in the catalogue has this code.

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> indicators.get("beds_per_10")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownIndicatorError: unknown indicator 'beds_per_10'; did you \
mean 'beds_per_10k'...?
    """

    kind = "indicator"


class UnknownProvinceError(_UnknownName):
    """No province known to the package answers to this name.

    Examples
    --------
    >>> from vnhealthplan import provinces
    >>> provinces.get("Quang Ngai City")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'Quang Ngai City'; did you \
mean 'Quảng Ngãi'?
    """

    kind = "province"


class UnitNotInForceError(UnknownProvinceError):
    """Units answer to the name, but none existed on the day asked for.

    Also importable from :mod:`vnhealthplan.provinces`.

    Attributes
    ----------
    name : str
    on : datetime.date
    found : UnitOnDate or None
        What the name meant that day (the unit it had become part of), where known.

    Examples
    --------
    >>> from datetime import date
    >>> from vnhealthplan import provinces
    >>> try:
    ...     provinces.get("Phú Yên", on=date(2025, 7, 1))
    ... except UnitNotInForceError as err:
    ...     print(err.found.current.key)
    dak-lak-2025
    """

    def __init__(self, name: str, on: date, found: UnitOnDate | None = None) -> None:
        super().__init__(name)
        self.on = on
        self.found = found
        self.args = (_not_in_force("province", name, on, found),)


class UnknownDistrictError(_UnknownName):
    """No district-level unit of :mod:`vnhealthplan.districts` answers to this name.

    Examples
    --------
    >>> from vnhealthplan import districts
    >>> districts.get("Son Tinh City")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownDistrictError: unknown district 'Son Tinh City'; did you \
mean 'Sơn Tịnh'?
    """

    kind = "district"


class DistrictNotInForceError(UnknownDistrictError):
    """A district is asked for on a day after the district level ended (30 June 2025).

    Attributes
    ----------
    name : str
    on : datetime.date
    found : DistrictOnDate
        The district, and the provincial unit whose territory held it that day.

    Examples
    --------
    >>> from datetime import date
    >>> from vnhealthplan import districts
    >>> try:
    ...     districts.get("Sơn Tịnh", on=date(2025, 7, 1))
    ... except DistrictNotInForceError as err:
    ...     print(err.found.province.current.key)
    quang-ngai-2025
    """

    def __init__(self, name: str, on: date, found: DistrictOnDate) -> None:
        super().__init__(name)
        self.on = on
        self.found = found
        self.args = (_not_in_force("district", name, on, found),)


class MissingDependencyError(VNHealthPlanError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    Parameters
    ----------
    package : str
        The package that is missing, e.g. "openpyxl".
    extra : str
        The vnhealthplan extra that installs it, e.g. "excel".
    what : str
        What needs it, e.g. "to_excel".

    Examples
    --------
    >>> print(MissingDependencyError("openpyxl", "excel", "to_excel"))
    to_excel needs openpyxl, which is not installed: pip install "vnhealthplan[excel]"
    """

    def __init__(self, package: str, extra: str, what: str) -> None:
        self.package, self.extra = package, extra
        super().__init__(
            message('{what} needs {package}, which is not installed: pip install '
                    '"vnhealthplan[{extra}]"', what=what, package=package, extra=extra)
        )  # fmt: skip


def _show(value: object, lang: Lang = "en") -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return got_number(value, lang)  # "1.917.093" and "1,917,093", as a user typed it
    text = shown(value, lang)  # a Message said in lang
    return text if len(text) <= 120 else text[:117] + "..."


def _shown(value: object, field: str = "", *, typed: bool = False) -> Any:
    """A value as a message field: a number written as a user typed it and grouped in each
    language ("900,000", "1.917.093"; a year's digits kept, and a number of the wrong type
    as it is), a message kept (said in each language), anything else shown."""
    plain = not typed and "year" not in field
    if isinstance(value, int | float) and not isinstance(value, bool) and plain:
        said = {"en": got_number(value, "en"), "vi": got_number(value, "vi")}
        return Unquoted("{quantity}", {"quantity": said})
    if isinstance(value, Message | int | float) and not isinstance(value, bool):
        return value
    return _show(value)


def _hint(close: Sequence[str]) -> Message | str:
    if not close:
        return ""
    return message("; did you mean {names}?", names=", ".join(map(repr, close)))


def _not_in_force(kind: str, name: str, on: date, found: Any) -> Message:
    detail = message("; {change}", change=found.change) if found is not None else ""
    return message("unknown {kind} {name!r} on {day}{detail}", kind=message(kind), name=name,
                   day=said_day(on), detail=detail)  # fmt: skip


# The errors are part of the public API at ``vnhealthplan.errors`` (and the package itself):
# tracebacks and pickles name that path, not the layer the code happens to live in.
for _error in (
    VNHealthPlanError,
    ValidationError,
    WrongTypeError,
    DimensionError,
    ShapeError,
    UnknownIndicatorError,
    UnknownProvinceError,
    UnitNotInForceError,
    UnknownDistrictError,
    DistrictNotInForceError,
    PlanDataError,
    MissingDependencyError,
):
    _error.__module__ = "vnhealthplan.errors"
