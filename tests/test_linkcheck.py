"""The link check judges each link from its own page, even when it remembers verdicts."""

from __future__ import annotations

from pelican.plugins.briefing.publish.linkcheck import check_links, check_links_for

FILES = {"index.html", "topics/rafah.html", "topics/truce.html", "theme/css/briefing.css"}


def test_same_relative_link_is_judged_per_folder():
    pages = {
        "index.html": '<a href="topics/rafah.html">Rafah</a>',
        "topics/truce.html": '<a href="topics/rafah.html">Rafah</a> <a href="rafah.html">ok</a>',
        "topics/rafah.html": '<a href="rafah.html">self</a>',
    }
    assert check_links(pages, FILES) == [
        "topics/truce.html: href='topics/rafah.html': no such file",
    ]


def test_anchor_only_links_are_checked_against_their_own_page():
    pages = {
        "index.html": '<p id="p1"></p><a href="#p1">here</a>',
        "topics/rafah.html": '<p id="p2"></p><a href="#p1">missing</a>',
        "topics/truce.html": '<a href="../index.html#p1">ok</a><a href="../index.html#p9">no</a>',
    }
    assert check_links(pages, FILES) == [
        "topics/rafah.html: href='#p1': no anchor #p1",
        "topics/truce.html: href='../index.html#p9': no anchor #p9",
    ]


def test_offline_rules_and_repeated_links_report_every_page():
    pages = {
        "index.html": '<link href="https://cdn.example/x.css"><a href="topics/">t</a>',
        "topics/rafah.html": '<link href="https://cdn.example/x.css">',
    }
    assert check_links(pages, FILES, offline=True) == [
        "index.html: href='https://cdn.example/x.css': points outside the offline bundle",
        "index.html: href='topics/': names a folder, not a file (does not open from disk)",
        "topics/rafah.html: href='https://cdn.example/x.css': points outside the offline bundle",
    ]


def test_site_folder_is_read_page_by_page_with_the_same_verdicts(tmp_path):
    pages = {
        "index.html": '<p id="p1"></p><a href="topics/rafah.html#p2">r</a>',
        "topics/rafah.html": '<p id="p2"></p><a href="../index.html#p3">no</a>',
    }
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = {*pages, "theme/css/briefing.css"}
    assert check_links(tmp_path, files) == check_links(pages, files)
    assert check_links(tmp_path, files) == [
        "topics/rafah.html: href='../index.html#p3': no anchor #p3",
    ]


def test_site_and_bundle_checked_in_one_pass_give_each_its_own_verdicts():
    pages = {
        "index.html": '<a href="topics/">t</a><a href="pagefind/ui.html">s</a>',
        "topics/rafah.html": '<link href="https://cdn.example/x.css">',
    }
    site = {*FILES, "pagefind/ui.html"}
    both, _ = check_links_for(pages, [(site, False), (FILES, True)])
    assert both == [check_links(pages, site), check_links(pages, FILES, offline=True)]
    assert both == [
        ["index.html: href='topics/': no such file"],
        [
            "index.html: href='topics/': names a folder, not a file (does not open from disk)",
            "index.html: href='pagefind/ui.html': no such file",
            "topics/rafah.html: href='https://cdn.example/x.css': points outside the offline bundle",
        ],
    ]
