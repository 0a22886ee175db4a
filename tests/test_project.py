"""Project hygiene: the core never imports the TUI libraries; CI runs the README's test command."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

CORE = [
    "timeline",
    "timeline.temporal",
    "timeline.documents",
    "timeline.model",
    "timeline.export",
    "timeline.pipeline",
    "timeline.cli",
]


def test_core_does_not_import_tui_libraries():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich') or m.startswith('timeline.tui'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = readme[readme.index("```sh") + 1 : readme.index("```sh") + 3]
    install_and_run, install_and_test = block
    assert "timeline" in install_and_run and install_and_test.endswith("pytest")
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
