"""The plugin in real Pelican builds: settings checks, strict mode, escaping, link and fidelity checks."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pelican.plugins.briefing.analysis.runner import PARALLEL_THRESHOLD
from tests.sitebuild import (
    PUBLISHED,
    add_setting,
    edit,
    make_project,
    page,
    run_pelican,
    run_python,
)

CONTENT = """---
title: {title}
date: 2024-03-21
source: AFP
slug: {slug}
summary: A test article.
topics_add: {topics_add}
---

{{#p1}}
{body}

{{#p2}}
Israel and Hamas sent delegations to Cairo for ceasefire talks on Rafah.
"""


def write_article(project: Path, slug: str, body: str, title: str = "A test", topics_add="[]"):
    """Write one content file as an editor would."""
    text = CONTENT.format(title=title, slug=slug, body=body, topics_add=topics_add)
    (project / "content" / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    """A project with no seeds and one plain content file."""
    folder = make_project(tmp_path / "site", seeds=[])
    write_article(folder, "plain", "Blinken said the talks go on.")
    return folder


def test_unknown_setting_stops_the_build_with_a_clear_message(project):
    add_setting(project, 'BRIEFING = {**BRIEFING, "taxonomyy": "x.yml"}')
    finished = run_pelican(project)
    assert finished.returncode != 0
    assert "briefing: unknown setting 'taxonomyy'" in finished.stdout + finished.stderr


def test_missing_taxonomy_file_is_named(project):
    add_setting(project, 'BRIEFING = {**BRIEFING, "taxonomy": "nope.yml"}')
    finished = run_pelican(project)
    assert finished.returncode != 0
    assert "briefing: taxonomy: file not found: looked for content/nope.yml" in (
        finished.stdout + finished.stderr
    )


def test_unknown_topic_warns_and_fails_only_a_strict_build(project):
    write_article(project, "tagged", "Some text.", topics_add="[no-such-topic]")
    relaxed = run_pelican(project)
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert "unknown topic 'no-such-topic'" in relaxed.stdout + relaxed.stderr
    strict = run_pelican(project, "--fatal", "warnings")
    assert strict.returncode != 0


def test_markup_in_an_article_is_shown_as_text(project):
    body = (
        r"\<script\>alert(1)\</script\> \<img src=x onerror=alert(2)\> \[x\](javascript:alert(3))"
    )
    write_article(project, "hostile", body, title="<b>Bold</b> & <i>bad</i>")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    soup = page(project / "output", "articles/hostile.html")
    assert soup.find("img") is None and soup.find("b") is None
    scripts = [s for s in soup.find_all("script") if s.get("type") != "application/ld+json"]
    assert all(s.get("src") for s in scripts)
    shown = soup.find(id="p1").get_text()
    assert (
        "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))" in shown
    )
    assert soup.h1.get_text() == "<b>Bold</b> & <i>bad</i>"


def test_broken_link_fails_the_build_and_names_it(project):
    write_article(project, "linked", "See [the other page](missing-page.html) for more.")
    finished = run_pelican(project)
    assert finished.returncode != 0
    assert "missing-page.html" in finished.stdout + finished.stderr
    assert "broken link" in finished.stdout + finished.stderr


def test_raw_html_in_content_is_never_rendered(project):
    write_article(project, "raw", "<script>alert(1)</script>")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    soup = page(project / "output", "articles/raw.html")
    assert "<script>alert(1)</script>" in soup.find(id="p1").get_text()


def test_bad_content_file_is_named_and_the_others_still_build(project):
    (project / "content" / "articles" / "broken.md").write_text(
        "---\nslug: broken\ntitle: [unclosed\n---\n", encoding="utf-8"
    )
    finished = run_pelican(project)
    output = finished.stdout + finished.stderr
    assert "briefing: content/articles/broken.md: front matter line 4, column 1" in output
    assert (project / "output" / "articles" / "plain.html").is_file()


def test_unknown_front_matter_keys_are_warnings_naming_the_key_meant(project):
    content = project / "content" / "articles" / "plain.md"
    edit(content, "topics_add: []", "topics_added: [rafah]")
    edit(content, "summary:", "colour: red\nsummary:")
    for run in ("read", "from Pelican's content cache"):
        finished = run_pelican(project)
        assert finished.returncode == 0, finished.stdout + finished.stderr
        output = " ".join((finished.stdout + finished.stderr).split())
        for line in (
            "briefing: content/articles/plain.md: unknown front matter key 'topics_added' "
            "ignored; did you mean 'topics_add'?",
            "briefing: content/articles/plain.md: unknown front matter key 'colour' ignored",
        ):
            assert line in output, run
        assert "2 warnings" in finished.stdout, run


def test_a_file_name_in_a_build_message_cannot_drive_the_terminal(project):
    (project / "content" / "articles" / "red\x1b[31m.md").write_text("---\nslug: red\n---\n")
    finished = run_pelican(project)
    output = finished.stdout + finished.stderr
    assert "briefing: content/articles/red\\x1b[31m.md: front matter lacks title" in output
    assert "\x1b" not in output


def rewrite_keeping_mtime(path: Path, old: str, new: str) -> None:
    """Edit a file but leave its modification time, so Pelican's cache thinks it unchanged."""
    stamp = path.stat()
    edit(path, old, new)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


def test_content_cache_written_by_other_reader_code_is_not_loaded(project):
    content = project / "content" / "articles" / "plain.md"
    assert run_pelican(project).returncode == 0
    stamp = project / "cache" / "briefing-reader-code.txt"
    current = stamp.read_text(encoding="utf-8")
    # Same reader code: Pelican trusts its cache, so an edit hidden from mtime stays unseen.
    rewrite_keeping_mtime(content, "title: A test", "title: Edited once")
    assert run_pelican(project).returncode == 0
    assert page(project / "output", "articles/plain.html").h1.get_text() == "A test"
    # Reader code changed since the cache was written: the cache is not loaded.
    stamp.write_text("older-reader-code", encoding="utf-8")
    assert run_pelican(project).returncode == 0
    assert page(project / "output", "articles/plain.html").h1.get_text() == "Edited once"
    assert stamp.read_text(encoding="utf-8") == current


def test_a_cache_written_gzipped_or_not_is_read_only_the_way_it_was_written(project):
    # Pelican cannot read its cache the other way: it would warn (failing --strict) and read
    # every article again. Our settings write it plain; a project may ask for gzip.
    assert run_pelican(project).returncode == 0
    for gzipped in (True, True, False, False):  # switched, then read as the last build wrote it
        add_setting(project, f"GZIP_CACHE = {gzipped}")
        finished = run_pelican(project, "--fatal", "warnings")
        assert finished.returncode == 0, finished.stdout + finished.stderr
        assert "Cannot unpickle cache" not in finished.stdout + finished.stderr
    edit(project / "content" / "articles" / "plain.md", "title: A test", "title: Edited")
    assert run_pelican(project, "--fatal", "warnings").returncode == 0
    assert page(project / "output", "articles/plain.html").h1.get_text() == "Edited"


RUN_TWICE = """
from pelican import Pelican
from pelican.settings import read_settings
from pelican.plugins.briefing.site.build import BUILD_KEY
settings = read_settings("pelicanconf.py", override={"PATH": "content", "OUTPUT_PATH": "output"})
pelican = Pelican(settings)
pelican.run()
first = settings[BUILD_KEY]
pelican.run()
second = settings[BUILD_KEY]
fresh = second is not first and second.search.done()
print("fresh" if fresh else "reused", len(second.warnings), settings["LOAD_CONTENT_CACHE"])
"""


def test_each_run_of_one_pelican_object_starts_a_fresh_build(project):
    # ``pelican --autoreload`` calls run() again on the same object for every change.
    finished = run_python(project, "-c", RUN_TWICE)
    assert finished.returncode == 0, finished.stderr
    # The first run had no cache to trust; the second loads the one the first wrote.
    assert finished.stdout.splitlines()[-1] == "fresh 0 True"
    assert finished.stdout.count("briefing: 1 articles") == 2


def test_a_large_build_shows_progress_and_a_small_one_does_not(project):
    small = run_pelican(project)
    assert small.returncode == 0 and "article pages:" not in small.stdout + small.stderr
    for number in range(PARALLEL_THRESHOLD + 1):
        write_article(project, f"bulk-{number}", f"Report {number} from Cairo.", f"Report {number}")
    large = run_pelican(project)
    assert large.returncode == 0, large.stderr[-2000:]
    for step, unit in (
        ("analyse", "articles"),
        ("article pages", "pages"),
        ("briefing pages", "pages"),
        ("link check", "pages"),
    ):
        # Not a terminal: one line per step, not one per refresh of the bar.
        said = [line for line in large.stdout.splitlines() if line.startswith(f"{step}:")]
        assert len(said) == 1, (step, said)
        assert re.fullmatch(rf"{step}: 100% \(([\d,]+) of \1 {unit}\) in \d+\.\d s", said[0])
    assert f"briefing: {PARALLEL_THRESHOLD + 2} articles" in large.stdout


def test_long_topic_and_entity_lists_continue_on_older_pages(project):
    add_setting(project, 'BRIEFING = {**BRIEFING, "page_size": 2}')
    for number in range(6):
        write_article(project, f"more-{number}", f"Report {number}.", f"Report {number}")
    # Published, for the sitemap; its link check also follows every pager link.
    finished = run_pelican(project, settings="publishconf.py", site_url=PUBLISHED)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    site = project / "output"
    # Same date: newest first is then by slug, descending ("plain", "more-5" ... "more-0").
    newest_first = ["A test", *(f"Report {number}" for number in range(5, -1, -1))]
    for first, selector in (
        ("topics/ceasefire-talks", ".topic-entry h2"),
        ("entities/israel", ".mention-entry h3"),
    ):
        # The first page has the newest, then older pages numbered from the oldest.
        names = [f"{first}.html", f"{first}-page-2.html", f"{first}-page-1.html"]
        shown = [[h.get_text() for h in page(site, name).select(selector)] for name in names]
        assert [len(on_page) for on_page in shown] == [3, 2, 2]
        assert sum(shown, []) == newest_first  # every article once, none lost at a cut
        assert not (site / f"{first}-page-3.html").exists()
        pagers = [page(site, name).select_one("nav.pager") for name in names]
        assert [" ".join(p.p.get_text().split()) for p in pagers] == [
            "The newest 3 of 7 articles; older ones on further pages",
            "Older articles, page 2 (page 1 holds the oldest), newest first",
            "Older articles, page 1 (page 1 holds the oldest), newest first",
        ]
        links = [
            [(a.get_text(), a["href"].rsplit("/", 1)[1]) for a in p.select("a")] for p in pagers
        ]
        short = [name.rsplit("/", 1)[1] for name in names]
        assert links == [
            [("Older", short[1]), ("Oldest", short[2])],
            [("Newer", short[0]), ("Older", short[2])],
            [("Newest", short[0]), ("Newer", short[1])],
        ]
    assert "topics/ceasefire-talks-page-1.html" in (site / "sitemap.xml").read_text(
        encoding="utf-8"
    )
    assert "older, page 2" in page(site, "entities/israel-page-2.html").title.get_text()


def test_an_entity_page_shows_the_quotes_of_the_articles_it_lists(project):
    add_setting(project, 'BRIEFING = {**BRIEFING, "page_size": 2}')
    for number in range(5):
        body = f'"The talks on day {number} will go on," Blinken said.'
        write_article(project, f"talks-{number}", body, f"Talks, day {number}")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    site = project / "output"
    names = ["antony-blinken.html", "antony-blinken-page-2.html", "antony-blinken-page-1.html"]
    seen = []
    for name in names:
        soup = page(site, f"entities/{name}")
        listed = {h.get_text() for h in soup.select(".mention-entry h3")}
        quotes = soup.select("blockquote.quote")
        assert soup.find("h2", string="Quotes in these articles")
        for quote in quotes:  # each from an article this page lists
            assert quote.footer.get_text().strip() in listed
        seen += [quote.p.get_text() for quote in quotes]
    # Every quote once, none lost at a cut between pages.
    assert sorted(seen) == sorted(f"“The talks on day {n} will go on”" for n in range(5))


ARTICLE_TEMPLATE = Path("theme", "templates", "article.html")
"""The project's article template, for the tests that rework the theme."""


def test_a_theme_that_drops_the_paragraph_marker_fails_the_fidelity_check(project):
    edit(project / ARTICLE_TEMPLATE, 'data-paragraph="{{ paragraph.anchor }}"', "")
    finished = run_pelican(project)
    assert finished.returncode != 0
    output = finished.stdout + finished.stderr
    assert "paragraphs lost on the way to the page" in output
    assert "articles/plain.html#p1: paragraph missing from page" in output


def test_theme_class_names_can_change_without_breaking_the_checks(project):
    edit(project / ARTICLE_TEMPLATE, 'class="para', 'class="graf')
    edit(project / ARTICLE_TEMPLATE, 'class="permalink"', 'class="pilcrow"')
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "pages written, 0 warnings" in finished.stdout


def test_a_theme_without_the_search_marker_is_warned_about(project):
    edit(project / ARTICLE_TEMPLATE, " data-pagefind-body", "")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "articles/plain.html has no data-pagefind-body element" in (
        finished.stdout + finished.stderr
    )


def test_an_ordinary_pelican_post_is_read_by_pelican_and_shown_in_the_briefings_theme(project):
    pytest.importorskip("markdown", reason="an ordinary Markdown post needs Python-Markdown")
    post = "Title: Desk <notes>\nDate: 2024-03-01\nSlug: desk-notes\n\nPlain *Markdown* here.\n"
    (project / "content" / "articles" / "notes.md").write_text(post, encoding="utf-8")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    shown = page(project / "output", "articles/desk-notes.html")
    assert shown.h1.get_text() == "Desk <notes>"  # the title escaped, the body as written
    assert shown.select_one(".body em").get_text() == "Markdown"
    assert shown.find("link", href="../theme/css/briefing.css")
    assert "briefing: 1 articles" in finished.stdout  # a post is not a briefing article
