"""Run the stub with uvicorn: ``python -m <package> [--port 8080] [--stateful] ...``."""
from __future__ import annotations

import argparse
import sys

from .runtime.app import MAX_BODY_SIZE, Settings

LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


def parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Serve the API stub with uvicorn.")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default: %(default)s)")
    p.add_argument("--port", type=int, default=8080, help="port (default: %(default)s)")
    p.add_argument("--stateful", action="store_true",
                   help="keep the items that requests create, change and delete")
    p.add_argument("--state", metavar="FILE",
                   help="with --stateful: read the items from FILE and write them back "
                        "(atomically) after every change")
    p.add_argument("--seed", type=int, default=0, help="seed of every synthesized value")
    p.add_argument("--token", help="accept only this token (X-Auth-Token and the like)")
    p.add_argument("--ak", help="accept only AK/SK signatures with this access key ...")
    p.add_argument("--sk", help="... signed with this secret key (verified)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow this browser origin (repeatable; '*' for any; "
                        "default: http(s)://localhost, 127.0.0.1 and [::1], any port)")
    p.add_argument("--no-cors", action="store_true", help="send no CORS headers")
    p.add_argument("--max-body-size", type=int, default=MAX_BODY_SIZE, metavar="BYTES",
                   help="larger request bodies get 413 (default: %(default)s)")
    p.add_argument("--log-level", default="info", choices=LOG_LEVELS)
    p.add_argument("--no-access-log", action="store_true", help="do not log each request")
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    if bool(args.ak) != bool(args.sk):
        raise SystemExit("--ak and --sk go together")
    if args.state and not args.stateful:
        raise SystemExit("--state needs --stateful")
    return Settings(stateful=args.stateful, seed=args.seed, state_file=args.state,
                    token=args.token, access_key=args.ak, secret_key=args.sk,
                    cors=not args.no_cors, cors_origins=tuple(args.cors_origin),
                    max_body_size=args.max_body_size)


def serve(app, args: argparse.Namespace) -> None:
    """Print the startup report, then run ``app`` with uvicorn."""
    import uvicorn

    stub = app.state.stub
    for line in stub.report():
        print(line, file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                access_log=not args.no_access_log)


def main(argv: list[str] | None = None) -> None:
    args = parser(f"python -m {__package__}").parse_args(argv)
    from . import create_app
    serve(create_app(settings_from(args)), args)


if __name__ == "__main__":
    main()
