"""Output the commands write: `generate` swaps client/ and server/ in together (an
interruption or a failed rename leaves the old pair), and `update --baseline`."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.pipeline import dump_json

from conftest import MANUAL


@pytest.fixture()
def spec(built, tmp_path) -> Path:
    p = tmp_path / "specs" / "evs.openapi.json"
    p.parent.mkdir()
    p.write_text(dump_json(built.doc), encoding="utf-8")
    return p


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture()
def generated(spec, tmp_path):
    """An output folder holding a client and a server from an older spec."""
    old = json.loads(spec.read_text(encoding="utf-8"))
    old["info"]["version"] = "00-old"
    old_spec = tmp_path / "old.openapi.json"
    old_spec.write_text(dump_json(old), encoding="utf-8")
    out = tmp_path / "output"
    r = CliRunner().invoke(main, ["generate", "all", str(old_spec), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out, {name: tree(out / name) for name in ("client", "server")}


def test_interrupted_generate_all_leaves_the_old_pair(spec, generated, monkeypatch):
    out, before = generated
    import extractor.generate.server as server

    def interrupted(*a, **k):       # Ctrl-C after the client was written, before the server
        raise KeyboardInterrupt
    monkeypatch.setattr(server, "generate_server", interrupted)
    r = CliRunner().invoke(main, ["generate", "all", str(spec), "-o", str(out)])
    assert r.exit_code == 130
    assert {name: tree(out / name) for name in ("client", "server")} == before
    assert sorted(p.name for p in out.iterdir()) == ["client", "server"]   # no temp folder left


def test_failed_swap_puts_the_old_pair_back(spec, generated, monkeypatch):
    out, before = generated
    real = os.replace

    def no_server(src, dst):        # the second rename fails (a busy or read-only target)
        if Path(dst) == out / "server" and Path(src).name == "server":
            raise OSError(16, "Device or resource busy", str(dst))
        return real(src, dst)
    monkeypatch.setattr(os, "replace", no_server)
    r = CliRunner().invoke(main, ["generate", "all", str(spec), "-o", str(out)])
    assert r.exit_code == 2 and "cannot replace" in r.output
    assert {name: tree(out / name) for name in ("client", "server")} == before


def test_generate_all_replaces_both(spec, generated):
    out, before = generated
    r = CliRunner().invoke(main, ["generate", "all", str(spec), "-o", str(out)])
    assert r.exit_code == 0, r.output
    after = {name: tree(out / name) for name in ("client", "server")}
    assert after["client"] != before["client"] and after["server"] != before["server"]


def test_a_mount_point_as_the_replaced_folder_is_exit_2(spec, tmp_path, monkeypatch):
    out = tmp_path / "output"
    target = out / "client"
    real = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda p: Path(p) == target or real(p))
    r = CliRunner().invoke(main, ["generate", "client", str(spec), "-o", str(out)])
    assert r.exit_code == 2 and "mount point" in r.output


def test_update_compares_with_the_named_baseline(spec, tmp_path):
    other = tmp_path / "other"
    for baseline in (spec.parent, spec):          # a folder or a spec file
        r = CliRunner().invoke(main, ["update", str(MANUAL), "-o", str(other),
                                      "--baseline", str(baseline)])
        assert r.exit_code == 0, r.output
        assert "first one" not in r.stderr and "no changes, no entry" in r.stderr
        assert not (other / "CHANGELOG.md").exists()
        assert (other / "evs.openapi.json").read_text(encoding="utf-8") == \
            spec.read_text(encoding="utf-8")


def test_update_without_any_baseline_records_the_first_spec(tmp_path):
    other = tmp_path / "other"
    r = CliRunner().invoke(main, ["update", str(MANUAL), "-o", str(other)])
    assert r.exit_code == 0, r.output
    assert "no spec there yet" in r.stderr
    assert "## " in (other / "CHANGELOG.md").read_text(encoding="utf-8")


def test_update_baseline_folder_without_the_spec_is_exit_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = CliRunner().invoke(main, ["update", str(MANUAL), "-o", str(tmp_path / "o"),
                                  "--baseline", str(empty)])
    assert r.exit_code == 2 and "no evs.openapi.json there" in r.output
    assert not (tmp_path / "o").exists()
