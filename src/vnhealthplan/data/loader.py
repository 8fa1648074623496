"""The one place that reads a data file: bundled with the package, or in a folder given.

A file is read once (:mod:`importlib.resources` for the bundled files), parsed once and
cached; a TOML file comes back immutable (tables as read-only mappings, arrays as tuples).
Each data module passes the file's own rules, a *check* that lists every problem it finds;
the loader raises them all at once in one :class:`~vnhealthplan.errors.PlanDataError`, as
it does for a file it cannot read or parse.

Examples
--------
>>> from vnhealthplan.data import loader
>>> table = loader.read_toml("indicators.toml")
>>> table["imr"]["unit"]
'death / thousand_live_births'
>>> table is loader.read_toml("indicators.toml")  # parsed once
True
>>> loader.read_toml("missing.toml")
Traceback (most recent call last):
...
vnhealthplan.errors.PlanDataError: 1 invalid value in missing.toml:
  missing.toml: (file): (file): cannot read: no such file
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from vnhealthplan.core.errors import PlanDataError, Problem
from vnhealthplan.core.messages import message

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "Check",
    "fields",
    "files",
    "freeze",
    "read_text",
    "read_toml",
    "rows",
    "thaw",
]

#: A file's own rules: given the parsed file and its name, every problem found.
Check = Callable[[Mapping[str, Any], str], Iterable[Problem]]

#: TOML types by the words the checks use for them.
_KINDS: Mapping[type, str] = {
    str: message("a string"),
    int: message("an integer"),
    float: message("a number"),
    bool: message("true or false"),
    tuple: message("an array"),
    Mapping: message("a table"),
}


def _folder(folder: str | None) -> Traversable:
    if folder is None:
        from importlib import resources

        return resources.files("vnhealthplan").joinpath("data")
    return Path(folder)


def _label(name: str, folder: str | None) -> str:
    return name if folder is None else os.path.join(folder, name)


def _relative(name: str) -> tuple[str, ...] | None:
    """The parts of *name*, a relative path inside its folder, or None if it leaves it."""
    path = PurePosixPath(name.replace("\\", "/"))
    if not name or path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
        return None
    return path.parts


def _where(folder: str | Path | None) -> str | None:
    return None if folder is None else os.fspath(folder)


@cache
def _text(name: str, folder: str | None) -> str:
    label = _label(name, folder)
    parts = _relative(name)
    if parts is None:
        problem = Problem(
            label, "(file)", "(file)", name, message("a relative path inside its folder")
        )
        raise PlanDataError([problem])
    try:
        return _folder(folder).joinpath(*parts).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        reason = "no such file"
    except (OSError, UnicodeDecodeError) as err:
        reason = str(err)
    raise PlanDataError(
        [
            Problem(
                label,
                "(file)",
                "(file)",
                None,
                message("cannot read: {reason}", reason=str(reason)),
            )
        ]
    )


def read_text(name: str, *, folder: str | Path | None = None) -> str:
    """The text of a data file (UTF-8, a byte-order mark dropped), read once.

    Parameters
    ----------
    name : str
        The file's path relative to its folder, with ``/``: ``"plans/texts/dak-lak-2024.txt"``.
    folder : str or path-like, optional
        The folder it is in; the package's bundled data by default.

    Raises
    ------
    PlanDataError
        If the file cannot be read, or *name* leaves its folder.

    Examples
    --------
    >>> "5.130" in read_text("plans/texts/dak-lak-2024.txt")
    True
    """
    return _text(name, _where(folder))


@cache
def _toml(name: str, folder: str | None, check: Check | None) -> Mapping[str, Any]:
    import tomllib

    if check is not None:  # the same file, parsed once, whatever the rules it is checked by
        data = _toml(name, folder, None)
        problems = list(check(data, _label(name, folder)))
        if problems:
            raise PlanDataError(problems)
        return data
    try:
        parsed = tomllib.loads(_text(name, folder))
    except tomllib.TOMLDecodeError as err:
        label = _label(name, folder)
        raise PlanDataError([Problem(label, "(file)", "(syntax)", None, str(err))]) from None
    except RecursionError:
        label = _label(name, folder)
        problem = Problem(
            label, "(file)", "(syntax)", None, message("tables or arrays nested too deep")
        )
        raise PlanDataError([problem]) from None
    frozen: Mapping[str, Any] = freeze(parsed)
    return frozen


def read_toml(
    name: str, check: Check | None = None, *, folder: str | Path | None = None
) -> Mapping[str, Any]:
    """A TOML data file, parsed once, immutable, and checked by its own rules.

    Parameters
    ----------
    name : str
        The file's path relative to its folder, e.g. ``"districts.toml"``.
    check : callable, optional
        ``check(data, file)`` lists every problem of the parsed file (``file`` is the name
        to show in them).
    folder : str or path-like, optional
        The folder it is in; the package's bundled data by default.

    Returns
    -------
    Mapping
        Tables are read-only mappings, arrays are tuples; :func:`thaw` makes a mutable copy.

    Raises
    ------
    PlanDataError
        Every problem of the file at once: unreadable, bad TOML, or what *check* found.

    Examples
    --------
    >>> def no_minimum(data, file):
    ...     return [Problem(file, code, "minimum", row["minimum"], "no minimum")
    ...             for code, row in data.items() if "minimum" in row]
    >>> read_toml("indicators.toml", no_minimum)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: ... invalid values in indicators.toml:
      indicators.toml: beds_per_10k: minimum = 0: no minimum
    ...
    """
    return _toml(name, _where(folder), check)


def files(subfolder: str, suffix: str, *, folder: str | Path | None = None) -> tuple[str, ...]:
    """The names (relative to *folder*) of the files of *subfolder* ending in *suffix*, sorted.

    Examples
    --------
    >>> files("plans", ".toml")[:2]
    ('plans/an-giang-2018.toml', 'plans/dak-lak-2024.toml')
    """
    parts = _relative(subfolder) if subfolder else ()
    if parts is None:
        return ()
    where = _folder(_where(folder)).joinpath(*parts)
    if not where.is_dir():
        return ()
    prefix = f"{subfolder}/" if subfolder else ""
    return tuple(
        sorted(prefix + f.name for f in where.iterdir() if f.name.endswith(suffix) and f.is_file())
    )


def freeze(value: Any) -> Any:
    """*value* with its dicts as read-only mappings and its lists as tuples, at any depth."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """A mutable copy of frozen data: mappings as dicts, tuples as lists (as TOML parses)."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


