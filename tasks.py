"""Tasks for the briefing site (``invoke --list``), in the style of Pelican's quickstart."""

import shlex
import shutil
import sys
from pathlib import Path

from invoke import task

from pelican.plugins.briefing import commands

ROOT = Path(__file__).parent
PROJECT = commands.Project(ROOT)
"""Where this project keeps its seeds, content, output and settings (as the briefing command)."""
CONFIG = {
    "dist": ROOT / "dist",
    "host": "127.0.0.1",
    "port": 8000,
}
"""What the tasks need besides the project's folders: the bundle's folder, where to serve."""


DEBUG = "Show the traceback of a failure instead of one line."


@task(
    name="import",
    help={"strict": "Fail on any problem the report lists.", "debug": DEBUG},
)
def import_(c, strict=False, debug=False):
    """Import seeds/ into content/articles/ (never overwrites an edited content file)."""
    status = commands.import_project(PROJECT, strict=strict, debug=debug)
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
    status = commands.build_project(PROJECT, strict=strict, debug=debug)
    if status:
        raise SystemExit(status)


@task(
    help={
        "site_url": "The published site's address (else BRIEFING_SITE_URL), e.g. https://x.org",
        "strict": "List every warning (broken link, unknown entity...), then fail.",
        "debug": DEBUG,
    }
)
def publish(c, site_url=None, strict=False, debug=False):
    """Build the site to publish into output/ with publishconf.py: feeds, sitemap, canonical links."""
    status = commands.publish_project(PROJECT, site_url, strict=strict, debug=debug)
    if status:
        raise SystemExit(status)


@task(
    help={
        "site_url": "The address GitHub Pages serves it at, e.g. https://desk.github.io/briefing",
        "branch": "The branch GitHub Pages publishes (default gh-pages).",
    }
)
def gh_pages(c, site_url=None, branch="gh-pages"):
    """Publish, then commit output/ to the gh-pages branch for GitHub Pages (never pushed)."""
    publish(c, site_url=site_url)
    output = PROJECT.output
    (output / ".nojekyll").touch()  # GitHub Pages must not run Jekyll over the site
    # A commit of output/ alone, made with an index of its own: the working tree, the
    # checked-out branch and the staging area stay as they are.
    index = PROJECT.cache / "gh-pages.index"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.unlink(missing_ok=True)
    git = {"env": {"GIT_INDEX_FILE": str(index)}, "hide": True}
    c.run(f"git --work-tree={shlex.quote(str(output))} add --all .", **git)
    tree = c.run("git write-tree", **git).stdout.strip()
    parent = c.run(f"git rev-parse --verify --quiet refs/heads/{branch}", warn=True, hide=True)
    follows = f"-p {parent.stdout.strip()} " if parent.ok else ""
    commit = c.run(f"git commit-tree {follows}-m 'Publish the briefing' {tree}", hide=True)
    c.run(f"git update-ref refs/heads/{branch} {commit.stdout.strip()}")
    index.unlink(missing_ok=True)
    print(f"briefing: output/ committed to the branch {branch}; push it: git push origin {branch}")


@task(help={"strict": "Turn every warning into a failure.", "debug": DEBUG})
def site(c, strict=False, debug=False):
    """Import the seeds, then build the site and the offline bundle."""
    import_(c, strict=strict, debug=debug)
    build(c, strict=strict, debug=debug)


@task
def clean(c):
    """Remove generated files: output/, dist/ and Pelican's cache."""
    for folder in (PROJECT.output, CONFIG["dist"], PROJECT.cache):
        shutil.rmtree(folder, ignore_errors=True)


@task
def rebuild(c):
    """Build from scratch, with no cache."""
    clean(c)
    build(c)


@task
def bundle(c):
    """Check the links of the current output/ (build first), then zip it into the offline bundle."""
    from pelican.settings import read_settings

    from pelican.plugins.briefing.publish.finish import check_and_bundle
    from pelican.plugins.briefing.settings import SettingsError, check_settings
    from pelican.plugins.briefing.site.build import BuildError

    if not PROJECT.output.is_dir():
        raise SystemExit(f"briefing: no site in {PROJECT.output} to bundle; run `invoke build`")
    try:
        settings = check_settings(read_settings(str(PROJECT.settings)))
        check_and_bundle(PROJECT.output, settings)
    except (SettingsError, BuildError) as error:
        raise SystemExit(str(error)) from None
    if settings.bundle is None:
        print("briefing: links checked; BRIEFING['bundle'] is None, so no bundle was written")


@task
def serve(c):
    """Serve output/ at http://127.0.0.1:8000/."""
    commands.serve(PROJECT, CONFIG["host"], CONFIG["port"])


@task
def livereload(c):
    """Rebuild whenever content, theme or settings change, and serve the site."""
    commands.serve(PROJECT, CONFIG["host"], CONFIG["port"], autoreload=True)


@task
def golden(c):
    """Rebuild the seed site, rewrite tests/golden/ from it and print the diff accepted (review it)."""
    c.run(f"{sys.executable} -m pytest tests/test_golden.py --update-golden -q", pty=False)


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


@task(
    help={
        "corpus": "Folder with articles/ and key.json (default ../shared/corpus/dev).",
        "misses": "List every miss before the score table (default); --no-misses for the table.",
        "field": "List the misses of this field only, e.g. --field quotes.",
    }
)
def evaluate(c, corpus=None, misses=True, field=None):
    """Import and analyse a corpus of seeds with an editor's key (no site) and score each field."""
    from pelican.plugins.briefing.evaluation import main

    folder = Path(corpus) if corpus else ROOT.parent / "shared" / "corpus" / "dev"
    main(folder, PROJECT.editorial, misses=misses, field=field)
