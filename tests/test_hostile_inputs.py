"""Hostile input: every odd seed gives a correct article or one clear report line; none raises."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelican.plugins.briefing.content.format import (
    paragraph_block,
    parse_paragraphs,
    split_front_matter,
)
from pelican.plugins.briefing.importer import import_seeds
from pelican.plugins.briefing.importer.clean import END_MARKS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hostile"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Import the hostile corpus once (plus generated big files); return content dir and report."""
    project = tmp_path_factory.mktemp("hostile")
    seeds = project / "seeds"
    shutil.copytree(FIXTURES, seeds)
    (seeds / "huge.txt").write_bytes(b"word " * (4 * 1024 * 1024 // 5 + 1))
    (seeds / "long_line.txt").write_text(" ".join(["word"] * 25_000) + "\n", encoding="utf-8")
    os.mkfifo(seeds / "pipe.txt")
    (seeds / "link.txt").symlink_to("/etc/passwd")
    (seeds / "notes.docx").write_bytes(b"PK\x03\x04")
    started = time.monotonic()
    report = import_seeds(seeds, project / "content" / "articles")
    assert time.monotonic() - started < 10
    return project / "content" / "articles", report.lines()


def rendered(content: Path, slug: str) -> tuple[dict, list[tuple[str, str]]]:
    """Return a content file's front matter and its (kind, text) paragraphs."""
    metadata, body = split_front_matter((content / f"{slug}.md").read_text(encoding="utf-8"))
    return metadata, [(p.kind, p.text) for p in parse_paragraphs(body)]


def test_report_names_each_rejected_file_with_its_reason(imported):
    _, report = imported
    # What the editor should add or confirm (undated articles, outlets read from the text)
    # follows the problems; the problems come first.
    lines = [line for line in report if not line.startswith(("unknown:", "inferred:"))]
    facts = report[len(lines) :]
    assert facts and all(
        line.startswith(("unknown: content/articles/", "inferred: content/articles/"))
        for line in facts
    )
    assert lines[0] == (
        "imported 13, unchanged 0, kept edits 0, kept metadata 0, stale 0, duplicates 2, errors 7, warnings 3"
    )
    assert lines[1:8] == [
        "error: seeds/manifest.yml:9:9: entry 'utf8.txt': date: expected a date as YYYY-MM-DD, "
        "got 'tomorrow'; field ignored",
        "error: seeds/huge.txt: too large (4.0 MB > 1 MB limit)",
        "error: seeds/link.txt: symbolic link; not followed (copy the file into seeds/ instead)",
        "error: seeds/pipe.txt: not a regular file",
        "error: seeds/binary.txt: binary file (a PNG image), not text",
        "error: seeds/empty.txt: empty file",
        "error: seeds/whitespace.txt: no text (only whitespace)",
    ]
    assert lines[8:] == [
        "duplicate: seeds/copy_b.txt is a copy of "
        "content/articles/shelling-hit-the-border-area-overnight-residents-said.md",
        "duplicate: seeds/near_b.txt is a copy of "
        "content/articles/jordan-opened-a-second-crossing-for-aid-convoys-on-sunday.md",
        "warning: seeds/manifest.yml:12:3: entry 'markup.txt': unknown key 'colour' ignored "
        "(known: title, date, source, author, url, slug)",
        "warning: seeds/notes.docx: not a seed (.txt, .html, .htm); skipped",
        "warning: seeds/manifest.yml:13:1: entry 'missing.txt' names no seed file in seeds/",
    ]


def test_nothing_is_written_outside_the_content_dir(imported):
    content, _ = imported
    assert (
        sorted(path.parent for path in content.parent.rglob("*") if path.is_file())
        == [content] * 14
    )
    assert (content / "etc.md").is_file()  # manifest slug "../../etc", sanitised


def test_encodings_come_out_right(imported):
    content, _ = imported
    _, utf8 = rendered(content, "aid-trucks-reached-the-north-officials-said")
    assert utf8[1] == (
        "body",
        "The caf\u00e9 owner said \u201cwe are still here\u201d \u2014 and reopened.",
    )
    meta, bom = rendered(content, "the-senate-voted-on-an-aid-package-on-tuesday")
    assert bom[0] == (
        "body",
        "WASHINGTON (AP) \u2014 The Senate voted on an aid package on Tuesday.",
    )
    assert (meta["dateline"], meta["source"]) == ("WASHINGTON (AP)", "AP")
    meta, crlf = rendered(content, "talks-resumed-in-the-egyptian-capital")
    assert crlf == [
        ("body", "Cairo, April 2, 2024 (AFP) \u2013 Talks resumed in the Egyptian capital."),
        ("body", "A second round is planned."),
    ]
    assert meta["credits"] == ["(Reporting by Jane Doe; Editing by John Roe)"]
    assert str(meta["date"]) == "2024-04-02"
    _, legacy = rendered(content, "officials-said-the-pause-would-last-a-week-maybe-longer")
    assert legacy == [
        ("body", "Officials said the \u201cpause\u201d would last a week \u2013 maybe longer."),
        ("body", "It\u2019s the first since November, na\u00efve observers said."),
    ]
    _, nul = rendered(content, "the-ministry-said-the-count-rose-to-30")
    assert nul == [
        ("body", "The ministry said the count rose to 30."),
        ("body", "A second paragraph."),
    ]


def test_markup_is_shown_literally(imported):
    content, _ = imported
    meta, paragraphs = rendered(content, "markup-script-stars-shown-literally")
    assert meta["title"] == "Markup: <script> & *stars* --- # shown literally"
    source = (FIXTURES / "markup.txt").read_text(encoding="utf-8").splitlines()
    assert paragraphs == [("body", " ".join(line.split())) for line in source]
    html = (content / "markup-script-stars-shown-literally.md").read_text(encoding="utf-8")
    parsed = parse_paragraphs(split_front_matter(html)[1])
    assert all("<script" not in p.html and "<img" not in p.html for p in parsed)
    assert all("href" not in p.html for p in parsed)


def test_front_matter_lookalike_is_body_text(imported):
    content, _ = imported
    # "title: injected" is a short line without a full stop: a crosshead, not the headline.
    meta, paragraphs = rendered(content, "the-actual-story-begins-here")
    assert paragraphs == [
        ("body", "---"),
        ("body", "title: injected"),
        ("body", "The actual story begins here."),
    ]
    assert meta["seed"] == "seeds/rule_first.txt"


def test_odd_file_names_import(imported):
    content, _ = imported
    meta, _ = rendered(content, "etc")
    assert (meta["seed"], meta["title"], meta["source"]) == (
        "seeds/name with spaces.txt",
        "Hostages released",
        "Reuters",
    )
    meta, paragraphs = rendered(content, "negociations-a-doha-the-talks-resumed-on-monday")
    assert meta["seed"] == "seeds/caf\u00e9 \u00fcber \u00fcn\u00efcode.txt"
    assert paragraphs == [("body", "N\u00e9gociations \u00e0 Doha: the talks resumed on Monday.")]


def test_saved_web_page_gives_the_article_text(imported):
    content, _ = imported
    meta, paragraphs = rendered(content, "talks-resume-in-doha")
    assert (meta["title"], meta["dateline"], meta["source"]) == (
        "Talks resume in Doha",
        "DOHA, May 6 (Reuters)",
        "Reuters",
    )
    assert paragraphs == [
        ("body", "DOHA, May 6 (Reuters) - Negotiators met again on Monday, officials said."),
        ("caption", "Delegates arrive in Doha. (Reuters photo)"),
        ("body", "The talks are expected to last three days."),
    ]


def test_exact_and_near_duplicates_are_folded(imported):
    content, _ = imported
    meta, paragraphs = rendered(content, "shelling-hit-the-border-area-overnight-residents-said")
    assert meta["also_in"] == ["AFP: seeds/copy_b.txt"]
    assert len(paragraphs) == 5
    meta, paragraphs = rendered(
        content, "jordan-opened-a-second-crossing-for-aid-convoys-on-sunday"
    )
    assert meta["also_in"] == ["Xinhua: seeds/near_b.txt"]
    assert paragraphs[2] == (
        "body",
        "The United Nations welcomed the move but said more routes were needed. "
        "A third crossing is under discussion.",
    )
    assert len(paragraphs) == 5


def test_long_line_without_punctuation_imports_with_a_bounded_title(imported):
    content, _ = imported
    (path,) = [p for p in content.glob("word-word-*.md")]
    meta, paragraphs = rendered(content, path.stem)
    assert len(meta["title"]) <= 110
    assert meta["title"].endswith("\u2026")
    assert len(meta["summary"]) <= 300
    assert paragraphs == [("body", " ".join(["word"] * 25_000))]


def test_reimport_of_hostile_corpus_is_idempotent(imported, tmp_path: Path):
    content, _ = imported
    before = {p.name: p.stat().st_mtime_ns for p in content.iterdir()}
    report = import_seeds(content.parent.parent / "seeds", content)
    assert {p.name: p.stat().st_mtime_ns for p in content.iterdir()} == before
    assert report.lines()[0].startswith("imported 0, unchanged 13,")


# Characters that mean something in Markdown, HTML or YAML, and words to carry them.
MARKUP = st.lists(
    st.sampled_from([*"#*_`[]()<>!&\\|{}~-=+.:;'\"/ \t1aZ", "javascript:", "&amp;", "    ", "1."]),
    max_size=40,
).map("".join)
ANY_LINE = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff\u200b\ufffe\x85"
    ),
    max_size=120,
)


