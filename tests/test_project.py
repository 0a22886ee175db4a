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


def test_wheel_carries_the_files_the_program_reads(tmp_path):
    """A non-editable install must bring the browser's stylesheet (found missing once)."""
    import shutil
    import zipfile

    source = tmp_path / "src"  # a clean copy: no egg-info or build directory left by other installs
    shutil.copytree(ROOT / "timeline", source / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("timeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    needed = {
        str(p.relative_to(ROOT)) for p in (ROOT / "timeline").rglob("*") if p.suffix in (".tcss", ".typed")
    }
    assert needed and needed <= names
