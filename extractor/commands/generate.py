"""`doc2spec generate {client,server,all}`: code generated from a spec."""
from __future__ import annotations

from pathlib import Path

import click

from ..cli import handle_errors, load_spec
from ..errors import InputError

DEFAULT_OUT = Path("output")


def default_spec() -> Path:
    """The one ``specs/*.openapi.json`` under the current folder, else the project's own."""
    from ..pipeline import PROJECT_ROOT
    for base in (Path.cwd(), PROJECT_ROOT):
        found = sorted((base / "specs").glob("*.openapi.json"))
        if len(found) == 1:
            return found[0]
        if found:
            raise InputError(f"{base / 'specs'}: several specs ({', '.join(p.name for p in found)}); "
                             "name the one to generate from")
    raise InputError("no spec given and none found in specs/: run `doc2spec build` first")


def spec_stem(path: Path) -> str:
    """``evs`` for ``evs.openapi.json`` (or ``evs.json``)."""
    return path.name.split(".openapi.")[0] if ".openapi." in path.name else path.stem


@click.command()
@click.argument("target", type=click.Choice(["client", "server", "all"]))
@click.argument("spec", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", "out_dir", default=str(DEFAULT_OUT), show_default=True,
              type=click.Path(file_okay=False),
              help="Folder for client/ and server/ (each replaced as a whole).")
@click.option("--package", default=None,
              help="Client package name (default: <spec stem>_client, e.g. evs_client).")
@click.option("--stub-package", default=None,
              help="Server stub package name (default: <spec stem>_stub, e.g. evs_stub).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def generate(target, spec, out_dir, package, stub_package, quiet):
    """Generate a Python client package and/or a server stub from SPEC.

    SPEC defaults to the spec in specs/. Writes OUTPUT/client/ (a pip-installable
    package named <stem>_client, e.g. evs_client) and OUTPUT/server/.
    """
    path = Path(spec) if spec else default_spec()
    doc = load_spec(path)
    out = Path(out_dir)
    if target in ("client", "all"):
        _client(doc, out / "client", package or f"{spec_stem(path)}_client", quiet)
    if target in ("server", "all"):
        _server(doc, out / "server", required=target == "server", quiet=quiet,
                package=stub_package, stem=spec_stem(path))


def _client(doc: dict, out: Path, package: str, quiet: bool) -> None:
    from ..generate.client import generate_client
    package = package.replace("-", "_")
    if not package.isidentifier() or package.startswith("_"):
        raise InputError(f"--package {package!r}: not a valid Python package name")
    try:
        summary = generate_client(doc, out, package)
    except FileExistsError as exc:
        raise InputError(str(exc)) from None
    if not quiet:
        click.echo(f"wrote {out}: package {summary.package}, {summary.methods} operation "
                   f"methods, {summary.models} models, {summary.enums} enums, "
                   f"{len(summary.files)} files")


def _server(doc: dict, out: Path, *, required: bool, quiet: bool, package: str | None,
            stem: str) -> None:
    try:
        from ..generate.server import generate_server
    except ImportError:
        message = "the server generator (extractor.generate.server) is not available"
        if required:
            raise InputError(message) from None
        click.echo(f"doc2spec: note: {message}; server skipped", err=True)
        return
    try:
        generate_server(doc, out, package=package, stem=stem)
    except ValueError as exc:
        raise InputError(f"--stub-package: {exc}") from None
    if not quiet:
        click.echo(f"wrote {out}")
