"""Start a briefing project in an empty folder, as ``pelican-quickstart`` starts a site.

The project is a copy of the files shipped with the plugin in ``new-project/``: settings for local and
published builds, a starter taxonomy and gazetteer, and two invented example articles in
``seeds/``, imported at once so that the first ``briefing build`` shows a briefing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .commands import Project, import_project, say
from .messages import local_path

SKELETON = Path(__file__).with_name("new-project")
"""The files of a new project."""


def start_project(folder: Path, *, title: str | None = None) -> int:
    """Make a briefing project in ``folder`` (missing or empty); return the exit status."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        what = "not empty" if folder.is_dir() else "not a folder"
        say(f"briefing: new: {local_path(folder)} is {what}; give a new or empty folder")
        return 1
    shutil.copytree(
        SKELETON, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
    )
    project = Project(folder)
    if title:
        settings = project.settings.read_text(encoding="utf-8")
        named = settings.replace('SITENAME = "Briefing"', f"SITENAME = {title!r}", 1)
        project.settings.write_text(named, encoding="utf-8")
    status = import_project(project)
    if status == 0:
        print(
            f"briefing: new project in {local_path(folder)}: add articles to seeds/, then run"
            " `briefing import` and `briefing build` there; output/index.html is the briefing"
        )
    return status
