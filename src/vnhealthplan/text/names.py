"""Agencies and provinces by any of their names: "UBND tỉnh", "Sở KH&ĐT", "Đăk Lăk".

Plans name the same body many ways: in full or abbreviated ("Ủy ban nhân dân tỉnh",
"UBND tỉnh"), with old or new accent placement ("Uỷ"/"Ủy", "Thanh Hoá"/"Thanh Hóa"), with
"&", "-" or "và" ("Sở KH&ĐT", "Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư"), and OCR
drops diacritics. :func:`lookup_agency` finds an :class:`Agency` of the bundled registry
(``data/agencies.toml``) by any of them, ignoring case, diacritics and punctuation;
:func:`lookup_province` does the same for provinces. A name that matches nothing raises
:class:`UnknownNameError`, listing the closest known names.

Examples
--------
Quảng Ngãi's plan (193/KH-UBND) assigns duties to departments:

>>> lookup_agency("Sở KH&ĐT").name
'Sở Kế hoạch và Đầu tư'
>>> format_agency(lookup_agency("sở tài nguyên và môi trường"), "en")
'Department of Natural Resources and Environment'
>>> lookup_province("Đăk Lăk").name  # the spelling of Đắk Lắk's 2024 plan
'Đắk Lắk'
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from types import MappingProxyType

import attrs

from vnhealthplan.core.argchecks import language_code
from vnhealthplan.core.checks import items_of, text, to_tuple
from vnhealthplan.core.errors import UnknownProvinceError, WrongTypeError
from vnhealthplan.core.fold import fold
from vnhealthplan.core.messages import message
from vnhealthplan.data import agencies as agency_data
from vnhealthplan.data import provinces
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.province import Province
from vnhealthplan.text.errors import ParseError, check_characters
from vnhealthplan.text.periods import Lang

__all__ = [
    "Agency",
    "UnknownNameError",
    "agencies",
    "format_agency",
    "lookup_agency",
    "lookup_facility",
    "lookup_province",
    "name_key",
    "split_agency",
]


#: What a name of each kind is read as, said in Vietnamese too.
_KIND_NAMES = {
    "province": message("a province name"),
    "agency": message("an agency name"),
    "facility": message("a facility name"),
}


class UnknownNameError(ParseError, LookupError):
    """A name that no known agency or province answers to.

    Both a :class:`~vnhealthplan.text.errors.ParseError` (so a :class:`ValueError`, like
    every parse error of the text layer) and a :class:`LookupError`. It is not a subclass of
    :class:`~vnhealthplan.errors.UnknownProvinceError`, whose constructor takes other
    arguments; catch :class:`LookupError` to handle both.

    Attributes
    ----------
    name : str
        The name asked for.
    kind : str
        "agency" or "province".
    close : tuple of str
        The closest known names, best first (possibly empty).

    Examples
    --------
    >>> lookup_agency("Sở Y tế dự phòng")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.names.UnknownNameError: cannot read 'Sở Y tế dự phòng' as an agency name: \
