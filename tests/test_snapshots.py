"""Pictures of the browser: the main screen (at 80×24 and 200×60, dark and light), the event in
full, the document view and the help screen, over the bundled sample data.

The sample articles carry their own reference dates (datelines, Published: lines, metadata), so
the pictures do not depend on the day the tests run.  Update with ``pytest --snapshot-update``
after checking the new pictures by eye.
"""

from __future__ import annotations

import os

import pytest

from timeline import load
from timeline.tui import TimelineApp

from .conftest import ROOT


@pytest.fixture
def app() -> TimelineApp:
    cwd = os.getcwd()
    os.chdir(ROOT)  # relative paths in the pictures, wherever the checkout is
    try:
        timeline, _ = load(["sample_data", "seeds"])
    finally:
        os.chdir(cwd)
    return TimelineApp(timeline=timeline)


def test_main_80x24(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24))


def test_main_200x60(snap_compare, app):
    assert snap_compare(app, terminal_size=(200, 60), press=["g", *"2024", "enter"])


def test_main_light_theme(snap_compare, app):
    async def light(pilot):
        pilot.app.theme = "textual-light"
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), press=["j", "j", "j"], run_before=light)


def test_filtered_month_zoom(snap_compare, app):
    assert snap_compare(app, terminal_size=(100, 30), press=["slash", *"source:rotterdam", "enter", "plus"])


def test_event_in_full(snap_compare, app):
    assert snap_compare(app, terminal_size=(100, 30), press=["slash", *"July 28", "enter", "enter"])


def test_document_view(snap_compare, app):
    assert snap_compare(app, terminal_size=(100, 30), press=["slash", *"July 28", "enter", "o"])


def test_help(snap_compare, app):
    assert snap_compare(app, terminal_size=(100, 40), press=["question_mark"])
