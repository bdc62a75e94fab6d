"""PDF front end: a manual's PDF -> the same Blocks as the text front end, with pages.

Pages are analysed independently (pdf_page.py, objects read with PDFium in
pdf_pdfium.py) — in parallel, worker processes taking small runs of pages in turn, each
page closed after reading — and cached per page (pdf_cache.py). The document-level pass here drops the running header and footer
(pdf_running.py), joins tables and code boxes continued across page breaks (dropping a
repeated header row) and promotes numbered paragraphs set larger than the body type,
or bold, to headings. Bad input raises InputError in one line.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue as queue_mod
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ..blocks import Block, Code, Heading, Loc, Note, Notice, Paragraph, Row, Table
from ..errors import InputError
from .pdf_cache import PageCache, PageKeys, default_cache_dir, document_key
from .pdf_page import Item, PageResult, read_page
from .pdf_progress import Progress
from .pdf_running import running_items
from .pdf_words import settle_blocks
from .text import HEADING_RE

for _name in ("pdfminer", "pdfplumber"):      # their warnings never reach the terminal
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

PARALLEL_MIN = 40        # fewer pages than this to read: one process is faster
CHUNK = 8                # pages a worker takes at a time (fewer when there are few pages)
HEADING_RATIO = 1.05     # a heading's type is at least this much larger than the body's (or bold)


def read_pdf(path: str | Path, *, use_cache: bool = True, progress: bool = False,
             cache_dir: str | Path | None = None, workers: int | None = None) -> list[Block]:
    """Read a PDF manual into Blocks (Loc(page=…)).

    use_cache: read and fill the per-page cache (`cache_dir`, default
    $XDG_CACHE_HOME/doc2spec/pdf); progress: a progress bar on stderr when it is a
    terminal and the run is long; workers: processes (default: as many as pay)."""
    path = Path(path)
    results = read_pages(path, use_cache=use_cache, progress=progress, cache_dir=cache_dir,
                         workers=workers)
    if all(r.unreadable for r in results):
        raise InputError(f"{path}: no page could be read: page 1: {results[0].unreadable}")
    if not any(r.chars for r in results):
        raise InputError(f"{path}: no text layer on any of its {len(results)} pages "
                         "(a scanned PDF?): run OCR on it first")
    return with_page_notices(assemble(results), results)


def with_page_notices(blocks: list[Block], results: list[PageResult]) -> list[Block]:
    """The blocks with the Notices the pages call for: first, where the file was read as
    PDFium repaired it (a `pdf-repaired` warning); then one where each page that could not
    be read was (its content lost: a `page-unreadable` error)."""
    out: list[Block] = []
    if results and results[0].repaired:
        out.append(Notice(Loc(page=1), (Note(
            f"the file's structure is damaged ({results[0].repaired}); it was read as PDFium "
            "repaired it, without the page cache: check the text", "pdf-repaired", "warning"),)))
    unread = [r for r in results if r.unreadable]
    k = 0
    for b in blocks:
        page = b.loc.page or 0
        while k < len(unread) and unread[k].number < page:
            out.append(_unreadable_page(unread[k]))
            k += 1
        out.append(b)
    out += [_unreadable_page(r) for r in unread[k:]]
    return out


def _unreadable_page(r: PageResult) -> Notice:
    return Notice(Loc(page=r.number), (Note(
        f"page {r.number} could not be read ({r.unreadable}); its content is missing",
        "page-unreadable", "error"),))


def read_pages(path: Path, *, use_cache: bool = True, progress: bool = False,
               cache_dir: str | Path | None = None,
               workers: int | None = None) -> list[PageResult]:
    """Every page's analysis, from the cache where it holds the page (or the whole
    document: a file read before comes back in one load, keyed by its bytes' hash)."""
    _check_complete(path)
    cache = PageCache(Path(cache_dir) if cache_dir else default_cache_dir()) \
        if use_cache else None
    doc_key = document_key(path) if cache is not None else ""
    if cache is not None:
        whole = cache.get(doc_key)
        if isinstance(whole, list) and all(isinstance(r, PageResult) for r in whole):
            return whole
    fh, pages, repaired = _open_pages(path)
    if fh is None:                  # pdfminer could not list the pages: no cache keys
        cache = None
    results: dict[int, PageResult] = {}
    keys: dict[int, str] = {}
    if cache is not None:
        hasher = PageKeys()
        for n, page in enumerate(pages, 1):
            try:
                keys[n] = hasher.key(page)
            except Exception:  # noqa: BLE001 - a damaged page: read (or not) uncached
                continue
            hit = cache.get(keys[n])
            if isinstance(hit, PageResult):
                hit.number = n
                results[n] = hit
    todo = [n for n in range(1, len(pages) + 1) if n not in results]
    del pages
    if fh is not None:
        fh.close()
    bar = Progress(len(todo), enabled=progress and len(todo) >= PARALLEL_MIN)
    try:
        for res in _read_uncached(path, todo, workers, bar):
            results[res.number] = res
            if cache is not None and not res.unreadable and res.number in keys:
                cache.put(keys[res.number], res)
    finally:
        bar.close()
    out = [results[n] for n in sorted(results)]
    if cache is not None and len(keys) == len(out) and not any(r.unreadable for r in out):
        cache.put(doc_key, out)
    if repaired and out:
        out[0].repaired = repaired
    return out


