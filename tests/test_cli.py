"""The commands as a user meets them: one count per thing, exit statuses, clean errors,
file modes. Each test runs `python -m extractor` on the shipped manual or a spec built
from it."""
from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys

import pytest

from extractor.counts import severity_counts, spec_counts

from conftest import ROOT


def run(*args, cwd=ROOT, umask=None):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("specs")
    # the shipped folder's overlay, which inspect and lint apply to the shipped manual too
    overlay = ROOT / "specs" / "evs.overlay.yaml"
    r = run("build", "-o", out, *(["--overlay", overlay] if overlay.exists() else []),
            umask=0o027)
    assert r.returncode == 0, r.stderr
    return out, r.stdout


def rows_of(stdout: str) -> dict[str, str]:
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in stdout.splitlines()
                if re.search(r"\S\s{2,}\S", line))


# -- one count per thing ------------------------------------------------------------------

def test_inspect_build_and_lint_agree_on_every_count(spec_dir):
    out, build_out = spec_dir
    doc = json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))
    findings = json.loads((out / "evs.findings.json").read_text(encoding="utf-8"))
    c = spec_counts(doc)
    by = severity_counts(findings)
    # the spec's own structure gives the same numbers the counts module reports
    ops = [op for item in doc["paths"].values() for m, op in item.items() if m != "parameters"]
    assert c.operations == len(ops)
    assert c.sections == sum(len(op.get("x-variants") or [op]) for op in ops)
    assert c.deprecated_operations < c.deprecated_sections   # the two differ, so both are named

    rows = rows_of(run("inspect").stdout)
    assert rows["sections (API sections read)"] == str(c.sections)
    assert rows["operations (method + path)"] == str(c.operations)
    assert rows["variants (sections sharing an operation)"] == str(c.variants)
    assert rows["deprecated sections"] == str(c.deprecated_sections)
    assert rows["deprecated operations (every section)"] == str(c.deprecated_operations)
    assert rows["findings"].startswith(f"{len(findings)} findings ({by['error']} error, "
                                       f"{by['warning']} warning, {by['info']} info)")

    assert f"{c.sections} sections as {c.operations} operations" in build_out
    assert f"{c.deprecated_sections} deprecated sections ({c.deprecated_operations} operations" \
        in build_out
    assert f"{len(findings)} findings ({by['error']} error" in build_out

    last = run("lint", out / "evs.openapi.json").stdout.splitlines()[-1]
    assert last.startswith(f"{len(findings)} findings ({by['error']} error, {by['warning']} "
                           f"warning, {by['info']} info) + ")
    lint_from_manual = run("lint").stdout.splitlines()[-1]
    assert lint_from_manual == last


