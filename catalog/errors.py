"""Errors that reach the user as one line: what was wrong and how to fix it."""


class UserError(Exception):
    """Invalid input or an unusable environment; the CLI prints the message and exits non-zero."""

    exit_code = 2


class SchemaBehindError(UserError):
    """The database schema is older than the code expects."""
