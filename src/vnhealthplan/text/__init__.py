"""The Vietnamese text layer: numbers, units, target phrases, periods and names, in and out.

Parsing is strict: ambiguous input is an error that says what was read, where it failed
and what was expected (:class:`ParseError`, a :class:`ValueError`). Formatting writes
Vietnamese (``"vi"``) or English (``"en"``), and what it writes parses back.

Examples
--------
Đắk Lắk's 2024 table, read and written back:

>>> from vnhealthplan import indicators
>>> from vnhealthplan.text import (format_period, format_quantity, parse_number,
...                                parse_period, parse_quantity, parse_target_phrase)
>>> parse_number("5.130")
5130
>>> phrase = parse_target_phrase("<22", indicator="imr")
>>> phrase.comparator, phrase.value
(<Comparator.LT: '<'>, <Quantity(22, 'death / thousand_live_births')>)
>>> beds = parse_quantity("29 giường bệnh/vạn dân")
>>> format_quantity(beds, "vi"), format_quantity(beds, "en")
('29 giường bệnh/vạn dân', '29 beds per 10,000 population')
>>> format_period(parse_period("Quý II/2024"), "en")
'Q2 2024'
"""

from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.names import (
    Agency,
    UnknownNameError,
    agencies,
    format_agency,
    lookup_agency,
    lookup_facility,
    lookup_province,
    split_agency,
)
from vnhealthplan.text.numbers import format_number, format_numbers, parse_number
from vnhealthplan.text.periods import format_period, parse_period
from vnhealthplan.text.phrases import (
    TargetPhrase,
    format_target,
    parse_target,
    parse_target_phrase,
)
from vnhealthplan.text.units import format_quantity, format_unit, parse_quantity, parse_unit

__all__ = [
    "Agency",
    "AmbiguousNumberError",
    "ParseError",
    "TargetPhrase",
    "UnknownNameError",
    "agencies",
    "format_agency",
    "format_number",
    "format_numbers",
    "format_period",
    "format_quantity",
    "format_target",
    "format_unit",
    "lookup_agency",
    "lookup_facility",
    "lookup_province",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "parse_target",
    "parse_target_phrase",
    "parse_unit",
    "split_agency",
]
