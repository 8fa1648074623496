"""Export formats: a registry that :func:`export` dispatches through.

A format is one :class:`ExportFormat` (a key, the suffixes it is recognised by, the function
that writes it, the extra that installs what it needs) registered with
:func:`register_format`. :func:`export`, ``vnhealthplan export --format`` and the
documentation all read the registry (:func:`formats`), so a new format is one module
with its writer and one call of :func:`register_format`.

Examples
--------
>>> for f in formats().values():
...     print(f"{f.key:8} {f.name:8} {' '.join(f.suffixes):9} {f.extra or '-':8} "
...           f"{'folder' if f.folder else 'file'}")
xlsx     Excel    .xlsx     excel    file
csv      CSV      .csv      -        folder
parquet  Parquet  .parquet  parquet  folder
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

import attrs

from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.registry import Registry
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.export._tables import ExportTable
from vnhealthplan.io.export._writers import to_csv, to_excel, to_parquet
from vnhealthplan.model.plan import Plan

__all__ = [
    "FORMATS",
    "ExportFormat",
    "Writer",
    "export",
    "format_for",
    "formats",
    "get_format",
    "register_format",
    "unregister_format",
]


class Writer(Protocol):
    """What writes a format: ``write(plan_or_tables, path, *, lang, gaps, audit)``.

    It returns the path written, or the paths (one per table for a folder format).

    Examples
    --------
    >>> get_format("csv").write is to_csv
    True
    """

    def __call__(
        self,
        plan_or_tables: Plan | Sequence[ExportTable],
        path: str | os.PathLike[str],
        /,
        *,
        lang: Lang | None,
        gaps: bool,
        audit: bool,
    ) -> Path | Sequence[Path]: ...


def _suffixes(value: str | Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _check_suffixes(inst: ExportFormat, attribute: attrs.Attribute[Any], value: Any) -> None:
    ok = all(isinstance(s, str) and s.startswith(".") and s == s.lower() for s in value)
    if not value or not ok:
        raise ValidationError(
            "ExportFormat", "suffixes", value, message("lower-case suffixes like '.xlsx'")
        )


@attrs.frozen
class ExportFormat:
    """A format :func:`export` writes.

    Parameters
    ----------
    key : str
        What ``format=`` and ``--format`` take, e.g. ``"csv"``.
    name : str
        Its name in messages, e.g. ``"CSV"``.
    suffixes : tuple of str
        Lower-case suffixes that name it (``(".xlsx",)``).
    write : Writer
        ``write(plan_or_tables, path, *, lang, gaps, audit)``, returning the path(s) written.
    folder : bool
        True if it writes one file per table into a folder (then a path ending in one of
        its suffixes is refused: a folder is expected, with ``format=key``).
    extra : str, optional
        The extra of ``pip install "vnhealthplan[extra]"`` that installs what it needs.

    Examples
    --------
    >>> get_format("parquet").extra, get_format("csv").folder
    ('parquet', True)
    """

    key: str
    name: str
    suffixes: tuple[str, ...] = attrs.field(converter=_suffixes, validator=_check_suffixes)
    write: Writer
    folder: bool = False
    extra: str | None = None


#: The registered formats, by key.
_REGISTRY: Final[Registry[ExportFormat]] = Registry("export format")


def register_format(format: ExportFormat, *, replace: bool = False) -> ExportFormat:
    """Register *format* under its key, for :func:`export` and ``vnhealthplan export``.

    Parameters
    ----------
    format : ExportFormat
    replace : bool
        Replace a format already registered under that key (else an error).

    Returns
    -------
    ExportFormat
        *format*, so that a module defines and registers it in one statement.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a key already registered (without ``replace=True``), or not an ExportFormat.

    Examples
    --------
    A format that writes the number of rows of each table, in one text file:

    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.export import export_tables
    >>> def write_counts(plan_or_tables, path, *, lang, gaps, audit):
    ...     tables = export_tables(plan_or_tables, lang=lang, gaps=gaps, audit=audit)
    ...     path = pathlib.Path(path)
    ...     path.write_text("".join(f"{t.name} {len(t.frame)}\\n" for t in tables))
    ...     return path
    >>> counts = register_format(ExportFormat("counts", "row counts", ".counts", write_counts))
    >>> try:
    ...     with tempfile.TemporaryDirectory() as folder:
    ...         [path] = export(plans.load("dak-lak-2024"), pathlib.Path(folder, "dl.counts"))
    ...         print(path.read_text().splitlines()[1])
    ... finally:
    ...     _ = unregister_format("counts")
    targets 14
    """
    replace = flag(replace, "register_format", "replace")
    if not isinstance(format, ExportFormat):
        raise ValidationError("register_format", "format", format, message("an ExportFormat"))
    return _REGISTRY.add(format.key, format, replace=replace)


def unregister_format(key: str) -> ExportFormat:
    """Remove the format registered under *key* and return it (e.g. at the end of a test).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a key not registered.

    Examples
    --------
    >>> unregister_format("ods")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: export format.key: got 'ods'; expected one of \