expected the name or abbreviation of a known agency; the closest known names are 'Sở Y tế'...
    """

    def __init__(self, name: str, kind: str, close: Sequence[str] = ()) -> None:
        self.name = name
        self.kind = kind
        self.close = tuple(close)
        if self.close:
            hint = message(
                "; the closest known names are {names}", names=", ".join(map(repr, self.close))
            )
        else:
            hint = message("; no known name is close")
        expected = message(
            "the name or abbreviation of a known {kind}{hint}", kind=message(kind), hint=hint
        )
        what = _KIND_NAMES.get(kind) or f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} name"
        super().__init__(name, what, 0, len(name), expected)


@attrs.frozen
class Agency:
    """A public body that plans assign tasks to or submit results to.

    Parameters
    ----------
    name : str
        Canonical Vietnamese name, e.g. "Sở Kế hoạch và Đầu tư".
    name_en : str
        Plain English translation, e.g. "Department of Planning and Investment".
    abbreviations : tuple of str
        Short forms met in documents, e.g. ("Sở KH&ĐT", "Sở KHĐT").
    variants : tuple of str
        Other written forms of the full name, e.g. ("Sở Kế hoạch - Đầu tư",).
    part_of : str, optional
        Canonical name of the agency this one belongs to, e.g. "Sở Y tế" for its
        "Phòng Kế hoạch - Tài chính".

    Examples
    --------
    >>> sở = lookup_agency("Sở Kế hoạch - Đầu tư")
    >>> sở.abbreviations
    ('Sở KH&ĐT', 'Sở KHĐT')
    >>> sở.matches("so ke hoach va dau tu"), sở.matches("Sở Tài chính")
    (True, False)
    """

    name: str = attrs.field(validator=text())
    name_en: str = attrs.field(validator=text())
    abbreviations: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(str)
    )
    variants: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=items_of(str))
    part_of: str | None = attrs.field(default=None, validator=text(optional=True))

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the agency answers to: Vietnamese, abbreviations, variants, English."""
        return (self.name, *self.abbreviations, *self.variants, self.name_en)

    def matches(self, name: str) -> bool:
        """Tell whether *name* is one of the agency's names, as :func:`name_key` compares.

        Examples
        --------
        Thanh Hóa's appendix names its leads by abbreviation ("Phòng TCVH", "Phòng KH-TC"):

        >>> from vnhealthplan import plans
        >>> planning = lookup_agency("Phòng Kế hoạch - Tài chính")
        >>> [planning.matches(a.lead) for a in plans.load("thanh-hoa-2023").assignments[:2]]
        [False, True]
        """
        key = name_key(name)
        return any(name_key(n) == key for n in self.names)

    def __str__(self) -> str:
        return self.name


def name_key(name: str) -> str:
    """The key under which the spellings of one agency name compare equal.

    Folds case, diacritics and đ (:func:`vnhealthplan.names.fold`, so "Uỷ" and "Ủy" agree),
    reads "&" as "và", treats hyphens, dashes, dots and commas as spaces, and drops the word
    "và", so "Sở KH&ĐT" and "Sở KH-ĐT", or "Sở Kế hoạch và Đầu tư" and "Sở Kế hoạch - Đầu
    tư", share a key.

    Examples
    --------
    >>> name_key("Sở KH&ĐT"), name_key("Uỷ ban nhân dân tỉnh")
    ('so kh dt', 'uy ban nhan dan tinh')
    >>> name_key("Sở Kế hoạch và Đầu tư") == name_key("SỞ KẾ HOẠCH - ĐẦU TƯ")
    True
    """
    if not isinstance(name, str):
        raise WrongTypeError(
            "name_key",
            "name",
            name,
            message("a name (str), got {type}", type=str(type(name).__name__)),
        )
    spaced = name.replace("&", " và ").replace("’", "'").replace("–", " ").replace("—", " ")
    return " ".join(word for word in fold(spaced).split() if word != "va")


def lookup_facility(name: str, facilities: Iterable[Facility]) -> Facility:
    """Find a facility among *facilities* by its name or an alias, in any spelling.

    Case, diacritics, old and new accent placement and "Bệnh viện"/"BV" are folded the
    same way as agency names.

    Parameters
    ----------
    name : str
        For example "Bệnh viện Mắt" or "bv mat".
    facilities : iterable of Facility
        Where to look, e.g. ``plan.facilities``.

    Returns
    -------
    Facility

    Raises
    ------
    UnknownNameError
        If none answers to *name* (or several do); the error lists the closest names.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> thanh_hoa = plans.load("thanh-hoa-2023")
    >>> lookup_facility("benh vien mat", thanh_hoa.facilities).rank
    <Rank.I: 'I'>
    >>> lookup_facility("Bệnh viện Mắt Trung ương", thanh_hoa.facilities)
    Traceback (most recent call last):
    ...
    vnhealthplan.text.names.UnknownNameError: cannot read 'Bệnh viện Mắt Trung ương' as a \
facility name: expected the name or abbreviation of a known facility; the closest known \
names are 'Bệnh viện 71 Trung ương', 'Bệnh viện Ung bướu', 'Bệnh viện Mắt'
    """
    pool = tuple(facilities)
    key = _facility_key(name)
    found = [f for f in pool if key in {_facility_key(n) for n in (f.name, *f.aliases)}]
    if len(found) == 1:
        return found[0]
    names = {_facility_key(n): f.name for f in pool for n in (f.name, *f.aliases)}
    close = difflib.get_close_matches(key, names, n=3, cutoff=0.6)
    shown = [f.name for f in found] or list(dict.fromkeys(names[c] for c in close))
    raise UnknownNameError(name, "facility", shown)