def test_generate_counts_methods_per_section(spec_dir, tmp_path):
    out, _ = spec_dir
    doc = json.loads((out / "evs.openapi.json").read_text(encoding="utf-8"))
    c = spec_counts(doc)
    r = run("generate", "client", out / "evs.openapi.json", "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"{c.operation_methods} operation methods (one per section; {c.operations} " \
           "operations)" in r.stdout


def _documented_paths(fields, models, prefix="", depth=0) -> set[str]:
    """Every dotted key path the tables document, each level under its manual name or its
    normalised name; a whole-body pseudo-row (`-`) stands for its table's fields."""
    out: set[str] = set()
    for f in fields:
        t = f.type
        while t is not None and t.kind == "array" and t.items is not None:
            t = t.items
        sub = models[t.name].fields if t is not None and t.kind == "ref" and t.name in models \
            and depth < 8 else []
        if f.raw_name.strip() in ("-", ""):
            out |= _documented_paths(sub, models, prefix, depth + 1)
            continue
        for name in {f.name, f.raw_name.strip()}:
            out.add(prefix + name)
            out |= _documented_paths(sub, models, f"{prefix}{name}.", depth + 1)
    return out


def test_no_undocumented_key_finding_names_a_documented_key(built):
    """A key (path) of an example that a table of the same section documents, under its
    manual name or its normalised name, is never reported as undocumented (§6.1.14's
    'os-retype', documented by the table a `-` row stands for)."""
    api = built.api
    documented: dict[str, set[str]] = {}
    for s in api.sections:
        bodies = ([s.request] if s.request else []) + [r.body for r in s.responses.values() if r.body]
        for b in bodies:
            documented.setdefault(s.number, set()).update(_documented_paths(b.fields, b.models))
    reported = [(f.section, re.search(r"the key '([^']+)'", f.message).group(1))
                for f in api.findings if f.kind == "example-undocumented-key"]
    assert reported, "the shipped manual has example-only keys (display_name)"
    assert ("6.1.14", "os-retype") not in reported
    assert "os-retype" in documented["6.1.14"]
    wrong = [(sec, key) for sec, key in reported if key in documented.get(sec, set())]
    assert not wrong


# -- exit statuses and messages ---------------------------------------------------------

def test_help_documents_the_exit_statuses():
    for args in ([], ["build"], ["lint"], ["generate"], ["update"]):
        r = run(*args, "--help")
        text = " ".join(r.stdout.split())
        assert "0 ok; 1 a --fail-on threshold was crossed" in text, args
        assert "2 bad input or an unusable output location; 3 internal error" in text, args


def test_lint_is_informative_by_default_and_says_what_would_fail(spec_dir):
    out, _ = spec_dir
    findings = json.loads((out / "evs.findings.json").read_text(encoding="utf-8"))
    errors = [f for f in findings if f["severity"] == "error"]
    assert errors, "the shipped manual has errors (unrepairable examples)"
    r = run("lint", out / "evs.openapi.json")
    assert r.returncode == 0
    assert f"--fail-on error would fail ({len(errors)})" in r.stdout.splitlines()[-1]
    r = run("lint", out / "evs.openapi.json", "--fail-on", "error")
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    kinds = sorted({f["kind"] for f in errors})
    assert last.startswith(f"doc2spec: --fail-on error: {len(errors)} findings")
    assert all(k in last for k in kinds)


def test_lint_reads_an_oas31_spec(tmp_path):
    r = run("build", "--oas", "3.1", "-o", tmp_path, "-q")
    assert r.returncode == 0, r.stderr
    r = run("lint", tmp_path / "evs.openapi.json")
    assert r.returncode == 0, r.stderr
    assert "would fail" in r.stdout.splitlines()[-1]


def test_lint_rules_check_oas31_type_lists():
    from extractor.lint import lint_spec
    doc = {"openapi": "3.1.0", "info": {"description": "d"}, "paths": {}, "components": {
        "schemas": {"A": {"type": ["string", "null"], "enum": ["a", None, 3]},
                    "B": {"type": ["array", "null"]}}}}
    got = {(p.rule, p.where) for p in lint_spec(doc)}
    assert ("typed-enum", "#/components/schemas/A") in got      # 3 is not a string
    assert ("array-items", "#/components/schemas/B") in got


@pytest.mark.parametrize("where", ["file", "proc"])
def test_unusable_output_folder_is_exit_2_in_one_line(tmp_path, where):
    if where == "file":
        (tmp_path / "f").write_text("x")
        out = tmp_path / "f" / "specs"             # a file where a folder should be
    else:
        out = "/proc/doc2spec-out"                 # a file system that takes no new folders
    r = run("build", "-o", out)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert str(out) in r.stderr and "internal error" not in r.stderr


def test_internal_error_is_exit_3(monkeypatch):
    from click.testing import CliRunner

    import extractor.pipeline
    from extractor.cli import main

    def broken(*a, **k):
        raise RuntimeError("a bug")
    monkeypatch.setattr(extractor.pipeline, "build_spec", broken)
    r = CliRunner().invoke(main, ["build", "-o", "unused"])
    assert r.exit_code == 3
    assert "internal error: RuntimeError: a bug" in r.output


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary\x00", "随便一段文字\n".encode()])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run("inspect", p)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert str(p) in r.stderr or "no text" in r.stderr


def test_missing_file():
    r = run("inspect", "no/such/manual.txt")
    assert r.returncode == 2 and "no such file" in r.stderr


def test_unparsable_spec_names_the_place(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\npaths:\n  /a: [1, 2\n", encoding="utf-8")
    r = run("generate", "client", spec, "-o", tmp_path / "client")
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "not a YAML/JSON spec: did not find expected ',' or ']' at line 4" in r.stderr


def test_inspect_json_dumps_the_model():
    r = run("inspect", "--json")
    model = json.loads(r.stdout)
    first = next(s for s in model["sections"] if s["number"] == "6.1.1")
    assert first["request"]["models"]["CreateVolumeOption"]["fields"]


# -- output files -------------------------------------------------------------------------

def test_written_files_get_the_umask_mode(spec_dir):
    out, _ = spec_dir                       # built under umask 027
    for p in out.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o640, p


def test_generated_folders_get_the_umask_mode(spec_dir, tmp_path):
    out, _ = spec_dir
    r = run("generate", "all", out / "evs.openapi.json", "-o", tmp_path / "o", umask=0o022)
    assert r.returncode == 0, r.stderr
    for p in [tmp_path / "o" / "client", tmp_path / "o" / "server"]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o755
    assert not [p for p in (tmp_path / "o").iterdir() if p.name.startswith(".")]


def test_package_must_be_an_identifier_and_not_a_keyword(spec_dir, tmp_path):
    out, _ = spec_dir
    for bad in ("class", "1abc", "my.pkg", "_private"):
        r = run("generate", "client", out / "evs.openapi.json", "-o", tmp_path, "--package", bad)
        assert r.returncode == 2 and "not a valid Python package name" in r.stderr, bad
        assert r.stderr.count("\n") == 1
    assert not (tmp_path / "client").exists()


# -- the one validation pass ----------------------------------------------------------------

def test_build_validation_agrees_with_openapi_spec_validator(built):
    """build checks the document once against the OAS JSON Schema (spec_schema.py);
    openapi-spec-validator, the reference, finds the same: nothing on the built spec, and
    a problem wherever the fast check finds one on a broken copy."""
    import copy

    from extractor.spec_schema import spec_errors as fast
    from extractor.validate import spec_errors as full
    assert fast(built.doc) == [] and full(built.doc) == []
    broken = copy.deepcopy(built.doc)
    del broken["info"]["title"]
    first_path = next(iter(broken["paths"].values()))
    next(iter(first_path.values()))["responses"] = {"200": {"content": {}}}
    assert len(fast(broken)) == 2 and len(full(broken)) >= 2
    again = copy.deepcopy(built.doc)
    ops = [op for item in again["paths"].values() for op in item.values()]
    ops[1]["operationId"] = ops[0]["operationId"]          # a semantic rule, not a schema one
    assert any("is used by" in e for e in fast(again))
    dangling = copy.deepcopy(built.doc)       # a $ref to nothing: the reference stops on it
    _first_ref(dangling)["$ref"] = "#/components/schemas/Nowhere"
    assert [e for e in fast(dangling) if "names nothing" in e] == [
        e for e in fast(dangling)] and len(fast(dangling)) == 1
    from referencing.exceptions import Unresolvable
    with pytest.raises(Unresolvable):
        full(dangling)


def _first_ref(doc) -> dict:
    """The first response schema that is a $ref."""
    return next(schema for item in doc["paths"].values() for op in item.values()
                for r in op["responses"].values()
                for schema in [r.get("content", {}).get("application/json", {}).get("schema")]
                if isinstance(schema, dict) and "$ref" in schema)


def test_spec_that_breaks_openapi_is_bad_input_not_a_bug(tmp_path, built):
    """A spec file that breaks the OpenAPI schema: `lint` reports where (`oas3-schema`) and
    skips, with a note, a rule that cannot read it; `site` and `generate`, which cannot
    process it, exit 2 naming the spec's first problem instead of an internal error (3).
    A dangling $ref is lint's `no-unresolved-refs` error."""
    import copy
    doc = copy.deepcopy(built.doc)
    first = next(iter(doc["paths"].values()))
    op = next(iter(first.values()))
    op["tags"] = "not a list"
    doc["tags"][0] = {"description": "a tag with no name"}  # operation-tags reads names
    _first_ref(doc)["$ref"] = "#/components/schemas/Nowhere"
    spec = tmp_path / "broken.openapi.json"
    spec.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("lint", spec, "--json")
    assert r.returncode == 0, r.stderr
    problems = json.loads(r.stdout)
    kinds = {p["kind"] for p in problems}
    assert {"oas3-schema", "no-unresolved-refs"} <= kinds
    assert any("not a list" in p["message"] and "is not of type" in p["message"] for p in problems
               if p["kind"] == "oas3-schema")
    skipped = [p for p in problems if p["kind"] == "lint-rule-skipped"]
    assert skipped and all(p["severity"] == "info" for p in skipped)
    r = run("lint", spec, "--fail-on", "error")
    assert r.returncode == 1 and "oas3-schema" in r.stderr.strip().splitlines()[-1]
    for args in (["site", spec, "-o", tmp_path / "site"],
                 ["generate", "all", spec, "-o", tmp_path / "out"]):
        r = run(*args)
        assert r.returncode in (0, 2), (args, r.stderr)
        if r.returncode == 2:
            assert f"{spec}: not valid OpenAPI:" in r.stderr and "internal error" not in r.stderr
            assert r.stderr.count("\n") == 1
    sch = next(s for s in doc["components"]["schemas"].values() if s.get("properties"))
    next(iter(sch["properties"].values()))["description"] = {"text": "no string"}
    spec.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("site", spec, "-o", tmp_path / "site2")     # descriptions are indexed: it stops
    assert r.returncode == 2 and "not valid OpenAPI" in r.stderr and len(r.stderr) < 400


def test_libyaml_output_is_byte_identical_to_the_python_emitter(built):
    import datetime

    from extractor.output import CDumper, dump_yaml
    assert CDumper is not None, "PyYAML is built with libyaml here"
    text = dump_yaml(built.doc)
    assert "📖" in text                 # a character beyond the BMP, escaped by libyaml alone
    assert text == dump_yaml(built.doc, python=True)
    edge = {"a": [1, 2.5, 1e20, float("inf"), None, True, False, "x\ny", "", "null", "true",
                  "0o7", "yes", {"k": {}}, []], "b": {}, "📖": "🙂" * 60 + " x",
            "private use beside an emoji": "\ue000 📖", "c": "a\n📖\nb",
            "through the representer": [{"only"}, datetime.date(2026, 1, 2), 0.1],
            "same text, other kinds": ["1", 1, "null", None, [], {}, [[]], {"k": []}]}
    assert dump_yaml(edge) == dump_yaml(edge, python=True)


def test_yaml_text_writes_what_the_python_emitter_writes():
    """yaml_text.py (build's YAML writer) gives yaml.dump's bytes, and libyaml's, on random
    documents of awkward strings (indicators, quotes, breaks of every kind, tabs, BOM, NEL,
    CJK, emoji, lines long enough to fold), and its shortcuts only take strings the
    emitter's own analysis would write the same way. A double-quoted string that folds is
    written as libyaml folds it (elsewhere than PyYAML): such a document is libyaml's."""
    import random

    import yaml

    from extractor import yaml_text
    from extractor.output import OPTIONS, PyDumper, _emit, _Swap
    rng = random.Random(15)
    alphabet = list("ab -:#'\"?!&*|>%@`,[]{}.\n\t") + ["\x85", "\u2028", "\ufeff", "\xa0",
                                                       "云硬盘", "📖", "\ue000", "\x7f", "---"]

    def text():
        n = rng.choice([0, 1, 2, 5, 20, 60, 130])
        return "".join(rng.choice(alphabet) for _ in range(n))

    def value(depth):
        r = rng.random()
        if depth > 3 or r < 0.5:
            return rng.choice([text(), text(), text(), 1, -7, True, False, None, 2.5, "null",
                               "123", "~", "true", "", "yes", "No", "off", "0x1F", "1e3", "=",
                               "<<", ".inf", "2001-12-14", "Yellow", "offer"])
        if r < 0.75:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return {rng.choice(["k", "key: x", "a b", "#k", text()[:20] or "e"]) + str(i):
                value(depth + 1) for i in range(rng.randint(0, 4))}

    emitter = yaml.emitter.Emitter(None, allow_unicode=True)
    written = compared = 0
    for _ in range(3000):
        doc = {"root": value(0), "list": [value(1), value(1)]}
        try:
            fast = yaml_text.dump(doc, PyDumper, width=OPTIONS["width"])
        except yaml_text.Unsupported:
            continue
        written += 1
        python = yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
        swap = _Swap()
        c_text = _emit(doc, swap)
        if not swap.table and not swap.conflict:    # libyaml's, where it needs no stand-ins
            compared += 1
            assert fast == c_text, doc
        if fast != python:      # only a folded double-quoted string, written as libyaml does
            assert fast == c_text and not swap.table and not swap.conflict, doc
        s = text()
        a = emitter.analyze_scalar(s)
        if yaml_text.plain(s):
            assert a.allow_block_plain and a.allow_single_quoted
            assert not a.multiline and not a.empty
        if yaml_text.ONE_LINE.fullmatch(s):
            assert a.allow_single_quoted and not a.multiline
        if yaml_text.LITERAL.fullmatch(s):
            assert a.allow_block
    assert written > 1000     # the rest hold a key, or a break or character, it leaves
    assert compared > 300


def test_yaml_text_folds_long_strings_as_the_emitters_do():
    """Long strings that need double quotes (control characters, a BOM, a space before a
    break, runs of spaces) at every depth: yaml_text.py writes libyaml's bytes, folds and
    escapes included, and leaves a document with characters libyaml needs swapped to it.
    Long plain strings fold as both emitters fold them."""
    import random

    import yaml

    from extractor import yaml_text
    from extractor.output import OPTIONS, PyDumper, _emit, _Swap, dump_yaml
    rng = random.Random(16)
    alphabet = list("ab  -:#'\"\\,{}\n\t\x7f\x01") + ["\ufeff", "\xa0", "云硬盘", "word "]

    def text():
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 400)))

    folded = 0
    for depth in range(60):
        doc: dict = {"k": text()}
        for _ in range(depth % 12):
            doc = {"key" * rng.randint(1, 3): [doc, text()] if rng.random() < 0.5 else doc}
        c_text = _emit(doc, _Swap())
        fast = yaml_text.dump(doc, PyDumper, width=OPTIONS["width"])
        assert fast == c_text, doc
        folded += any(line.lstrip().startswith("\\ ") for line in fast.splitlines())
    assert folded > 5                       # a break before a run of spaces escapes the next
    # plain strings long enough to fold (single spaces break, runs of spaces stay): PyYAML's
    words = ["a", "word", "云硬盘", "x-y", "1.5", "longer_identifier", "(note)"]
    for depth in range(40):
        line = rng.choice(words)
        for _ in range(rng.randint(5, 60)):
            line += " " * rng.choice([1, 1, 1, 2, 3]) + rng.choice(words)
        doc = {"k": line, "n": [{"deeper": line}]}
        for _ in range(depth % 10):
            doc = {"key": [doc, line]}
        python = yaml.dump(doc, Dumper=PyDumper, **OPTIONS)
        assert yaml_text.dump(doc, PyDumper, width=OPTIONS["width"]) == python
        assert python == _emit(doc, _Swap())
    doc = {"a": "x " * 80 + "\t", "b": "📖"}
    swap = _Swap()
    expected = swap.undo(_emit(doc, swap))
    try:
        yaml_text.dump(doc, PyDumper, width=OPTIONS["width"])
        raise AssertionError("an astral character beside a folded string is libyaml's to write")
    except yaml_text.Unsupported:
        pass
    assert dump_yaml(doc) == expected


