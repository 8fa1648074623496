"""Registries: the extension points where a progress method, an export format or a command
line subcommand is added by one module and one registration.

A :class:`Registry` maps keys to entries in registration order. Each extension point owns
one and wraps it in plain functions (``register_method``/``methods``/``get_method`` in
:mod:`vnhealthplan.progress`, ``register_format``/``formats``/``get_format`` in
:mod:`vnhealthplan.export`, ``register_command``/``commands`` in :mod:`vnhealthplan.cli`);
the command line, the documentation and the tests read those functions, so nothing lists
the keys by hand.

Examples
--------
>>> colours = Registry("colour")
>>> colours.add("red", "#f00")
'#f00'
>>> colours.add("red", "#e00")
Traceback (most recent call last):
...
vnhealthplan.errors.ValidationError: colour.key: got 'red'; expected a key not registered \
yet (registered: 'red'), or replace=True
>>> colours.add("red", "#e00", replace=True), colours.keys()
('#e00', ('red',))
>>> colours.remove("red"), len(colours)
('#e00', 0)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message

__all__ = ["Registry"]

_T = TypeVar("_T")


@attrs.frozen
class Registry(Generic[_T]):
    """Entries by key, in registration order (the order listings and ``--help`` show).

    Parameters
    ----------
    what : str
        What an entry is, e.g. ``"progress method"``: the owner named by its errors.

    Examples
    --------
    >>> from vnhealthplan.progress import methods
    >>> list(methods())
    ['opensdg', 'unsd']
    """

    what: str
    entries: dict[str, _T] = attrs.field(factory=dict, init=False, repr=False)

    def add(self, key: str, entry: _T, *, replace: bool = False) -> _T:
        """Register *entry* under *key*; a key already taken needs ``replace=True``.

        Returns the entry, so that a module can register and name it in one statement.

        Examples
        --------
        >>> Registry("colour").add("blue", "#00f")
        '#00f'
        """
        if not isinstance(key, str) or not key or key != key.strip():
            raise ValidationError(self.what, "key", key, message("a non-empty text without spaces"))
        if key in self.entries and not replace:
            taken = ", ".join(map(repr, self.entries))
            expected = message(
                "a key not registered yet (registered: {taken}), or replace=True", taken=str(taken)
            )
            raise ValidationError(self.what, "key", key, expected)
        self.entries[key] = entry
        return entry

    def remove(self, key: str) -> _T:
        """Unregister *key* and return its entry (e.g. after a test registered it).

        Examples
        --------
        >>> colours = Registry("colour")
        >>> _ = colours.add("blue", "#00f")
        >>> colours.remove("blue"), "blue" in colours
        ('#00f', False)
        """
        if key not in self.entries:
            raise ValidationError(self.what, "key", key, self.expected())
        return self.entries.pop(key)

    def get(self, key: str) -> _T:
        """The entry of *key*; an unknown key raises ValidationError naming the known ones.

        Examples
        --------
        >>> from vnhealthplan.progress import get_method
        >>> get_method("sdg")
        Traceback (most recent call last):
        ...
        vnhealthplan.errors.ValidationError: progress method.key: got 'sdg'; expected one \
of 'opensdg', 'unsd'
        """
        if not isinstance(key, str) or key not in self.entries:
            raise ValidationError(self.what, "key", key, self.expected())
        return self.entries[key]

    def expected(self) -> str:
        """What a key may be, in words.

        Examples
        --------
        >>> colours = Registry("colour")
        >>> _ = colours.add("red", "#f00"), colours.add("blue", "#00f")
        >>> colours.expected()
        "one of 'red', 'blue'"
        """
        return message("one of {keys}", keys=", ".join(map(repr, self.entries)))

    def keys(self) -> tuple[str, ...]:
        """The keys, in registration order.

        Examples
        --------
        >>> colours = Registry("colour")
        >>> _ = colours.add("red", "#f00"), colours.add("blue", "#00f")
        >>> colours.keys()
        ('red', 'blue')
        """
        return tuple(self.entries)

    def view(self) -> Mapping[str, _T]:
        """A read-only snapshot: key → entry, in registration order.

        Examples
        --------
        >>> colours = Registry("colour")
        >>> _ = colours.add("red", "#f00")
        >>> view = colours.view()
        >>> _ = colours.add("blue", "#00f")
        >>> dict(view)
        {'red': '#f00'}
        """
        return MappingProxyType(dict(self.entries))

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self.entries))

    def __len__(self) -> int:
        return len(self.entries)
