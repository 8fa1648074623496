"""The roles the drafter gives a text's figures, for tests of the status/target rules."""

from __future__ import annotations

from vnhealthplan.io.extract.targets import find_figures


def roles(text: str, doc_year: int) -> list[tuple[str, float, str]]:
    """(role, value, period code) of each target or status figure drafted from *text*."""
    return [
        (c.role, c.value.magnitude, c.period.code)
        for c in find_figures(text, doc_year=doc_year)
        if c.role in ("target", "observation")
    ]