def test_regex_tokenizer_reads_json_like_the_character_scanner(built):
    """The example repairer's tokenizer (a regex, for speed) gives exactly what the
    character-by-character scanner gives, on random JSON-ish text and every manual example."""
    import random

    from extractor.api.examples import _tokens, _tokens_by_char
    rng = random.Random(15)
    texts = ["".join(rng.choice('"\\{}[],\nab :') for _ in range(rng.randint(0, 40)))
             for _ in range(20000)]
    texts += [e.raw for s in built.api.sections for e in s.request_examples + s.response_examples
              if e.raw]
    assert len(texts) > 20100
    assert all(_tokens(t) == _tokens_by_char(t) for t in texts)


def test_fast_json_is_the_standard_librarys(built):
    import json

    from extractor.output import dump_json, json_bytes

    def reference(d, indent=2):
        return json.dumps(d, ensure_ascii=False, indent=indent) + "\n"
    assert dump_json(built.doc) == reference(built.doc)
    # what build writes: the same text as UTF-8 bytes, with no round trip through str
    assert json_bytes(built.doc) == reference(built.doc).encode("utf-8")
    for indent in (1, 3):                   # orjson indents by two: other indents rescaled
        assert dump_json(built.doc, indent=indent) == reference(built.doc, indent)
    findings = [f.as_dict() for f in built.api.findings]
    assert dump_json(findings) == reference(findings)
    for edge in ({"a": [1e16, 1e-7, 0.1, float("nan"), 2 ** 70, {}, [], "\u2028\x1f\x7f\"\\ 📖"]},
                 {1: "a key that is no string"},
                 {"  leading spaces\n  in a key": ["  and\n    in a value", {"x": [[{}]]}]},
                 {"a lone surrogate": "\ud800"}):       # (orjson refuses it)
        assert dump_json(edge) == reference(edge)
        assert dump_json(edge, indent=1) == reference(edge, 1)
        if "a lone surrogate" not in edge:      # (no UTF-8 for it: a file cannot hold it)
            assert json_bytes(edge, indent=1) == reference(edge, 1).encode("utf-8")