'xlsx', 'csv', 'parquet'
    """
    return _REGISTRY.remove(key)


def formats() -> Mapping[str, ExportFormat]:
    """The registered formats: key → :class:`ExportFormat`, in registration order (read-only).

    Examples
    --------
    >>> list(formats())
    ['xlsx', 'csv', 'parquet']
    """
    return _REGISTRY.view()


def get_format(key: str) -> ExportFormat:
    """The format registered under *key*.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For an unknown key, listing the registered ones.

    Examples
    --------
    >>> get_format("xlsx").suffixes
    ('.xlsx',)
    """
    if key not in _REGISTRY:
        expected = message("one of {keys}", keys=", ".join(_REGISTRY))
        raise ValidationError("export", "format", key, expected)
    return _REGISTRY.get(key)


def format_for(path: str | os.PathLike[str]) -> ExportFormat:
    """The format a path's suffix names (a file format: a folder format needs ``format=``).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a suffix no file format has, or one of a folder format.

    Examples
    --------
    >>> format_for("an-giang.XLSX").key
    'xlsx'
    >>> format_for("an-giang.parquet")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: export.path: got 'an-giang.parquet'; expected a folder \
and format='parquet': a Parquet export writes one file per table
    """
    suffix = Path(path).suffix.lower()
    for f in _REGISTRY.entries.values():
        if suffix in f.suffixes and f.folder:
            expected = message("a folder and format={key!r}: a {name} export writes one file "
                               "per table", key=f.key, name=f.name)  # fmt: skip
            raise ValidationError("export", "path", str(path), expected)
        if suffix in f.suffixes:
            return f
    endings = ", ".join(s for f in _REGISTRY.entries.values() if not f.folder for s in f.suffixes)
    keys = ", ".join(_REGISTRY)
    expected = message("a path ending in {endings} (this one gives no format), or a folder "
                       "and format= one of {keys}", endings=endings, keys=keys)  # fmt: skip
    raise ValidationError("export", "path", str(path), expected)


def export(
    plan_or_tables: Plan | Sequence[ExportTable],
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    lang: Lang | None = None,
    gaps: bool = True,
    audit: bool = True,
) -> tuple[Path, ...]:
    """Write an export in any registered format (:func:`formats`).

    The built-in ones are :func:`~vnhealthplan.export.to_excel`,
    :func:`~vnhealthplan.export.to_csv` and :func:`~vnhealthplan.export.to_parquet`.

    Parameters
    ----------
    path : str or path-like
        An ``.xlsx`` file, or a folder for CSV and Parquet.
    format : str, optional
        A registered format's key (``"xlsx"``, ``"csv"``, ``"parquet"`` …); by default the
        format whose suffix *path* ends in (:func:`format_for`).

    Returns
    -------
    tuple of pathlib.Path
        The files written.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For an unknown format, a path whose suffix gives none, or a flag that is not a bool.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export(plans.load("quang-ngai-2023"), pathlib.Path(folder, "qn.xlsx"))
    ...     [p.name for p in written]
    ['qn.xlsx']
    >>> export(plans.load("quang-ngai-2023"), "quang-ngai.csv")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: export.path: got 'quang-ngai.csv'; expected a folder \
and format='csv': a CSV export writes one file per table
    """
    gaps = flag(gaps, "export", "gaps")
    audit = flag(audit, "export", "audit")
    chosen = format_for(path) if format is None else get_format(format)
    written = chosen.write(plan_or_tables, path, lang=lang, gaps=gaps, audit=audit)
    return (written,) if isinstance(written, Path) else tuple(written)


register_format(ExportFormat("xlsx", "Excel", ".xlsx", to_excel, extra="excel"))
register_format(ExportFormat("csv", "CSV", ".csv", to_csv, folder=True))
register_format(ExportFormat("parquet", "Parquet", ".parquet", to_parquet, folder=True,
                             extra="parquet"))  # fmt: skip

#: The built-in formats' keys (:func:`formats` lists every registered one).
FORMATS: Final = tuple(_REGISTRY)
