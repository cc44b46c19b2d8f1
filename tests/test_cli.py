"""The ``briefing`` command: ``new`` starts a project that ``build`` and ``publish`` turn into a
briefing, as a user would run them (``python -m pelican.plugins.briefing`` is the same)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pelican.plugins.briefing.starter import SKELETON
from tests.sitebuild import ROOT, page, run_python


def briefing(folder: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Run ``python -m pelican.plugins.briefing arguments`` in ``folder``."""
    return run_python(folder, "-m", "pelican.plugins.briefing", *arguments)


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """A project made by ``briefing new desk --title ...`` and built with ``briefing build``."""
    folder = tmp_path_factory.mktemp("cli")
    made = briefing(folder, "new", "desk", "--title", "River desk")
    assert made.returncode == 0, made.stdout + made.stderr
    assert made.stdout.splitlines()[0].startswith("imported 2, unchanged 0")
    built = briefing(folder / "desk", "build")
    assert built.returncode == 0, built.stdout + built.stderr
    assert built.stderr == ""  # no warning about the examples
    return folder / "desk"


def test_a_new_project_builds_into_a_briefing(desk):
    home = page(desk / "output", "index.html")
    assert home.title.get_text() == "River desk"
    assert [a.get_text() for a in home.select(".topic-card h2 a")] == [
        "Floods",
        "Relief",
        "Roads and bridges",
    ]
    assert len(home.select("#latest-heading + ul > li")) == 2
    assert (desk / "dist" / "briefing-offline.zip").is_file()
    person = page(desk / "output", "entities/ines-okafor.html")
    assert person.h1.get_text() == "Ines Okafor"


def test_publish_builds_it_for_its_address(desk, tmp_path):
    published = Path(tmp_path / "desk")
    subprocess.run(["cp", "-r", str(desk), str(published)], check=True)
    refused = briefing(published, "publish")
    assert refused.returncode == 1
    assert refused.stderr.startswith("briefing: publish: SITEURL is '', not the published")
    done = briefing(published, "publish", "--site-url", "https://river.example.org")
    assert done.returncode == 0, done.stdout + done.stderr
    feed = (published / "output" / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "https://river.example.org/articles/example-relief" in feed


def test_new_leaves_a_folder_that_is_not_empty_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    refused = briefing(tmp_path, "new", ".")
    assert (refused.returncode, refused.stderr) == (
        1,
        "briefing: new: . is not empty; give a new or empty folder\n",
    )
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_the_command_lists_its_commands():
    shown = briefing(ROOT, "--help")
    assert shown.returncode == 0
    for command in ("new", "import", "build", "serve", "publish", "evaluate"):
        assert command in shown.stdout


def test_a_new_project_publishes_as_this_one_does():
    # One publishconf.py, twice: the repository's and the one `briefing new` writes.
    assert (SKELETON / "publishconf.py").read_text(encoding="utf-8") == (
        ROOT / "publishconf.py"
    ).read_text(encoding="utf-8")
