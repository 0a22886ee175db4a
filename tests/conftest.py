"""Shared fixtures: the project's directories and a pinned reference date."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE_DATA = ROOT / "sample_data"
SEED_ARTICLE = SEEDS / "000_136052ccbc52f36e.txt"
#: The reference every rule example is written against: a Monday.
REF = date(2025, 8, 18)


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m timeline`` as a user would, capturing its output; without ``stdin``,
    standard input is /dev/null (as when nothing is piped in)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own cache directory: none writes to the user's cache, and none sees
    what another left behind."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


def full_scan(text: str) -> list:
    """Every rule over the whole text: what the windows around trigger words must not lose."""
    from timeline.temporal import engine
    from timeline.temporal.rules import RULES

    out = []
    for number, rule in enumerate(RULES):
        for found in rule.pattern.finditer(text):
            m = engine.in_paragraph(rule.pattern, found, text)
            if m is None:
                continue
            expr = rule.parse(m, text)
            if expr is not None and m.end() > m.start():
                out.append((m.start() - expr.lead, m.end(), number, expr))
    return out
