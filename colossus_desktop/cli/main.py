"""Argument parsing and error handling for the command line (no Qt, ever)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from colossus_desktop import __version__

PROG = "colossus-desktop"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2  # a bad file or a bad argument

#: Sub-commands the CLI owns; ``__main__`` sends anything else to the desktop window.
COMMANDS = ("presets", "evaluate", "layouts", "report", "compare", "sweep", "montecarlo", "simulate")


class UsageError(Exception):
    """A bad command line; the message is shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print usage and exit
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    from colossus_desktop.cli import compare, evaluate, layouts, montecarlo, presets, report, simulate, sweep

    parser = _Parser(
        prog=PROG,
        description="Model AI supercomputers offline: cost, power, time-to-train, reliability and emissions.",
        epilog=(
            f"Without a command, {PROG} opens the desktop window: "
            f"{PROG} [FILE] [--preset ID] [--screenshot PATH] [--size WxH]."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    presets.add_parser(sub)
    evaluate.add_parser(sub)
    layouts.add_parser(sub)
    report.add_parser(sub)
    compare.add_parser(sub)
    sweep.add_parser(sub)
    montecarlo.add_parser(sub)
    simulate.add_parser(sub)
    for name in LANG_COMMANDS:
        sub.choices[name].add_argument(
            "--lang", type=_language, default="system", metavar="LANG",
            help="language of the text output: en, fr, or system (the default: LC_ALL, LC_MESSAGES or LANG); "
                 "--json stays language-neutral")
    return parser


#: Commands whose text output (summaries, reports) follows ``--lang``.
LANG_COMMANDS = ("evaluate", "report", "compare", "sweep", "montecarlo", "simulate")


def _language(text: str) -> str:
    from colossus_desktop import lang

    try:
        return lang.resolve(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--lang: ")) from None


def _fail(message: str, stderr: TextIO) -> int:
    line = " ".join(str(message).split()) or "unknown error"
    print(f"{PROG}: error: {line}", file=stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one CLI command; return the exit status (0 ok, 2 bad file or argument)."""
    from colossus_desktop.engine.catalog import CatalogError
    from colossus_desktop.scenario.errors import ScenarioError

    args_list = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        try:
            with contextlib.redirect_stdout(out):  # --help and --version print to our stdout
                args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help / --version printed and asked to exit
            return int(exc.code or 0) if not isinstance(exc.code, str) else _fail(exc.code, err)
        handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(out)
            return EXIT_OK
        args.stderr = err  # for notes that are not results (e.g. a migrated file)
        if getattr(args, "lang", None):
            from colossus_desktop import lang

            lang.use(args.lang)
            try:
                return handler(args, out)
            finally:  # main() may run again in this process (tests, the window's own calls)
                lang.reset()
        return handler(args, out)
    except UsageError as exc:
        return _fail(str(exc), err)
    except ScenarioError as exc:
        return _fail(str(exc), err)
    except CatalogError as exc:
        return _fail(f"the catalog is damaged: {exc}", err)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):  # `colossus-desktop evaluate … | head`
            _silence_stdout()
            return EXIT_OK
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return _fail(f"{where}{exc.strerror or exc}", err)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("COLOSSUS_DESKTOP_DEBUG"):
            raise
        _fail(f"internal error ({type(exc).__name__}: {exc}); set COLOSSUS_DESKTOP_DEBUG=1 for details", err)
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
