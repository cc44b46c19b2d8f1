"""The editor's commands, import, build, publish and serve, that ``invoke`` and ``briefing`` run.

Each returns an exit status and prints every problem as one line, with no traceback unless
``debug`` is set. A build goes into staging folders and replaces ``output/`` and the bundle's
folder only when it succeeded; under ``strict`` every warning of the build (ours and
Pelican's) is collected, all are printed at the end, and the build fails, changing nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from pelican.settings import read_settings

from pelican import Pelican
from pelican import main as pelican_main

from . import layout
from .analysis.editorial import EditorialError
from .importer import ManifestError, import_seeds
from .messages import local_path, one_line, yaml_problem
from .settings import SettingsError, check_settings
from .site.build import BUILD_KEY
from .site.generator import BuildError
from .staging import Staging

_EDITORS_ERRORS = (SettingsError, EditorialError, BuildError)
"""Failures whose message tells the editor what to fix; anything else is our fault."""


@dataclass(frozen=True)
class Project:
    """Where a briefing project keeps each thing: the layout ``briefing new`` makes."""

    root: Path
    """The project's folder."""

    @property
    def seeds(self) -> Path:
        """Raw articles and their manifest."""
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        """The content files the importer writes."""
        return self.editorial / layout.ARTICLE_PATHS[0]

    @property
    def editorial(self) -> Path:
        """Pelican's content folder, with the taxonomy and the gazetteer."""
        return self.root / layout.PATH

    @property
    def output(self) -> Path:
        """The built site."""
        return self.root / layout.OUTPUT_PATH

    @property
    def cache(self) -> Path:
        """What builds and imports reuse."""
        return self.root / layout.CACHE_PATH

    @property
    def settings(self) -> Path:
        """Pelican's settings for local builds."""
        return self.root / "pelicanconf.py"

    @property
    def publish_settings(self) -> Path:
        """Pelican's settings for the published site."""
        return self.root / "publishconf.py"


def import_project(project: Project, *, strict: bool = False, debug: bool = False) -> int:
    """Import the project's seeds into its content folder; return the exit status."""
    return run_import(project.seeds, project.content, project.cache, strict=strict, debug=debug)


def build_project(project: Project, *, strict: bool = False, debug: bool = False) -> int:
    """Build the project's site and bundle with its local settings; return the exit status."""
    return run_build(project.settings, project.output, strict=strict, debug=debug)


def publish_project(
    project: Project, site_url: str | None = None, *, strict: bool = False, debug: bool = False
) -> int:
    """Build the project's site to publish, at ``site_url`` if given; return the exit status."""
    if site_url:
        os.environ["BRIEFING_SITE_URL"] = site_url
    return run_build(
        project.publish_settings, project.output, strict=strict, debug=debug, publish=True
    )


def serve(project: Project, bind: str, port: int, *, autoreload: bool = False) -> None:
    """Serve the project's output with Pelican's server; ``autoreload``: rebuild on changes."""
    settings = ["-s", str(project.settings), *(["--autoreload"] if autoreload else [])]
    pelican_main([*settings, "--listen", "--bind", bind, "--port", str(port)])


def run_import(
    seeds: Path, content: Path, cache: Path | None, *, strict: bool = False, debug: bool = False
) -> int:
    """Import ``seeds`` into ``content`` and print the report; return the exit status."""
    if not seeds.is_dir():
        say(f"briefing: import: no seeds folder: looked for {local_path(seeds)}")
        return 1
    try:
        report = import_seeds(seeds, content, progress=True, cache_dir=cache)
    except ManifestError as error:
        say(str(error))
        say("briefing: import stopped before changing content/; fix the manifest and run it again")
        return 1
    except Exception as error:  # noqa: BLE001 - one line for the editor, the rest with --debug
        failed("import", error, debug=debug)
        return 1
    for line in report.lines():
        print(line)
    if strict and report.has_problems():
        say("briefing: import problems (see above) fail a --strict build")
        return 1
    return 0


def run_build(
    settings_file: Path,
    output: Path,
    *,
    strict: bool = False,
    debug: bool = False,
    publish: bool = False,
) -> int:
    """Build the site into ``output`` (and the bundle), replacing them only on success.

    ``publish`` refuses to build without the published site's address (``SITEURL``). What the
    last good build wrote and nobody changed since is taken over (``Staging``): when no input
    changed at all, nothing is built; otherwise only what changed is written again.
    """
    started = time.perf_counter()
    staging = Staging(output)
    lines = ProblemLines(hold=strict, debug=debug)
    with _logging_to(lines):
        try:
            settings = _settings(settings_file, staging, debug=debug, publish=publish)
            if staging.up_to_date(settings):
                return _nothing_changed(staging, lines, strict=strict)
            staging.prepare(settings)
            pelican = Pelican(settings)
            pelican.run()
        except Exception as error:  # noqa: BLE001 - one line for the editor, the rest with --debug
            staging.discard()
            lines.print_held()
            failed("build", error, debug=debug)
            say("briefing: build failed; output/ and dist/ are unchanged")
            return 1
    if strict and lines.held:
        staging.discard()
        lines.print_held()
        say(
            f"briefing: build failed: --strict, and {len(lines.held)} problem(s) above;"
            " output/ and dist/ are unchanged"
        )
        return 1
    staging.swap()
    staging.remember(pelican.settings[BUILD_KEY].manifest, lines.lines)
    print(f"briefing: site in {output} in {time.perf_counter() - started:.1f} s")
    return 0


