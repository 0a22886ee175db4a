"""The engine as `pip install .` builds it, compiled with mypyc, gives what the Python engine gives.

An editable install (the one the tests run on) is never compiled, so this test builds the wheel
itself, as `pip install .` would, from a copy of the sources, and runs the engine's own tests and
a comparison of whole outputs against it.  It takes a few minutes: compiling the engine is most
of it.  A machine with no C compiler installs the Python engine, and so has nothing to test here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

#: The tests of the engine, run again on the compiled one (the rest of the suite is about what
#: reads documents, the model, the exports and the TUI, all Python either way).
ENGINE_TESTS = [
    "tests/test_rules.py",
    "tests/test_reference.py",
    "tests/test_sample_data.py",
    "tests/test_seed.py",
    "tests/test_false_positives.py",
    "tests/test_values.py",
    "tests/test_sentences.py",
    "tests/test_asciimode.py",
    "tests/test_properties.py",
]

#: Every rule example, with its value and explanation, as a line of text.
_EXAMPLES = """
import sys
from datetime import date
from timeline.temporal import engine_build, extract
from timeline.temporal.rules import RULES
print(engine_build())
for text in sorted({example[0] for rule in RULES for example in rule.examples}):
    for m in extract(text, date(2025, 8, 18)):
        print(repr(text), m.start, m.end, m.type, m.value, m.mod, m.rule, repr(m.explanation))
"""


def _has_compiler() -> bool:
    words = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    return bool(words) and shutil.which(words[0]) is not None


def _run(args: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "TIMELINE_PURE")}
    env["PYTHONPATH"] = str(cwd)
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


@pytest.fixture(scope="module")
def compiled_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree like the repository's, with the package as the wheel installs it: compiled."""
    if not _has_compiler():
        pytest.skip("no C compiler on this machine: `pip install .` installs the Python engine")
    work = tmp_path_factory.mktemp("compiled")
    source = work / "source"
    shutil.copytree(ROOT / "timeline", source / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "-w",
            str(work),
            str(source),
        ],
        cwd=work,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [wheel] = work.glob("timeline-*.whl")
    tree = work / "tree"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tree)
    for name in ("tests", "sample_data", "seeds"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    return tree


def test_the_wheel_holds_a_compiled_engine(compiled_tree: Path) -> None:
    assert list(compiled_tree.glob("timeline/temporal/engine.*.so")), "the engine was not compiled"
    # the package's entry and the mention record stay Python (setup.py says why)
    assert not list(compiled_tree.glob("timeline/temporal/mention.*.so"))
    version = _run([sys.executable, "-m", "timeline", "--version"], cwd=compiled_tree)
    assert "engine compiled with mypyc" in version.stdout


def test_the_engine_tests_pass_on_the_compiled_engine(compiled_tree: Path) -> None:
    ran = _run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", *ENGINE_TESTS],
        cwd=compiled_tree,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert " passed" in ran.stdout and " failed" not in ran.stdout


def test_rule_examples_resolve_and_explain_the_same(compiled_tree: Path) -> None:
    compiled = _run([sys.executable, "-c", _EXAMPLES], cwd=compiled_tree)
    python = _run([sys.executable, "-c", _EXAMPLES], cwd=ROOT)
    assert compiled.returncode == 0, compiled.stderr[-2000:]
    assert python.returncode == 0, python.stderr[-2000:]
    assert compiled.stdout.splitlines()[0] == "compiled"
    assert python.stdout.splitlines()[0] == "Python"
    assert compiled.stdout.splitlines()[1:] == python.stdout.splitlines()[1:]
    assert len(python.stdout.splitlines()) > 500


def test_the_sample_data_exports_the_same(compiled_tree: Path, tmp_path: Path) -> None:
    outputs = []
    for tree in (compiled_tree, ROOT):
        out = tmp_path / f"{len(outputs)}.jsonl"
        args = ["export", "sample_data", "seeds", "-f", "jsonl", "-o", str(out), "--no-cache"]
        ran = _run([sys.executable, "-m", "timeline", *args], cwd=tree)
        assert ran.returncode == 0, ran.stderr[-2000:]
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") > 50
