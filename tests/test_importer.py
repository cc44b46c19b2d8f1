"""End-to-end tests of the importer on the real seeds: content files, idempotence, edits."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pelican.plugins.briefing.content.format import parse_paragraphs, split_front_matter
from pelican.plugins.briefing.importer import draftcache, import_seeds, write
from pelican.plugins.briefing.model import Paragraph
from tests.corpus import ROOT, SEED_SLUGS, SEEDS, seed_lines, snapshot
from tests.sitebuild import edit


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder holding a copy of the real seeds and their manifest."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def read_content(path: Path) -> tuple[dict, tuple[Paragraph, ...]]:
    """Return the front matter and the rendered paragraphs of a content file."""
    metadata, body = split_front_matter(path.read_text(encoding="utf-8"))
    return metadata, parse_paragraphs(body)


def content_files(content: Path) -> dict[str, bytes]:
    """Return every content file's bytes by name."""
    return {path.name: path.read_bytes() for path in sorted(content.glob("*.md"))}


def test_real_seeds_import_with_manifest_metadata(project: Path):
    content = project / "content" / "articles"
    report = import_seeds(project / "seeds", content)
    assert report.lines() == [
        "imported 3, unchanged 0, kept edits 0, kept metadata 0, stale 0, duplicates 0, errors 0, warnings 0"
    ]
    assert sorted(content_files(content)) == sorted(f"{slug}.md" for slug in SEED_SLUGS.values())
    stated = {  # as seeds/manifest.yml states them
        "000": (date(2024, 4, 7), "Agencies"),
        "001": (date(2024, 3, 21), "AFP"),
        "002": (date(2024, 2, 21), "Xinhua"),
    }
    for number, slug in SEED_SLUGS.items():
        metadata, _ = read_content(content / f"{slug}.md")
        assert (metadata["date"], metadata["source"], metadata["url"]) == (*stated[number], None)
        assert metadata["seed"].startswith(f"seeds/{number}_")
        assert len(metadata["seed_sha256"]) == 64


