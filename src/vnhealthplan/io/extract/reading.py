"""Reading a plan's file into text: plain text in any of its usual encodings, .docx, .pdf.

Plain text is read as UTF-8 (a byte-order mark tolerated), UTF-16 (with a byte-order mark,
or without one when every other byte is zero) or, when it is not valid UTF-8, Windows-1258,
the Vietnamese Windows code page; the text is then put in Unicode normal form C, since
Windows-1258 writes tone marks as separate characters. Word files (.docx) need the ``docx``
extra (python-docx), PDF files the ``pdf`` extra (pypdf); a PDF without a text layer (a
scan) is refused with a :class:`ScannedPDFError`. Nothing is guessed silently: how a file
was decoded is reported in :attr:`SourceText.notes`.

Examples
--------
"Số giường bệnh" in Windows-1258 (tone marks as separate characters):

>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "plan.txt")
...     _ = path.write_bytes(b"S\\xf4\\xec gi\\xfd\\xf5\\xccng b\\xea\\xf2nh: 29")
...     source = read_text(path)
>>> source.text, source.encoding
('Số giường bệnh: 29', 'cp1258')
>>> source.notes
('not valid UTF-8: decoded as Windows-1258 (cp1258)',)
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.io.extract.pdf import read_pdf
from vnhealthplan.io.extract.source_text import ExtractError, ScannedPDFError, SourceText
from vnhealthplan.io.extract.word import read_docx

__all__ = [  # noqa: RUF022
    "ExtractError", "MAX_BYTES", "ScannedPDFError", "SourceText", "check_controls", "check_path",
    "decode", "read_text",
]  # fmt: skip

#: The largest file :func:`read_text` reads by default, in bytes (a 50-page plan is about
#: 150,000 characters, a fraction of this).
MAX_BYTES = 20 * 2**20

#: Control characters refused in text (tab, line feed, carriage return and form feed, which
#: separates pages, are allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_text(
    path: str | os.PathLike[str], *, encoding: str | None = None, max_bytes: int = MAX_BYTES
) -> SourceText:
    """Read a plan's file (.txt or any text, .docx, .pdf) into text.

    Parameters
    ----------
    path : str or path-like
    encoding : str, optional
        The encoding of a text file, if known; by default it is detected as the module
        notes say.
    max_bytes : int
        Files larger than this are refused (default :data:`MAX_BYTES`, 20 MiB).

    Returns
    -------
    SourceText

    Raises
    ------
    ExtractError
        For an empty, binary or too large file, or a text file that does not decode.
    ScannedPDFError
        For a PDF without a text layer.
    OSError
        If the file cannot be read.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "empty.txt")
    ...     _ = path.write_bytes(b"  \\n")
    ...     read_text(path)
    Traceback (most recent call last):
    ...
    vnhealthplan.extract.ExtractError: .../empty.txt: cannot draft a plan from an \
empty file (no text)
    """
    file = check_path(path, "read_text")
    size = file.stat().st_size
    if size > max_bytes:
        limit = message(
            "a file of {size:,} bytes, more than the limit of {most:,} bytes (max_bytes)",
            size=size,
            most=max_bytes,
        )
        raise ExtractError(str(file), limit)
    suffix = file.suffix.casefold()
    if suffix == ".docx":
        source = read_docx(file)
    elif suffix == ".pdf":
        source = read_pdf(file)
    else:
        source = decode(file.read_bytes(), str(file), encoding=encoding)
    if not source.text.strip():
        raise ExtractError(str(file), message("an empty file (no text)"))
    return source


def decode(data: bytes, name: str = "<bytes>", *, encoding: str | None = None) -> SourceText:
    """Decode the bytes of a text file (see the module notes).

    Parameters
    ----------
    data : bytes
    name : str
        Used in messages.
    encoding : str, optional
        Use this encoding instead of detecting one.

    Returns
    -------
    SourceText

    Raises
    ------
    ExtractError
        For binary data, or bytes that do not decode in *encoding*.

    Examples
    --------
    >>> decode("Quý II/2024".encode("utf-16")).encoding
    'utf-16'
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")  # an image
    Traceback (most recent call last):
    ...
    vnhealthplan.extract.ExtractError: <bytes>: cannot draft a plan from binary data \
(a NUL byte at offset 8)
    """
    notes: list[str] = []
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise ExtractError(
                name,
                message(
                    "bytes that are not {encoding}: {err}", encoding=str(encoding), err=str(err)
                ),
            ) from None
        used = encoding
    else:
        text, used = _detect(data, name, notes)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    check_controls(text, name)
    return SourceText(text, name, used, tuple(notes))


def _detect(data: bytes, name: str, notes: list[str]) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _utf16(data, name, "utf-16"), "utf-16"
    if b"\x00" in data:
        # UTF-16 without a byte-order mark: Latin letters, digits and spaces put a zero
        # byte at one parity only (odd positions for little-endian, even for big-endian)
        even, odd = data[0::2].count(0) / (len(data) / 2), data[1::2].count(0) / (len(data) / 2)
        if len(data) % 2 == 0 and max(even, odd) >= 0.3 and min(even, odd) <= 0.02:
            codec = "utf-16-be" if even > odd else "utf-16-le"
            notes.append(f"no byte-order mark: decoded as {codec.upper()}")
            return _utf16(data, name, codec), "utf-16"
        raise ExtractError(
            name, message("binary data (a NUL byte at offset {offset})", offset=data.index(0))
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as err:
        raise ExtractError(
            name, message("text that is neither UTF-8 nor Windows-1258 ({err})", err=str(err))
        ) from None
    notes.append("not valid UTF-8: decoded as Windows-1258 (cp1258)")
    return text, "cp1258"


def _utf16(data: bytes, name: str, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise ExtractError(name, message("broken UTF-16 text ({err})", err=str(err))) from None


def check_path(path: object, owner: str) -> Path:
    """*path* as a :class:`~pathlib.Path`, refusing what is not a str or an os.PathLike of str.

    Examples
    --------
    >>> check_path(None, "draft_file")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: draft_file.path: got None; expected a file path (a str \
or a pathlib.Path), got NoneType
    """
    fspath = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not isinstance(fspath, str):
        expected = message("a file path (a str or a pathlib.Path), got {type}",
                           type=type(path).__name__)  # fmt: skip
        if isinstance(fspath, bytes):
            expected = message("a file path (a str or a pathlib.Path), got {type}: decode a "
                               "bytes path with os.fsdecode", type=type(path).__name__)  # fmt: skip
        raise WrongTypeError(owner, "path", path, expected)
    return Path(fspath)


def check_controls(text: str, name: str) -> None:
    """Refuse control characters other than tab, line feed, carriage return and form feed.

    Examples
    --------
    >>> check_controls("Quý II/2024\\x00", "<text>")
    Traceback (most recent call last):
    ...
    vnhealthplan.extract.ExtractError: <text>: cannot draft a plan from binary data \
(control character U+0000 at 11)
    """
    found = _CONTROL.search(text)
    if found:
        code, at = ord(found.group()), found.start()
        raise ExtractError(
            name,
            message("binary data (control character U+{code:04X} at {at})", code=code, at=str(at)),
        )
