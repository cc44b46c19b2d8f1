"""Trustworthy builds: byte-identical rebuilds, and a failed build leaves the last good one in place."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import (
    ROOT,
    SEEDS,
    add_setting,
    build,
    digests,
    edit,
    make_project,
    page,
    run_invoke,
)


def test_two_builds_of_the_same_inputs_are_byte_identical(seed_project, tmp_path):
    again = make_project(tmp_path / "again")
    build(again)
    assert digests(again) == digests(seed_project)


def test_a_failed_build_leaves_the_previous_output_and_bundle_intact(tmp_path):
    project = make_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project)
    build(project)  # imports the seeds
    first = run_invoke(project, "build")
    assert first.returncode == 0, first.stdout + first.stderr
    before = digests(project)
    article = next((project / "content" / "articles").glob("*.md"))
    original = article.read_text(encoding="utf-8")
    article.write_text(
        original + "\n{#p99}\nSee [this](nowhere.html).\n",
        encoding="utf-8",
    )
    # The failed build is a rebuild: it starts from links to the last good output's files.
    failed = run_invoke(project, "build")
    assert failed.returncode != 0
    assert "output/ and dist/ are unchanged" in failed.stderr
    assert digests(project) == before
    assert not (project / ".output.partial").exists()
    article.write_text(original, encoding="utf-8")  # the mistake undone: the last good build holds
    again = run_invoke(project, "build")
    assert "nothing changed since the last build" in again.stdout, again.stdout + again.stderr
    assert digests(project) == before


def test_a_bad_seed_is_reported_and_fails_only_a_strict_import(tmp_path):
    project = make_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project)
    (project / "seeds" / "empty.txt").write_text("  \n", encoding="utf-8")
    relaxed = run_invoke(project, "import")
    assert relaxed.returncode == 0, relaxed.stderr
    assert "empty.txt" in relaxed.stdout and "imported 3" in relaxed.stdout
    strict = run_invoke(project, "import", "--strict")
    assert strict.returncode != 0
    assert "fail a --strict build" in strict.stderr


def invoke_site(project: Path) -> None:
    """Run ``invoke site`` (import, then build) in ``project``, as ``make site`` does."""
    finished = run_invoke(project, "site")
    assert finished.returncode == 0, finished.stdout + finished.stderr


def _add_a_seed(project: Path) -> None:
    """(a) A new article arrives, the newest (its manifest entry is there already)."""
    shutil.copy(SEEDS[0], project / "seeds")


def _edit_a_seed(project: Path) -> None:
    """(b) An article's text changes."""
    edited = project / "seeds" / SEEDS[1].name
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\nHamas said on Monday the talks in Cairo would go on.\n",
        encoding="utf-8",
    )


def _edit_the_taxonomy(project: Path) -> None:
    """(c) An editor adds a term to a topic."""
    edit(
        project / "content" / "taxonomy.yml",
        "      - truce: 0.75\n",
        "      - truce: 0.75\n      - Cairo: 0.75\n",
    )


def _edit_a_template(project: Path) -> None:
    """(d) Someone rewords the article template."""
    template = project / "theme" / "templates" / "article.html"
    edit(template, "<h2>Related articles</h2>", "<h2>Read next</h2>")


def _move_an_article_to_another_month(project: Path) -> None:
    """(e) An editor corrects an article's date: its quotes and figures change month."""
    edit(project / "seeds" / "manifest.yml", "  date: 2024-02-21\n", "  date: 2024-01-09\n")


