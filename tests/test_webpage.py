"""Saved web pages: the article found among a site's clutter, and what the page says about itself
offered as inferred values, each with the page's own words; never a date the page does not state."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from pelican.plugins.briefing.importer import import_seeds, webpage
from pelican.plugins.briefing.importer.decode import decode_seed
from tests.corpus import front
from tests.sitebuild import make_project, page, run_pelican

PAGES = Path(__file__).parent / "fixtures" / "webpages"


def decoded(name: str):
    """A fixture page, decoded as the importer decodes it."""
    return decode_seed((PAGES / name).read_bytes(), is_html=True)


def test_the_article_is_found_among_menus_related_links_and_comments():
    seed = decoded("harbour-gazette.html")
    assert seed.lines == (
        "All ferry crossings between the mainland port and the three outer islands were"
        " cancelled on Saturday as crews began a 48-hour strike over staffing levels.",
        "The operator said about 4,000 passengers had been booked on the cancelled sailings and"
        " would be offered refunds or places on later boats.",
        # trafilatura leaves captions out; it is put back where the picture was.
        "The empty quay at the mainland port on Saturday morning. (Gazette photo)",
        '"We did not take this decision lightly," said Marta Oyelaran, who leads the crews\''
        " union, adding that ships had sailed short-handed for months.",
        "Island councils asked for an emergency service for medical trips, and the operator said"
        " one boat would run for patients and supplies.",
        "Talks between the union and the operator are due to resume on Monday.",
    )


def test_what_the_page_states_about_itself_comes_with_its_words():
    facts = decoded("harbour-gazette.html").page
    assert (facts.title, facts.date, facts.author, facts.site_name) == (
        "Ferry strike halts crossings to the islands",
        date(2025, 6, 14),  # published, not the dateModified of the day after
        "Tomas Reyes",
        "Harbour Gazette",
    )
    assert dict(facts.evidence) == {
        "title": "og:title 'Ferry strike halts crossings to the islands' in the page's metadata",
        "date": "datePublished '2025-06-14T09:30:00+02:00' in the page's JSON-LD",
        "author": "name 'Tomas Reyes' in the page's JSON-LD",
        "source": "og:site_name 'Harbour Gazette' in the page's metadata",
    }


def test_a_page_without_date_markup_has_no_date():
    # Its address holds /2025/07/02/, its text "July 2, 2025" and its footer the day it was
    # saved: none of them is the page stating when it was published.
    facts = decoded("undated.html").page
    assert facts.date is None and "date" not in dict(facts.evidence)
    assert (facts.author, facts.site_name) == (None, None)
    assert facts.title == "Orchard growers count the cost of the late frost"


def test_when_trafilatura_finds_nothing_the_article_blocks_are_read(monkeypatch):
    monkeypatch.setattr(webpage, "_extract", lambda text: None)
    text = (
        "<html><body><nav><p>Home</p></nav><article><h1>Wells run dry in the hills</h1>"
        "<p>Villagers queued for water trucks on Sunday.</p><ul><li>Trucks come twice a week.</li>"
        "</ul></article><footer><p>Footer</p></footer></body></html>"
    )
    lines, facts = webpage.read_page(text)
    assert lines == ("Villagers queued for water trucks on Sunday.", "Trucks come twice a week.")
    assert facts.title == "Wells run dry in the hills"
    assert dict(facts.evidence) == {"title": "the page's headline 'Wells run dry in the hills'"}


def test_an_imported_page_shows_its_stated_facts_as_inferred(tmp_path):
    project = make_project(tmp_path / "site", seeds=[])
    shutil.copy(PAGES / "harbour-gazette.html", project / "seeds" / "ferry.html")
    report = import_seeds(project / "seeds", project / "content" / "articles")
    assert [name for name, *_ in report.inferred] == [
        "content/articles/ferry-strike-halts-crossings-to-the-islands.md"
    ] * 3
    metadata = front(project, "ferry-strike-halts-crossings-to-the-islands")
    assert (metadata["date"], metadata["source"], metadata["author"]) == (
        date(2025, 6, 14),
        "Harbour Gazette",
        "Tomas Reyes",
    )
    assert set(metadata["inferred"]) == {"title", "date", "source", "author"}
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    shown = page(project / "output", "articles/ferry-strike-halts-crossings-to-the-islands.html")
    assert " ".join(shown.select_one(".meta .author").parent.get_text().split()).startswith(
        "By Tomas Reyes (inferred) · Harbour Gazette (inferred) · 14 June 2025 (inferred)"
    )
    evidence = [li.get_text() for li in shown.select("ul.evidence li")]
    assert "Author: name 'Tomas Reyes' in the page's JSON-LD" in evidence