def _nothing_changed(staging: Staging, lines: ProblemLines, *, strict: bool) -> int:
    """Say that the last good build is current; repeat its warnings (they fail ``strict``)."""
    for line in staging.previous.warnings:
        lines.emit_line(line)
    if strict and lines.held:
        lines.print_held()
        say(f"briefing: build failed: --strict, and {len(lines.held)} problem(s) above")
        return 1
    print(f"briefing: nothing changed since the last build; {staging.target} is up to date")
    return 0


def _settings(settings_file: Path, staging: Staging, *, debug: bool, publish: bool) -> dict:
    """Pelican's settings with the output and the bundle sent to the staging folders."""
    settings = read_settings(str(settings_file), override={"OUTPUT_PATH": str(staging.output)})
    settings["DEBUG"] = debug  # Pelican then logs the traceback of a file it cannot read
    # The staging folder is laid out here, from the last good output; Pelican must keep it.
    settings["DELETE_OUTPUT_DIRECTORY"] = False
    checked = check_settings(settings)
    if publish and checked.site_url is None:
        raise SettingsError(
            f"briefing: publish: SITEURL is {settings.get('SITEURL') or ''!r}, not the published"
            f" site's address; set it in {local_path(settings_file)} (or BRIEFING_SITE_URL),"
            " e.g. https://briefing.example.org"
        )
    bundle = checked.bundle
    if bundle is not None:
        staging.dist = (bundle.parent, bundle.parent.with_name(f".{bundle.parent.name}.partial"))
        shutil.rmtree(staging.dist[1], ignore_errors=True)
        staged = staging.dist[1] / bundle.name
        settings["BRIEFING"] = {**settings.get("BRIEFING", {}), "bundle": str(staged)}
    return settings


class ProblemLines(logging.Handler):
    """Prints each warning and error logged during a build as one line, or holds them all."""

    def __init__(self, *, hold: bool, debug: bool) -> None:
        """Hold the lines for the end (``--strict``) or print them as they come."""
        super().__init__(logging.WARNING)
        self.hold = hold
        self.debug = debug
        self.held: list[str] = []
        self.lines: list[str] = []
        """Every line of the build, held or printed."""

    def emit(self, record: logging.LogRecord) -> None:
        """Print or hold one record as ``level: message``."""
        try:
            line = f"{record.levelname.lower()}: {one_line(record.getMessage())}"
        except Exception:  # noqa: BLE001 - a malformed record must not stop the build
            self.handleError(record)
            return
        self.emit_line(line)
        if self.debug and record.exc_info:
            traceback.print_exception(*record.exc_info, file=sys.stderr)

    def emit_line(self, line: str) -> None:
        """Print or hold one line; remember it for the build manifest."""
        self.lines.append(line)
        if self.hold:
            self.held.append(line)
        else:
            say(line)

    def print_held(self) -> None:
        """Print the lines held so far."""
        for line in self.held:
            say(line)


@contextlib.contextmanager
def _logging_to(handler: logging.Handler) -> Iterator[None]:
    """Send every warning and error logged in the block to ``handler`` alone."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = [handler]
    root.setLevel(logging.WARNING)
    try:
        yield
    finally:
        root.handlers = saved[0]
        root.setLevel(saved[1])


def failed(what: str, error: Exception, *, debug: bool) -> None:
    """Say in one line why ``what`` failed; with ``debug``, show the traceback first."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, _EDITORS_ERRORS):
        message = _yaml_position(error) or str(error)
        say(message if message.startswith("briefing:") else f"briefing: {message}")
    else:
        hint = "" if debug else " (run again with --debug to see where)"
        say(f"briefing: {what} failed: {_place(error)}{type(error).__name__}: {error}{hint}")


def _yaml_position(error: Exception) -> str:
    """``file:LINE:COLUMN: problem`` for an editorial file that is not valid YAML, else ``""``."""
    # editorial.py says "<path>: cannot read: <PyYAML's several lines>"; give its place instead.
    cause, (path, _, rest) = error.__cause__, str(error).partition(": cannot read: ")
    if not isinstance(cause, yaml.MarkedYAMLError) or not rest:
        return ""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    line, column, problem = yaml_problem(cause, text)
    return f"{local_path(path)}:{line}:{column}: {problem}"


def _place(error: Exception) -> str:
    """``file:LINE: `` of an error that knows it (a template's syntax error), else ``""``."""
    filename, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    return f"{local_path(filename)}:{line}: " if isinstance(filename, str) and line else ""


def say(line: str) -> None:
    """Print one line for the editor on standard error, control characters escaped."""
    print(one_line(line), file=sys.stderr)
