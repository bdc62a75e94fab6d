"""Run the stub with uvicorn: ``python -m <package> [--host 127.0.0.1] [--port 8080]``."""
from __future__ import annotations

import argparse

from .runtime.app import MAX_BODY_SIZE

LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"python -m {__package__}",
                                     description="Serve the API stub with uvicorn.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: %(default)s)")
    parser.add_argument("--max-body-size", type=int, default=MAX_BODY_SIZE, metavar="BYTES",
                        help="larger request bodies get 413 (default: %(default)s)")
    parser.add_argument("--log-level", default="info", choices=LOG_LEVELS)
    parser.add_argument("--no-access-log", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)

    import uvicorn

    from . import create_app
    uvicorn.run(create_app(max_body_size=args.max_body_size), host=args.host, port=args.port,
                log_level=args.log_level, access_log=not args.no_access_log)


if __name__ == "__main__":
    main()