def test_seed_002_front_matter_and_caption(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    metadata, paragraphs = read_content(content / f"{SEED_SLUGS['002']}.md")
    assert metadata["title"] == (
        "Israel to send delegation to Cairo truce talks only if Hamas softens stance"
    )
    assert metadata["dateline"] == "JERUSALEM, Feb. 21 (Xinhua)"
    assert metadata["credits"] == ["\u25a0"]
    assert metadata["inferred"] == {"dateline": "start of ¶ p2: 'JERUSALEM, Feb. 21 (Xinhua)'"}
    assert metadata["summary"].startswith("Israel will send a delegation for Gaza ceasefire talks")
    assert [p.kind for p in paragraphs] == ["caption"] + ["body"] * 6
    assert [p.anchor for p in paragraphs] == [f"p{n}" for n in range(1, 8)]
    assert paragraphs[1].text.startswith("JERUSALEM, Feb. 21 (Xinhua) -- Israel will send")


def test_seed_000_credit_and_every_paragraph_rendered(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    metadata, paragraphs = read_content(content / f"{SEED_SLUGS['000']}.md")
    assert metadata["credits"] == ["(Input from agencies)"]
    assert metadata["dateline"] is None
    assert metadata["inferred"] == {}
    assert all(p.text != "(Input from agencies)" for p in paragraphs)


@pytest.mark.parametrize("number", ["000", "001", "002"])
def test_every_seed_paragraph_reaches_the_page(project: Path, number: str):
    """All text survives except repeats and sign-offs (and the trailing end mark)."""
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    _, paragraphs = read_content(content / f"{SEED_SLUGS[number]}.md")
    expected = []
    for line in seed_lines(number):
        text = " ".join(line.strip().removesuffix("\u25a0").split())
        if text not in expected and text != "(Input from agencies)":
            expected.append(text)
    assert [p.text for p in paragraphs] == expected


def test_reimport_rewrites_nothing(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    before = snapshot(content)
    report = import_seeds(project / "seeds", content)
    assert snapshot(content) == before
    assert len(before) == 4  # three articles and the state file
    assert report.lines()[0].startswith(
        "imported 0, unchanged 3, kept edits 0, kept metadata 0, stale 0"
    )


def test_hand_edits_are_kept_and_reported(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    edited = content / f"{SEED_SLUGS['001']}.md"
    text = edited.read_text(encoding="utf-8").replace("topics_add: []", "topics_add: [rafah]")
    edited.write_text(text, encoding="utf-8")
    report = import_seeds(project / "seeds", content)
    assert edited.read_text(encoding="utf-8") == text
    assert report.kept_edits == (f"content/articles/{SEED_SLUGS['001']}.md",)
    assert report.lines()[1] == (
        f"kept: content/articles/{SEED_SLUGS['001']}.md was edited by hand; not overwritten"
    )


def test_seed_changed_after_hand_edit_is_stale(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    edited = content / f"{SEED_SLUGS['000']}.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n{#p99}\nAn editor's note.\n")
    seed = next((project / "seeds").glob("000_*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "One more paragraph.\n", encoding="utf-8")
    report = import_seeds(project / "seeds", content)
    assert "An editor's note." in edited.read_text(encoding="utf-8")
    assert report.lines()[1:] == [
        f"stale: content/articles/{SEED_SLUGS['000']}.md was edited by hand and seeds/{seed.name} "
        "has changed since; merge by hand or delete the content file to re-import"
    ]
    # Still stale on the next run: the editor has not resolved it yet.
    assert import_seeds(project / "seeds", content).stale == report.stale


def test_changed_seed_updates_an_unedited_file_and_keeps_its_slug(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    edit(project / "seeds" / "manifest.yml", "softens stance", "bends")
    seed = next((project / "seeds").glob("002_*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    report = import_seeds(project / "seeds", content)
    assert report.imported == (f"content/articles/{SEED_SLUGS['002']}.md",)
    metadata, paragraphs = read_content(content / f"{SEED_SLUGS['002']}.md")
    assert metadata["title"].endswith("only if Hamas bends")
    assert paragraphs[-1].text == "A new closing line."


def test_deleted_content_file_is_reimported(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    (content / f"{SEED_SLUGS['001']}.md").unlink()
    report = import_seeds(project / "seeds", content)
    assert report.imported == (f"content/articles/{SEED_SLUGS['001']}.md",)


def test_seed_without_manifest_entry_gets_headline_from_lede(project: Path):
    (project / "seeds" / "manifest.yml").unlink()
    content = project / "content" / "articles"
    report = import_seeds(project / "seeds", content)
    assert len(report.imported) == 3
    metadata, _ = read_content(
        content
        / "israel-said-on-sunday-it-had-withdrawn-more-soldiers-from-southern-gaza-leaving.md"
    )
    assert metadata["title"] == (
        "Israel said on Sunday it had withdrawn more soldiers from southern Gaza, leaving just "
        "one brigade"
    )
    assert (metadata["source"], metadata["date"]) == ("Agencies", None)  # no dateline: no date
    assert metadata["inferred"] == {
        "title": "first news sentence, ¶ p1",
        "source": "sign-off '(Input from agencies)'",
    }


def test_existing_foreign_file_is_not_taken_over(project: Path):
    content = project / "content" / "articles"
    content.mkdir(parents=True)
    foreign = content / f"{SEED_SLUGS['001']}.md"
    foreign.write_text("---\ntitle: Written by hand\n---\n", encoding="utf-8")
    report = import_seeds(project / "seeds", content)
    assert foreign.read_text(encoding="utf-8") == "---\ntitle: Written by hand\n---\n"
    assert f"content/articles/{SEED_SLUGS['001']}-2.md" in report.imported


def test_state_file_is_deterministic(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    first = (content / ".import-state.json").read_text(encoding="utf-8")
    shutil.rmtree(content)
    import_seeds(project / "seeds", content)
    assert (content / ".import-state.json").read_text(encoding="utf-8") == first
    assert '"version": 1' in first
    assert first.index("000_") < first.index("001_") < first.index("002_")


def test_progress_bar_only_for_many_files(project: Path, capsys: pytest.CaptureFixture[str]):
    seeds = project / "seeds"
    import_seeds(seeds, project / "few", progress=True)
    assert "import:" not in capsys.readouterr().out
    for number in range(60):
        (seeds / f"extra_{number:02}.txt").write_text(f"Extra story number {number} here.\n")
    report = import_seeds(seeds, project / "many", progress=True)
    assert len(report.imported) == 63
    assert "import: 100% (63 of 63 files)" in capsys.readouterr().out


def test_unreadable_state_file_warns_and_rewrites_nothing(project: Path):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    (content / ".import-state.json").write_text("{not json", encoding="utf-8")
    before = {p.name: p.stat().st_mtime_ns for p in content.glob("*.md")}
    report = import_seeds(project / "seeds", content)
    assert {p.name: p.stat().st_mtime_ns for p in content.glob("*.md")} == before
    assert len(report.unchanged) == 3
    assert report.warnings[0].startswith(".import-state.json: unreadable")


def test_cached_drafts_skip_unchanged_seeds_and_redraft_changed_ones(project: Path, monkeypatch):
    content, cache = project / "content" / "articles", project / "cache"
    import_seeds(project / "seeds", content, cache_dir=cache)
    first = content_files(content)
    drafted: list[str] = []
    original = draftcache.draft_article

    def counting(lines, **options):
        drafted.append(lines[0])
        return original(lines, **options)

    monkeypatch.setattr(draftcache, "draft_article", counting)
    report = import_seeds(project / "seeds", content, cache_dir=cache)
    assert (drafted, content_files(content)) == ([], first)
    assert report.unchanged and not report.imported
    changed = sorted((project / "seeds").glob("001_*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = import_seeds(project / "seeds", content, cache_dir=cache)
    assert len(drafted) == 1 and report.imported == (f"content/articles/{SEED_SLUGS['001']}.md",)
    assert len(list(cache.glob("briefing-drafts-*"))) == 1


def test_unchanged_articles_are_not_rendered_again_but_a_manifest_change_is(
    project: Path, monkeypatch
):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    rendered: list[str] = []
    original = write.render_content

    def counting(front_matter, paragraphs):
        rendered.append(front_matter["slug"])
        return original(front_matter, paragraphs)

    monkeypatch.setattr(write, "render_content", counting)
    before = content_files(content)
    assert import_seeds(project / "seeds", content).unchanged
    assert (rendered, content_files(content)) == ([], before)
    edit(project / "seeds" / "manifest.yml", "source: AFP", "source: AFP Paris")
    report = import_seeds(project / "seeds", content)
    assert rendered == [SEED_SLUGS["001"]]
    assert report.imported == (f"content/articles/{SEED_SLUGS['001']}.md",)
    metadata, _ = read_content(content / f"{SEED_SLUGS['001']}.md")
    assert metadata["source"] == "AFP Paris"


def test_a_deleted_seed_whose_article_is_still_published_is_reported_until_resolved(
    project: Path,
):
    content = project / "content" / "articles"
    import_seeds(project / "seeds", content)
    (gone,) = (project / "seeds").glob("002_*.txt")
    gone.unlink()
    expected = (
        f"content/articles/{SEED_SLUGS['002']}.md: its seed seeds/{gone.name} is no longer in "
        "seeds/, but the article is still published; delete the content file to remove it"
    )
    for _ in range(2):  # every import says so, not only the first after the deletion
        report = import_seeds(project / "seeds", content)
        assert [w for w in report.warnings if "no longer in seeds" in w] == [expected]
    (content / f"{SEED_SLUGS['002']}.md").unlink()
    report = import_seeds(project / "seeds", content)
    assert not [w for w in report.warnings if "no longer in seeds" in w]
    assert sorted(content_files(content)) == sorted(f"{SEED_SLUGS[n]}.md" for n in ("000", "001"))


def test_the_committed_content_files_are_what_the_importer_writes(tmp_path: Path):
    """A fresh clone's `make site` must not rewrite content/articles/ (a tracked folder)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "content" / "articles", tmp_path / "content" / "articles")
    report = import_seeds(tmp_path / "seeds", tmp_path / "content" / "articles")
    assert report.lines()[0].startswith("imported 0, unchanged 3,"), (
        "content/articles/ is stale: run `invoke import` and commit it"
    )
    state = "content/articles/.import-state.json"
    assert (tmp_path / state).read_bytes() == (ROOT / state).read_bytes(), (
        f"{state} is stale (the importer's code changed): run `invoke import` and commit it"
    )
