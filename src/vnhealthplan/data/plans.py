"""The registry of plans: the bundled seed documents, and any folder of plans added to it.

A plan is its data files: ``plans/<key>.toml`` (schema: :mod:`vnhealthplan.planfile`) and
the text it was read from, ``plans/texts/<key>.txt``; every quote of the file is checked
against that text when the plan loads. The bundled plans are found by listing the package's
``data/plans/`` folder; :func:`register_folder` adds the plans of another folder laid out
the same way. Plans are read through :mod:`vnhealthplan.data.loader`, parsed once and
cached; they are immutable.

Examples
--------
>>> from vnhealthplan import plans
>>> "dak-lak-2024" in plans.available()
True
>>> plans.load("dak-lak-2024").province.name
'Đắk Lắk'
"""

from __future__ import annotations

import difflib
import os
from functools import cache
from pathlib import Path

import attrs

from vnhealthplan.core.errors import PlanDataError, Problem, ValidationError, VNHealthPlanError
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader
from vnhealthplan.data.planfile import plan_from_dict
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document

__all__ = [
    "UnknownPlanError",
    "available",
    "document",
    "load",
    "load_all",
    "register_folder",
    "source_text",
    "unregister",
]

#: Where the plans are in their folder, and their texts in that.
PLANS = "plans"
TEXTS = "plans/texts"


class UnknownPlanError(VNHealthPlanError, LookupError):
    """No registered plan has this key.

    Examples
    --------
    >>> load("thanh-hoa")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnhealthplan.plans.UnknownPlanError: unknown plan 'thanh-hoa'; did you mean \
'thanh-hoa-2023'?; known plans: 'an-giang-2018', ...
    """

    def __init__(self, key: str, known: tuple[str, ...]) -> None:
        self.key = key
        self.known = known
        close = difflib.get_close_matches(key, known, n=1)
        hint = message("; did you mean {names}?", names=repr(close[0])) if close else ""
        listing = ", ".join(map(repr, known))
        super().__init__(
            message("unknown plan {key!r}{hint}; known plans: {known}", key=key, hint=hint,
                    known=listing)
        )  # fmt: skip

    def __str__(self) -> str:
        return self.said()


@attrs.frozen
class _Entry:
    """Where a plan's files are: a folder (None: the bundled data) and the plan's key."""

    key: str
    folder: str | None = None

    @property
    def file(self) -> str:
        return f"{PLANS}/{self.key}.toml"

    @property
    def label(self) -> str:
        """The file as error messages name it."""
        if self.folder is None:
            return f"vnhealthplan/data/{self.file}"
        return os.path.join(self.folder, self.file)


#: Plans added from other folders, by key.
_added: dict[str, _Entry] = {}


@cache
def _bundled() -> dict[str, _Entry]:
    found = (name.removeprefix(f"{PLANS}/") for name in loader.files(PLANS, ".toml"))
    return {name.removesuffix(".toml"): _Entry(name.removesuffix(".toml")) for name in found}


def _registry() -> dict[str, _Entry]:
    return {**_bundled(), **_added}


def _entry(key: str) -> _Entry:
    registry = _registry()
    if key not in registry:
        raise UnknownPlanError(key, tuple(sorted(registry)))
    return registry[key]


def available() -> tuple[str, ...]:
    """The keys of the registered plans (bundled, then added), sorted.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> available()[:2]
    ('an-giang-2018', 'dak-lak-2024')
    """
    return tuple(sorted(_registry()))


def load(key: str) -> Plan:
    """Load a registered plan by its key (parsed on first use, then cached).

    Parameters
    ----------
    key : str
        One of :func:`available`, e.g. ``"dak-lak-2024"``.

    Returns
    -------
    Plan

    Raises
    ------
    UnknownPlanError
        If *key* is not a registered plan; the error lists the known keys.
    PlanDataError
        Listing every invalid value of the plan's file.

    Examples
    --------
    >>> plan = load("thanh-hoa-2023")
    >>> [t.value.magnitude for t in plan.targets_for("beds_per_10k")]
    [39.0, 40.0]
    """
    return _load(_entry(key))