def _facility_key(name: str) -> str:
    words = name_key(name).split()
    return " ".join("benh vien" if w == "bv" else w for w in words)


@cache
def agencies() -> tuple[Agency, ...]:
    """Every agency of the bundled registry, in file order.

    Returns
    -------
    tuple of Agency

    Raises
    ------
    PlanDataError
        Listing every unknown field, name shared by two agencies, or *part_of* that names
        no agency of the file (a packaging error; tests guard against it).

    Examples
    --------
    >>> [a.name for a in agencies() if a.part_of == "Sở Y tế"]
    ['Ban Giám đốc Sở Y tế', 'Phòng Kế hoạch - Tài chính']
    """
    fields = ("name", "name_en", "abbreviations", "variants", "part_of")
    return tuple(Agency(**{k: row[k] for k in fields if k in row}) for row in agency_data.rows())


@cache
def _index() -> Mapping[str, Agency]:
    index: dict[str, Agency] = {}
    for agency in agencies():
        for name in agency.names:
            other = index.setdefault(name_key(name), agency)
            if other is not agency:
                raise ValueError(
                    f"agencies.toml: {name!r} names both {other.name!r} and {agency.name!r}"
                )
    return MappingProxyType(index)


def _checked(name: str, what: str, caller: str) -> str:
    if not isinstance(name, str):
        raise WrongTypeError(
            caller, "name", name, message("a name (str), got {type}", type=str(type(name).__name__))
        )
    check_characters(name, what)
    if not name.strip():
        raise ParseError(name, what, 0, len(name), message("a non-empty name"))
    return name


def _closest(key: str) -> list[str]:
    """Up to three canonical names: those whose key holds *key* or is held in it first."""
    return list(_closest_names(key))


@functools.lru_cache(maxsize=4096)
def _closest_names(key: str) -> tuple[str, ...]:
    """:func:`_closest`, remembered: a plan names the same few agencies again and again."""
    index = _index()

    def similarity(other: str) -> float:
        return difflib.SequenceMatcher(None, key, other).ratio()

    padded = f" {key} "
    nested = [k for k in index if f" {k} " in padded or padded in f" {k} "]
    close = sorted(nested, key=similarity, reverse=True)
    close += difflib.get_close_matches(key, list(index), n=6, cutoff=0.6)
    return tuple(dict.fromkeys(index[k].name for k in close))[:3]


def lookup_agency(name: str) -> Agency:
    """Find an agency by its name, an abbreviation, a variant or its English name.

    Parameters
    ----------
    name : str
        For example "Ủy ban nhân dân tỉnh", "UBND tỉnh", "Uỷ ban nhân dân tỉnh", "Sở KH&ĐT",
        "Sở Kế hoạch - Đầu tư", "so y te", "Phòng KH-TC" or "Department of Health".
        Case, diacritics, accent placement and punctuation are ignored (:func:`name_key`).

    Returns
    -------
    Agency

    Raises
    ------
    UnknownNameError
        If no agency answers to *name*; it lists the closest known names. Generic groups
        ("các sở, ngành liên quan") and names without a level ("Hội đồng nhân dân": of the
        province, the district or the commune?) are not agencies and raise it too.
    ParseError
        For an empty name or one holding control or format characters.
    TypeError
        If *name* is not a string.

    Examples
    --------
    Quảng Ngãi's plan (193/KH-UBND, IV) and Thanh Hóa's appendix (132/KH-SYT):

    >>> lookup_agency("Sở Thông tin và Truyền thông").name_en
    'Department of Information and Communications'
    >>> lookup_agency("Ủy ban nhân dân các huyện, thị xã, thành phố").abbreviations
    ('UBND các huyện, thị xã, thành phố',)
    >>> lookup_agency("Phòng KH-TC").part_of
    'Sở Y tế'
    >>> lookup_agency("Ban Thường vụ Tỉnh uỷ") == lookup_agency("BTV Tỉnh ủy")
    True
    >>> lookup_agency("Hội đồng nhân dân")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.names.UnknownNameError: cannot read 'Hội đồng nhân dân' as an agency \
name: expected the name or abbreviation of a known agency; the closest known names are \
'Hội đồng nhân dân tỉnh'...
    """
    key = name_key(_checked(name, "an agency name", "lookup_agency"))
    agency = _index().get(key)
    if agency is None:
        raise UnknownNameError(name, "agency", _closest(key))
    return agency


