"""Output files: atomic writes, and the modes a plain `open()` / `mkdir()` would give.

A temp file made by `tempfile` is private (0600) and keeps that mode after the rename, so
each written file and folder is given the mode the umask allows. No YAML or JSON here:
the generators that only write files do not load the emitters (output.py).
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import OutputError


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~umask()


def dir_mode() -> int:
    return 0o777 & ~umask()


def ensure_dir(folder: Path) -> None:
    """Create `folder` (and parents), or say in one line why it cannot be used."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: not a folder") from None
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder: "
                          f"{exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: the output folder is not writable")


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (str: as UTF-8 with `\\n` line ends; bytes: as they are) via a temp file
    in the same folder, then rename: never a half-written file."""
    import tempfile                  # (with shutil, bz2 and lzma: only where a file is written)
    path = Path(path)
    ensure_dir(path.parent)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, cannot write a file there")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, file_mode())
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(text)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
