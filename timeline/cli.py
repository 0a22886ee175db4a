"""The command line: ``timeline [PATH ...]`` to browse, ``timeline export [PATH ...]`` to write.

Errors are one line on stderr, never a traceback.  Exit status: 0 when every input was read, 1
when any failed (the rest still come through), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .export import FORMAT_NAMES
from .textsafe import one_line

if TYPE_CHECKING:
    from .cache import Cache

PROG = "timeline"


class UsageError(Exception):
    """A mistake in the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories to read; - for standard input"
    )
    parser.add_argument(
        "--reference-date",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="resolve relative dates against this date in every document",
    )
    parser.add_argument(
        "--day-first",
        action="store_true",
        help="read 03/04/2024 as 3 April, not March 4, in every document (without it, a document"
        " that writes its other dates day first, '5 March', is read day first; 03.04.2024 is"
        " always 3 April)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs_arg,
        default=None,
        metavar="N",
        help="extract in N processes (default: all cores)",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where to keep extracted documents (default: the user cache directory)",
    )
    parser.add_argument("--no-cache", action="store_true", help="extract everything again; store nothing")


def _jobs_arg(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {value!r}")
    return jobs


def open_cache(ns: argparse.Namespace, warn: Callable[[str], None] | None = None) -> Cache | None:
    """The cache the options ask for, or None (``--no-cache``, or it cannot be opened)."""
    if ns.no_cache:
        return None
    from .cache import Cache

    cache = Cache(ns.cache_dir, warn=warn)
    return cache if cache.usable else None


class _VersionAction(argparse.Action):
    """``--version``: the version, and which engine is installed, looked up only when asked for
    (not at every start)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from .temporal import engine_build

        engine = "engine compiled with mypyc" if engine_build() == "compiled" else "engine in pure Python"
        print(f"{PROG} {__version__} ({engine})")
        parser.exit()


def build_parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The parsers of ``timeline`` and ``timeline export``."""
    browse = _Parser(
        prog=PROG, description="Turn news articles into a timeline and browse it. Subcommand: export."
    )
    browse.add_argument("--version", action=_VersionAction)
    _common(browse)
    export = _Parser(prog=f"{PROG} export", description="Write the timeline of the documents in a format.")
    _common(export)
    export.add_argument(
        "--format", "-f", choices=sorted(FORMAT_NAMES), default="text", help="output format (default: text)"
    )
    export.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="file to write; - for standard output (default); a directory for timeml with several documents",
    )
    export.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' "
        "(needs the dask extra: pip install 'timeline[dask]')",
    )
    return browse, export


def default_paths() -> list[str]:
    """``sample_data/`` and ``seeds/`` of the current directory, or of the project checkout."""
    for root in (Path.cwd(), Path(__file__).resolve().parent.parent):
        found = [str(root / name) for name in ("sample_data", "seeds") if (root / name).is_dir()]
        if found:
            return [
                str(Path(p).relative_to(Path.cwd())) if Path(p).is_relative_to(Path.cwd()) else p
                for p in found
            ]
    return []


def _resolve_paths(paths: list[str]) -> list[str]:
    if paths:
        return paths
    if _stdin_has_input():
        return ["-"]
    found = default_paths()
    if not found:
        raise UsageError("no PATH given, and no sample_data/ or seeds/ here to open")
    return found


def _stdin_has_input() -> bool:
    """True when standard input is a pipe or a non-empty file (not a terminal or /dev/null)."""
    import os
    import stat

    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return (
        stat.S_ISFIFO(mode)
        or stat.S_ISSOCK(mode)
        or (stat.S_ISREG(mode) and os.fstat(sys.stdin.fileno()).st_size > 0)
    )


def _report(errors: list[str], warnings: list[str]) -> None:
    # file names and document ids come from the documents: shown literally, one line each
    for line in warnings:
        print(f"{PROG}: warning: {one_line(line)}", file=sys.stderr)
    for line in errors:
        print(f"{PROG}: error: {one_line(line)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    browse, export = build_parsers()
    try:
        if args[:1] == ["export"]:
            ns = export.parse_args(args[1:])
            fmt, output = ns.format, ns.output
        else:
            ns = browse.parse_args(args)
            fmt, output = "text", "-"
        paths = _resolve_paths(ns.paths)
    except UsageError as exc:
        print(f"{PROG}: usage error: {exc} (see '{PROG} --help')", file=sys.stderr)
        return 2
    if not args[:1] == ["export"] and sys.stdout.isatty() and "-" not in paths:
        from .tui import run_browser

        return run_browser(
            paths,
            ns.reference_date,
            ns.day_first,
            jobs=ns.jobs or _default_jobs(),
            cache_dir=ns.cache_dir,
            use_cache=not ns.no_cache,
        )
    failed: bool | None = None  # whether an input could not be read; None until known
    warn = lambda message: print(f"{PROG}: warning: {message}", file=sys.stderr)  # noqa: E731
    try:
        cache = open_cache(ns, warn)
        memo = None
        if cache is not None and not getattr(ns, "scheduler", None):
            from .export_memo import ExportMemo
            from .options import Options

            memo = ExportMemo.of(cache, paths, fmt, Options(ns.reference_date, ns.day_first))
            recalled = memo.recall() if memo is not None else None
            if recalled is not None:  # the same export of the same files: written as it was
                from .output import write_atomic

                _report([], recalled.warnings)
                failed = False
                write_atomic(output, recalled.write)
                return 0
        from .export.files import write_export
        from .pipeline import load

        if getattr(ns, "scheduler", None):
            from .distributed import load_on_cluster

            timeline, report = load_on_cluster(
                paths, ns.scheduler, ns.reference_date, day_first=ns.day_first, cache=cache, warn=warn
            )
        else:
            timeline, report = load(
                paths, ns.reference_date, day_first=ns.day_first, jobs=ns.jobs or _default_jobs(), cache=cache
            )
        _report(report.errors, report.warnings)
        failed = bool(report.errors)
        write_export(timeline, fmt, output, wrap=memo.recorder if memo is not None else None)
        if memo is not None:
            memo.remember(report.warnings, export=not report.errors and not report.transient)
    except ValueError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return 0 if failed is False else 1
    except OSError as exc:
        print(
            f"{PROG}: error: {getattr(exc, 'filename', None) or output}: {(exc.strerror or str(exc)).lower()}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    return 1 if failed else 0


def _default_jobs() -> int:
    from .pipeline import default_jobs

    return default_jobs()


def _silence_stdout() -> None:
    """After the reader of our output went away ("| head"), send the rest nowhere."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
    try:
        status = main()
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        status = 130
    except Exception as exc:
        print(
            f"{PROG}: internal error: {exc.__class__.__name__}: {exc} (please report this)", file=sys.stderr
        )
        status = 70
    sys.exit(status)