def lookup_province(name: str) -> Province:
    """Find a bundled province by any of its names (:func:`vnhealthplan.provinces.get`).

    Parameters
    ----------
    name : str
        For example "Đắk Lắk", "Đăk Lăk", "Dak Lak", "Daklak", "Thanh Hoá", "tinh quang
        ngai". Case, diacritics, accent placement, hyphens and runs of spaces are ignored.
        Spaces are not: "Daklak" is found because it is a listed alias of Đắk Lắk (the
        spelling of its web domain and of much common use), not by a rule that drops spaces,
        which could join names that differ.

    Returns
    -------
    Province

    Raises
    ------
    UnknownNameError
        If no bundled province answers to *name*; it lists the closest names.
    ParseError
        For an empty name or one holding control or format characters.
    TypeError
        If *name* is not a string.

    Examples
    --------
    >>> [lookup_province(n).name for n in ("Đắk Lắk", "Dak Lak", "Daklak", "ĐĂK LĂK")]
    ['Đắk Lắk', 'Đắk Lắk', 'Đắk Lắk', 'Đắk Lắk']
    >>> lookup_province("Thanh Hoá") is lookup_province("thanh hoa")
    True
    >>> lookup_province("Quang Ngai City")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.names.UnknownNameError: cannot read 'Quang Ngai City' as a province \
name: expected the name or abbreviation of a known province; the closest known names are \
'Quảng Ngãi'
    """
    _checked(name, "a province name", "lookup_province")
    try:
        return provinces.get(name)
    except UnknownProvinceError as err:
        raise UnknownNameError(name, "province", err.close) from err


def split_agency(name: str) -> tuple[Agency, Province | None]:
    """Read an agency name that may end with the province's name, as issuers are written.

    Parameters
    ----------
    name : str
        For example "Sở Y tế Thanh Hóa", "UBND tỉnh Quảng Ngãi", "Sở Y tế tỉnh Đắk Lắk" or
        just "Sở Y tế".

    Returns
    -------
    (Agency, Province or None)
        The agency, and the province named after it (None if none is).

    Raises
    ------
    UnknownNameError
        If neither the whole name nor a head of it is a known agency followed by a known
        province; the error is the one :func:`lookup_agency` raises for the whole name.

    Examples
    --------
    The issuers of the bundled plans:

    >>> agency, province = split_agency("UBND tỉnh Quảng Ngãi")
    >>> agency.name, province.name
    ('Ủy ban nhân dân tỉnh', 'Quảng Ngãi')
    >>> [str(part) for part in split_agency("Sở Y tế Thanh Hóa")]
    ['Sở Y tế', 'Thanh Hóa']
    >>> split_agency("UBND TP. Thanh Hóa")[1] is None  # the city's committee, one agency
    True
    """
    _checked(name, "an agency name", "split_agency")
    try:
        return lookup_agency(name), None
    except UnknownNameError as err:
        whole = err
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        agency = _index().get(name_key(" ".join(words[:cut])))
        if agency is None:
            continue
        try:
            return agency, provinces.get(" ".join(words[cut:]))
        except UnknownProvinceError:
            continue
    raise whole


def format_agency(agency: Agency, lang: Lang = "vi") -> str:
    """Write an agency's name in Vietnamese or English.

    Parameters
    ----------
    agency : Agency
    lang : {"vi", "en"}

    Returns
    -------
    str
        The canonical Vietnamese name or the English name; :func:`lookup_agency` reads
        either back.

    Raises
    ------
    TypeError
        If *agency* is not an Agency.
    ValueError
        If *lang* is neither "vi" nor "en".

    Examples
    --------
    >>> bhxh = lookup_agency("BHXH tỉnh")
    >>> format_agency(bhxh), format_agency(bhxh, "en")
    ('Bảo hiểm xã hội tỉnh', 'Provincial Social Security')
    """
    if not isinstance(agency, Agency):
        raise WrongTypeError(
            "format_agency", "agency", agency, message("an Agency (lookup_agency)")
        )
    language_code(lang, "format_agency")
    return agency.name if lang == "vi" else agency.name_en