def _check_complete(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise InputError(f"{path}: truncated PDF: no end-of-file marker (%%EOF) "
                         f"in the last bytes of its {size} bytes")


def _open_pages(path: Path) -> tuple:
    from pdfminer.pdfdocument import (
        PDFDocument,
        PDFEncryptionError,
        PDFPasswordIncorrect,
    )
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    fh = path.open("rb")
    try:
        doc = PDFDocument(PDFParser(fh))
        pages = list(PDFPage.create_pages(doc))
    except PDFPasswordIncorrect:
        fh.close()
        raise InputError(f"{path}: encrypted PDF: it needs a password to open") from None
    except PDFEncryptionError as exc:
        fh.close()
        raise InputError(f"{path}: encrypted PDF: {_why(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on bad files
        fh.close()
        count = _pdfium_page_count(path)   # PDFium may still open it, page by page
        if not count:
            raise InputError(f"{path}: corrupt PDF: {_why(exc)}") from None
        return None, [None] * count, _why(exc)
    if not pages:
        fh.close()
        raise InputError(f"{path}: corrupt PDF: it has no pages")
    return fh, pages, ""


def _pdfium_page_count(path: Path) -> int | None:
    """The page count PDFium reads (it repairs what it can), or None if it cannot open the
    file."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


def _read_uncached(path: Path, todo: list[int], workers: int | None, bar: Progress):
    if not todo:
        return
    if workers:                          # as asked (tests, benchmarks)
        n_workers = min(workers, len(todo))
    else:                                # as many as pay: at least PARALLEL_MIN/2 pages each
        n_workers = min(os.cpu_count() or 1, max(1, len(todo) // (PARALLEL_MIN // 2)))
    if n_workers <= 1:
        for res in _read_range(path, todo):
            bar.advance()
            yield res
        return
    yield from _read_parallel(path, todo, n_workers, bar)


def _read_range(path: Path, numbers: Iterable[int]):
    """Read pages `numbers` with one open document (PDFium), closing each page after
    reading."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"{path}: corrupt PDF: {_why(exc)}") from None
    try:
        for n in numbers:
            try:
                page = pdf[n - 1]
                res = read_page(page, n)
                page.close()
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged page: the rest is read
                res = PageResult(n, unreadable=_why(exc))
            yield res
    finally:
        pdf.close()


def _worker(path: Path, chunks: list[list[int]], taken, queue) -> None:
    try:
        for res in _read_range(path, _taken_pages(chunks, taken)):
            queue.put(("page", res))
        queue.put(("done", None))
    except InputError as exc:
        queue.put(("error", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - report, never hang the parent
        queue.put(("error", f"{path}: unreadable PDF: {_why(exc)}"))


def _taken_pages(chunks: list[list[int]], taken):
    """The pages of the chunks this worker takes next (`taken`: a shared counter), until
    none is left: a worker that finishes early takes more, so no core idles while the
    other still has a long run of heavy pages."""
    while True:
        with taken.get_lock():
            k = taken.value
            taken.value = k + 1
        if k >= len(chunks):
            return
        yield from chunks[k]


def _read_parallel(path: Path, todo: list[int], n_workers: int, bar: Progress):
    """Workers take small chunks of consecutive pages in turn; results stream back
    through a queue."""
    ctx: Any = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    queue = ctx.Queue()
    taken = ctx.Value("i", 0)
    size = max(1, min(CHUNK, len(todo) // (4 * n_workers)))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    procs = [ctx.Process(target=_worker, args=(path, chunks, taken, queue), daemon=True)
             for _ in range(n_workers)]
    for p in procs:
        p.start()
    running, error = len(procs), None
    try:
        while running:
            try:
                kind, value = queue.get(timeout=1.0)
            except queue_mod.Empty:
                if not any(p.is_alive() for p in procs) and queue.empty():
                    error = f"{path}: a PDF reader process died unexpectedly"
                    break
                continue
            if kind == "page":
                bar.advance()
                yield value
            elif kind == "done":
                running -= 1
            else:
                error = value
                break
    finally:
        for p in procs:
            if error is not None and p.is_alive():
                p.terminate()
            p.join()
    if error is not None:
        raise InputError(error)


def assemble(results: list[PageResult]) -> list[Block]:
    """Join the pages' items into the document's Blocks."""
    running = running_items(results)
    body = _body_size(results, running)
    items: list[Item] = []
    for res in results:
        first = True
        for k, item in enumerate(res.items):
            if (res.number, k) in running:
                continue
            if first and items and _continues(items[-1], item):
                items[-1] = _join(items[-1], item)
            else:
                items.append(item)
            first = False
    return settle_blocks([_block(item, body) for item in items])


def _body_size(results: list[PageResult], running: set) -> float:
    sizes: Counter = Counter()
    for res in results:
        for k, item in enumerate(res.items):
            if item.kind == "para" and (res.number, k) not in running:
                sizes[round(item.size, 1)] += len(item.block.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _continues(prev: Item, item: Item) -> bool:
    """Is `item`, first on its page, the rest of `prev`, last on the page before?"""
    if prev.kind == "leader" and item.kind == "leader":
        return True
    if prev.kind == "table" and item.kind == "table":
        return _same_columns(prev.columns, item.columns)
    if prev.kind == "code" and item.kind == "code":
        return prev.open_bottom or item.open_top      # a cut edge has no padding
    return False


def _same_columns(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 2 for x, y in zip(a, b))


def _join(prev: Item, item: Item) -> Item:
    a, b = prev.block, item.block
    if isinstance(a, Code) and isinstance(b, Code):
        sep = "" if prev.last_full else "\n"
        return Item(Code(a.text + sep + b.text, a.loc), "code", open_top=prev.open_top,
                    open_bottom=item.open_bottom, last_full=item.last_full)
    assert isinstance(a, Table) and isinstance(b, Table)
    repeats = a.repeated_headers
    rows = list(a.rows)
    if item.kind == "table" and b.header == a.header:      # the header row repeated
        repeats += 1
    else:
        rows.append(Row(b.header, b.loc))
    rows += b.rows
    table = Table(a.header, tuple(rows), a.loc, repeats)
    return Item(table, prev.kind, columns=prev.columns, shaded_header=prev.shaded_header)


def _block(item: Item, body: float) -> Block:
    b = item.block
    if isinstance(b, Paragraph) and (item.bold or (body and item.size >= body * HEADING_RATIO)):
        text = b.text
        m = HEADING_RE.match(text)
        if m and len(text) <= 80 and not text.endswith(("。", "：", ":")):
            return Heading(m.group(1), m.group(2).strip(), b.loc)
    return b