@given(st.one_of(ANY_LINE, MARKUP))
@settings(max_examples=400, deadline=None)
def test_paragraph_block_renders_to_the_text(text: str):
    (paragraph,) = parse_paragraphs(paragraph_block("p1", text)) or (None,)
    expected = " ".join(text.split())
    if not expected:
        assert paragraph is None
    else:
        assert paragraph is not None
        assert (paragraph.anchor, paragraph.text) == ("p1", expected)


@given(lines=st.lists(st.one_of(ANY_LINE, MARKUP), min_size=1, max_size=4))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_importer_output_renders_to_the_input(tmp_path: Path, lines: list[str]):
    """Whatever a seed says, each kept paragraph renders back to its whitespace-normalised text."""
    run = tmp_path / str(time.monotonic_ns())
    (run / "seeds").mkdir(parents=True)
    (run / "seeds" / "story.txt").write_text("\n".join(lines), encoding="utf-8")
    report = import_seeds(run / "seeds", run / "content")
    if not report.imported:
        assert report.errors and report.errors[0][0] == "seeds/story.txt"
        return
    (path,) = (run / "content").glob("*.md")
    metadata, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert [p.text for p in parse_paragraphs(body)] == _expected_paragraphs(
        lines, metadata["credits"]
    )


def _expected_paragraphs(lines: list[str], credits: list[str]) -> list[str]:
    """Each distinct line once, less sign-off lines and trailing end marks listed as credits."""
    expected: list[str] = []
    for text in dict.fromkeys(" ".join(line.split()) for line in lines):
        if text and text not in credits:
            marks = [mark for mark in credits if mark in END_MARKS and text.endswith(mark)]
            expected.append(text[:-1].rstrip() if marks else text)
    return expected
