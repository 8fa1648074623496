"""What is wrong with a text file that is not UTF-8, said without Python's English error.

A CSV file saved by Excel as "CSV (Comma delimited)" on a Vietnamese Windows is in the
Windows code page (cp1258), not UTF-8; Python's ``UnicodeDecodeError`` says so in English
("'utf-8' codec can't decode byte 0xd0 in position 41: invalid continuation byte").
:func:`not_utf8` says it in the user's words, with what helps find it: the line and the byte.

Examples
--------
>>> data = "province,year\\nĐơn,2024\\n".encode("cp1258")  # "Đ" is byte 0xD0 in cp1258
>>> try:
...     data.decode("utf-8")
... except UnicodeDecodeError as err:
...     problem = not_utf8(data, err)
>>> print(problem.said("vi"))
cần văn bản mã hóa UTF-8: dòng 2 có một byte không thuộc UTF-8 (0xD0); hãy lưu tệp ở dạng \
CSV UTF-8
"""

from __future__ import annotations

from vnhealthplan.core.messages import Message, message

__all__ = ["not_utf8"]


def not_utf8(data: bytes, error: UnicodeDecodeError) -> Message:
    """The problem of *data*, which *error* says is not UTF-8: its line and byte.

    Parameters
    ----------
    data : bytes
        The whole file, as read (a byte-order mark included).
    error : UnicodeDecodeError
        The error decoding *data* raised (its ``start``: the first bad byte, counted in the
        bytes the decoder saw: after a byte-order mark "utf-8-sig" has taken off). Lines end
        at LF, CR LF or CR alone (as "CSV (Macintosh)" writes them).

    Returns
    -------
    Message
        "expected UTF-8 text: line 2 has a byte that is not UTF-8 (0xD0); ...", said in
        Vietnamese by :meth:`~vnhealthplan.core.templated.Templated.said`.

    Examples
    --------
    >>> data = b"a,b\\n1,\\xe1\\n"
    >>> try:
    ...     data.decode("utf-8")
    ... except UnicodeDecodeError as err:
    ...     print(not_utf8(data, err))
    expected UTF-8 text: line 2 has a byte that is not UTF-8 (0xE1); save the file as CSV UTF-8

    With a byte-order mark, and lines ended by CR alone:

    >>> data = b"\\xef\\xbb\\xbfa,b\\r1,2\\r3,\\xe1\\r"
    >>> try:
    ...     data.decode("utf-8-sig")
    ... except UnicodeDecodeError as err:
    ...     print(not_utf8(data, err))
    expected UTF-8 text: line 3 has a byte that is not UTF-8 (0xE1); save the file as CSV UTF-8
    """
    seen = error.object if isinstance(error.object, bytes) else data  # after a BOM, if any
    before = seen[: error.start]
    breaks = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")  # CR: a Mac's
    return message(
        "expected UTF-8 text: line {line} has a byte that is not UTF-8 ({byte}); save the "
        "file as CSV UTF-8",
        line=breaks + 1,
        byte=f"0x{seen[error.start]:02X}",
    )
