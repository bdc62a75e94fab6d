"""Per-page cache of page analyses, keyed by a hash of what the page draws.

The key covers the page's content streams, the fonts' character maps and form
XObjects it uses, its size, and the source of the page-reading modules (so a parser
change invalidates old entries). An updated PDF re-reads only the pages that changed;
a PDF read before comes back whole in one load (keyed by its bytes' hash).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from pdfminer.pdftypes import PDFStream, resolve1

def _parser_files() -> list[Path]:
    """What a document's analysis depends on: every PDF module of this folder, the text
    front end's block rules it shares, the Blocks it builds, its errors, and the
    vocabularies (table-header words decide tables read by alignment)."""
    here = Path(__file__).resolve().parent
    package = here.parent
    return (sorted(here.glob("pdf*.py")) + [here / "text.py"]
            + [package / name for name in ("blocks.py", "cjk.py", "errors.py", "vocab.py")]
            + sorted((package / "data" / "vocab").glob("*.json")))


def parser_version() -> str:
    h = hashlib.sha256()
    for path in _parser_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def document_key(path: Path) -> str:
    """The key of a whole document's analyses: its bytes' hash and the parser version."""
    h = hashlib.sha256(b"document:" + parser_version().encode())
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "doc2spec" / "pdf"


class PageKeys:
    """Content hashes of a document's pages (pdfminer pages)."""

    def __init__(self):
        self._objs: dict[int, bytes] = {}
        self.version = parser_version().encode()

    def key(self, page) -> str:
        h = hashlib.sha256(self.version)
        h.update(repr([round(float(v), 2) for v in page.mediabox]).encode())
        h.update(repr(page.rotate).encode())
        for stream in _streams(page.contents):
            h.update(stream.get_data())
        res = resolve1(page.resources) or {}
        fonts = resolve1(res.get("Font")) or {}
        for name in sorted(fonts, key=str):
            h.update(str(name).encode())
            h.update(self._digest(fonts[name], "font"))
        xobjs = resolve1(res.get("XObject")) or {}
        for name in sorted(xobjs, key=str):
            h.update(str(name).encode())
            h.update(self._digest(xobjs[name], "xobject"))
        return h.hexdigest()

    def _digest(self, ref, kind: str) -> bytes:
        objid = getattr(ref, "objid", None)
        if objid is not None and objid in self._objs:
            return self._objs[objid]
        obj = resolve1(ref)
        h = hashlib.sha256()
        if kind == "font" and isinstance(obj, dict):
            h.update(repr(sorted((str(k), str(resolve1(v))) for k, v in obj.items()
                                 if k in ("BaseFont", "Subtype", "Encoding"))).encode())
            for k in ("ToUnicode", "DescendantFonts"):
                h.update(_data(obj.get(k)))
        elif isinstance(obj, PDFStream):
            if obj.get("Subtype") and str(obj.get("Subtype")).endswith("Image"):
                h.update(obj.rawdata or b"")
            else:
                h.update(obj.get_data())
        else:
            h.update(repr(obj).encode())
        digest = h.digest()
        if objid is not None:
            self._objs[objid] = digest
        return digest


def _data(ref) -> bytes:
    obj = resolve1(ref)
    if isinstance(obj, PDFStream):
        return obj.get_data()
    if isinstance(obj, list):
        return b"".join(_data(x) for x in obj)
    if isinstance(obj, dict):
        return repr(sorted((str(k), str(resolve1(v))) for k, v in obj.items())).encode()
    return repr(obj).encode()


def _streams(contents) -> list:
    out = []
    for s in contents or []:
        s = resolve1(s)
        if isinstance(s, list):
            out += _streams(s)
        elif isinstance(s, PDFStream):
            out.append(s)
    return out


class PageCache:
    """Pickled page analyses in `root/ab/abcdef….pkl`; unreadable entries count as misses."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def get(self, key: str):
        try:
            with self._path(key).open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError):
            return None

    def put(self, key: str, value) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass                    # a cache that cannot be written is only slower
