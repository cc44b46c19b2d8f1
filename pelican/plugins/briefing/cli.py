"""The ``briefing`` command, also ``python -m pelican.plugins.briefing``.

Run in a briefing project's folder (``briefing new`` makes one), like ``pelican``: ``import``
the seeds, ``build`` the site and the offline bundle, ``serve`` it, ``publish`` it with its
address, ``evaluate`` against an editor's key. Each prints one line per problem and exits
with status 1 when something failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import commands
from .starter import start_project

_DEBUG = "show the traceback of a failure instead of one line"
_STRICT = "fail on any warning, after listing them all"


def main(argv: list[str] | None = None) -> int:
    """Run one ``briefing`` subcommand; return its exit status."""
    arguments = _parser().parse_args(argv)
    return arguments.run(arguments, commands.Project(Path.cwd()))


def _parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per task."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Make and publish a briefing: run it in the project's folder, like pelican.",
    )
    tasks = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    new = tasks.add_parser("new", help="start a briefing project in an empty folder")
    new.add_argument("folder", type=Path, help="where to make it (created if missing)")
    new.add_argument("--title", help="the briefing's name (SITENAME)")
    new.set_defaults(run=lambda a, p: start_project(a.folder, title=a.title))
    for name, help_text, run in (
        ("import", "import seeds/ into content/articles/", _import),
        ("build", "build output/ and the offline bundle in dist/", _build),
        ("publish", "build output/ for publishing, with feeds and sitemap", _publish),
    ):
        task = tasks.add_parser(name, help=help_text)
        task.add_argument("--strict", action="store_true", help=_STRICT)
        task.add_argument("--debug", action="store_true", help=_DEBUG)
        task.set_defaults(run=run)
        if name == "publish":
            task.add_argument("--site-url", help="the published address (else BRIEFING_SITE_URL)")
    serve = tasks.add_parser("serve", help="serve output/ on this computer")
    serve.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.set_defaults(run=_serve)
    evaluate = tasks.add_parser("evaluate", help="score the analysis against an editor's key")
    evaluate.add_argument("corpus", type=Path, help="folder with articles/ and key.json")
    evaluate.add_argument("--no-misses", action="store_true", help="print the table only")
    evaluate.add_argument("--field", help="list the misses of this field only")
    evaluate.set_defaults(run=_evaluate)
    return parser


def _import(arguments, project: commands.Project) -> int:
    """``briefing import``."""
    return commands.import_project(project, strict=arguments.strict, debug=arguments.debug)


def _build(arguments, project: commands.Project) -> int:
    """``briefing build``."""
    return commands.build_project(project, strict=arguments.strict, debug=arguments.debug)


def _publish(arguments, project: commands.Project) -> int:
    """``briefing publish``."""
    return commands.publish_project(
        project, arguments.site_url, strict=arguments.strict, debug=arguments.debug
    )


def _serve(arguments, project: commands.Project) -> int:
    """``briefing serve``: Pelican's own server over output/."""
    commands.serve(project, arguments.bind, arguments.port)
    return 0


def _evaluate(arguments, project: commands.Project) -> int:
    """``briefing evaluate CORPUS``."""
    from .evaluation import main as evaluate

    evaluate(
        arguments.corpus, project.editorial, misses=not arguments.no_misses, field=arguments.field
    )
    return 0


def run() -> None:
    """The console script's entry point."""
    sys.exit(main())
