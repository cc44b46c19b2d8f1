"""The seed manifest: editors' title, date, source, url and slug per seed, checked."""

from __future__ import annotations

from datetime import date

from pelican.plugins.briefing.importer.manifest import ManifestEntry, parse_manifest


def test_manifest_validation():
    manifest = parse_manifest(
        "a.txt: {title: A, date: 2024-01-02, source: AFP, url: null, colour: red}\n"
        "b.txt: {date: tomorrow}\n"
        "c.txt: {url: 'javascript:alert(1)'}\n"
        "d.txt: just a string\n"
    )
    assert manifest.entries == {"a.txt": ManifestEntry("A", date(2024, 1, 2), "AFP", None)}
    assert manifest.errors == (
        "manifest.yml: entry 'b.txt': date must be YYYY-MM-DD, got 'tomorrow'; entry ignored",
        "manifest.yml: entry 'c.txt': url must start with http:// or https://, "
        "got 'javascript:alert(1)'; entry ignored",
        "manifest.yml: entry 'd.txt': expected a mapping of title, date, source, url, slug; "
        "entry ignored",
    )
    assert manifest.warnings == (
        "manifest.yml: entry 'a.txt': unknown key 'colour' ignored "
        "(known: title, date, source, url, slug)",
    )


def test_manifest_that_is_not_yaml_is_one_error():
    manifest = parse_manifest("a.txt: [unclosed\n")
    assert manifest.entries == {}
    assert len(manifest.errors) == 1
    assert manifest.errors[0].startswith("manifest.yml: not valid YAML")
