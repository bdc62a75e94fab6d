"""Shared fixtures: the shipped manual read once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def manual_line(n: int) -> str:
    """Line n (1-based) of the shipped manual."""
    return MANUAL.read_text(encoding="utf-8").split("\n")[n - 1]


@pytest.fixture(scope="session")
def blocks():
    from extractor.sources.text import read_text
    return read_text(MANUAL)


@pytest.fixture(scope="session")
def manual(blocks):
    from extractor.manual import build_manual
    return build_manual(blocks)


@pytest.fixture(scope="session")
def api():
    from extractor.api.build import read_api
    return read_api(MANUAL)


@pytest.fixture(scope="session")
def built():
    """The spec built from the shipped manual (OAS 3.0)."""
    from extractor.pipeline import build_spec
    return build_spec(MANUAL)