def test_spec_texts_are_dump_yaml_and_json_bytes(built):
    """build writes both texts from one YAML walk that also tells whether a float needs
    orjson's float check: the same texts as dump_yaml and json_bytes each give."""
    from extractor.output import dump_yaml, json_bytes, spec_texts
    edges = [built.doc, {"a": [1e16, 1e-7, 0.1, 2.5]}, {"nan": float("nan"), "b": [True, None]},
             {1: "a key yaml_text leaves to libyaml"}, {"x": [{"y": 3}], "z": "text"}]
    for doc in edges:
        assert spec_texts(doc) == (dump_yaml(doc), json_bytes(doc)), str(doc)[:80]


# -- compiled templates kept between runs -------------------------------------------------

def test_template_cache_compiles_a_template_once_and_again_when_it_changes(tmp_path,
                                                                          monkeypatch):
    import jinja2

    from extractor.generate import template_cache
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.txt").write_text("one {{ x }}", encoding="utf-8")
    compiled = []

    class Counting(jinja2.Environment):
        def _compile(self, source, filename):
            compiled.append(filename)
            return super()._compile(source, filename)

    def render():
        env = Counting(loader=jinja2.FileSystemLoader(str(folder)),
                       bytecode_cache=template_cache.bytecode_cache())
        return env.get_template("page.txt").render(x=1)
    assert render() == "one 1" and len(compiled) == 1          # cold: compiled, stored
    assert len(list(template_cache.cache_dir().iterdir())) == 1
    assert render() == "one 1" and len(compiled) == 1          # warm: loaded
    (folder / "page.txt").write_text("two {{ x }}", encoding="utf-8")
    assert render() == "two 1" and len(compiled) == 2          # changed: compiled again
    monkeypatch.setenv("DOC2SPEC_NO_CACHE", "1")
    assert template_cache.bytecode_cache() is None


