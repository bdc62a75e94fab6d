"""The generated client package passes ruff and mypy --strict with its own settings
(its pyproject.toml), for the shipped spec, a spec full of hostile names and a minimal one."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_client_generate import hostile_spec, minimal_spec
from test_client_support import evs_client, generate


def _roots() -> list[tuple[Path, str]]:
    return [(Path(evs_client().__file__).parents[1], "evs_client"),
            (generate(hostile_spec(), "hostile_client"), "hostile_client"),
            (generate(minimal_spec(), "tiny_client"), "tiny_client")]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, check=False)


def test_ruff_passes():
    for root, _ in _roots():
        r = _run(["ruff", "check", "--no-cache", "."], root)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


@pytest.mark.slow  # about 15 s on two cores
def test_mypy_strict_passes(tmp_path):
    for root, package in _roots():
        r = _run(["mypy", "--strict", "--cache-dir", str(tmp_path / package), package], root)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


@pytest.mark.slow  # builds in an isolated environment (pip fetches setuptools)
def test_generated_package_builds_a_wheel(tmp_path):
    import zipfile
    root = Path(evs_client().__file__).parents[1]
    r = _run(["pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)], tmp_path)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    (wheel,) = tmp_path.glob("evs_client-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {p.relative_to(root).as_posix() for p in (root / "evs_client").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert sources <= names
    metadata = next(n for n in names if n.endswith("METADATA"))
    assert "Requires-Dist: httpx" in zipfile.ZipFile(wheel).read(metadata).decode()
