"""What an editor sees from ``invoke import``, ``build`` and ``site``: one line per problem.

Each test makes a mistake in a real project built in a temporary folder, runs the task as
the editor would, and checks the exact lines on standard error, that no traceback shows,
and that what was there before (content/, output/, dist/) is left as it was.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pelican.plugins.briefing import commands
from tests.corpus import SEED_SLUGS
from tests.sitebuild import ROOT, add_setting, digests, edit, make_project, run_invoke

ARTICLE = SEED_SLUGS["001"]
"""The seed article the tests edit."""
KEPT = ("content", "output", "dist")
"""What a task that fails must leave as it was."""
UNCHANGED = "briefing: build failed; output/ and dist/ are unchanged"
BROKEN = "---\nslug: broken\ntitle: Broken: a colon\n---\n\n{#p1}\nText.\n"
"""A briefing content file an editor broke: its title needs quotes."""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A project imported and built once with ``invoke site``."""
    project = make_project(tmp_path_factory.mktemp("commands") / "site")
    shutil.copy(ROOT / "tasks.py", project)
    finished = run_invoke(project, "site")
    assert finished.returncode == 0, finished.stdout + finished.stderr
    return project


@pytest.fixture
def project(built, tmp_path) -> Path:
    """A copy of the built project for one test to make its mistakes in."""
    return Path(shutil.copytree(built, tmp_path / "site", symlinks=True))


def failing(project: Path, *task: str) -> list[str]:
    """Run a task that must fail; return its lines on standard error."""
    finished = run_invoke(project, *task)
    assert finished.returncode == 1, finished.stdout + finished.stderr
    assert "Traceback" not in finished.stdout + finished.stderr
    return finished.stderr.splitlines()


def test_a_yaml_typo_in_the_manifest_stops_invoke_site_changing_nothing(project):
    before = digests(project, KEPT)
    edit(project / "seeds" / "manifest.yml", "title: Blinken visits", "title: Blinken: visits")
    assert failing(project, "site") == [
        "seeds/manifest.yml:21:17: mapping values are not allowed in this context "
        "(a value that contains ': ' needs quotes around it)",
        "briefing: import stopped before changing content/; fix the manifest and run it again",
    ]
    assert digests(project, KEPT) == before


@pytest.mark.parametrize(
    ("setting", "line"),
    [
        ('"related_limit": "five"', "briefing: related_limit: expected a whole number, got 'five'"),
        (
            '"taxonomy": "nope.yml"',
            "briefing: taxonomy: file not found: looked for content/nope.yml",
        ),
    ],
)
def test_a_wrong_setting_is_one_line_and_the_site_stays(project, setting, line):
    before = digests(project, KEPT)
    add_setting(project, f"BRIEFING = {{**BRIEFING, {setting}}}")
    assert failing(project, "build") == [line, UNCHANGED]
    assert digests(project, KEPT) == before


def test_a_yaml_typo_in_the_taxonomy_is_one_line_with_its_position(project):
    taxonomy = project / "content" / "taxonomy.yml"
    line = taxonomy.read_text(encoding="utf-8").splitlines().index("    name: Ceasefire talks") + 1
    edit(taxonomy, "name: Ceasefire talks", "name: Ceasefire: talks")
    before = digests(project, KEPT)
    assert failing(project, "build") == [
        f"briefing: content/taxonomy.yml:{line}:20: mapping values are not allowed in this context "
        "(a value that contains ': ' needs quotes around it)",
        UNCHANGED,
    ]
    assert digests(project, KEPT) == before


def test_strict_lists_every_warning_of_the_build_then_fails_changing_nothing(project):
    articles = project / "content" / "articles"
    edit(articles / f"{ARTICLE}.md", "topics_add: []", "topics_added: [rafah]")
    other = next(path for path in sorted(articles.glob("*.md")) if path.stem != ARTICLE)
    edit(other, "topics_add: []", "topics_add: [no-such-topic]")
    (articles / "broken.md").write_text(BROKEN, encoding="utf-8")
    add_setting(project, 'PLUGIN_PATHS = "plugins"')  # Pelican's own warning
    before = digests(project, KEPT)
    problems = [
        "warning: Defining PLUGIN_PATHS setting as string has been deprecated (should be a list)",
        "error: briefing: content/articles/broken.md: front matter line 3, column 14: mapping"
        " values are not allowed in this context (a value that contains ': ' needs quotes around it)",
        "error: Could not process articles/broken.md",
        f"warning: briefing: content/articles/{ARTICLE}.md: unknown front matter key "
        "'topics_added' ignored; did you mean 'topics_add'?",
        f"warning: briefing: {other.stem}: unknown topic 'no-such-topic' in front matter",
    ]
    assert failing(project, "build", "--strict") == [
        *problems,
        "briefing: build failed: --strict, and 5 problem(s) above; output/ and dist/ are unchanged",
    ]
    assert digests(project, KEPT) == before
    assert not [path.name for path in project.iterdir() if path.name.endswith(".partial")]
    relaxed = run_invoke(project, "build")
    assert relaxed.returncode == 0, relaxed.stderr
    assert relaxed.stderr.splitlines() == problems
    assert relaxed.stdout.splitlines()[-1].startswith(f"briefing: site in {project / 'output'}")


