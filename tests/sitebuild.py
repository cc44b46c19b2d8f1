"""Build a real briefing site in a temporary folder, as a user would, for the tests."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def make_project(folder: Path, seeds: list[Path] | None = None) -> Path:
    """Lay out a project in ``folder``: settings, theme, editorial data and seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "pelicanconf.py", folder)
    shutil.copy(ROOT / "publishconf.py", folder)
    shutil.copytree(ROOT / "theme", folder / "theme")
    (folder / "content" / "articles").mkdir(parents=True)
    for name in ("taxonomy.yml", "gazetteer.yml"):
        shutil.copy(ROOT / "content" / name, folder / "content" / name)
    (folder / "seeds").mkdir()
    for seed in SEEDS if seeds is None else seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    if seeds is None:
        shutil.copy(ROOT / "seeds" / "manifest.yml", folder / "seeds" / "manifest.yml")
    return folder


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) with ``new`` in a file, as an editor would."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def add_setting(project: Path, line: str) -> None:
    """Append a line to the project's pelicanconf.py, e.g. one changing the BRIEFING settings."""
    with (project / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write("\n" + line + "\n")


def import_seeds(project: Path):
    """Run the importer on the project's seeds."""
    from pelican.plugins.briefing.importer import import_seeds as run_import

    return run_import(project / "seeds", project / "content" / "articles")


PUBLISHED = "https://briefing.example.org/desk"
"""The address the tests publish the seed site at (a path under a host, as project pages are)."""


def run_pelican(
    project: Path, *extra: str, settings: str = "pelicanconf.py", site_url: str | None = None
) -> subprocess.CompletedProcess:
    """Run real Pelican on the project and return the finished process; ``site_url`` is the
    published address publishconf.py reads (BRIEFING_SITE_URL)."""
    environment = {"BRIEFING_SITE_URL": site_url} if site_url else {}
    return run_python(
        project, "-m", "pelican", "content", "-s", settings, *extra, environment=environment
    )


def run_invoke(project: Path, task: str, *options: str) -> subprocess.CompletedProcess:
    """Run one of the project's invoke tasks (it needs ``tasks.py``), as a user would."""
    return run_python(project, "-m", "invoke", task, *options)


def run_python(
    folder: Path, *arguments: str, environment: dict | None = None
) -> subprocess.CompletedProcess:
    """Run ``python arguments`` in ``folder`` with our code and fixed build dates. The published
    address is the test's to give (``environment``): one set in the shell running the tests
    (BRIEFING_SITE_URL) is not passed on."""
    inherited = {key: value for key, value in os.environ.items() if key != "BRIEFING_SITE_URL"}
    environment = {
        **inherited,
        **(environment or {}),
        "PYTHONPATH": str(ROOT),
        "SOURCE_DATE_EPOCH": "1700000000",
        "COLUMNS": "1000",
    }
    command = [sys.executable, *arguments]
    return subprocess.run(
        command, cwd=folder, env=environment, capture_output=True, text=True, timeout=600
    )


def build(project: Path, *extra: str, **settings: str) -> subprocess.CompletedProcess:
    """Import the seeds and build the site; fail the test with Pelican's output if it fails."""
    import_seeds(project)
    finished = run_pelican(project, *extra, **settings)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    return finished


def digests(project: Path, folders: tuple[str, ...] = ("output", "dist")) -> dict[str, str]:
    """sha256 of every file in the project's ``folders`` (the built site unless told), by path:
    equal digests before and after a step mean the step changed nothing there."""
    return {
        path.relative_to(project).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted((project / folder).rglob("*"))
        if path.is_file()
    }


def page(site: Path, path: str) -> BeautifulSoup:
    """Parse one page of a built site."""
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def news_article(soup: BeautifulSoup) -> dict:
    """A page's NewsArticle record (its JSON-LD)."""
    return json.loads(soup.find("script", type="application/ld+json").string)


def unzip(bundle: Path, target: Path) -> Path:
    """Unzip the offline bundle into ``target``; return the one folder it holds."""
    with zipfile.ZipFile(bundle) as archive:
        folders = {name.split("/", 1)[0] for name in archive.namelist()}
        assert folders == {"briefing-offline"}, folders  # nothing spills into ``target``
        assert archive.testzip() is None  # every member's checksum holds
        archive.extractall(target)
    return target / "briefing-offline"
