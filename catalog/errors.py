"""Errors that reach the user as one line: what was wrong and how to fix it."""


class UserError(Exception):
    """Invalid input or an unusable environment; the CLI prints the message and exits non-zero."""

    exit_code = 2


class NotFoundError(UserError):
    """Something asked for by key does not exist: an ARS, a run, a screening, an OZG-ID (HTTP 404)."""


class InvalidInputError(UserError):
    """A value that cannot be used as given: a filter, a URL, an option (HTTP 422)."""


class ConflictError(UserError):
    """The request clashes with the current state: a run already in progress, a duplicate (HTTP 409)."""


class SchemaBehindError(UserError):
    """The database schema is older than the code expects."""