def test_an_unexpected_failure_is_one_line_unless_debug(project):
    before = digests(project, KEPT)
    path = project / "theme" / "templates" / "article.html"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 1  # the line appended below
    with path.open("a") as template:
        template.write("{% if %}\n")
    assert failing(project, "build") == [
        f"briefing: build failed: theme/templates/article.html:{line}: TemplateSyntaxError: "
        "Expected an expression, got 'end of statement block' (run again with --debug to see "
        "where)",
        UNCHANGED,
    ]
    debug = run_invoke(project, "build", "--debug")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.splitlines()[-2:] == [
        f"briefing: build failed: theme/templates/article.html:{line}: TemplateSyntaxError: "
        "Expected an expression, got 'end of statement block'",
        UNCHANGED,
    ]
    assert digests(project, KEPT) == before


def test_import_without_a_seeds_folder_says_where_it_looked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    status = commands.run_import(tmp_path / "seeds", tmp_path / "content", None)
    assert (status, capsys.readouterr().err) == (
        1,
        "briefing: import: no seeds folder: looked for seeds\n",
    )
    assert not (tmp_path / "content").exists()


def test_a_bug_in_the_import_is_one_line_unless_debug(tmp_path, monkeypatch, capsys):
    (tmp_path / "seeds").mkdir()

    def broken(*arguments, **options):
        raise KeyError("slug")

    monkeypatch.setattr(commands, "import_seeds", broken)
    assert commands.run_import(tmp_path / "seeds", tmp_path / "content", None) == 1
    assert capsys.readouterr().err == (
        "briefing: import failed: KeyError: 'slug' (run again with --debug to see where)\n"
    )
    assert commands.run_import(tmp_path / "seeds", tmp_path / "content", None, debug=True) == 1
    shown = capsys.readouterr().err
    assert shown.startswith("Traceback (most recent call last)")
    assert shown.endswith("briefing: import failed: KeyError: 'slug'\n")


def test_a_local_build_says_once_that_it_writes_no_feed_for_want_of_an_address(project):
    finished = run_invoke(project, "build")
    assert finished.returncode == 0, finished.stderr
    said = [line for line in finished.stdout.splitlines() if "no Atom feeds" in line]
    assert said == [
        "briefing: no Atom feeds, sitemap or canonical links: they need the published site's"
        " absolute address, and SITEURL is '' (publishconf.py sets it for a published build)"
    ]


def test_publish_without_the_sites_address_is_one_line_and_the_site_stays(project):
    before = digests(project, KEPT)
    assert failing(project, "publish") == [
        "briefing: publish: SITEURL is '', not the published site's address; set it in"
        " publishconf.py (or BRIEFING_SITE_URL), e.g. https://briefing.example.org",
        UNCHANGED,
    ]
    assert digests(project, KEPT) == before


def test_publish_writes_feeds_and_canonical_links_for_the_address_given(project):
    finished = run_invoke(project, "publish", "--site-url", "https://news.example.net")
    assert finished.returncode == 0, finished.stderr
    output = project / "output"
    assert "https://news.example.net/topics/rafah.html" in (output / "sitemap.xml").read_text()
    assert (output / "feeds" / "all.atom.xml").is_file()
    assert "no Atom feeds" not in finished.stdout


def test_gh_pages_commits_the_published_site_to_its_branch_and_nothing_else(project, monkeypatch):
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Desk")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "desk@example.org")
    git = {"cwd": project, "capture_output": True, "text": True, "check": True}
    subprocess.run(["git", "init", "-q", "-b", "main"], **git)
    for _ in range(2):
        finished = run_invoke(project, "gh-pages", "--site-url", "https://desk.example.org")
        assert finished.returncode == 0, finished.stdout + finished.stderr
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", "gh-pages"], **git)
    names = set(listed.stdout.split())
    assert {".nojekyll", "index.html", "feeds/all.atom.xml", "sitemap.xml"} <= names
    assert not any(name.startswith(("content/", "seeds/", "output/")) for name in names)
    assert subprocess.run(["git", "rev-list", "--count", "gh-pages"], **git).stdout.strip() == "2"
    # The branch checked out, its index and working tree are left alone.
    assert subprocess.run(["git", "branch", "--show-current"], **git).stdout.strip() == "main"
    assert subprocess.run(["git", "ls-files"], **git).stdout == ""