def _kind(value: Any, kind: type | tuple[type, ...]) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    if tuple in kinds:  # an array, frozen or as parsed
        kinds = (*kinds, list)
    return isinstance(value, kinds)


def _expected(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    said = [_KINDS.get(k) or message("a {name}", name=k.__name__) for k in kinds]
    return functools.reduce(lambda a, b: message("{first} or {second}", first=a, second=b), said)


def fields(
    file: str,
    record: str,
    row: Any,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
    *,
    closed: bool = False,
) -> list[Problem]:
    """The problems of one record: a missing field, a value of the wrong type, an unknown field.

    Parameters
    ----------
    file, record : str
        Where the record is, for the messages.
    row : Mapping
        The record.
    required, optional : mapping of field to type (or tuple of types)
        ``Mapping`` stands for a table, ``tuple`` for an array.
    closed : bool
        Whether a field named in neither is a problem.

    Examples
    --------
    >>> fields("x.toml", "agency[2]", {"name": 5, "nom": "y"}, {"name": str}, closed=True)
    [Problem(file='x.toml', record='agency[2]', field='name', value=5, message='expected a \
string'), Problem(file='x.toml', record='agency[2]', field='nom', value='y', message='an \
unknown field; known: name')]
    """
    if not isinstance(row, Mapping):
        return [Problem(file, record, "(record)", row, message("expected a table"))]
    found = []
    wanted = {**required, **(optional or {})}
    for field, kind in wanted.items():
        if field not in row:
            if field in required:
                found.append(Problem(file, record, field, None, message("missing")))
        elif not _kind(row[field], kind):
            found.append(
                Problem(
                    file,
                    record,
                    field,
                    row[field],
                    message("expected {expected}", expected=_expected(kind)),
                )
            )
    if closed:
        known = ", ".join(wanted)
        found += [
            Problem(
                file, record, k, v, message("an unknown field; known: {known}", known=str(known))
            )
            for k, v in row.items()
            if k not in wanted
        ]
    return found


def rows(data: Mapping[str, Any], table: str, file: str) -> tuple[Sequence[Any], list[Problem]]:
    """The records of an array of tables ``[[table]]``, and a problem if it is not one.

    Examples
    --------
    >>> rows({"agency": "x"}, "agency", "a.toml")
    ((), [Problem(file='a.toml', record='agency', field='(table)', value='x', \
message='expected an array of tables [[agency]]')])
    """
    value = data.get(table, ())
    if isinstance(value, tuple | list):
        return value, []
    return (), [
        Problem(
            file,
            table,
            "(table)",
            value,
            message("expected an array of tables [[{table}]]", table=str(table)),
        )
    ]
