"""Front ends: turn a manual file into a flat list of Blocks."""
from __future__ import annotations

from pathlib import Path

from ..blocks import Block
from ..errors import InputError


def read_blocks(path: str | Path, **options) -> list[Block]:
    """Read a manual with the front end its file type calls for."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a manual")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF"):
        from . import pdf
        return pdf.read_pdf(path, **options)
    from . import text
    return text.read_text(path)


def manual_encoding(path: str | Path) -> str:
    """How a manual file is encoded: `PDF`, or the text encoding `read_blocks` decodes."""
    path = Path(path)
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        return "PDF"
    from .text import decode_manual
    return decode_manual(data, path)[1]