def test_generate_and_site_write_the_same_with_a_cold_warm_or_no_template_cache(spec_dir,
                                                                                tmp_path):
    out, _ = spec_dir
    spec = out / "evs.openapi.json"

    def tree(folder):
        return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
                if p.is_file()}
    trees = []
    for name, cache, extra in (("cold", "c1", []), ("warm", "c1", []),
                               ("none", "c2", ["--no-cache"])):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / cache)}
        o = tmp_path / name
        for args in (["generate", "all", spec, "-q", "-o", o, *extra],
                     ["site", spec, "-q", "-o", o / "site", *extra]):
            r = subprocess.run([sys.executable, "-m", "extractor", *map(str, args)],
                               capture_output=True, text=True, cwd=ROOT, env=env)
            assert r.returncode == 0, r.stderr
        trees.append(tree(o))
    assert trees[0] and trees[0] == trees[1] == trees[2]
    assert any((tmp_path / "c1" / "doc2spec" / "jinja").iterdir())
    assert not (tmp_path / "c2" / "doc2spec").exists()          # --no-cache: nothing stored


def test_only_the_program_runs_without_the_cyclic_collector():
    """`doc2spec` as a program turns the cyclic collector off for one-shot commands (a
    speed measure, see benchmarks/run.py); a caller that invokes the group with its own
    arguments (click's test runner, this test process) keeps its collector."""
    import gc

    from click.testing import CliRunner

    from extractor.cli import main
    assert gc.isenabled()
    assert CliRunner().invoke(main, ["build", "--help"]).exit_code == 0
    assert gc.isenabled()
    probe = ("import gc, sys\nimport extractor.cli as c\n"
             "def probe(self, ctx, name, f=c.LazyGroup.get_command):\n"
             "    command = f(self, ctx, name)\n"
             "    print('collector', name, gc.isenabled())\n"
             "    return command\n"
             "c.LazyGroup.get_command = probe\n"
             "sys.argv = ['doc2spec', sys.argv[1], '--help']\nc.main()\n")
    for name, enabled in (("build", False), ("mock", True)):
        r = subprocess.run([sys.executable, "-c", probe, name], capture_output=True,
                           text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        assert f"collector {name} {enabled}" in r.stdout
        assert f"collector {name} {not enabled}" not in r.stdout


def test_lint_reads_integer_yaml_keys(tmp_path):
    """A hand-written YAML spec's `200:` keys read as integers: judged as their JSON form
    (strings), so the spec is valid and lint runs its rules (it used to stop)."""
    spec = tmp_path / "intkeys.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                    "      operationId: getA\n      responses:\n        200: {description: ok}\n",
                    encoding="utf-8")
    r = run("lint", spec, "--json")
    assert r.returncode == 0, r.stderr
    kinds = {p["kind"] for p in json.loads(r.stdout)}
    assert "oas3-schema" not in kinds and "operation-tags" in kinds


