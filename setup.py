"""The build: the temporal engine compiled to C with mypyc where this machine can, pure Python
where it cannot.

``pip install .`` builds a wheel; where a C compiler is on the machine, the engine's modules
(``timeline/temporal``, the hot path of every extraction) are compiled with mypyc, which makes
extraction about a third faster.  Without a compiler, with ``TIMELINE_PURE=1`` set, or where the
compiled build fails for any reason (which the build says in one line), the same modules are
installed as Python: the output is the same either way (``tests/test_compiled.py`` holds that it
is).

An editable install (``pip install -e .``) is never compiled: a developer's edits to the sources
take effect at once, not shadowed by a stale compiled copy.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
#: What stays Python: the package's entry (it imports the engine lazily) and the mention record
#: (read back from the cache by its slots, which a compiled class does not have).
_NOT_COMPILED = {"__init__.py", "mention.py"}


def _engine_sources() -> list[str]:
    root = HERE / "timeline" / "temporal"
    return sorted(
        str(path.relative_to(HERE))
        for path in [*root.glob("*.py"), *root.glob("rules/*.py")]
        if path.name not in _NOT_COMPILED
    )


def _has_compiler() -> bool:
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    words = shlex.split(command)
    return bool(words) and shutil.which(words[0]) is not None


def _wanted() -> bool:
    """Whether to compile: a wheel being built (not an editable install, not only its metadata),
    a C compiler at hand, and no ``TIMELINE_PURE``."""
    if os.environ.get("TIMELINE_PURE"):
        return False
    commands = set(sys.argv[1:])
    return bool(commands & {"bdist_wheel", "build_ext", "build"}) and _has_compiler()


def _compiled_modules() -> list:
    if not _wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("timeline: mypyc is not installed; the engine stays pure Python", file=sys.stderr)
        return []
    try:
        return mypycify(_engine_sources(), opt_level="3", group_name="timeline_engine")
    except (Exception, SystemExit) as error:  # (mypy reports its errors by exiting)
        print(
            f"timeline: the engine could not be compiled ({_why(error)}); it stays pure Python",
            file=sys.stderr,
        )
        return []


def _why(error: BaseException) -> str:
    """An error's first line, cut short (a compiler's names its whole command line)."""
    lines = str(error).splitlines() or [type(error).__name__]
    return lines[0] if len(lines[0]) <= 120 else f"{lines[0][:117]}..."


class OptionalBuildExt(build_ext):
    """Builds the compiled engine, or, where any part of it fails, none of it: the pure Python
    modules beside it then serve (a half-built engine would fail to import)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            print(
                f"timeline: the engine could not be compiled ({_why(error)}); it stays pure Python",
                file=sys.stderr,
            )
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            self.extensions = []


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
