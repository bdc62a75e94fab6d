"""Which front end a manual file needs, told without importing the front ends (the HTML
reader loads lxml): the HTML export's tree file name and how a saved page starts."""
from __future__ import annotations

from pathlib import Path

TREE_FILE = "CLASS.TXT.json"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_html_input(path: Path) -> bool:
    """A folder export (the folder or its tree file) or a saved page."""
    if path.is_dir():
        return (path / TREE_FILE).is_file()
    if path.name == TREE_FILE:
        return True
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    with path.open("rb") as fh:
        head = fh.read(512).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<a name="))
