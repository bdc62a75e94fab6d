"""The one exception type the CLI turns into a one-line error and exit status 2."""


class InputError(Exception):
    """Bad input: the message names what is wrong and where (file, line/page, section)."""
