"""A spec built with `--oas 3.1` feeds every consumer as the 3.0 build does: the server
stub, the site and `lint` (the client has its own test in test_client_options.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "manuals" / "evs-api-reference.txt"
# openapi-schema-validator's 3.0 dialect reports a null twice (the `nullable` keyword and
# then the type, each after the value's path); the 3.1 dialect only the type. The finding
# texts carry that wording.
NULLABLE_30 = re.compile(r"(\S+): None for not nullable; \1: ")


def run(*args) -> str:
    r = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = {}
    for oas in ("3.0", "3.1"):
        base = tmp_path_factory.mktemp("oas" + oas.replace(".", ""))
        run("build", MANUAL, "--oas", oas, "-o", base / "specs", "-q")
        spec = base / "specs" / "evs.openapi.json"
        run("generate", "server", spec, "-o", base / "out", "-q")
        run("site", spec, "-o", base / "site", "-q")
        out[oas] = {"base": base, "spec": spec, "lint": run("lint", spec)}
    assert json.loads(out["3.1"]["spec"].read_text(encoding="utf-8"))["openapi"] == "3.1.0"
    return out


def files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_server_stub_from_31_equals_the_one_from_30(outputs):
    a, b = (files(outputs[v]["base"] / "out" / "server") for v in ("3.0", "3.1"))
    assert a.keys() == b.keys()
    differ = {name for name in a if a[name] != b[name]}
    # the stub carries its input spec, and its README names the spec's version
    assert differ == {"evs_stub/openapi.json", "README.md"}
    assert a["README.md"].replace("3.0.3", "3.1.0") == b["README.md"]


def test_site_from_31_equals_the_one_from_30(outputs):
    a, b = (files(outputs[v]["base"] / "site") for v in ("3.0", "3.1"))
    assert a.keys() == b.keys() and len(a) > 100
    differ = [name for name in a if NULLABLE_30.sub(r"\1: ", a[name]) != b[name]]
    assert differ == []


def test_lint_reads_both_the_same(outputs):
    last = {v: outputs[v]["lint"].strip().splitlines()[-1] for v in outputs}
    assert last["3.0"] == last["3.1"]
    assert "0 spec rule problems" in last["3.1"]
