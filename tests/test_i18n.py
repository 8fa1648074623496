"""The translation layer: every message the code passes to ``translate`` has its Vietnamese
translation, and the catalogue itself is sound."""

from __future__ import annotations

import ast

import pytest

from sourcecalls import calls_named
from vnhealthplan.core.i18n import MissingTranslationError, catalogue, translate


def _messages() -> list[tuple[str, str, str]]:
    """(where, context, message) of every ``translate("literal", ...)`` call in the package."""
    found = []
    for where, node in calls_named("translate"):
        first = node.args[0] if node.args else None
        if not isinstance(first, ast.Constant):
            continue
        context = next(
            (k.value.value for k in node.keywords
             if k.arg == "context" and isinstance(k.value, ast.Constant)),
            "",
        )  # fmt: skip
        found.append((where, context, first.value))
    return found


def test_the_catalogue_is_sound():
    assert len(catalogue("vi")) > 0  # raises on untranslated, fuzzy or doubled entries


def test_every_message_of_the_code_has_its_vietnamese_translation():
    missing = [m for m in _messages() if (m[1], m[2]) not in catalogue("vi")]
    assert missing == []


def test_translations_keep_the_fields_of_their_message():
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}

    wrong = [(key, text) for key, text in catalogue("vi").items() if fields(key[1]) != fields(text)]
    assert wrong == []


def test_a_message_missing_from_the_catalogue_is_an_error_in_vietnamese_only():
    assert translate("Not a message of the package", "en") == "Not a message of the package"
    with pytest.raises(MissingTranslationError, match="Not a message of the package"):
        translate("Not a message of the package", "vi")
