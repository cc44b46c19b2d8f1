"""The seed manifest: editors' title, date, source, url and slug per seed, checked."""

from __future__ import annotations

from datetime import date

import pytest

from pelican.plugins.briefing.importer.manifest import (
    ManifestEntry,
    ManifestError,
    parse_manifest,
)

NAME = "seeds/manifest.yml"


def test_a_bad_value_costs_that_field_only_and_says_where():
    manifest = parse_manifest(
        "a.txt: {title: A, date: 2024-01-02, source: AFP, url: null, colour: red}\n"
        "b.txt: {title: B, date: tomorrow}\n"
        "c.txt: {source: AP, url: 'javascript:alert(1)'}\n"
        "d.txt: just a string\n"
        "e.txt:\n"
        "  title: E\n"
        "  date: 2024-02-30\n"
        "  soruce: Reuters\n",
        NAME,
    )
    assert manifest.entries == {
        "a.txt": ManifestEntry("A", date(2024, 1, 2), "AFP", None),
        "b.txt": ManifestEntry(title="B"),
        "c.txt": ManifestEntry(source="AP"),
        "e.txt": ManifestEntry(title="E"),
    }
    assert manifest.errors == (
        (
            "seeds/manifest.yml:2:25",
            "entry 'b.txt': date: expected a date as YYYY-MM-DD, got 'tomorrow'; field ignored",
        ),
        (
            "seeds/manifest.yml:3:26",
            "entry 'c.txt': url: expected an address starting with http:// or https://, "
            "got 'javascript:alert(1)'; field ignored",
        ),
        (
            "seeds/manifest.yml:4:1",
            "entry 'd.txt': expected title:, date:, source:, author:, url: or slug: indented under it, "
            "got 'just a string'; entry ignored",
        ),
        (
            "seeds/manifest.yml:7:9",
            "entry 'e.txt': date: expected a date as YYYY-MM-DD, got '2024-02-30' (no such day); "
            "field ignored",
        ),
    )
    assert manifest.warnings == (
        "seeds/manifest.yml:1:61: entry 'a.txt': unknown key 'colour' ignored "
        "(known: title, date, source, author, url, slug)",
        "seeds/manifest.yml:8:3: entry 'e.txt': unknown key 'soruce' ignored; "
        "did you mean 'source'? (known: title, date, source, author, url, slug)",
    )


def test_values_are_kept_as_written():
    manifest = parse_manifest(
        "a.txt:\n  title: yes\n  source: 1e3\n  date: 2024-02-21 10:30:00\n  slug: '007'\n"
    )
    assert manifest.entries == {"a.txt": ManifestEntry("yes", date(2024, 2, 21), "1e3", slug="007")}


def test_an_entry_given_twice_keeps_the_first_and_says_so():
    manifest = parse_manifest("a.txt: {title: First}\nb.txt: {}\na.txt: {title: Second}\n", NAME)
    assert manifest.entries["a.txt"] == ManifestEntry(title="First")
    assert manifest.errors == (
        (
            "seeds/manifest.yml:3:1",
            "entry 'a.txt' appears again (first at line 1); this one ignored",
        ),
    )


def test_an_entry_without_indented_fields_is_named():
    manifest = parse_manifest("a.txt:\ntitle: Not indented\n", NAME)
    assert manifest.entries == {"a.txt": ManifestEntry()}
    assert manifest.warnings == (
        "seeds/manifest.yml:1:1: entry 'a.txt' is empty (are its fields indented?)",
    )
    assert manifest.errors[0][1].startswith("entry 'title': expected title:")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "a.txt:\n  title: Gaza: UN Security Council demands ceasefire\n",
            "seeds/manifest.yml:2:14: mapping values are not allowed in this context "
            "(a value that contains ': ' needs quotes around it)",
        ),
        (
            "a.txt:\n\ttitle: x\n",
            "seeds/manifest.yml:2:1: found character that cannot start any token "
            "(indent with spaces, not tabs)",
        ),
        (
            "a.txt:\n  title: 'Unclosed\n  date: 2024-01-01\n",
            "seeds/manifest.yml:4:1: found unexpected end of stream (a quote is not closed)",
        ),
        (
            "a.txt:\n  title: ok\n date: 2024-01-01\n",
            "seeds/manifest.yml:3:2: did not find expected key "
            "(check the indentation of this line)",
        ),
        (
            "a.txt:\n  title: caf\u00e9 \x1b[2J\n",
            "seeds/manifest.yml:2:15: a character YAML does not allow (\\x1b)",
        ),
        (
            "- a.txt\n- b.txt\n",
            "seeds/manifest.yml:1:1: expected one entry per seed ('story.txt:' with title:, "
            "date:, source:, author:, url: or slug: indented under it), got a list",
        ),
    ],
)
def test_a_manifest_that_cannot_be_read_stops_with_its_position(text, line):
    with pytest.raises(ManifestError) as stopped:
        parse_manifest(text, NAME)
    assert str(stopped.value) == line


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n"])
def test_an_empty_manifest_has_no_entries(text):
    assert parse_manifest(text) == parse_manifest("{}")
    assert parse_manifest(text).entries == {}
