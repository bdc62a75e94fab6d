"""Writing generated files when an older generation is at hand.

Every run renders everything; only the writing is spared. A file whose bytes (and mode)
the older tree already has is hard-linked from it instead of written anew: a new inode
per file is the costly part of writing a tree of hundreds of small files, and the older
tree is replaced right after (it is never written into: generators replace files), so
no link outlives the run. Where links cannot be made the file is written.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path


def same_file(old: Path, data: bytes, mode: int) -> bool:
    """Whether `old` is a regular file holding exactly `data` with permission bits `mode`."""
    try:
        st = os.stat(old, follow_symlinks=False)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data) \
                or stat.S_IMODE(st.st_mode) != mode:
            return False
        with open(old, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False


def write_new(target: Path, text: str, old: Path | None, mode: int) -> None:
    """Create `target` holding `text` (UTF-8): a hard link to `old` when that already
    holds the same bytes, else a new file."""
    data = text.encode("utf-8")
    if old is not None and same_file(old, data, mode):
        try:
            os.link(old, target)
            return
        except OSError:
            pass
    with open(target, "wb") as fh:
        fh.write(data)