def test_refs_in_data_are_no_references_and_pointers_are_decoded(built):
    """`$ref` members inside example values, defaults and enums are data (a manual may
    show such a body); a percent-encoded pointer resolves; x-variants that are no list do
    not stop the operationId rule."""
    import copy

    from extractor.lint import lint_spec
    from extractor.spec_schema import spec_errors
    doc = copy.deepcopy(built.doc)
    media = next(m for item in doc["paths"].values() for op in item.values()
                 for r in op["responses"].values()
                 for m in [r.get("content", {}).get("application/json", {})]
                 if isinstance(next(iter(m.get("examples", {}).values()), {}).get("value"), dict))
    next(iter(media["examples"].values()))["value"]["$ref"] = "#/definitions/Snapshot"
    schema = next(s for s in doc["components"]["schemas"].values() if s.get("properties"))
    prop = next(iter(schema["properties"].values()))
    prop["default"] = {"$ref": "#/nowhere"}
    first_path = next(iter(doc["paths"]))
    encoded = first_path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
    method = next(iter(doc["paths"][first_path]))
    schema["properties"]["encoded"] = {"$ref": f"#/paths/{encoded}/{method}/responses"}
    next(iter(doc["paths"][first_path].values()))["x-variants"] = "not a list"
    assert not [e for e in spec_errors(doc) if "names nothing" in e]
    assert not [p for p in lint_spec(doc) if p.rule in ("no-unresolved-refs", "lint-rule-skipped")]
    schema["properties"]["encoded"]["$ref"] += "~1nothing"
    assert [p.rule for p in lint_spec(doc) if p.rule == "no-unresolved-refs"] == [
        "no-unresolved-refs"]


def test_a_rule_that_fails_on_a_valid_spec_is_a_bug(built, monkeypatch):
    """lint passes over a failing rule only where the spec breaks the OpenAPI schema: on a
    valid spec (even one with other rule problems) the failure is raised."""
    import copy

    from extractor import lint
    doc = copy.deepcopy(built.doc)
    del next(iter(next(iter(doc["paths"].values())).values()))["operationId"]

    def broken(doc):
        raise KeyError("a bug")
        yield
    monkeypatch.setattr(lint, "RULES", lint.RULES + [("broken", "error", broken)])
    with pytest.raises(KeyError):
        lint.lint_spec(doc)