@cache
def _load(entry: _Entry) -> Plan:
    data = loader.thaw(loader.read_toml(entry.file, folder=entry.folder))
    named = {"key": entry.key, "source_text": f"texts/{entry.key}.txt"}
    problems = [
        Problem(
            entry.label,
            "(file)",
            field,
            data[field],
            message("expected {value!r}, as the plan's key", value=value),
        )
        for field, value in named.items()
        if data.get(field, value) != value
    ]
    if "key" not in data:
        problems.insert(0, Problem(entry.label, "(file)", "key", None, message("missing")))
    if problems:
        raise PlanDataError(problems)
    text = _text(entry) if "source_text" in data else None
    return plan_from_dict(data, file=entry.label, text=text)


def load_all() -> tuple[Plan, ...]:
    """Every registered plan, in key order.

    Examples
    --------
    >>> len(load_all()) == len(available())
    True
    """
    return tuple(load(key) for key in available())


def _text(entry: _Entry) -> str:
    return loader.read_text(f"{TEXTS}/{entry.key}.txt", folder=entry.folder)


def source_text(key: str) -> str:
    """The full text a plan was read from, as shipped (OCR errors included).

    Vietnamese administrative documents are not protected by copyright (Law on
    Intellectual Property, Article 15), so the texts ship with the package. Only the text
    is read, not the plan.

    Examples
    --------
    >>> "5.130" in source_text("dak-lak-2024")
    True
    """
    return _text(_entry(key))


def document(key: str) -> Document:
    """The document a plan is, from its file's ``[document]`` table alone (the plan is not built).

    Examples
    --------
    >>> document("dak-lak-2024") == load("dak-lak-2024").document
    True
    """
    return _document(_entry(key))


@cache
def _document(entry: _Entry) -> Document:
    table = loader.read_toml(entry.file, folder=entry.folder).get("document")
    try:
        return Document(**loader.thaw(table))
    except (TypeError, ValidationError) as err:
        problem = Problem(entry.label, "document", "(record)", None, str(err))
        raise PlanDataError([problem]) from None


def register_folder(folder: str | os.PathLike[str]) -> tuple[str, ...]:
    """Add the plans of a folder to the registry: adding a plan is adding its data files.

    The folder is laid out like the bundled data: ``plans/<key>.toml`` and its text
    ``plans/texts/<key>.txt``. Nothing is read until a plan is loaded.

    Parameters
    ----------
    folder : str or path-like

    Returns
    -------
    tuple of str
        The keys added.

    Raises
    ------
    PlanDataError
        If a key is already registered, or the folder holds no plans.

    See Also
    --------
    unregister : remove them again.

    Examples
    --------
    >>> register_folder("/no/such/folder")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 1 invalid value in /no/such/folder:
      /no/such/folder: (folder): plans = '/no/such/folder': a folder holding plans/<key>.toml
    """
    where = os.fspath(Path(folder).resolve()) if Path(folder).is_dir() else os.fspath(folder)
    names = loader.files(PLANS, ".toml", folder=where) if Path(where).is_dir() else ()
    keys = [name.removeprefix(f"{PLANS}/").removesuffix(".toml") for name in names]
    if not keys:
        expected = message("a folder holding {plans}/<key>.toml", plans=str(PLANS))
        raise PlanDataError([Problem(where, "(folder)", "plans", where, expected)])
    registry = _registry()
    taken = [
        Problem(
            os.path.join(where, f"{PLANS}/{k}.toml"),
            "(file)",
            "key",
            k,
            message("a key not yet used"),
        )
        for k in keys
        if k in registry
    ]
    if taken:
        raise PlanDataError(taken)
    _added.update({k: _Entry(k, where) for k in keys})
    return tuple(keys)


def unregister(keys: tuple[str, ...] | list[str]) -> None:
    """Remove plans added by :func:`register_folder` (the bundled plans stay).

    Examples
    --------
    >>> unregister(["dak-lak-2024"])
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 1 invalid value in (registry):
      (registry): unregister: key = 'dak-lak-2024': a plan added by register_folder
    """
    wrong = [
        Problem("(registry)", "unregister", "key", key, message("a plan added by register_folder"))
        for key in keys
        if key not in _added
    ]
    if wrong:
        raise PlanDataError(wrong)
    for key in keys:
        del _added[key]


# Public path in tracebacks and pickles (the code lives in a layer, see docs/architecture).
UnknownPlanError.__module__ = "vnhealthplan.plans"
