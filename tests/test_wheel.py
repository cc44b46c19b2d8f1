"""The wheel: built with what pyproject.toml's build-system names, it holds the whole plugin.

The wheel is built the way pip builds it, in an isolated environment holding only the
build-system's requirements. A fresh install of it, in a new virtual environment with the
plugin's dependencies from PyPI, is checked too when BRIEFING_WHEEL_CHECK=1 (it downloads
Pelican and the rest, so it does not run by default).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.sitebuild import ROOT

PACKAGE = ROOT / "pelican" / "plugins" / "briefing"
CACHES = shutil.ignore_patterns("__pycache__", "*.pyc")


SOURCES = ("pyproject.toml", "README.md", "LICENSE", "pelican", "theme")
"""What a source distribution holds: all the wheel is built from."""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel ``pip wheel`` builds from a clean copy of the sources (a build/ folder left
    in the repository would carry files deleted since into the wheel)."""
    source, folder = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=CACHES)
        else:
            shutil.copy(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q"]
    command += ["-w", str(folder)]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if finished.returncode != 0 and "No matching distribution" in finished.stderr:
        pytest.skip(f"the build requirements cannot be downloaded: {finished.stderr[-300:]}")
    assert finished.returncode == 0, finished.stderr
    (built,) = folder.glob("pelican_briefing-*.whl")
    return built


def shipped(folder: Path, inside: str) -> set[str]:
    """Every file of a source folder, as its path in the wheel."""
    return {
        f"{inside}/{path.relative_to(folder).as_posix()}"
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def test_the_wheel_holds_the_code_its_data_the_theme_and_a_new_projects_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = shipped(PACKAGE, "pelican/plugins/briefing")
    expected |= shipped(ROOT / "theme", "pelican/plugins/briefing/theme")
    assert expected - names == set()
    assert "pelican/__init__.py" not in names  # a namespace package, shared with Pelican
    assert not any(name.startswith(("tests/", "bench/", "content/", "seeds/")) for name in names)


def test_the_wheel_says_what_it_is_and_installs_the_briefing_command(wheel):
    archive = zipfile.ZipFile(wheel)
    info = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
    metadata = archive.read(info).decode("utf-8")
    assert "Name: pelican-briefing" in metadata and "License-Expression: MIT" in metadata
    assert any(name.endswith("licenses/LICENSE") for name in archive.namelist())
    entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "briefing = pelican.plugins.briefing.cli:run" in entry_points


@pytest.mark.skipif(
    os.environ.get("BRIEFING_WHEEL_CHECK") != "1",
    reason="downloads the dependencies from PyPI; run with BRIEFING_WHEEL_CHECK=1",
)
def test_a_fresh_install_of_the_wheel_starts_and_builds_a_briefing(wheel, tmp_path):
    venv.create(tmp_path / "venv", with_pip=True)
    bin_folder = tmp_path / "venv" / "bin"
    install = subprocess.run(
        [bin_folder / "python", "-m", "pip", "install", "-q", wheel],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert install.returncode == 0, install.stderr
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    for step in (["new", str(tmp_path / "desk")], ["build"]):
        finished = subprocess.run(
            [bin_folder / "briefing", *step],
            cwd=tmp_path / ("desk" if step == ["build"] else ""),
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert finished.returncode == 0, finished.stdout + finished.stderr
    assert (tmp_path / "desk" / "output" / "topics" / "floods.html").is_file()
    assert (tmp_path / "desk" / "dist" / "briefing-offline.zip").is_file()
