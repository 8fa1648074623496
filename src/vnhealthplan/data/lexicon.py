"""The extractor's indicator words (``data/lexicon.toml``), checked and expanded.

Each catalogue code has *required*, *optional* and *excluded* patterns over folded text;
``{name}`` in a pattern stands for the file's ``[fragment]`` of that name. The extractor
(:mod:`vnhealthplan.io.extract.lexicon`) ranks indicators with them.

Examples
--------
>>> required, optional, excluded = indicator_words()["beds_per_10k"]
>>> required, optional[0][:7], excluded
(('giuong',), 'van dan', ('tu nhan', 'ngoai cong lap'))
>>> problems({"fragment": {}, "indicator": {"imr": {"required": ["{dead}", "("]}}})
... # doctest: +NORMALIZE_WHITESPACE
[Problem(file='lexicon.toml', record='indicator.imr', field='optional', value=None,
  message='missing'),
 Problem(file='lexicon.toml', record='indicator.imr', field='excluded', value=None,
  message='missing'),
 Problem(file='lexicon.toml', record='indicator.imr', field='required', value='{dead}',
  message='a pattern whose {names} are fragments of [fragment]'),
 Problem(file='lexicon.toml', record='indicator.imr', field='required', value='(',
  message='a regular expression: missing ), unterminated subpattern at position 0')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader

__all__ = ["Words", "indicator_words", "problems"]

#: An indicator's (required, optional, excluded) patterns.
Words = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

_PARTS = ("required", "optional", "excluded")
_NAME = re.compile(r"\{([A-Za-z_]\w*)\}")


@cache
def indicator_words() -> Mapping[str, Words]:
    """Code → (required, optional, excluded) patterns, fragments expanded, in file order."""
    data = loader.read_toml("lexicon.toml", problems)
    fragments = data["fragment"]
    return MappingProxyType(
        {
            code: tuple(  # type: ignore[misc]
                tuple(_expand(p, fragments) for p in entry[part]) for part in _PARTS
            )
            for code, entry in data["indicator"].items()
        }
    )


def _expand(pattern: str, fragments: Mapping[str, str]) -> str:
    return _NAME.sub(lambda m: fragments.get(m.group(1), m.group()), pattern)


def problems(data: Mapping[str, Any], file: str = "lexicon.toml") -> list[Problem]:
    """Every invalid value of a lexicon file: fields, unknown fragments, bad patterns."""
    found = loader.fields(file, "(file)", data, {"fragment": Mapping, "indicator": Mapping})
    if found:
        return found
    fragments = data["fragment"]
    found += [
        Problem(file, "fragment", name, value, message("expected a string"))
        for name, value in fragments.items()
        if not isinstance(value, str)
    ]
    for code, entry in data["indicator"].items():
        record = f"indicator.{code}"
        shape = loader.fields(file, record, entry, dict.fromkeys(_PARTS, tuple), closed=True)
        found += shape
        for part in _PARTS:
            if any(p.field == part for p in shape) or not isinstance(entry, Mapping):
                continue
            found += _pattern_problems(file, record, part, entry[part], fragments)
    return found


def _pattern_problems(
    file: str, record: str, part: str, patterns: Any, fragments: Mapping[str, Any]
) -> list[Problem]:
    found = []
    for pattern in patterns:
        if not isinstance(pattern, str):
            found.append(Problem(file, record, part, pattern, message("expected a string")))
            continue
        if any(m.group(1) not in fragments for m in _NAME.finditer(pattern)):
            expected = message("a pattern whose {names} are fragments of [fragment]")
            found.append(Problem(file, record, part, pattern, expected))
            continue
        try:
            re.compile(_expand(pattern, fragments))
        except re.error as err:
            expected = message("a regular expression: {err}", err=str(err))
            found.append(Problem(file, record, part, pattern, expected))
    return found
