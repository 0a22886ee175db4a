"""The browser, driven through Textual's pilot: every key, the filter language, the screens."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date

import pytest
from textual.widgets import Static

from timeline import load
from timeline.documents import Document
from timeline.model import Timeline
from timeline.pipeline import extract_document
from timeline.tui import TimelineApp
from timeline.tui.density import DensityStrip
from timeline.tui.document_view import DocumentScreen
from timeline.tui.screens import EventScreen, ExportScreen, GotoScreen, HelpScreen

from .conftest import ROOT

SIZE = (100, 32)


@pytest.fixture(scope="module")
def sample() -> Timeline:
    timeline, report = load([str(ROOT / "sample_data"), str(ROOT / "seeds")])
    assert not report.errors
    return timeline


def drive(app: TimelineApp, body: Callable[..., Awaitable[None]], size: tuple[int, int] = SIZE) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await body(pilot)

    asyncio.run(main())


async def settle(app: TimelineApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def press(app: TimelineApp, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


def current(app: TimelineApp):
    return app.event_list.current


def test_opens_on_first_event_in_order(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        assert current(app) is sample.events[0]
        assert app.focused is app.event_list
        assert app.rows.heading_label(0) == sample.events[0].label  # a century heading

    drive(app, body)


def test_moving_keys(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        events = sample.events
        for key in ("j", "down"):
            before = events.index(current(app))
            await press(app, pilot, key)
            assert events.index(current(app)) == before + 1
        for key in ("k", "up"):
            before = events.index(current(app))
            await press(app, pilot, key)
            assert events.index(current(app)) == before - 1
        await press(app, pilot, "end")
        assert current(app) is events[-1]
        await press(app, pilot, "home")
        assert current(app) is events[0]
        await press(app, pilot, "pagedown")
        page = events.index(current(app))
        assert page > 5
        await press(app, pilot, "pageup")
        assert events.index(current(app)) < page

    drive(app, body)


def test_group_jumps(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "g")
        await press(app, pilot, *"2024", "enter")
        assert current(app).start.year == 2024
        await press(app, pilot, "right_square_bracket")
        assert current(app).start.year == 2025
        await press(app, pilot, "left_square_bracket")
        assert current(app).start.year == 2024
        first_of_2024 = current(app)
        await press(app, pilot, "j", "j", "left_square_bracket")
        assert current(app) is first_of_2024  # back to the start of the group first
        await press(app, pilot, "plus")  # month zoom: ] moves by month
        month = (current(app).start.year, current(app).start.month)
        await press(app, pilot, "right_square_bracket")
        assert (current(app).start.year, current(app).start.month) > month

    drive(app, body)


def test_keys_typed_at_once_after_slash_go_to_the_filter(sample):
    # a terminal delivers a burst (a fast typist, a script) before the focus has moved: the keys
    # after "/" are the filter's, not the list's ("e" would open the export screen)
    from textual import events

    app = TimelineApp(timeline=sample)

    async def body(pilot):
        for key, character in [("slash", "/"), ("e", "e"), ("u", "u"), ("r", "r"), ("o", "o")]:
            app.post_message(events.Key(key, character))
        await settle(app, pilot)
        assert app.query_one("#filter").value == "euro"
        assert app.focused.id == "filter" and not isinstance(app.screen, ExportScreen)
        # "/" is a character in a line of text: the filter's own, the export path
        await press(app, pilot, "slash", "2", "4")
        assert app.query_one("#filter").value == "euro/24"

    drive(app, body)


def test_filter_as_you_type_enter_and_escape(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "slash")
        assert app.focused.id == "filter"
        await press(app, pilot, *"rotterdam")
        narrowed = len(app.positions)
        assert 0 < narrowed < len(sample.events)
        assert all(b"rotterdam" in app.index.haystack()[p] for p in app.positions)
        await press(app, pilot, "enter")
        assert app.focused is app.event_list and len(app.positions) == narrowed
        await press(app, pilot, "slash", "escape")
        assert app.query_one("#filter").value == "" and len(app.positions) == len(sample.events)
        # Escape leaves the filter too: the keys after it move through the list, not into the filter
        assert app.focused is app.event_list
        first = current(app)
        await press(app, pilot, "j")
        assert app.query_one("#filter").value == "" and current(app) is not first

    drive(app, body)


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("1967", lambda e: e.start <= date(1967, 12, 31) and e.end >= date(1967, 1, 1)),
        ("2023..2024", lambda e: e.end >= date(2023, 1, 1) and e.start <= date(2024, 12, 31)),
        (">=2025", lambda e: e.end >= date(2025, 1, 1)),
        ("2024-03", lambda e: e.start <= date(2024, 3, 31) and e.end >= date(2024, 3, 1)),
        ("source:rotterdam", lambda e: "rotterdam" in e.document.source),
        ("granularity:day", lambda e: e.granularity == "day"),
        ("g:year,decade", lambda e: e.granularity in ("year", "decade")),
        ('"New York"', lambda e: "new york" in e.sentence.lower()),
        (
            "strike source:rotterdam-strike-2 granularity:day",
            lambda e: e.document.source == "rotterdam-strike-2.txt" and e.granularity == "day",
        ),
    ],
)
def test_filter_language(sample, query, check):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        app.set_filter(query)
        await settle(app, pilot)
        shown = [app.index.events[int(p)] for p in app.positions]
        expected = [e for e in sample.events if check(e)]
        assert expected and shown == expected

    drive(app, body)


def test_invalid_term_is_marked_not_fatal(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "slash", *"gaza granularity:weekly")
        error = app.query_one("#filter-error")
        assert error.has_class("visible")
        assert "granularity:weekly" in str(error.render())
        assert len(app.positions) > 0  # "gaza" still applies
        assert all(b"gaza" in app.index.haystack()[p] for p in app.positions)
        await press(app, pilot, "escape")
        assert not error.has_class("visible")

    drive(app, body)


def test_enter_opens_event_escape_closes(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "enter")
        assert isinstance(app.screen, EventScreen)
        assert app.screen.event is current(app)
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, EventScreen)

    drive(app, body)


def test_zoom_keys_change_headings(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        app.set_filter("July 28")
        await settle(app, pilot)
        labels = {}
        for key, zoom in (("minus", "decade"), ("plus", "year"), ("plus", "month"), ("plus", "day")):
            await press(app, pilot, key)
            assert app.zoom == zoom
            labels[zoom] = app.group_labels()
        assert labels == {
            "decade": ["2020s"],
            "year": ["2025"],
            "month": ["Jul 2025"],
            "day": ["Mon 28 Jul 2025"],
        }
        await press(app, pilot, "equals_sign")  # already at day: stays
        assert app.zoom == "day"

    drive(app, body)


def test_goto_any_form(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        for typed, year, month in (("Aug 2025", 2025, 8), ("1967", 1967, None), ("March 4, 2024", 2024, 3)):
            await press(app, pilot, "g")
            assert isinstance(app.screen, GotoScreen)
            await press(app, pilot, *typed, "enter")
            assert current(app).start.year == year
            if month:
                assert current(app).start.month == month
        await press(app, pilot, "g", *"whenever", "enter")
        assert isinstance(app.screen, GotoScreen)  # stays open, says why
        assert "Not a calendar date" in str(app.screen.query_one("#goto-error").render())
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, GotoScreen)

    drive(app, body)


def test_export_current_view(sample, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        app.set_filter("source:rotterdam-strike-2")
        await settle(app, pilot)
        await press(app, pilot, "e")
        assert isinstance(app.screen, ExportScreen)
        assert set(app.screen.formats) == set(app.export_formats())
        await press(app, pilot, "enter")
        written = (tmp_path / "timeline-export.txt").read_text(encoding="utf-8")
        assert "rotterdam-strike-2.txt" in written and "rotterdam-strike-1.txt" not in written
        assert len([line for line in written.splitlines() if line.startswith("  ")]) == len(app.positions)

    drive(app, body)


def test_failed_export_keeps_running_and_notifies(sample, tmp_path):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        assert not app.export_view("text", str(tmp_path / "missing" / "out.txt"))
        await pilot.pause()
        assert any("Could not write" in n.message for n in app._notifications)

    drive(app, body)


def test_copy_event(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "c")
        assert app.clipboard.startswith(current(app).label)
        assert current(app).value in app.clipboard

    drive(app, body)


def test_document_view_and_mentions(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        app.set_filter("July 28 source:000")
        await settle(app, pilot)
        await press(app, pilot, "o")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        view = screen.view
        assert view.events[view.current].mention.text == "July 28"
        await press(app, pilot, "n")
        assert view.events[view.current].mention.text == "Sunday"
        await press(app, pilot, "N", "N")
        assert view.events[view.current].mention.text == "June 4, 1967"
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, DocumentScreen)

    drive(app, body)


def test_help_lists_every_key(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = {key for key, _ in app.screen.key_rows}
        for binding in app.BINDINGS:
            assert (binding.key_display or binding.key) in listed
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)

    drive(app, body)


def test_command_palette_runs_actions(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "ctrl+p")
        await press(app, pilot, *"zoom month")
        await asyncio.sleep(0.3)
        await press(app, pilot, "enter")
        assert app.zoom == "month"
        await press(app, pilot, "ctrl+p")
        await press(app, pilot, *"granularity:decade")
        await asyncio.sleep(0.3)
        await press(app, pilot, "enter")
        await settle(app, pilot)
        assert app.query_one("#filter").value == "granularity:decade"
        assert {app.index.events[int(p)].granularity for p in app.positions} == {"decade"}

    drive(app, body)


def test_quit(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        await press(app, pilot, "q")
        assert app._exit

    drive(app, body)


def test_mouse_click_selects_row(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        list_region = app.event_list.region
        await pilot.click("#events", offset=(5, 3))
        await settle(app, pilot)
        assert app.event_list.cursor == 3 + round(app.event_list.scroll_y)
        assert list_region.height > 3

    drive(app, body)


def test_document_text_shown_literally():
    text = "On July 28 the \x1b[2J\x1b]0;pwned\x07 screen showed [bold red]markup[/] and [link=http://x]a link[/link]."
    doc = Document(
        id="hostile.txt",
        path="hostile.txt",
        text=text,
        reference_date=date(2025, 8, 18),
        reference_source="option",
    )
    timeline = Timeline.from_mentions([(doc, extract_document(doc))])
    app = TimelineApp(timeline=timeline)

    async def body(pilot):
        row = "".join(segment.text for segment in app.event_list.render_line(1))
        assert "\x1b" not in row and "\\x1b[2J" in row
        plain = " ".join(app.query_one("#detail").plain.split())
        assert "[bold red]markup[/]" in plain and "[link=http://x]a link[/link]" in plain
        assert "\x1b" not in plain and "\x07" not in plain

    drive(app, body)


def test_loads_paths_in_a_worker_and_reports_bad_files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Published: 2024-03-05\n\nTalks opened on Monday.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    app = TimelineApp([str(good), str(bad), str(tmp_path / "missing.txt")])

    async def body(pilot):
        assert [e.value for e in app.timeline.events] == ["2024-03-04", "2024-03-05"]
        messages = [n.message for n in app._notifications]
        assert any("bad.txt" in m and "binary" in m for m in messages)
        assert any("missing.txt" in m for m in messages)
        assert not app.loading

    drive(app, body)


def test_a_flood_of_warnings_gets_a_few_toasts_and_a_count_of_the_rest(tmp_path):
    for i in range(7):  # seven stories with no date of their own: a warning each
        (tmp_path / f"story{i}.txt").write_text(f"Story {i}: talks resume on July 28.")
    app = TimelineApp([str(tmp_path)])

    async def body(pilot):
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert sum("no reference date" in m for m in messages) == 3
        assert any(m.startswith("4 more not shown: `timeline export`") for m in messages)
        assert not app.loading

    drive(app, body)


def test_density_marks_cursor(sample):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        density = app.query_one("#density")
        await press(app, pilot, "end")
        assert density.marker == len(density.counts) - 1
        await press(app, pilot, "home")
        assert density.marker == 0

    drive(app, body)


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
def test_layout_at_sizes(sample, size):
    app = TimelineApp(timeline=sample)

    async def body(pilot):
        assert app.query_one("#main").has_class("wide") == (size[0] >= 150)
        assert app.event_list.size.height >= 5
        assert app.query_one("#detail").size.height >= 5

    drive(app, body, size)


def test_loads_through_the_cache_in_worker_processes_and_reads_texts_back(tmp_path, monkeypatch):
    import timeline.pipeline as pipeline
    from timeline.cache import Cache
    from timeline.documents.document import LazyDocument

    monkeypatch.setattr(pipeline, "_PARALLEL_MIN_BYTES", 0)  # worker processes even for a little text
    expected, _ = load([str(ROOT / "sample_data")])
    for attempt in ("cold", "cached"):
        app = TimelineApp([str(ROOT / "sample_data")], cache=Cache(tmp_path), jobs=2)

        async def body(pilot, app=app, attempt=attempt):
            assert not app.loading, attempt
            assert [e.value for e in app.timeline] == [e.value for e in expected]
            assert all(isinstance(d, LazyDocument) for d in app.timeline.documents)
            assert app.timeline.events[0].sentence == expected.events[0].sentence
            await press(app, pilot, "slash", *"election")
            assert 0 < len(app.positions) < len(app.timeline)

        drive(app, body)


def test_a_failure_while_loading_is_a_notification_not_a_crash(monkeypatch):
    import timeline.tui.app as app_module

    def failing(*args, **kwargs):
        raise RuntimeError("disk on fire")
        yield

    monkeypatch.setattr(app_module, "iter_files", failing)
    app = TimelineApp([str(ROOT / "seeds")])

    async def body(pilot):
        assert not app.loading
        assert any("disk on fire" in n.message for n in app._notifications)
        await press(app, pilot, "j", "slash", "x")
        assert app.is_running

    drive(app, body)


def test_survives_documents_that_disappear_or_change_while_open(tmp_path):
    from timeline.cache import Cache

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2024-03-05\n\nTalks opened on Monday in Geneva.")
    (folder / "b.txt").write_text("Published: 2024-03-05\n\nThe vote is due on Friday.")
    app = TimelineApp([str(folder)], cache=Cache(tmp_path / "cache"))

    async def body(pilot):
        assert len(app.timeline) == 4
        (folder / "a.txt").unlink()
        (folder / "b.txt").write_text("Rewritten entirely, with no dates at all.")
        for key in (
            "j",
            "o",
            "n",
            "escape",
            "enter",
            "escape",
            "slash",
            "g",
            "e",
            "n",
            "e",
            "v",
            "a",
            "enter",
        ):
            await press(app, pilot, key)
        assert app.is_running
        assert len(app.positions) == 1
        assert "Geneva" in app.timeline.events[app.positions[0]].sentence

    drive(app, body)


def test_bidi_controls_and_endless_words_are_shown_literally():
    text = (
        "Published: 2024-03-05\n\nThe \u202eevil\u202c vote \x1b]0;title\x07 was held on Monday "
        + "W" * 5000
        + "."
    )
    doc = Document(id="h.txt", path="h.txt", text=text, reference_date=date(2024, 3, 5))
    app = TimelineApp(timeline=Timeline.from_mentions([(doc, extract_document(doc))]))

    async def body(pilot):
        rows = ["".join(segment.text for segment in app.event_list.render_line(y)) for y in range(4)]
        detail = app.query_one("#detail").plain
        for shown in [*rows, detail]:
            assert "\u202e" not in shown and "\x1b" not in shown and "\x07" not in shown
        assert "<U+202E>" in detail and "\\x1b" in detail
        assert max(len(row) for row in rows) <= SIZE[0]
        await press(app, pilot, "enter")
        assert app.is_running

    drive(app, body)


def test_years_before_year_one_read_as_bc_in_the_summary_and_strip():
    text = "Xerxes marched in April 480 BC. Persia had ruled Thrace since 513 BC. Talks resumed in 2025."
    doc = Document(id="greco", path="greco.txt", text=text, reference_date=date(2025, 8, 18))
    timeline = Timeline.from_mentions([(doc, extract_document(doc))])
    app = TimelineApp(timeline=timeline)

    async def body(pilot):
        summary = str(app.query_one("#summary", Static).render())
        assert "513 BC–2025" in summary and "-512" not in summary
        strip = app.query_one(DensityStrip)
        assert (strip.first_label, strip.last_label) == ("513 BC", "2025")
        assert [e.label for e in timeline.events] == ["513 BC", "Apr 480 BC", "2025"]

    drive(app, body)


def test_a_date_label_fits_its_column_with_its_year():
    from timeline.tui.event_list import LABEL_WIDTH, fit_label

    text = "Talks resumed early last week. A weekend of protests began late last weekend. Prices rose in the early 1990s."
    doc = Document(
        id="w.txt", path="w.txt", text=text, reference_date=date(2025, 11, 6), reference_source="option"
    )
    timeline = Timeline.from_mentions([(doc, extract_document(doc))])
    labels = {event.mention.text: fit_label(event, event.granularity == "day") for event in timeline.events}
    assert all(len(label) <= LABEL_WIDTH for label in labels.values())
    # "early", "late" say the date is no one day, as "≈" does; a week's words are shortened
    # rather than its year cut off
    assert labels["early last week"] == "early wk 27 Oct 2025"
    assert labels["the early 1990s"] == "early 1990s"
