"""`doc2spec generate {client,server,all}`: code generated from a spec."""
from __future__ import annotations

import keyword
import os
import shutil
import tempfile
from pathlib import Path

import click

from ..cli import handle_errors, read_spec
from ..errors import EXIT_STATUS_HELP, InputError, OutputError

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


@click.command(epilog=EXIT_STATUS_HELP)
@click.argument("target", type=click.Choice(["client", "server", "all"]))
@click.argument("spec", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", "out_dir", default=str(DEFAULT_OUT), show_default=True,
              type=click.Path(file_okay=False),
              help="Folder for client/ and server/ (each replaced as a whole).")
@click.option("--package", default=None,
              help="Client package name (default: <spec stem>_client, e.g. evs_client).")
@click.option("--stub-package", default=None,
              help="Server stub package name (default: <spec stem>_stub, e.g. evs_stub).")
@click.option("--no-cache", is_flag=True,
              help="Compile every template afresh (no compiled templates from the user cache).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@handle_errors
def generate(target, spec, out_dir, package, stub_package, no_cache, quiet):
    """Generate a Python client package and/or a server stub from SPEC.

    SPEC defaults to the spec in specs/. Writes OUTPUT/client/ (a pip-installable
    package named <stem>_client, e.g. evs_client) and OUTPUT/server/. Both are made in
    a temporary folder beside them and renamed into place together, so an interruption
    leaves either the old pair or the new one.
    """
    if no_cache:
        from ..generate import template_cache
        template_cache.disable()
    path = Path(spec) if spec else default_spec()
    package = check_package("--package", package.replace("-", "_")) if package else None
    stub_package = check_package("--stub-package", stub_package) if stub_package else None
    doc, text = read_spec(path)
    out = Path(out_dir)
    parts = ["client", "server"] if target == "all" else [target]
    with Staging(out, parts, copied=["server"]) as stage:
        lines = []      # what to say, made only when it is said (the counts read the spec)
        if "client" in parts:
            summary = _client(doc, stage.path("client"), package or f"{spec_stem(path)}_client",
                              out / "client")     # replaced as a whole: not staged as a copy
            lines.append(lambda: _client_line(doc, summary, out / "client"))
        if "server" in parts:
            if _server(doc, stage.path("server"), package=stub_package, stem=spec_stem(path),
                       required=target == "server",
                       spec_text=text if path.suffix == ".json" else None):
                lines.append(lambda: f"wrote {out / 'server'}")
            else:
                stage.parts.remove("server")
        stage.commit()
    if not quiet:
        for line in lines:
            click.echo(line())


def check_package(option: str, name: str) -> str:
    """A Python package name: an identifier, not a keyword, not private."""
    if not name.isidentifier() or keyword.iskeyword(name) \
            or name.startswith("_"):
        raise InputError(f"{option} {name!r}: not a valid Python package name "
                         "(an identifier that is not a keyword and does not start with '_')")
    return name


class Staging:
    """Generated folders are written into a temp sibling of their final place, those
    `copied` starting as a copy of what is there (the server keeps the user's handler
    modules; files hard-linked, see _link_or_copy; the client is written anew, linking
    its unchanged files from the tree it replaces), then swapped in together with
    Ctrl-C held off, and rolled back if a rename fails."""

    def __init__(self, out: Path, parts: list[str], copied: list[str]):
        self.out, self.parts, self.copied = out, parts, copied

    def __enter__(self) -> "Staging":
        from ..output_files import dir_mode, ensure_dir
        ensure_dir(self.out)
        for name in self.parts:
            if os.path.ismount(self.out / name):
                raise OutputError(f"{self.out / name}: a mount point cannot be replaced; "
                                  f"name its parent folder (or another one) as --output")
        self.tmp = Path(tempfile.mkdtemp(dir=self.out, prefix=".doc2spec-generate.", suffix=".tmp"))
        os.chmod(self.tmp, dir_mode())
        for name in self.parts:
            if name in self.copied and (self.out / name).is_dir():
                shutil.copytree(self.out / name, self.tmp / name, symlinks=True,
                                copy_function=_link_or_copy)
        return self

    def path(self, name: str) -> Path:
        return self.tmp / name

    def commit(self) -> None:
        import signal
        held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, held)
        done: list[str] = []
        try:
            for name in self.parts:
                final, new = self.out / name, self.tmp / name
                if final.exists() or final.is_symlink():
                    os.replace(final, self.tmp / f"{name}.old")
                try:
                    os.replace(new, final)
                except OSError:
                    if (self.tmp / f"{name}.old").exists():
                        os.replace(self.tmp / f"{name}.old", final)
                    raise
                done.append(name)
        except OSError as exc:
            for name in reversed(done):  # put the old pair back
                os.replace(self.out / name, self.tmp / name)
                if (self.tmp / f"{name}.old").exists():
                    os.replace(self.tmp / f"{name}.old", self.out / name)
            raise OutputError(f"{exc.filename or self.out}: cannot replace: "
                              f"{exc.strerror or exc}") from None
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def _link_or_copy(src: str, dst: str) -> None:
    """A staged copy's file as a hard link (no bytes copied): the generators never write
    into a file, they replace it (client/write.py, server._write), so the old tree stays
    as it was until the swap. A copy where the file system has no hard links."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _client(doc: dict, out: Path, package: str, shown: Path):
    from ..generate.client import generate_client
    try:
        return generate_client(doc, out, package, previous=shown)
    except FileExistsError:
        raise InputError(f"{shown} exists and was not generated by doc2spec; "
                         "not replacing it") from None


def _client_line(doc: dict, summary, shown: Path) -> str:
    from ..counts import spec_counts
    return (f"wrote {shown}: package {summary.package}, {summary.methods} operation methods "
            f"(one per section; {spec_counts(doc).operations} operations), "
            f"{summary.models} models, {summary.enums} enums, {len(summary.files)} files")


def _server(doc: dict, out: Path, *, package: str | None, stem: str, required: bool,
            spec_text: str | None) -> bool:
    """Write the server stub; False when the server generator is not installed. The text
    of a JSON spec file (`spec_text`) is shipped in the stub as it is (a spec `build` wrote
    is byte for byte what the stub would write; no need to write it again)."""
    try:
        from ..generate.server import generate_server
    except ImportError:
        message = "the server generator (extractor.generate.server) is not available"
        if required:
            raise InputError(message) from None
        click.echo(f"doc2spec: note: {message}; server skipped", err=True)
        return False
    try:
        generate_server(doc, out, package=package, stem=stem, spec_text=spec_text)
    except ValueError as exc:
        raise InputError(f"--stub-package: {exc}") from None
    return True
