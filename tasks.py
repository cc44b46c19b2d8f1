"""Tasks for the briefing site (``invoke --list``), in the style of Pelican's quickstart."""

import shlex
import shutil
import sys
from pathlib import Path

from invoke import task

from pelican import main as pelican_main
from pelican.plugins.briefing import commands

ROOT = Path(__file__).parent
CONFIG = {
    "settings": "pelicanconf.py",
    "seeds": ROOT / "seeds",
    "content": ROOT / "content" / "articles",
    "output": ROOT / "output",
    "dist": ROOT / "dist",
    "cache": ROOT / "cache",
    "host": "127.0.0.1",
    "port": 8000,
}


def pelican_run(arguments: str) -> None:
    """Run Pelican in this process with the project's settings."""
    pelican_main(shlex.split(f"-s {CONFIG['settings']} {arguments}"))


DEBUG = "Show the traceback of a failure instead of one line."


@task(
    name="import",
    help={"strict": "Fail on any problem the report lists.", "debug": DEBUG},
)
def import_(c, strict=False, debug=False):
    """Import seeds/ into content/articles/ (never overwrites an edited content file)."""
    status = commands.run_import(
        CONFIG["seeds"], CONFIG["content"], CONFIG["cache"], strict=strict, debug=debug
    )
    if status:
        raise SystemExit(status)


@task(
    help={
        "strict": "List every warning (broken link, unknown entity...), then fail.",
        "debug": DEBUG,
    }
)
def build(c, strict=False, debug=False):
    """Build the site into output/ and the offline bundle into dist/; a failed build changes neither."""
    status = commands.run_build(
        ROOT / CONFIG["settings"], CONFIG["output"], strict=strict, debug=debug
    )
    if status:
        raise SystemExit(status)


@task(help={"strict": "Turn every warning into a failure.", "debug": DEBUG})
def site(c, strict=False, debug=False):
    """Import the seeds, then build the site and the offline bundle."""
    import_(c, strict=strict, debug=debug)
    build(c, strict=strict, debug=debug)


@task
def clean(c):
    """Remove generated files: output/, dist/ and Pelican's cache."""
    for folder in ("output", "dist", "cache"):
        shutil.rmtree(CONFIG[folder], ignore_errors=True)


@task
def rebuild(c):
    """Build from scratch, with no cache."""
    clean(c)
    build(c)


@task
def bundle(c):
    """Write dist/briefing-offline.zip from the current output/ (build first); not if a link breaks."""
    from pelican.plugins.briefing.publish.bundle import bundle_files, write_bundle
    from pelican.plugins.briefing.publish.linkcheck import check_links

    output = CONFIG["output"]
    names = bundle_files(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file())
    problems = check_links(output, set(names), offline=True)
    for problem in problems:
        print(f"briefing: offline bundle: {problem}", file=sys.stderr)
    if problems:
        raise SystemExit(1)
    write_bundle(output, CONFIG["dist"] / "briefing-offline.zip", names)


@task
def serve(c):
    """Serve output/ at http://127.0.0.1:8000/."""
    pelican_run(f"--listen --bind {CONFIG['host']} --port {CONFIG['port']}")


@task
def livereload(c):
    """Rebuild whenever content, theme or settings change, and serve the site."""
    pelican_run(f"--autoreload --listen --bind {CONFIG['host']} --port {CONFIG['port']}")


@task
def golden(c):
    """Rebuild the seed site in a temp folder and refresh tests/golden/ from it (review the diff)."""
    import tempfile

    from tests.golden import write_golden
    from tests.sitebuild import build as build_site
    from tests.sitebuild import make_project

    with tempfile.TemporaryDirectory() as folder:
        project = make_project(Path(folder) / "site")
        build_site(project)
        print(f"briefing: wrote {write_golden(project / 'output')} golden files to tests/golden/")


@task(
    help={
        "sizes": "Corpus sizes, comma-separated (default 100,1000,10000).",
        "repeats": "Cold builds per kind and size below 10,000 (2 at 10,000).",
    }
)
def bench(c, sizes="100,1000,10000", repeats=3):
    """Time the whole pipeline against plain Pelican on synthetic corpora (see bench/README.md)."""
    listed = " ".join(size.strip() for size in sizes.split(","))
    c.run(f"{sys.executable} -m bench.generate {listed}", pty=False)
    c.run(f"{sys.executable} -m bench.run {listed} --repeats {int(repeats)}", pty=False)


@task(help={"args": "Extra arguments for pytest, e.g. '-k importer'."})
def test(c, args=""):
    """Run the linters and the whole test suite."""
    c.run(f"{sys.executable} -m ruff check .", pty=False)
    c.run(f"{sys.executable} -m ruff format --check .", pty=False)
    c.run(f"{sys.executable} -m pytest {args}", pty=False)
