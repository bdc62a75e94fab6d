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
    kind = front_end(path)
    if kind == "pdf":
        from . import pdf
        return pdf.read_pdf(path, **options)
    if kind == "html":
        from . import html
        return html.read_html(path)
    from . import text
    return text.read_text(path)


def front_end(path: str | Path) -> str:
    """Which front end reads this input: "pdf", "html" (a folder export, its tree file
    or a saved page) or "text"."""
    path = Path(path)
    from .detect import TREE_FILE, is_html_input
    if path.is_dir():
        if not (path / TREE_FILE).is_file():
            raise InputError(f"{path}: is a directory, not a manual (no {TREE_FILE})")
        return "html"
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF"):
        return "pdf"
    if is_html_input(path):
        return "html"
    return "text"


def manual_encoding(path: str | Path) -> str:
    """How a manual is encoded: `PDF`, `HTML` (an export or page), or the text encoding
    `read_blocks` decodes."""
    path = Path(path)
    kind = front_end(path)
    if kind == "pdf":
        return "PDF"
    if kind == "html":
        return "HTML"
    data = path.read_bytes()
    from .text import decode_manual
    return decode_manual(data, path)[1]
