"""Package errors that survive pickling, so that they cross process boundaries intact.

An exception is pickled as its class and its ``args``; the package's errors take other
arguments in ``__init__`` (a field, the value, what was expected) and keep their context in
attributes, so the default rebuild fails with a :class:`TypeError` about missing arguments
(in :mod:`multiprocessing`, :mod:`concurrent.futures`, joblib or polars, the caller got that
TypeError instead of the error). :func:`reduce_error` rebuilds the instance from its
``args`` and attributes without calling ``__init__`` again.

Examples
--------
>>> import pickle
>>> from vnhealthplan.errors import ValidationError
>>> err = ValidationError("Target", "value", 120, "a share between 0 and 100 %")
>>> again = pickle.loads(pickle.dumps(err))
>>> type(again).__name__, str(again), again.field
('ValidationError', 'Target.value: got 120; expected a share between 0 and 100 %', 'value')
"""

from __future__ import annotations

from typing import Any

__all__ = ["rebuilt", "reduce_error"]


def rebuilt(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """An instance of *cls* with *args* and the attributes *state*, ``__init__`` not called.

    Examples
    --------
    >>> from vnhealthplan.errors import DimensionError
    >>> err = rebuilt(DimensionError, ("bad unit",), {"argument": "value"})
    >>> err.argument, err.args
    ('value', ('bad unit',))
    """
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def reduce_error(error: BaseException) -> tuple[Any, ...]:
    """The pickle reduction of *error*: rebuilt from its class, ``args`` and attributes.

    Examples
    --------
    >>> from vnhealthplan.errors import ValidationError
    >>> reduce_error(ValidationError("Target", "value", 120, "a share"))[0].__name__
    'rebuilt'
    """
    return rebuilt, (type(error), error.args, dict(error.__dict__))
