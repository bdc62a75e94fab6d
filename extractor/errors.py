"""The exception types the CLI turns into a one-line error, and the exit statuses.

    0  ok
    1  a --fail-on threshold was crossed (the last line says which findings crossed it)
    2  bad input or an unusable output location (a one-line message)
    3  internal error (a bug: one line, DOC2SPEC_DEBUG=1 for the traceback)
"""

EXIT_OK = 0
EXIT_THRESHOLD = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3

EXIT_STATUS_HELP = ("Exit status: 0 ok; 1 a --fail-on threshold was crossed (the last line says "
                    "which); 2 bad input or an unusable output location; 3 internal error.")


class InputError(Exception):
    """Bad input: the message names what is wrong and where (file, line/page, section)."""


class OutputError(InputError):
    """An output location that cannot be written (read-only, not a folder, a mount point)."""

