"""Progress on Pelican's rich console: live bars in a terminal, one line per step elsewhere."""

from __future__ import annotations

import io

from rich.console import Console

from pelican.plugins.briefing import progress


def recording(monkeypatch, *, terminal: bool) -> io.StringIO:
    """Send Pelican's console (as the progress module uses it) to a string."""
    written = io.StringIO()
    console = Console(file=written, force_terminal=terminal, width=100)
    monkeypatch.setattr(progress, "console", console)
    return written


def test_in_a_pipe_a_step_is_one_line_when_done(monkeypatch):
    written = recording(monkeypatch, terminal=False)
    assert list(progress.track(range(250), "analyse", "article", total=250)) == list(range(250))
    (line,) = written.getvalue().splitlines()
    assert line.startswith("analyse: 100% (250 of 250 articles) in ")


def test_a_step_not_shown_prints_nothing(monkeypatch):
    written = recording(monkeypatch, terminal=False)
    list(progress.track(range(3), "import", "file", total=3, shown=False))
    assert written.getvalue() == ""


def test_in_a_terminal_the_bar_runs_under_pelicans_spinner(monkeypatch):
    written = recording(monkeypatch, terminal=True)
    # Pelican wraps its whole run in console.status("Generating..."): a second live display
    # used to be refused (rich < 14.1 raised LiveError) or to print a line per refresh.
    with progress.console.status("Generating..."), progress.Step("link check", 40, "page") as step:
        for _ in range(40):
            step.advance()
    shown = written.getvalue()
    assert "link check" in shown and "40/40" in shown
    assert shown.count("\n") < 10