def _new_seed(project: Path, name: str, paragraphs: list[str], entry: str) -> None:
    """A new seed file and its manifest entry (``entry``: its fields, a YAML line each)."""
    (project / "seeds" / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    with (project / "seeds" / "manifest.yml").open("a", encoding="utf-8") as manifest:
        manifest.write(f"\n{name}:\n" + "".join(f"  {line}\n" for line in entry.splitlines()))


def _add_an_undated_seed(project: Path) -> None:
    """(f) An article arrives whose date neither its text nor the manifest gives: the undated
    pages of the timeline, quotes and figures appear."""
    paragraphs = [
        "Aid trucks crossed at Kerem Shalom on Monday, the agency said.",
        '"We need more crossings open," said Lena Ortiz, an aid coordinator.',
        "At least 40 trucks entered Gaza on Monday, the agency said.",
    ]
    _new_seed(
        project, "crossing.txt", paragraphs, "title: Trucks cross\nsource: Example Wire\nurl: null"
    )


def _same_inputs(project: Path, folder: Path) -> Path:
    """A fresh project with the inputs of ``project`` (seeds, data, theme, settings), no output."""
    (folder / "content").mkdir(parents=True)
    for name in ("seeds", "theme"):
        shutil.copytree(project / name, folder / name)
    for name in ("pelicanconf.py", "publishconf.py", "tasks.py"):
        shutil.copy(project / name, folder / name)
    for name in ("taxonomy.yml", "gazetteer.yml"):
        shutil.copy(project / "content" / name, folder / "content" / name)
    return folder


@pytest.fixture(scope="module")
def warm_built(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The two older articles built once with ``invoke site``, one article a page (so the topic
    and entity lists have older pages to keep or move), and the digests of that build."""
    warm = make_project(tmp_path_factory.mktemp("trust") / "warm", seeds=SEEDS[1:])
    shutil.copy(ROOT / "seeds" / "manifest.yml", warm / "seeds")
    shutil.copy(ROOT / "tasks.py", warm)
    add_setting(warm, 'BRIEFING = {**BRIEFING, "page_size": 1}')
    invoke_site(warm)
    return warm, digests(warm)


def _warm_copy(built: Path, folder: Path) -> Path:
    """A copy of ``built`` whose output/ and dist/ are hard links to its files. A build keeps
    only files that are still the very ones it wrote (same inode, size and time), so of a plain
    copy it would keep nothing; the links are those files, and the build replaces files, never
    writes into them."""

    def link_or_copy(source: str, target: str) -> None:
        if Path(source).relative_to(built).parts[0] in ("output", "dist"):
            os.link(source, target)
        else:
            shutil.copy2(source, target)

    return Path(shutil.copytree(built, folder, symlinks=True, copy_function=link_or_copy))


@pytest.mark.parametrize(
    "change",
    [
        _add_a_seed,
        _edit_a_seed,
        _edit_the_taxonomy,
        _edit_a_template,
        _move_an_article_to_another_month,
        _add_an_undated_seed,
    ],
)
def test_a_rebuild_equals_a_cold_build_of_the_same_inputs(warm_built, tmp_path, change):
    built, built_digests = warm_built
    warm = _warm_copy(built, tmp_path / "warm")
    change(warm)
    rebuilt = run_invoke(warm, "site")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    if change is not _edit_the_taxonomy:  # a new term may move any paragraph to a topic
        assert "kept from the last build" in rebuilt.stdout
    assert digests(built) == built_digests  # the rebuild wrote into none of the kept files
    cold = _same_inputs(warm, tmp_path / "cold")
    invoke_site(cold)
    assert digests(warm) == digests(cold)
    if change is _add_an_undated_seed:
        undated = ("timeline/undated.html", "quotes/undated.html", "figures/undated.html")
        assert all((warm / "output" / name).is_file() for name in undated)
        # Its neighbour links say where they lead: the undated page is of no month.
        links = [a.get_text() for a in page(warm / "output", undated[0]).select("nav.pager a")]
        assert links[:2] == ["All months", "Last dated month: October 2023"]
        oldest = page(warm / "output", "timeline/2023-10.html").select("nav.pager a")
        assert [a.get_text() for a in oldest][-1] == "Undated"
        headings = page(warm / "output", undated[0]).select("li.day h2")
        assert [h.get_text() for h in headings] == ["Undated"]  # one heading, not one a kind


def test_a_rebuild_with_nothing_changed_builds_nothing(tmp_path):
    project = make_project(tmp_path / "site", seeds=SEEDS[:2])
    shutil.copy(ROOT / "tasks.py", project)
    invoke_site(project)
    before = digests(project)
    again = run_invoke(project, "site")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "briefing: nothing changed since the last build" in again.stdout
    assert digests(project) == before
    (project / "output" / "index.html").unlink()  # a file of the output lost: build again
    repaired = run_invoke(project, "site")
    assert "nothing changed" not in repaired.stdout, repaired.stdout
    assert digests(project) == before


def test_invoke_bundle_checks_the_current_output_then_zips_it_again(tmp_path):
    project = make_project(tmp_path / "site", seeds=SEEDS[:1])
    shutil.copy(ROOT / "tasks.py", project)
    build(project)
    bundle = project / "dist" / "briefing-offline.zip"
    built = bundle.read_bytes()
    bundle.unlink()
    again = run_invoke(project, "bundle")
    assert again.returncode == 0, again.stdout + again.stderr
    assert bundle.read_bytes() == built  # the same finishing step as the build's
    home = project / "output" / "index.html"
    edit(home, "</main>", '<a href="gone.html">x</a></main>')
    broken = run_invoke(project, "bundle")
    assert broken.returncode != 0
    assert "briefing: broken link: index.html: href='gone.html': no such file" in broken.stderr
    assert "briefing: offline bundle: index.html: href='gone.html': no such file" in broken.stderr
    assert bundle.read_bytes() == built


def test_an_import_with_nothing_new_reports_what_a_full_import_would(tmp_path):
    from pelican.plugins.briefing.importer import import_seeds

    project = make_project(tmp_path / "site")
    seeds, content, cache = project / "seeds", project / "content" / "articles", tmp_path / "cache"
    (seeds / "notes.docx").write_bytes(b"not a seed")  # a warning that repeats on every import
    first = import_seeds(seeds, content, cache_dir=cache)
    assert first.lines()[0].startswith("imported 3, unchanged 0")
    # Right after an import that wrote files, and after an editor's edit: the report known
    # without reading the seeds is the one a full import (no cache) makes.
    assert (
        import_seeds(seeds, content, cache_dir=cache).lines()
        == import_seeds(seeds, content).lines()
    )
    edited = next(content.glob("*.md"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAn editor's note.\n", "utf-8")
    full = import_seeds(seeds, content).lines()
    assert any(line.startswith("kept: ") for line in full)
    assert import_seeds(seeds, content, cache_dir=cache).lines() == full
    assert import_seeds(seeds, content, cache_dir=cache).lines() == full


def test_a_damaged_cache_is_rebuilt_not_a_crash(tmp_path):
    """A cache file garbled on disk (its bytes not even text) counts as no cache: the build
    works the results out again and writes the same site."""
    project = make_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project)
    invoke_site(project)
    before = digests(project)
    damaged = sorted((project / "cache").glob("briefing-*/**/*.pickle"))
    damaged += sorted((project / "cache").glob("briefing-*.pickle"))
    assert len(damaged) > 3  # the import's, the build's, the drafts' and the analysis' caches
    for path in damaged:
        # A protocol-4 pickle whose one string is not UTF-8: loading it raises UnicodeDecodeError.
        path.write_bytes(b"\x80\x04\x8c\x02\xff\xfe\x94.")
    rebuilt = run_invoke(project, "site")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "Traceback" not in rebuilt.stderr
    assert digests(project) == before


def _month_pages(output: Path) -> set[str]:
    """The month pages of the timeline (every topic's and each topic's), quotes and figures."""
    found = (output / "timeline").rglob("*.html")
    found = [*found, *(output / "quotes").glob("*.html"), *(output / "figures").glob("*.html")]
    return {
        str(path.relative_to(output))
        for path in found
        if path.stem[:4].isdigit() or path.stem == "undated"
    }


def _newest(names) -> str | None:
    """The newest dated month's page among ``names`` (the undated page is of no month)."""
    return max((name for name in names if Path(name).stem[:4].isdigit()), default=None)


def test_an_article_of_a_new_month_leaves_the_other_months_pages_as_they_were(warm_built, tmp_path):
    built, _ = warm_built
    warm = _warm_copy(built, tmp_path / "warm")
    paragraphs = [
        "DHAKA — Floodwater covered 12 districts on Monday, officials said.",
        '"We need boats," said Amina Rahman, a district officer. "The roads are gone."',
        "The water had displaced 40,000 people by Monday, the relief agency said.",
    ]
    entry = "title: Floods cover 12 districts\ndate: 2025-06-09\nsource: Example Wire\nurl: null"
    _new_seed(warm, "flood.txt", paragraphs, entry)
    before = _month_pages(built / "output")
    invoke_site(warm)
    after = _month_pages(warm / "output")
    new = after - before
    assert new and all("2025-06" in name for name in new), new
    assert before <= after
    # The newest month of each list that has a newer one now gains a link to it; the rest are
    # not rendered again: each is still the very file of the last build.
    grown = {Path(name).parent for name in new}
    newest = {_newest(n for n in before if Path(n).parent == f) for f in grown} - {None}
    for name in before - newest:
        assert (warm / "output" / name).stat().st_ino == (built / "output" / name).stat().st_ino
    for name in newest:
        assert "Newer: June 2025" in (warm / "output" / name).read_text(encoding="utf-8")
    for listing in ("timeline.html", "quotes.html", "figures.html"):
        assert "June 2025" in (warm / "output" / listing).read_text(encoding="utf-8")
