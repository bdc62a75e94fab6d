"""The stub's indexed router (runtime/router.py) picks the route Starlette's own linear
router picks -- FULL match, else the first PARTIAL one (405), else none (404) -- for
every path of the shipped spec with concrete values, every method, and near misses."""
from __future__ import annotations

import importlib
import re
import sys

import pytest
from starlette.routing import Match, Router
from test_server_support import PACKAGE, load_spec

from extractor.generate.server import generate_server

DOC = load_spec()
METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("router")
    generate_server(DOC, root, stem="evs")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE).create_app()
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def request_paths() -> list[str]:
    """Each spec path with its parameters filled in, plus variants no route serves."""
    out = ["/", "/openapi.json", "/nowhere", "/v2", "/v2/"]
    for path in DOC["paths"]:
        concrete = re.sub(r"\{[^}]*\}", "x1", path)
        out += [concrete, concrete + "/", concrete + "/extra", concrete.rsplit("/", 1)[0] + "/detail"]
    return out


def linear(routes, scope) -> tuple[object, Match]:
    partial = None
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return route, match
        if match is Match.PARTIAL and partial is None:
            partial = route
    return partial, (Match.PARTIAL if partial else Match.NONE)


def test_indexed_router_is_used(app):
    assert type(app.router).__name__ == "IndexedRouter"
    assert isinstance(app.router, Router)


def test_same_route_as_starlette(app):
    routes = app.router.routes
    checked = 0
    for path in request_paths():
        for method in METHODS:
            scope = {"type": "http", "path": path, "root_path": "", "method": method}
            want = linear(routes, scope)
            got = linear(app.router.candidates(path), scope)
            assert got == want, (method, path)
            checked += want[1] is Match.FULL
    assert checked >= len(DOC["paths"])  # every spec path was served by some method
