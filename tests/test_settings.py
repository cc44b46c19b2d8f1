"""The BRIEFING settings: each mistake is one line naming the key, the value and what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelican.plugins.briefing.settings import SettingsError, check_settings
from tests.sitebuild import ROOT

CONTENT = ROOT / "content"


@pytest.mark.parametrize(
    ("briefing", "message"),
    [
        ({"related_limit": "five"}, "briefing: related_limit: expected a whole number, got 'five'"),
        ({"page_size": True}, "briefing: page_size: expected a whole number, got True"),
        ({"page_size": -1}, "briefing: page_size: expected 0 or more, got -1"),
        ({"link_check": "yes"}, "briefing: link_check: expected True or False, got 'yes'"),
        ({"bundle": 3}, "briefing: bundle: expected a file name or None, got 3"),
        (
            {"site_url": "https://briefing.example.org"},
            "briefing: site_url: no longer a BRIEFING setting; set Pelican's SITEURL to the"
            " published site's address instead (publishconf.py)",
        ),
        (
            {"related_limt": 3},
            "briefing: unknown setting 'related_limt'; did you mean 'related_limit'? (known: "
            "bundle, gazetteer, link_check, onefile_articles, page_size, related_limit, "
            "taxonomy)",
        ),
        (["taxonomy"], "briefing: BRIEFING: expected a dict of settings, got ['taxonomy']"),
    ],
)
def test_a_wrong_setting_says_key_value_and_what_is_expected(briefing, message):
    with pytest.raises(SettingsError) as wrong:
        check_settings({"BRIEFING": briefing, "PATH": str(CONTENT)})
    assert str(wrong.value) == message


def test_a_missing_editorial_file_says_where_it_looked(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "taxonomy.yml").write_text("topics: []\n", encoding="utf-8")
    with pytest.raises(SettingsError) as missing:
        check_settings({"BRIEFING": {"gazetteer": "people.yml"}, "PATH": "content"})
    assert (
        str(missing.value) == "briefing: gazetteer: file not found: looked for content/people.yml"
    )


def test_good_settings_resolve_paths_against_the_content_folder():
    settings = {"BRIEFING": {"related_limit": 0}, "PATH": str(CONTENT), "THEME": ROOT / "theme"}
    checked = check_settings(settings)
    assert (checked.taxonomy, checked.related_limit) == (CONTENT / "taxonomy.yml", 0)
    assert checked.bundle == ROOT / "dist" / "briefing-offline.zip"
    assert (checked.theme, checked.owns_site) == (ROOT / "theme", True)


def test_in_a_site_with_another_theme_the_briefing_brings_its_own_and_no_bundle():
    checked = check_settings({"BRIEFING": {}, "PATH": str(CONTENT), "THEME": "notmyidea"})
    assert (checked.theme / "templates" / "topic.html").is_file()
    assert (checked.owns_site, checked.bundle) == (False, None)


@pytest.mark.parametrize(
    ("siteurl", "address"),
    [
        ("", None),
        ("/briefing", None),
        ("briefing.example.org", None),
        ("https://briefing.example.org/", "https://briefing.example.org"),
        ("http://127.0.0.1:8000/desk", "http://127.0.0.1:8000/desk"),
    ],
)
def test_only_an_absolute_siteurl_is_the_sites_address(siteurl, address):
    checked = check_settings({"BRIEFING": {}, "PATH": str(CONTENT), "SITEURL": siteurl})
    assert checked.site_url == address
