"""An editor's mistake never costs data: the manifest, subfolders, odd names (issue 14).

Each test makes the mistake an editor would make on the real seeds and checks the exact
report lines and what is left in content/.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pelican.plugins.briefing.content.format import split_front_matter
from pelican.plugins.briefing.importer import ManifestError, import_seeds
from tests.corpus import ROOT, SEED_SLUGS, front, snapshot
from tests.sitebuild import edit

SEED_002 = "seeds/002_c0b3df7f6ec2ca72.txt"
NOTHING_ELSE = "imported 0, unchanged 2, kept edits 0"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose real seeds have been imported once with their manifest."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    import_seeds(tmp_path / "seeds", tmp_path / "content" / "articles")
    return tmp_path


def test_a_yaml_typo_stops_the_import_before_anything_changes(project):
    content = project / "content" / "articles"
    before = snapshot(content)
    edit(project / "seeds" / "manifest.yml", "title: Blinken visits", "title: Blinken: visits")
    with pytest.raises(ManifestError) as stopped:
        import_seeds(project / "seeds", content)
    assert str(stopped.value) == (
        "seeds/manifest.yml:21:17: mapping values are not allowed in this context "
        "(a value that contains ': ' needs quotes around it)"
    )
    assert snapshot(content) == before


def test_a_manifest_that_is_not_utf8_stops_with_its_position(project):
    manifest = project / "seeds" / "manifest.yml"
    manifest.write_bytes(manifest.read_bytes().replace(b"Blinken", b"Bl\xefnken"))
    with pytest.raises(ManifestError) as stopped:
        import_seeds(project / "seeds", project / "content" / "articles")
    assert str(stopped.value) == (
        "seeds/manifest.yml:21:12: not UTF-8 text (byte 0xef); save the file as UTF-8"
    )


def test_a_bad_date_costs_that_field_only_and_keeps_the_published_file(project):
    content = project / "content" / "articles"
    before = snapshot(content)
    edit(project / "seeds" / "manifest.yml", "date: 2024-02-21", "date: 2024-02-30")
    report = import_seeds(project / "seeds", content)
    assert report.lines() == [
        f"{NOTHING_ELSE}, kept metadata 1, stale 0, duplicates 0, errors 1, warnings 0",
        "error: seeds/manifest.yml:30:9: entry '002_c0b3df7f6ec2ca72.txt': date: expected a "
        "date as YYYY-MM-DD, got '2024-02-30' (no such day); field ignored",
        f"kept: content/articles/{SEED_SLUGS['002']}.md was not rewritten: the manifest no "
        f"longer gives its date ({SEED_002}); fix the manifest, or delete the content file to "
        "import it from the text alone",
    ]
    assert snapshot(content) == before
    edit(project / "seeds" / "manifest.yml", "date: 2024-02-30", "date: 2024-02-21")
    assert import_seeds(project / "seeds", content).lines()[0].startswith("imported 0, unchanged 3")
    assert snapshot(content) == before


def test_an_entry_lost_by_a_renamed_key_keeps_title_date_and_source(project):
    edit(
        project / "seeds" / "manifest.yml", "001_486cdfaf399a01ed.txt:", "001_486cdfaf399a01ed.tx:"
    )
    lines = import_seeds(project / "seeds", project / "content" / "articles").lines()
    assert lines[1:] == [
        f"kept: content/articles/{SEED_SLUGS['001']}.md was not rewritten: the manifest no "
        "longer gives its title, date and source (seeds/001_486cdfaf399a01ed.txt); fix the "
        "manifest, or delete the content file to import it from the text alone",
        "warning: seeds/manifest.yml:20:1: entry '001_486cdfaf399a01ed.tx' names no seed file "
        "in seeds/; did you mean '001_486cdfaf399a01ed.txt'?",
    ]
    assert front(project, SEED_SLUGS["001"])["source"] == "AFP"


def test_a_bad_value_in_a_new_entry_keeps_the_rest_of_the_entry(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    edit(tmp_path / "seeds" / "manifest.yml", "date: 2024-02-21", "date: yesterday")
    edit(tmp_path / "seeds" / "manifest.yml", "source: Xinhua", "source: Xinhua\n  colour: red")
    report = import_seeds(tmp_path / "seeds", tmp_path / "content" / "articles")
    assert report.lines()[1:] == [
        "error: seeds/manifest.yml:30:9: entry '002_c0b3df7f6ec2ca72.txt': date: expected a "
        "date as YYYY-MM-DD, got 'yesterday'; field ignored",
        "warning: seeds/manifest.yml:32:3: entry '002_c0b3df7f6ec2ca72.txt': unknown key "
        "'colour' ignored (known: title, date, source, author, url, slug)",
        f"inferred: content/articles/{SEED_SLUGS['002']}.md: date 2024-02-21 from dateline "
        "'JERUSALEM, Feb. 21 (Xinhua)', year from 'Feb. 21, 2024' in the text; confirm it in "
        "seeds/manifest.yml",
    ]
    metadata = front(tmp_path, SEED_SLUGS["002"])
    assert (metadata["title"], metadata["source"], str(metadata["date"])) == (
        "Israel to send delegation to Cairo truce talks only if Hamas softens stance",
        "Xinhua",
        "2024-02-21",  # from the dateline "JERUSALEM, Feb. 21" and the caption's year
    )
    assert list(metadata["inferred"]) == ["date", "dateline"]


def test_seeds_in_subfolders_are_imported_and_clutter_is_skipped_quietly(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "wire" / "2024").mkdir(parents=True)
    (seeds / ".git").mkdir()
    story = "CAIRO, May 6 (Reuters) - Negotiators met again on Monday, officials said.\n"
    (seeds / "wire" / "story.txt").write_text(story, encoding="utf-8")
    (seeds / "wire" / "2024" / "other.txt").write_text("Aid trucks crossed at Rafah.\n")
    for clutter in (".DS_Store", "wire/.#story.txt", "wire/#story.txt#", "wire/story.txt~"):
        (seeds / clutter).write_text("not a seed\n", encoding="utf-8")
    (seeds / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (seeds / "manifest.yml").write_text(
        "wire/story.txt: {title: Talks resume in Cairo, date: 2024-05-06}\n"
        "other.txt: {source: AFP}\n",
        encoding="utf-8",
    )
    report = import_seeds(seeds, tmp_path / "content" / "articles")
    assert report.lines() == [
        "imported 2, unchanged 0, kept edits 0, kept metadata 0, stale 0, duplicates 0, "
        "errors 0, warnings 1",
        "warning: seeds/manifest.yml:2:1: entry 'other.txt' names no seed file in seeds/; "
        "did you mean 'wire/2024/other.txt'?",
        "unknown: content/articles/wire-2024-aid-trucks-crossed-at-rafah.md: no publication "
        "date or outlet in seeds/manifest.yml or in the text; add date: and source: to the "
        "entry for seeds/wire/2024/other.txt",
        "inferred: content/articles/wire-talks-resume-in-cairo.md: outlet Reuters from "
        "dateline credit '(Reuters)'; confirm it in seeds/manifest.yml",
    ]
    metadata = front(tmp_path, "wire-talks-resume-in-cairo")
    assert (metadata["seed"], metadata["title"]) == (
        "seeds/wire/story.txt",
        "Talks resume in Cairo",
    )
    assert front(tmp_path, "wire-2024-aid-trucks-crossed-at-rafah")["seed"] == (
        "seeds/wire/2024/other.txt"
    )


def test_a_subfolder_that_cannot_be_read_is_named_and_the_rest_imports(tmp_path, monkeypatch):
    (tmp_path / "seeds" / "private").mkdir(parents=True)
    (tmp_path / "seeds" / "story.txt").write_text("Talks resumed on Monday.\n", encoding="utf-8")
    listing = Path.iterdir

    def refusing(folder: Path):
        if folder.name == "private":  # as chmod 000 would, for anyone but root
            raise PermissionError(13, "Permission denied", str(folder))
        return listing(folder)

    monkeypatch.setattr(Path, "iterdir", refusing)
    lines = import_seeds(tmp_path / "seeds", tmp_path / "content").lines()
    assert lines[0].startswith("imported 1,")
    assert lines[1:] == [
        "error: seeds/private: cannot read the folder (Permission denied)",
        "unknown: content/talks-resumed-on-monday.md: no publication date or outlet in "
        "seeds/manifest.yml or in the text; add date: and source: to the entry for "
        "seeds/story.txt",
    ]


def test_names_with_control_characters_are_shown_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "red\x1b[31m.txt").write_text("Talks resumed on Monday.\n", encoding="utf-8")
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_text("Talks resumed on Tuesday.\n")
    (seeds / "bell\x07.doc").write_text("not a seed\n", encoding="utf-8")
    lines = import_seeds(seeds, tmp_path / "content").lines()
    assert lines[1:] == [
        "error: seeds/caf\\xe9.txt: file name is not printable UTF-8 text; rename the file",
        "error: seeds/red\\x1b[31m.txt: file name is not printable UTF-8 text; rename the file",
        "warning: seeds/bell\\x07.doc: not a seed (.txt, .html, .htm); skipped",
    ]
    assert not [line for line in lines if any(ord(char) < 32 for char in line)]


# Property tests: whatever an editor types into the manifest, the import either uses every
# good field or stops naming the place, and never raises anything else or half-writes content/.
SEEDS = {"a.txt": "Talks resumed in Cairo on Monday.\n", "b.txt": "Aid trucks crossed at Rafah.\n"}
# Per field: values as an editor writes them, and what the front matter must then hold.
GOOD = {
    "title": {"Talks resume": "Talks resume", "'Quoted: a colon'": "Quoted: a colon"},
    "date": {"2024-02-21": "2024-02-21", '"2023-12-31"': "2023-12-31"},
    "source": {"AFP": "AFP", "Reuters": "Reuters"},
    "url": {"https://example.org/a": "https://example.org/a", "null": "None"},
}
BAD = {
    "title": ["[a, list]", "{a: map}", "''"],
    "date": ["2024-02-30", "yesterday", "[2024]"],
    "source": ["[AFP, Reuters]", "''"],
    "url": ["'javascript:alert(1)'", "ftp://example.org", "example.org"],
}
FIELD = st.sampled_from(sorted(GOOD)).flatmap(
    lambda name: st.tuples(st.just(name), st.sampled_from([*GOOD[name], *BAD[name]]))
)
KEYS = ["a.txt", "b.txt", "title", "date", "source", "url", "slug", "colour", "'a.txt'", ""]
FRAGMENTS = st.sampled_from(
    ["Gaza", " ", ": ", "'", '"', "[", "]", "{", "}", ",", "#", "&x", "*x", "!!str", "|", ">",
     "@", "%", "?", "-", "2024-02-30", "2024-01-01", "https://x.org", "null", "~", "\u00e9",
     "\x07", "\t"]
)  # fmt: skip
LINE = st.tuples(
    st.sampled_from(["", "  ", "    ", "\t", "- "]),
    st.sampled_from(KEYS),
    st.sampled_from([": ", ":", " "]),
    st.lists(
        st.one_of(st.sampled_from(["Talks resume", "AFP", "2024-01-01"]), FRAGMENTS), max_size=3
    ).map(" ".join),
).map("".join)
YAMLISH = st.lists(LINE, max_size=8).map("\n".join)


def imported_project(folder: Path) -> Path:
    """A project with two small seeds, imported once without a manifest."""
    (folder / "seeds").mkdir(parents=True)
    for name, text in SEEDS.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    import_seeds(folder / "seeds", folder / "content")
    return folder


def import_or_stop(folder: Path, manifest: str):
    """Import with ``manifest``; return the report, or None when it stopped as it must."""
    (folder / "seeds" / "manifest.yml").write_text(manifest, encoding="utf-8")
    before = snapshot(folder / "content")
    try:
        return import_seeds(folder / "seeds", folder / "content")
    except ManifestError as stopped:
        assert re.fullmatch(r"seeds/manifest\.yml:\d+:\d+: \S[^\n]*", str(stopped))
        assert snapshot(folder / "content") == before
        return None


@given(entries=st.dictionaries(st.sampled_from(sorted(SEEDS)), st.lists(FIELD, max_size=4)))
@settings(max_examples=60, deadline=None)
def test_any_manifest_keeps_its_good_fields(entries):
    with tempfile.TemporaryDirectory() as folder:
        project = imported_project(Path(folder))
        text = "".join(
            f"{seed}:\n" + "".join(f"  {name}: {value}\n" for name, value in fields)
            for seed, fields in entries.items()
        )
        report = import_or_stop(project, text)
        assert report is not None  # every value above is valid YAML
        for seed, fields in entries.items():
            (path,) = [p for p in (project / "content").glob("*.md") if seed in p.read_text()]
            metadata = split_front_matter(path.read_text(encoding="utf-8"))[0]
            first = dict(reversed(fields))  # a field given twice: the first counts
            for name, value in first.items():
                if value in GOOD[name]:
                    assert str(metadata[name]) == GOOD[name][value], (name, value)
                else:
                    assert [line for line in report.lines() if f"'{seed}': {name}: " in line]


@given(text=YAMLISH)
@settings(max_examples=200, deadline=None)
def test_any_yamlish_manifest_imports_or_stops_naming_the_place(text):
    with tempfile.TemporaryDirectory() as folder:
        project = imported_project(Path(folder))
        report = import_or_stop(project, text)
        event("stopped" if report is None else "imported")
        if report is None:
            return
        for line in report.lines():
            assert "\n" not in line and not any(ord(char) < 32 for char in line)
            if line.startswith(("error: seeds/manifest.yml", "warning: seeds/manifest.yml")):
                assert re.match(r"(error|warning): seeds/manifest\.yml:\d+:\d+: ", line), line
