"""The `ozg-screen` command: a thin layer over catalog, crawler and api."""

from __future__ import annotations

import gc

# Start-up imports and builds objects by the hundred thousand, nearly all kept for the whole process: at Python's
# default of a young collection per 700 allocations, a `check` spent about 0.1 s CPU collecting and found almost
# nothing (gc.callbacks). Set before the imports below; a crawl freezes what it has loaded (crawler/usecases/site_jobs).
gc.set_threshold(20_000, *gc.get_threshold()[1:])

import atexit
import faulthandler
import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass
from typing import NoReturn

import typer
from sqlalchemy.exc import SQLAlchemyError

from catalog.database.engine import dispose_engines, first_line
from catalog.disk_full import disk_full_message, is_disk_full
from catalog.errors import UserError
from catalog.settings import Settings
from cli import commands

app = typer.Typer(
    name="ozg-screen",
    help="Screens German municipal websites: which OZG services are online, and how mature each is.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
# Commands are added in main(): a `check` imports its own module, not those of export, report, serve and the rest.


@dataclass
class Invocation:
    """What the global options asked for, read again when a command fails."""

    verbose: bool = False


invocation = Invocation()


@app.callback()
def _configure(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details to stderr.")) -> None:
    invocation.verbose = verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:
        # Failed fetches are recorded as findings; Scrapy's own retry and error logs would only repeat them.
        for name in ("scrapy", "twisted", "scrapy_playwright", "py.warnings", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        # "Exception ignored in ..." tracebacks (a browser pipe closed during shutdown) are details, not failures.
        sys.unraisablehook = _log_unraisable


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    logging.getLogger("ozg_screen").debug("ignored: %r in %r", unraisable.exc_value, unraisable.object)


def main() -> None:
    """Entry point: runs the command, then ends the process (see _leave)."""
    try:
        _run_command()
    except SystemExit as leaving:
        _leave(_exit_code(leaving))
    _leave(0)


def _run_command() -> None:
    """Turns expected failures into one line on stderr and a non-zero exit code."""
    # An operator (or a test that timed out) can ask a command that seems stuck where it is: `kill -USR1 PID`.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    try:
        commands.register(app, sys.argv[1:])
        result = app(standalone_mode=False, prog_name="ozg-screen")
    except typer.Abort:
        _fail("interrupted", 130)
    except typer.TyperException as error:
        # Typer vendors its own click: usage errors (unknown command or option, missing argument, bad value)
        # derive from typer.TyperException, not from the click package's ClickException.
        _show_usage_error(error)
        sys.exit(error.exit_code)
    except UserError as error:
        _fail(str(error), error.exit_code)
    except SQLAlchemyError as error:
        _fail(disk_full_message(_var_dir()) if is_disk_full(error) else f"database error: {first_line(error)}", 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as error:
        if is_disk_full(error):
            _fail(disk_full_message(_var_dir()), 1)
        if invocation.verbose:
            raise
        _fail(f"internal error: {type(error).__name__}: {_one_line(error)} (run with --verbose for details)", 1)
    sys.exit(result if isinstance(result, int) else 0)


def _exit_code(leaving: SystemExit) -> int:
    if leaving.code is None or isinstance(leaving.code, int):
        return leaving.code or 0
    sys.stderr.write(f"{leaving.code}\n")
    return 1


def _leave(code: int) -> NoReturn:
    """Ends the process without tearing the interpreter down: clearing a thousand modules' objects one by one cost a
    `check` about 0.1 s CPU, more than the crawl of a small site (bench/crawl_throughput.py). Exit handlers still run
    (logging, temporary directories), output is flushed and database connections are closed first. While another
    thread that is not a daemon still runs, the interpreter ends as usual, so it is waited for as always; and so it
    does under a profiler or tracer (`python -m cProfile` writes its figures after the command returns)."""
    if any(thread.is_alive() and not thread.daemon for thread in threading.enumerate()[1:]):
        sys.exit(code)
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    dispose_engines()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`ozg-screen ... | head`) has nothing more to take
            code = code or 1
    os._exit(code)


def _show_usage_error(error: typer.TyperException) -> None:
    """The usual usage message and error line; one line for a Typer error that cannot show itself."""
    show = getattr(error, "show", None)
    if callable(show):
        show()
    else:
        _fail(error.format_message(), error.exit_code)


def _var_dir() -> str:
    try:
        return str(Settings().var_dir)
    except Exception:  # settings that cannot even be read still deserve the message
        return "named by OZG_VAR_DIR"


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else "(no message)"


def _fail(message: str, code: int) -> None:
    sys.stderr.write(f"ozg-screen: {message}\n")
    sys.exit(code)
