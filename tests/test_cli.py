"""The command line as a user meets it: output, exit status, one-line errors, stdin, -o."""

from __future__ import annotations

import json

from .conftest import ROOT, SEED_ARTICLE, run_cli


def test_browse_without_tui_prints_timeline():
    result = run_cli(str(SEED_ARTICLE))
    assert result.returncode == 0
    assert "2025-07-28" in result.stdout.decode()


def test_missing_file_one_line_error_others_still_read():
    result = run_cli("export", "nothere.txt", str(SEED_ARTICLE))
    assert result.returncode == 1
    err = result.stderr.decode().strip().splitlines()
    assert err == ["timeline: error: nothere.txt: no such file or directory"]
    assert "2023-10-07" in result.stdout.decode()


def test_usage_error_exit_2():
    result = run_cli("export", "--format", "nope", str(SEED_ARTICLE))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_bad_reference_date_is_usage_error():
    result = run_cli("export", "--reference-date", "yesterday", str(SEED_ARTICLE))
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr.decode()


def test_stdin_dash_and_piped():
    text = SEED_ARTICLE.read_bytes()
    for args in (("export", "-"), ("export",)):
        result = run_cli(*args, "--format", "json", stdin=text)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["documents"][0]["id"] == "<stdin>"
        assert "2025-08-16" in {e["value"] for e in data["events"]}


def test_reference_date_option():
    result = run_cli(
        "export", "-", "--format", "json", "--reference-date", "2024-01-10", stdin=b"They met on Sunday."
    )
    assert [e["value"] for e in json.loads(result.stdout)["events"]] == ["2024-01-07"]


def test_output_file_written(tmp_path):
    target = tmp_path / "out.txt"
    result = run_cli("export", str(SEED_ARTICLE), "-o", str(target))
    assert result.returncode == 0
    assert "2023-10-07" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_unwritable_output_keeps_nothing_partial(tmp_path):
    result = run_cli("export", str(SEED_ARTICLE), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert result.returncode == 1
    assert result.stderr.decode().count("\n") == 1 and "Traceback" not in result.stderr.decode()


def test_binary_file_skipped_with_a_warning(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 50)
    result = run_cli("export", str(bad), str(SEED_ARTICLE))
    assert result.returncode == 0 and b"Aug 18" in result.stdout
    assert (
        result.stderr.decode()
        == f"timeline: warning: {bad}: binary content (no text encoding fits); skipped\n"
    )


def test_dates_left_unplaced_for_want_of_a_reference_date_are_reported(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "WASHINGTON (AP) - The Senate voted Thursday. The bill passed on March 14, 2024.\n"
        "A first bill failed two years ago.\n"
        "Such votes are usually held in June.\n"  # every year's June: no reference date would place it
    )
    for _ in range(2):  # the second run reads the cache, and says it again
        result = run_cli("export", str(story))
        assert result.returncode == 0 and "2024-03-14" in result.stdout.decode()
        assert result.stderr.decode() == (
            f"timeline: warning: {story}: no reference date found: 2 dates left off the"
            ' timeline ("Thursday", "two years ago"); give one with --reference-date YYYY-MM-DD\n'
        )
    placed = run_cli("export", "--reference-date", "2024-03-15", str(story))
    assert placed.stderr == b"" and "2024-03-14" in placed.stdout.decode()


def test_warning_shows_a_documents_own_id_literally(tmp_path):
    brief = tmp_path / "briefs.jsonl"
    brief.write_text('{"id": "x\\u001b]0;owned\\u0007y", "text": "They met on Monday."}\n')
    err = run_cli("export", str(brief)).stderr.decode()
    assert "\x1b" not in err and "\x07" not in err
    assert "#x\\x1b]0;owned\\x07y: no reference date found" in err and err.count("\n") == 1


def test_python_m_and_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("timeline ")


def test_no_path_opens_bundled_data():
    result = run_cli("export", cwd=ROOT)
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "rotterdam-strike-1.txt" in out and "000_136052ccbc52f36e.txt" in out
