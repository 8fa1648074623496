"""The bundled plans: the seed documents as structured, sourced data.

Each plan is a TOML file in ``data/plans/`` (schema: :mod:`vnhealthplan.planfile`) next
to the text it was read from (``data/plans/texts/``); every quote in a file is checked
against that text when the plan loads. Plans are parsed once and cached; they are
immutable.

Examples
--------
>>> from vnhealthplan import plans
>>> plans.available()
('an-giang-2018', 'dak-lak-2024', 'quang-ngai-2023', 'thanh-hoa-2023', 'unattributed-kbcb-2024')
>>> plans.load("dak-lak-2024").province.name
'Đắk Lắk'
"""

from __future__ import annotations

import difflib
from functools import cache
from importlib import resources

from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.data.planfile import plan_from_dict
from vnhealthplan.model.plan import Plan

__all__ = ["UnknownPlanError", "available", "load", "load_all", "source_text"]

_FOLDER = "data/plans"


class UnknownPlanError(VNHealthPlanError, LookupError):
    """No bundled plan has this key.

    Examples
    --------
    >>> load("thanh-hoa")
    Traceback (most recent call last):
    ...
    vnhealthplan.plans.UnknownPlanError: unknown plan 'thanh-hoa'; did you mean \
'thanh-hoa-2023'?; known plans: 'an-giang-2018', 'dak-lak-2024', 'quang-ngai-2023', \
'thanh-hoa-2023', 'unattributed-kbcb-2024'
    """

    def __init__(self, key: str, known: tuple[str, ...]) -> None:
        self.key = key
        self.known = known
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        listing = ", ".join(map(repr, known))
        super().__init__(f"unknown plan {key!r}{hint}; known plans: {listing}")

    def __str__(self) -> str:
        return str(self.args[0])


@cache
def available() -> tuple[str, ...]:
    """The keys of the bundled plans, sorted.

    Returns
    -------
    tuple of str
    """
    folder = resources.files("vnhealthplan").joinpath(_FOLDER)
    return tuple(
        sorted(f.name.removesuffix(".toml") for f in folder.iterdir() if f.name.endswith(".toml"))
    )


@cache
def load(key: str) -> Plan:
    """Load a bundled plan by its key (parsed on first use, then cached).

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
        If *key* is not a bundled plan; the error lists the known keys.

    Examples
    --------
    >>> plan = load("thanh-hoa-2023")
    >>> [t.value.magnitude for t in plan.targets_for("beds_per_10k")]
    [39.0, 40.0]
    """
    if key not in available():
        raise UnknownPlanError(key, available())
    import tomllib

    folder = resources.files("vnhealthplan").joinpath(_FOLDER)
    data = tomllib.loads(folder.joinpath(f"{key}.toml").read_text(encoding="utf-8"))
    text_name = data.get("source_text")
    text = folder.joinpath(text_name).read_text(encoding="utf-8") if text_name else None
    return plan_from_dict(data, file=f"vnhealthplan/{_FOLDER}/{key}.toml", text=text)


def load_all() -> tuple[Plan, ...]:
    """Every bundled plan, in key order.

    Examples
    --------
    >>> len(load_all()) == len(available())
    True
    """
    return tuple(load(key) for key in available())


def source_text(key: str) -> str:
    """The full text a bundled plan was read from, as shipped (OCR errors included).

    Vietnamese administrative documents are not protected by copyright (Law on
    Intellectual Property, Article 15), so the texts ship with the package.

    Examples
    --------
    >>> "5.130" in source_text("dak-lak-2024")
    True
    """
    if key not in available():
        raise UnknownPlanError(key, available())
    import tomllib

    folder = resources.files("vnhealthplan").joinpath(_FOLDER)
    data = tomllib.loads(folder.joinpath(f"{key}.toml").read_text(encoding="utf-8"))
    return folder.joinpath(data["source_text"]).read_text(encoding="utf-8")


# Public path in tracebacks and pickles (the code lives in a layer, see docs/architecture).
UnknownPlanError.__module__ = "vnhealthplan.plans"
