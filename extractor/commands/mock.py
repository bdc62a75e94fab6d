"""`doc2spec mock [SPEC] [--stateful] ...`: serve a spec with the generated stub at once.

The stub is generated into a temporary folder (removed on exit) and run in this
process with uvicorn; the options are those of ``python -m <stub> ...``.
"""
from __future__ import annotations

import signal
import sys
import tempfile
from pathlib import Path

import click

from ..cli import handle_errors, load_spec
from ..errors import InputError
from .generate import default_spec

PACKAGE = "doc2spec_mock_stub"


@click.command()
@click.argument("spec", required=False, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", type=int, default=8080, show_default=True)
@click.option("--stateful", is_flag=True,
              help="Keep the items that requests create, change and delete.")
@click.option("--state", "state_file", type=click.Path(dir_okay=False),
              help="With --stateful: read the items from FILE, write them back atomically.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of every synthesized value.")
@click.option("--token", help="Accept only this token.")
@click.option("--ak", help="Accept only AK/SK signatures with this access key ...")
@click.option("--sk", help="... signed with this secret key (verified).")
@click.option("--cors-origin", multiple=True,
              help="Allowed browser origin (repeatable, '*' for any; default: localhost).")
@click.option("--no-cors", is_flag=True, help="Send no CORS headers.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@handle_errors
def mock(spec, host, port, stateful, state_file, seed, token, ak, sk, cors_origin, no_cors,
         log_level):
    """Serve SPEC (default: the spec in specs/) as a mock server on HOST:PORT.

    Stateless by default: every operation answers its documented example or a
    realistic synthesized body. With --stateful, POST on a collection creates items
    that GET, list, actions and DELETE then see (what is inferred is printed at
    startup). Stop with Ctrl-C.
    """
    if bool(ak) != bool(sk):
        raise InputError("--ak and --sk go together")
    if state_file and not stateful:
        raise InputError("--state needs --stateful")
    path = Path(spec) if spec else default_spec()
    doc = load_spec(path)
    from ..generate.server import generate_server
    # uvicorn re-raises the signal that stopped it: let SIGTERM end this process through
    # SystemExit, like Ctrl-C does through KeyboardInterrupt, so the folder is removed
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with tempfile.TemporaryDirectory(prefix="doc2spec-mock-") as tmp:
        generate_server(doc, Path(tmp), package=PACKAGE)
        sys.path.insert(0, tmp)
        try:
            import importlib
            stub = importlib.import_module(PACKAGE)
            main = importlib.import_module(f"{PACKAGE}.__main__")
            args = main.parser("doc2spec mock").parse_args(
                ["--host", host, "--port", str(port), "--seed", str(seed),
                 "--log-level", log_level]
                + (["--stateful"] if stateful else []) + (["--state", state_file] if state_file else [])
                + (["--token", token] if token else []) + (["--ak", ak, "--sk", sk] if ak else [])
                + [x for o in cors_origin for x in ("--cors-origin", o)]
                + (["--no-cors"] if no_cors else []))
            click.echo(f"doc2spec mock: {path} on http://{host}:{port}"
                       f"{' (stateful)' if stateful else ''}", err=True)
            main.serve(stub.create_app(main.settings_from(args)), args)
        finally:
            sys.path.remove(tmp)
