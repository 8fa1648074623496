"""Atomic file writes: a temporary file in the target's folder, moved into place when complete.

Every file the package writes (plan files, exports) goes through :func:`atomic_open`, so an
interrupted write (a full disk, a crash, Ctrl-C) leaves either the old file or no file,
never a half-written one.

Examples
--------
>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "note.txt")
...     with atomic_open(path, "w", encoding="utf-8") as handle:
...         _ = handle.write("Quý II/2024")
...     path.read_text(encoding="utf-8"), [p.name for p in path.parent.iterdir()]
('Quý II/2024', ['note.txt'])
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

__all__ = ["atomic_open"]


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: Literal["w", "wb"] = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file next to *path*; move it onto *path* once the block succeeds.

    The data is flushed and synced to disk before the move. If the block raises (or the
    sync or the move fails), the temporary file is removed and *path* is left as it was.
    A new file gets the usual permissions (0o666 less the umask); a replaced file keeps
    its own.

    Parameters
    ----------
    path : str or path-like
    mode : {"wb", "w"}
    encoding, newline : str, optional
        For text mode, as :func:`open` takes them.

    Yields
    ------
    file object

    Raises
    ------
    OSError
        If the file cannot be written; an error about the temporary file names *path*.

    Examples
    --------
    A failure inside the block leaves no file:

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "targets.csv")
    ...     try:
    ...         with atomic_open(path) as handle:
    ...             _ = handle.write(b"indicator,value\\n")
    ...             raise OSError(28, "No space left on device")
    ...     except OSError:
    ...         pass
    ...     list(path.parent.iterdir())
    []
    """
    target = Path(path)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(8)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as err:
        raise _naming(err, target, tmp) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            if target.exists():
                os.chmod(handle.fileno(), target.stat().st_mode & 0o7777)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(tmp, target)
        except OSError as err:
            raise _naming(err, target, tmp) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _naming(err: OSError, target: Path, tmp: Path) -> OSError:
    """*err* naming the file the caller asked for, not the hidden temporary file.

    Examples
    --------
    >>> err = PermissionError(13, "Permission denied", "/data/.plan.toml.ab12.tmp")
    >>> named = _naming(err, Path("/data/plan.toml"), Path("/data/.plan.toml.ab12.tmp"))
    >>> print(named)
    [Errno 13] Permission denied: '/data/plan.toml'
    """
    if str(tmp) not in (str(err.filename), str(err.filename2)):
        return err
    return type(err)(err.errno, err.strerror, str(target))
