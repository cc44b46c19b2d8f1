"""Shared fixtures: one real site built from seeds/ for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import PUBLISHED, build, make_project, unzip


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory) -> Path:
    """A project built from the three seeds with the real settings, theme and data."""
    project = make_project(tmp_path_factory.mktemp("seed-site"))
    build(project)
    return project


@pytest.fixture(scope="session")
def seed_site(seed_project) -> Path:
    """The built output/ folder of the seed project."""
    return seed_project / "output"


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The output/ of the seed project built with publishconf.py for the address PUBLISHED."""
    project = make_project(tmp_path_factory.mktemp("published-site"))
    build(project, settings="publishconf.py", site_url=PUBLISHED)
    return project / "output"


@pytest.fixture(scope="session")
def seed_bundle(seed_project, tmp_path_factory) -> Path:
    """The seed project's offline bundle, unzipped."""
    return unzip(seed_project / "dist" / "briefing-offline.zip", tmp_path_factory.mktemp("bundle"))


def pytest_addoption(parser):
    """``--update-golden``: rewrite tests/golden/ from the seed site (see tests/test_golden.py)."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the seed site and print the diff accepted",
    )
